/**
 * The card's content under Node (issue 9 and the widget part of issue 3): the lunar year on the
 * lunar line, grouped prices, the clash phrase as unbreakable spans, the rise colour, the
 * reader-facing error, and the warnings for unsupported attributes. The layout itself (no wrap,
 * colours) is checked in a real browser by test/browser/widget.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readCardCalendar, readCardSettings, describeCardError } from '../../src/widget/attributes';
import { formatPrice, readMarket } from '../../src/widget/format';
import { LABELS } from '../../src/widget/labels';
import { MissingLanguagesError } from '../../src/widget/missingLanguages';
import { renderCard, renderError } from '../../src/widget/render';
import { reference } from '../support/reference';
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

  it.each([
    ['zh-Hant', '無法顯示這一天的黃曆', '這個頁面沒有載入這種語言的文字（huangli-i18n.global.js）。'],
    ['en', "This day's almanac can't be shown", "This page hasn't loaded this language's words (huangli-i18n.global.js)."],
  ] as const)("%s on a page without the language (the widget's script tag without huangli-i18n.global.js): a hint about the page, not the date", (lang, title, hint) => {
    expect(textOf(renderError(fakeDocument, lang, new MissingLanguagesError('x')))).toBe(`!${title}${hint}`);
    expect(textOf(renderError(fakeDocument, lang, new TypeError('x')))).toBe(`!${title}${LABELS[lang].errorHint}`);
  });

  it('the developer detail names the element, the date and the library message', () => {
    expect(describeCardError('2025-02-30', new RangeError('almanac: date.day must be between 1 and 28 in 2025-02, got 30')))
      .toBe('<huangli-card date="2025-02-30">: almanac: date.day must be between 1 and 28 in 2025-02, got 30');
  });
});

describe('any day of the range, and the calendar attribute (issue 10)', () => {
  it.each([
    ['-000721-01-16', 'zh-Hans', '公元前722年1月16日 星期一', '农历 戊午马年 腊月初九'],
    ['0000-02-29', 'zh-Hant', '公元前1年2月29日 星期二', '農曆 庚申猴年 正月初八'],
    ['0001-01-01', 'en', 'Monday, 1 January 1', 'Lunar Eleventh month, Day 20 · Year of the Monkey (Geng-Shen)'],
    ['-000100-03-15', 'en', 'Thursday, 15 March 101 BCE', 'Lunar First month, Day 28 · Year of the Dragon (Geng-Chen)'],
    ['9999-12-31', 'zh-Hans', '9999年12月31日 星期五', '农历 己亥猪年 腊月初二'],
  ] as const)('%s in %s: %s', (date, lang, heading, lunar) => {
    const card = renderCard(fakeDocument, date, lang, undefined);
    expect(card.getAttribute('data-date')).toBe(date);
    expect(textsByClass(card, 'head')[0]).toContain(heading);
    expect(textsByClass(card, 'lunar')).toEqual([lunar]);
  });

  it('names the next term with its day, also before 0; after 冬至 9999 there is none', () => {
    expect(textsByClass(renderCard(fakeDocument, '-000721-01-16', 'zh-Hans', undefined), 'term')).toEqual(['下一节气 大寒 · 1月19日']);
    expect(textsByClass(renderCard(fakeDocument, '9999-12-16', 'en', undefined), 'term')).toEqual(['Solar term today Winter Solstice']);
    expect(textsByClass(renderCard(fakeDocument, '9999-12-31', 'en', undefined), 'term')).toEqual([]);
  });

  it("reads the date in the card's calendar and writes its dates in it", () => {
    const julian = renderCard(fakeDocument, '1582-10-04', 'zh-Hans', undefined, 'green', 'julian');
    expect(julian.getAttribute('data-date')).toBe('1582-10-04');
    expect(textsByClass(julian, 'head')[0]).toContain('1582年10月4日 星期四');
    expect(textsByClass(julian, 'lunar')).toEqual(['农历 壬午马年 九月十八']);
    expect(textsByClass(julian, 'term')).toEqual(['下一节气 霜降 · 10月24日']);
    // The same date read as ISO is another day, ten days before.
    expect(textsByClass(renderCard(fakeDocument, '1582-10-04', 'zh-Hans', undefined), 'lunar')).toEqual(['农历 壬午马年 九月初八']);
    // 1500-02-29 exists in the Julian calendar only; the first Julian day is ISO -000722-12-24.
    expect(renderCard(fakeDocument, '1500-02-29', 'en', undefined, 'green', 'julian').getAttribute('data-date')).toBe('1500-02-29');
    expect(() => renderCard(fakeDocument, '1500-02-29', 'en', undefined)).toThrow(RangeError);
    expect(textsByClass(renderCard(fakeDocument, '-000721-01-01', 'en', undefined, 'green', 'julian'), 'head')[0]).toContain('Saturday, 1 January 722 BCE');
  });

  it('refuses what the library refuses: a day the calendar skips, a day outside the range, an unknown calendar', () => {
    expect(() => renderCard(fakeDocument, '1582-10-10', 'zh-Hans', undefined, 'green', 'julian')).toThrow(/^almanac: date\.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian'/);
    expect(() => renderCard(fakeDocument, '-000722-12-31', 'zh-Hans', undefined)).toThrow(/^almanac: date\.year must be between -721 and 9999/);
    expect(() => renderCard(fakeDocument, '+010000-01-01', 'zh-Hans', undefined)).toThrow(RangeError);
    expect(() => renderCard(fakeDocument, '2025-12-18', 'zh-Hans', undefined, 'green', readCardCalendar('gregorian'))).toThrow(
      /^almanac: options\.calendar must be 'iso8601' or 'julian', got "gregorian"$/,
    );
  });

  it.each([[null, 'iso8601'], ['julian', 'julian'], [' Julian ', 'julian'], ['ISO8601', 'iso8601'], ['gregorian', 'gregorian'], ['', '']] as const)(
    'calendar=%j is read as %j (anything but iso8601 and julian is then refused by the library)',
    (value, calendar) => {
      expect(readCardCalendar(value)).toBe(calendar);
    },
  );

  it('the developer detail names the calendar when the card has one', () => {
    const error = new RangeError("almanac: date.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian' (1582-10-04 is followed by 1582-10-15), got \"1582-10-10\"");
    expect(describeCardError('1582-10-10', error, 'julian')).toBe(`<huangli-card date="1582-10-10" calendar="julian">: ${error.message}`);
    expect(describeCardError('1582-10-10', error)).toBe(`<huangli-card date="1582-10-10">: ${error.message}`);
  });
});

describe("the card's holiday line (issue 12: the widget shows the holiday badge)", () => {
  it.each([
    ['2025-10-06', 'zh-Hans', 'off', '休国庆节、中秋节 放假'],
    ['2025-10-06', 'zh-Hant', 'off', '休國慶節、中秋節 放假'],
    ['2025-10-06', 'en', 'off', 'OffDay off: National Day and Mid-Autumn Festival'],
    ['2025-09-28', 'zh-Hans', 'work', '班国庆节、中秋节 调休上班'],
    ['2025-01-26', 'en', 'work', 'WorkMake-up workday for Spring Festival'],
  ] as const)('%s in %s: %s', (date, lang, kind, text) => {
    const card = renderCard(fakeDocument, date, lang, undefined);
    expect(byClass(card, 'holiday').map((n) => [n.attrs.get('class'), n.text])).toEqual([[`holiday ${kind}`, text]]);
  });

  it('none on an ordinary day, a day the data does not cover, or with holidays="none"', () => {
    expect(byClass(renderCard(fakeDocument, '2025-10-09', 'zh-Hans', undefined), 'holiday')).toEqual([]);
    expect(byClass(renderCard(fakeDocument, '2030-10-01', 'zh-Hans', undefined), 'holiday')).toEqual([]);
    expect(byClass(renderCard(fakeDocument, '2025-10-06', 'zh-Hans', undefined, 'green', 'iso8601', null), 'holiday')).toEqual([]);
  });
});

describe("the card's season line: the pentad, and 数九 or 三伏 on their days (issue 12, the widget's part)", () => {
  interface RefSeason {
    getWuHou(): string; getHou(): string; getShuJiu(): { toString(): string; getIndex(): number } | null; getFu(): { toString(): string; getIndex(): number } | null;
  }
  const ref = (date: string): RefSeason => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return reference.Solar.fromYmd(y, m, d).getLunar() as unknown as RefSeason;
  };

  it.each(['2025-12-22', '2026-01-10', '2026-03-09', '2025-07-25', '2025-08-05', '2025-08-15', '2025-10-06', '2024-02-29'])('%s in zh-Hans, as the reference gives it', (date) => {
    const r = ref(date);
    // The reference's getHou() is the term and the place: '冬至 初候'.
    const pentad = `物候 ${r.getHou().replace(' ', '')} ${r.getWuHou()}`;
    const nine = r.getShuJiu();
    const fu = r.getFu();
    const marks = [nine === null ? null : `${nine.toString()} 第${nine.getIndex()}天`, fu === null ? null : `${fu.toString()} 第${fu.getIndex()}天`].filter((x) => x !== null);
    const card = renderCard(fakeDocument, date, 'zh-Hans', undefined);
    expect(textsByClass(card, 'season')).toEqual([`${pentad}${marks.join('')}`]);
    expect(textsByClass(card, 'mark')).toEqual(marks);
  });

  it('in zh-Hant and English', () => {
    expect(textsByClass(renderCard(fakeDocument, '2025-12-22', 'zh-Hant', undefined), 'season')).toEqual(['物候 冬至初候 蚯蚓結一九 第2天']);
    expect(textsByClass(renderCard(fakeDocument, '2025-12-22', 'en', undefined), 'season')).toEqual(['Pentad Earthworms curl up (1st of Winter Solstice)1st nine of winter, day 2']);
    expect(textsByClass(renderCard(fakeDocument, '2025-07-25', 'en', undefined), 'mark')).toEqual(['First dog days, day 6']);
  });
});
