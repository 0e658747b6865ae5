import { describe, expect, it } from 'vitest';
import { localize } from '../../src/i18n/localize';
import { lunarYear } from '../../src/lunar/lunarYear';
import { lunarYearDifferences, monthTaiSuiOnDerivedPillar, REF_SPLIT_YEARS } from '../support/lunarYearDifferential';
import { seededRandom } from '../support/seededRandom';

/** The ends of the range, year 0, the Gregorian reform, the 1645 reform to 定气, 2033's 闰冬月, the renaming eras (9–23, 237). */
const LANDMARKS = [-721, -720, -1, 0, 1, 8, 9, 23, 24, 236, 237, 238, 1581, 1582, 1583, 1644, 1645, 1899, 1900, 2025, 2033, 2100, 2101, 9998, 9999];

describe('lunarYear against the reference', () => {
  const random = seededRandom(20261201);
  const sample = Array.from({ length: 200 }, () => -721 + Math.floor(random() * 10721));
  it.each([...LANDMARKS, ...REF_SPLIT_YEARS, ...sample].map((year) => [year]))('year %i', (year) => {
    const r = lunarYearDifferences(year);
    expect(r.differences).toEqual([]);
    expect(r.listsAgree).toBe(!REF_SPLIT_YEARS.includes(year));
    expect([...monthTaiSuiOnDerivedPillar.keys()].filter((y) => y >= 1)).toEqual([]);
  });
});

describe('lunarYear', () => {
  it('gives 2025 as the almanacs print it', () => {
    const y = lunarYear(2025);
    expect([y.pillar.name, y.zodiac, y.start, y.days, y.leapMonth]).toEqual(['乙巳', '蛇', '2025-01-29', 384, 6]);
    expect(y.months.map((m) => `${m.monthName}:${m.days}`).join(' ')).toBe('正月:30 二月:29 三月:30 四月:29 五月:29 六月:30 闰六月:29 七月:30 八月:29 九月:30 十月:30 冬月:30 腊月:29');
    expect(y.zaoMaTou.map((z) => z.text).join(' ')).toBe('三鼠偷粮 草子三分 四牛耕田 花收六分 七龙治水 九马驮谷 十二鸡抢米 十二姑看蚕 二屠共猪 甲田七分 九人分饼 四日得金 五人九丙 五人十锄');
    expect(y.zaoMaTou.at(-1)).toEqual({ name: '几人几锄', counts: [5, 10], text: '五人十锄' });
    expect([y.sanYuan, y.jiuYun]).toEqual(['下元', '九运']);
  });

  it('writes dates in the calendar asked for, the same days either way', () => {
    const iso = lunarYear(1582);
    const julian = lunarYear(1582, { calendar: 'julian' });
    // 十月 of 1582 begins after the reform: the same date in both; 九月 before it, 10 days apart.
    expect(iso.months.find((m) => m.month === 10)!.start).toBe('1582-10-26');
    expect(julian.months.find((m) => m.month === 10)!.start).toBe('1582-10-26');
    expect([iso.months[8]!.start, julian.months[8]!.start]).toEqual(['1582-09-27', '1582-09-17']);
    expect(julian.months.map((m) => m.days)).toEqual(iso.months.map((m) => m.days));
    expect(lunarYear(0).start).toBe('0000-02-22');
    expect(lunarYear(0, { calendar: 'julian' }).start).toBe('0000-02-24');
  });

  it('keeps each month in step with the next and the year with the next year', () => {
    for (const year of [-721, -1, 0, 1582, 2033, 9998]) {
      const y = lunarYear(year);
      const epoch = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 864e5;
      for (let i = 1; i < y.months.length; i++) expect(epoch(y.months[i]!.start) - epoch(y.months[i - 1]!.start)).toBe(y.months[i - 1]!.days);
      expect(epoch(lunarYear(year + 1).start) - epoch(y.start)).toBe(y.days);
    }
  });

  it('follows the reforms of 8 and 237 as the reference does', () => {
    const shape = (year: number): string => lunarYear(year).months.map((m) => `${m.monthName}${m.days}`).join(' ');
    // 王莽's 建丑 calendar: the month that would have been 腊月 of 8 is 正月 of 9.
    expect(shape(8)).toBe('正月29 闰正月30 二月30 三月29 四月30 五月29 六月30 七月29 八月30 九月29 十月30 冬月29');
    // 景初: the month after 腊月 of 236 (28 days) was the fourth month of 237.
    expect(shape(236).endsWith('腊月28')).toBe(true);
    expect(shape(237)).toBe('正月30 二月29 四月30 五月30 六月29 七月30 八月29 九月30 十月29 冬月30 腊月29');
    expect([lunarYear(237).days, lunarYear(237).months.length]).toEqual([325, 11]);
  });

  it('gives each month its own pillar, 九星, directions and 太岁', () => {
    const months = lunarYear(2025).months;
    expect(months.map((m) => m.pillar.name).join(' ')).toBe('戊寅 己卯 庚辰 辛巳 壬午 癸未 癸未 甲申 乙酉 丙戌 丁亥 戊子 己丑');
    expect([months[0]!.nineStar.name, months[0]!.directions.xiShen, months[0]!.taiSui]).toEqual(['二黑土', { trigram: '巽', direction: '东南' }, { trigram: '艮', direction: '东北' }]);
    // 二月: the palace of the stem of the solar month its 初一 (2025-02-28, 戊寅月) is in: 戊, the centre.
    expect(months[1]!.taiSui).toEqual({ trigram: '中', direction: '中宫' });
  });

  it('has the 福神 of either sect', () => {
    expect(lunarYear(2025).directions.fuShen).toEqual({ trigram: '坤', direction: '西南' });
    expect(lunarYear(2025, { fuShenSect: 1 }).directions.fuShen).not.toEqual(lunarYear(2025).directions.fuShen);
  });

  it('is frozen and JSON-serialisable', () => {
    const y = lunarYear(2033);
    expect(Object.isFrozen(y) && Object.isFrozen(y.months) && Object.isFrozen(y.months[0]) && Object.isFrozen(y.zaoMaTou[0]!.counts)).toBe(true);
    expect(JSON.parse(JSON.stringify(y))).toEqual(y);
  });

  it('refuses what is not a lunar year of the range, saying what it expected', () => {
    expect(() => lunarYear(-722)).toThrow(new RangeError('lunarYear: year must be between -721 and 9999, got -722'));
    expect(() => lunarYear(10000)).toThrow(RangeError);
    expect(() => lunarYear(2025.5)).toThrow(new TypeError('lunarYear: year must be an integer, got 2025.5'));
    expect(() => lunarYear('2025' as unknown as number)).toThrow(TypeError);
    expect(() => lunarYear(2025, null as never)).toThrow(new TypeError('lunarYear: options must be an object, got null'));
    expect(() => lunarYear(2025, { fuShenSect: 3 as never })).toThrow(new RangeError('lunarYear: options.fuShenSect must be 1 or 2, got 3'));
    expect(() => lunarYear(2025, { calendar: 'gregorian' as never })).toThrow(RangeError);
  });
});

describe('localize(lunarYear(…))', () => {
  it('renders the year page in English and in Traditional Chinese', () => {
    const en = localize(lunarYear(2025), 'en');
    expect([en.pillar.name, en.zodiac, en.sanYuan, en.jiuYun, en.months[6]!.monthName, en.taiSui.direction]).toEqual(['Yi-Si', 'Snake', 'Lower Era', 'Period 9', 'Leap sixth month', 'Southeast']);
    expect(en.zaoMaTou[4]).toEqual({ name: 'Dragons governing water', counts: [7], text: 'Dragons governing water: 7' });
    expect(en.zaoMaTou[13]!.text).toBe('People (Yin day), hoes (Ding day): 5, 10');
    const hant = localize(lunarYear(2025), 'zh-Hant');
    expect(hant.zaoMaTou.map((z) => z.text).join(' ')).toBe('三鼠偷糧 草子三分 四牛耕田 花收六分 七龍治水 九馬馱穀 十二雞搶米 十二姑看蠶 二屠共豬 甲田七分 九人分餅 四日得金 五人九丙 五人十鋤');
    expect([hant.jiuYun, hant.months[6]!.monthName, hant.months[12]!.monthName]).toEqual(['九運', '閏六月', '臘月']);
  });

  it('leaves no Chinese in English, in any year', () => {
    for (const year of [-721, 0, 237, 1645, 2033, 9999]) expect(JSON.stringify(localize(lunarYear(year), 'en'))).not.toMatch(/\p{Script=Han}/u);
  });
});
