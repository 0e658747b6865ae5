/**
 * The card's content under Node (issue 9 and the widget part of issue 3): the lunar year on the
 * lunar line, grouped prices, the clash phrase as unbreakable spans, the rise colour, the
 * reader-facing error, and the warnings for unsupported attributes. The layout itself (no wrap,
 * colours) is checked in a real browser by test/browser/widget.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readCardSettings, describeCardError } from '../../src/widget/attributes';
import { formatPrice, readMarket } from '../../src/widget/format';
import { LABELS } from '../../src/widget/labels';
import { renderCard, renderError } from '../../src/widget/render';
import { byClass, fakeDocument, textOf, textsByClass } from './fakeDocument';

const market = { tickers: [{ symbol: 'BTC', price: 85205.7, change: 0.0123 }, { symbol: 'ETH', price: 2817.02, change: -0.0027 }] };

describe('the lunar line names the lunar year (issue 3, widget)', () => {
  // 2026-02-10: after 立春 (02-04), before 正月初一 (02-17). The lunar year is still 乙巳 (蛇);
  // the 立春 year, whose pillar starts the month pillars, is already 丙午.
  it.each([
    ['zh-Hans', '农历 乙巳蛇年 腊月廿三'],
    ['zh-Hant', '農曆 乙巳蛇年 臘月廿三'],
    ['en', 'Lunar Twelfth month, Day 23 · Year of the Snake (Yi-Si)'],
  ] as const)('2026-02-10 in %s: %s', (lang, line) => {
    const card = renderCard(fakeDocument, '2026-02-10', lang, undefined);
    expect(textsByClass(card, 'lunar')).toEqual([line]);
  });

  it('2026-02-10 shows the month pillar of the 立春 year (丙午 → 庚寅月)', () => {
    expect(textsByClass(renderCard(fakeDocument, '2026-02-10', 'zh-Hans', undefined), 'pillar')).toEqual(['庚寅月']);
  });

  it.each([
    ['2026-02-03', '农历 乙巳蛇年 腊月十六'], // before 立春
    ['2026-02-16', '农历 乙巳蛇年 腊月廿九'], // 除夕
    ['2026-02-17', '农历 丙午马年 正月初一'], // 春节: the lunar year turns
    ['2025-01-28', '农历 甲辰龙年 腊月廿九'], // 立春 2025-02-03 comes after 春节 2025-01-29
    ['2025-01-29', '农历 乙巳蛇年 正月初一'],
  ])('%s: %s', (date, line) => {
    expect(textsByClass(renderCard(fakeDocument, date, 'zh-Hans', undefined), 'lunar')).toEqual([line]);
  });
});

describe('prices grouped per locale (issue 9)', () => {
  it.each(['zh-Hans', 'zh-Hant', 'en'] as const)('%s: 85205.7 → 85,205.70', (lang) => {
    expect(formatPrice(85205.7, lang)).toBe('85,205.70');
    expect(formatPrice(1234567.891, lang)).toBe('1,234,567.89');
    expect(formatPrice(118.27, lang)).toBe('118.27');
    expect(formatPrice(Number.NaN, lang)).toBe('—');
  });

  it('in the ticker table and its accessible name', () => {
    expect(readMarket(market, 'en')?.tickers.map((t) => t.price)).toEqual(['85,205.70', '2,817.02']);
    const card = renderCard(fakeDocument, '2025-12-18', 'en', market);
    expect(textsByClass(card, 'price')).toEqual(['85,205.70', '2,817.02']);
    expect(byClass(card, 'tickers')[0]?.children[0]?.attrs.get('aria-label')).toBe('BTC: price 85,205.70, change +1.23%');
  });
});

describe('the clash phrase never breaks inside itself (issue 9)', () => {
  it('Chinese: the whole phrase in one unbreakable span', () => {
    const card = renderCard(fakeDocument, '2025-12-05', 'zh-Hans', undefined);
    const clash = byClass(card, 'clash')[0];
    expect(textsByClass(clash, 'nb')).toEqual(['冲虎(壬寅)煞南']);
    expect(textsByClass(renderCard(fakeDocument, '2025-12-05', 'zh-Hant', undefined), 'nb')).toEqual(['沖虎(壬寅)煞南']);
  });

  it('English: the clash and the evil spirit each unbreakable, the line may break between them', () => {
    const card = renderCard(fakeDocument, '2025-12-05', 'en', undefined);
    const clash = byClass(card, 'clash')[0];
    expect(textsByClass(clash, 'nb')).toEqual(['Clash: Tiger (Ren-Yin),', 'evil spirit in the South']);
    expect(textsByClass(clash, 'value')).toEqual(['Clash: Tiger (Ren-Yin), evil spirit in the South']);
  });
});

describe('rise-color (issue 9)', () => {
  it('marks the card with the rise colour it was given', () => {
    expect(renderCard(fakeDocument, '2025-12-18', 'zh-Hans', market).getAttribute('data-rise')).toBe('green');
    expect(renderCard(fakeDocument, '2025-12-18', 'zh-Hans', market, 'red').getAttribute('data-rise')).toBe('red');
  });

  it.each([
    [null, 'green'], ['green', 'green'], ['red', 'red'], [' RED ', 'red'], ['Green', 'green'],
  ] as const)('rise-color=%j → %s, no warning', (riseColor, rise) => {
    expect(readCardSettings({ lang: null, riseColor })).toEqual({ lang: 'zh-Hans', rise, warnings: [] });
  });

  it.each(['blue', '', 'up', 'red green'])('rise-color=%j → green with a warning naming the value', (riseColor) => {
    const { rise, warnings } = readCardSettings({ lang: 'en', riseColor });
    expect(rise).toBe('green');
    expect(warnings).toEqual([`<huangli-card>: rise-color="${riseColor}" is not supported; using green. Use green or red.`]);
  });
});

describe('lang (issue 9)', () => {
  it.each([
    [null, 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh', 'zh-Hans'], ['zh-SG', 'zh-Hans'],
    ['zh-Hant', 'zh-Hant'], ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-Hant-TW', 'zh-Hant'],
    ['en', 'en'], ['en-US', 'en'], ['EN-gb', 'en'], [' en ', 'en'],
  ] as const)('lang=%j → %s, no warning', (lang, expected) => {
    expect(readCardSettings({ lang, riseColor: null })).toEqual({ lang: expected, rise: 'green', warnings: [] });
  });

  it.each(['fr', 'ja', 'english', 'zh_TW', ''])('lang=%j → zh-Hans with a warning naming the value and the accepted ones', (lang) => {
    expect(readCardSettings({ lang, riseColor: null })).toEqual({
      lang: 'zh-Hans', rise: 'green',
      warnings: [`<huangli-card>: lang="${lang}" is not supported; showing zh-Hans. Use zh-Hans, zh-Hant or en (or a tag such as zh-CN, zh-TW, en-US).`],
    });
  });
});

describe('the error state speaks to the reader (issue 9)', () => {
  it.each([
    ['zh-Hans', '无法显示这一天的黄历', '这个页面给出的日期无效。'],
    ['zh-Hant', '無法顯示這一天的黃曆', '這個頁面給出的日期無效。'],
    ['en', "This day's almanac can't be shown", "The date given on this page isn't valid."],
  ] as const)('%s: a friendly message, and no developer detail on the card', (lang, title, hint) => {
    const card = renderError(fakeDocument, lang);
    expect(textOf(card)).toBe(`!${title}${hint}`);
    expect(card.getAttribute('lang')).toBe(lang);
    expect([LABELS[lang].error, LABELS[lang].errorHint]).toEqual([title, hint]);
  });

  it('the developer detail names the element, the date and the library message', () => {
    expect(describeCardError('2025-02-30', new RangeError('almanac: date.day must be between 1 and 28 in 2025-02, got 30')))
      .toBe('<huangli-card date="2025-02-30">: almanac: date.day must be between 1 and 28 in 2025-02, got 30');
  });
});
