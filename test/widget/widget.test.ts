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

  it('runs the IIFE in a bare context: one global, HuangliWidget, and no element defined', () => {
    const code = readFileSync(new URL('../../dist/huangli-widget.global.js', import.meta.url), 'utf8');
    const context: Record<string, unknown> = {};
    runInNewContext(code, context);
    expect(Object.keys(context)).toEqual(['HuangliWidget']);
    expect((context['HuangliWidget'] as { defineHuangliCard: () => unknown }).defineHuangliCard()).toBeUndefined();
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
    expect(solarTermFor('2100-12-31')).toBeNull();
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
