/**
 * <huangli-card> outside a browser: importing the widget (source and IIFE) under Node touches no
 * DOM, and the card's pure helpers (China's today and midnight, price and change formats, the
 * host's market data, the solar term line) behave. Part of the main suite (`npx vitest run
 * test/widget`), no browser needed.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chinaToday, formatChange, formatPrice, msToNextChinaMidnight, readMarket, solarTermFor } from '../../src/widget/format';
import { LABELS, toCardLang } from '../../src/widget/labels';

describe('widget under Node', () => {
  it('imports without a DOM and registers nothing', async () => {
    expect(typeof (globalThis as { customElements?: unknown }).customElements).toBe('undefined');
    const widget = await import('../../src/widget/index');
    expect(widget.defineHuangliCard()).toBeUndefined();
    expect(widget.TAG_NAME).toBe('huangli-card');
  });

  it.each([
    ['huangli-widget.global.js', ['LABELS', 'TAG_NAME', 'defineHuangliCard', 'findCardLang', 'toCardLang']],
    ['huangli-month.global.js', ['LABELS', 'MONTH_TAG_NAME', 'TAG_NAME', 'defineHuangliCard', 'defineHuangliMonth', 'findCardLang', 'toCardLang']],
  ])('runs the IIFE %s in a bare context: one global, HuangliWidget, with its exports, and no element defined', (file, exports) => {
    const code = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
    const context: Record<string, unknown> = {};
    runInNewContext(code, context);
    expect(Object.keys(context)).toEqual(['HuangliWidget']);
    const widget = context['HuangliWidget'] as Record<string, unknown> & { defineHuangliCard: () => unknown };
    expect(Object.keys(widget).sort()).toEqual(exports);
    expect(widget.defineHuangliCard()).toBeUndefined();
  });

  it("computes today's date and the next midnight in China (UTC+8)", () => {
    expect(chinaToday(Date.parse('2025-12-18T15:59:59Z'))).toBe('2025-12-18');
    expect(chinaToday(Date.parse('2025-12-18T16:00:00Z'))).toBe('2025-12-19');
    expect(chinaToday(Date.parse('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(msToNextChinaMidnight(Date.parse('2025-12-18T15:59:30Z'))).toBe(30_000);
    expect(msToNextChinaMidnight(Date.parse('2025-12-18T16:00:00Z'))).toBe(86_400_000);
    expect(msToNextChinaMidnight(Date.parse('1969-12-31T00:00:00Z'))).toBe(16 * 3_600_000);
  });

  it('formats prices with two decimals and changes as signed percentages', () => {
    expect(formatPrice(85205.7, 'zh-Hans')).toBe('85,205.70');
    expect(formatPrice(Number.NaN, 'en')).toBe('—');
    expect(formatPrice('1', 'en')).toBe('—');
    expect([-0.0099, -0.0027, -0.0411, 0.05, 0, -0.00001, Infinity].map(formatChange)).toEqual(['-0.99%', '-0.27%', '-4.11%', '+5.00%', '0.00%', '0.00%', '—']);
  });

  it("reads the host's market data defensively", () => {
    expect(readMarket(undefined, 'zh-Hans')).toBeNull();
    expect(readMarket({}, 'zh-Hans')).toBeNull();
    expect(readMarket({ fearGreed: 101 }, 'zh-Hans')).toBeNull();
    const hostile = { toString() { throw new Error('no'); } };
    expect(readMarket({ fearGreed: 17, tickers: [null, 5, { symbol: hostile }, { symbol: 'BTC', price: 85205.7, change: -0.0099 }] }, 'zh-Hans')).toEqual({
      fearGreed: 17, tickers: [{ symbol: 'BTC', price: '85,205.70', change: '-0.99%', sign: 'down' }],
    });
  });

  it('gives the solar term of the day, or the next one (into the next year)', () => {
    expect(solarTermFor('2025-12-18')).toEqual({ term: { name: '冬至', instant: '2025-12-21T23:03:05+08:00' }, date: '2025-12-21', today: false });
    expect(solarTermFor('2025-12-21')?.today).toBe(true);
    expect(solarTermFor('2025-12-25')?.term.name).toBe('小寒');
    // Issue 10: the range runs to 9999; after its last term (冬至 9999-12-16) there is none.
    expect(solarTermFor('2100-12-31')?.term.name).toBe('小寒');
    expect(solarTermFor('2100-12-31')?.date).toBe('2101-01-05');
    expect(solarTermFor('9999-12-16')).toMatchObject({ term: { name: '冬至' }, date: '9999-12-16', today: true });
    expect(solarTermFor('9999-12-17')).toBeNull();
    expect(solarTermFor('9999-12-31')).toBeNull();
  });

  it('gives the solar term on any day of the range, expanded years and the Julian calendar included', () => {
    expect(solarTermFor('-000721-01-01')).toEqual({ term: { name: '小寒', instant: '-000721-01-04T10:29:47+08:00' }, date: '-000721-01-04', today: false });
    // The term after the last days of a year before 0 is in the next one: -000721-12-25 → 小寒 of -720.
    expect(solarTermFor('-000721-12-25')?.date).toMatch(/^-000720-01-0\d$/);
    // With calendar 'julian' the dates are the Julian calendar's: its first day is ISO -000722-12-24.
    expect(solarTermFor('-000721-01-01', 'julian')).toEqual({ term: { name: '小寒', instant: '-000721-01-12T10:29:47+08:00' }, date: '-000721-01-12', today: false });
    expect(solarTermFor('1582-10-04', 'julian')).toMatchObject({ term: { name: '霜降' }, date: '1582-10-24' });
    expect(solarTermFor('1582-10-04')).toMatchObject({ term: { name: '寒露' }, date: '1582-10-09' });
  });

  it('has every label in three languages, English without Han characters', () => {
    expect(['zh-CN', 'zh-Hans', 'zh-TW', 'zh-Hant', 'zh-HK', 'en', 'en-GB', 'fr', null].map(toCardLang))
      .toEqual(['zh-Hans', 'zh-Hans', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'en', 'en', 'zh-Hans', 'zh-Hans']);
    const keys = Object.keys(LABELS['zh-Hans']).sort();
    for (const lang of ['zh-Hant', 'en'] as const) expect(Object.keys(LABELS[lang]).sort()).toEqual(keys);
    const en = LABELS.en;
    const all = Object.values(en).map((v) => (typeof v === 'function' ? String((v as (...a: unknown[]) => string)(2025, 12, 18, 4)) : String(v))).join(' ');
    expect(all).not.toMatch(/\p{Script=Han}/u);
  });
});
