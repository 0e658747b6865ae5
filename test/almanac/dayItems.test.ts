// Issue 12: named cases of the season markers and day items of almanac(). The values come from
// the reference (lunar-javascript) where it has the item, and for 梅雨, which it has not, from the
// published tests of 6tail's tyme (tyme4py test_plum_rain_day.py: 2024-06-10 none, 2024-06-11 入梅,
// 2024-07-06 出梅).
import { describe, expect, it } from 'vitest';
import { almanac } from '../../src/index';
import { reference, type RefLunar } from '../support/reference';

interface StarLunar extends RefLunar {
  getYearNineStar(sect?: number): { toString(): string }; getMonthNineStar(sect?: number): { toString(): string };
  getYearPositionTaiSuiDesc(sect?: number): string; getMonthPositionTaiSuiDesc(sect?: number): string;
}
const lunarOf = (y: number, m: number, d: number): StarLunar => reference.Solar.fromYmd(y, m, d).getLunar() as StarLunar;
const starText = (s: { name: string; star: string }): string => s.name + s.star;

describe('梅雨 by the rule 芒种后逢丙入梅，小暑后逢未出梅', () => {
  it("gives tyme's days of 2024: 入梅 on 06-11 (the first 丙 day after 芒种 06-05), 出梅 on 07-06 (小暑 itself, a 未 day)", () => {
    expect([almanac('2024-06-10').plumRain, almanac('2024-06-11').plumRain, almanac('2024-07-05').plumRain, almanac('2024-07-06').plumRain]).toEqual([null, '入梅', null, '出梅']);
    expect([almanac('2024-06-11').pillars.day.stem, almanac('2024-07-06').pillars.day.branch, almanac('2024-07-06').solarTerm?.name]).toEqual(['丙', '未', '小暑']);
  });
});

describe("monthBoundary: 'instant' on the day of 立春 2024 (16:27)", () => {
  it("keeps the year of 癸卯 for the year's star and 太岁 until the instant, as the reference's sect 3", () => {
    const l = lunarOf(2024, 2, 4);
    const byDay = almanac('2024-02-04');
    const atMidnight = almanac('2024-02-04', { monthBoundary: 'instant' });
    expect([starText(byDay.yearNineStar), starText(byDay.monthNineStar), byDay.taiSui.year.direction, byDay.taiSui.month.direction])
      .toEqual([String(l.getYearNineStar()), String(l.getMonthNineStar()), l.getYearPositionTaiSuiDesc(), l.getMonthPositionTaiSuiDesc()]);
    expect([starText(atMidnight.yearNineStar), starText(atMidnight.monthNineStar), atMidnight.taiSui.year.direction, atMidnight.taiSui.month.direction])
      .toEqual([String(l.getYearNineStar(3)), String(l.getMonthNineStar(3)), l.getYearPositionTaiSuiDesc(3), l.getMonthPositionTaiSuiDesc(3)]);
    expect(starText(atMidnight.yearNineStar)).not.toBe(starText(byDay.yearNineStar));
    // The pillars, and the 旬空 they key, do not move with the option.
    expect([atMidnight.pillars, atMidnight.xunKong]).toEqual([byDay.pillars, byDay.xunKong]);
  });
});

describe('shared values', () => {
  it('are frozen and the same for equal stars and positions, without changing what a caller sees', () => {
    const a = almanac('2025-12-18');
    expect(Object.isFrozen(a.hours[0]?.nineStar)).toBe(true);
    expect(a.taiSui.year).toEqual({ trigram: '巽', direction: '东南' });
    expect(a.taiSui.day).toBe(a.taiSui.year); // the day's 太岁 is the year's on a 辛酉 day
    expect(JSON.parse(JSON.stringify(a.taiSui))).toEqual(a.taiSui);
  });
});
