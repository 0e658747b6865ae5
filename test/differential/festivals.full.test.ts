/**
 * Every day of the range, −0721-01-01 … 9999-12-31 read as the reference reads it (Julian before
 * 1582-10-15), against lunar-javascript: the festivals of `almanac(date, { festivals: gregorianFestivals })`,
 * kind by kind and in order (test/support/festivalsDifferential.ts): its lunar festivals and other
 * festivals, its Gregorian festivals (the week rules too) and other days, and our 清明节 and 冬至节
 * on its terms. The sweep asks getFestivals with the inputs almanac() gives it (3.9 million pages
 * would take minutes); festivals.test.ts checks almanac() itself and the fast reading of the
 * reference against the real one on sampled days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { everyReferenceDay } from '../support/rangeDays';
import { compareFestivals, type FestivalComparison } from '../support/festivalsDifferential';

const { LunarUtil, SolarUtil } = createRequire(import.meta.url)('lunar-javascript') as {
  LunarUtil: { FESTIVAL: Record<string, string>; OTHER_FESTIVAL: Record<string, string[]> };
  SolarUtil: { FESTIVAL: Record<string, string>; WEEK_FESTIVAL: Record<string, string>; OTHER_FESTIVAL: Record<string, string[]> };
};


describe('festivals on every day of −0721 … 9999 against lunar-javascript', () => {
  let result: FestivalComparison;
  beforeAll(() => {
    result = compareFestivals(everyReferenceDay(), { via: 'getFestivals' });
  });

  it('covers the 3,915,772 days of the range', () => {
    expect(result.days).toBe(3_915_772);
  });

  it('has zero differences in any festival, its kind or its place in the list', () => {
    expect(result.differences).toEqual([]);
    expect(result.differenceCount).toBe(0);
  });

  it('meets every festival of the reference\'s tables, and 寒食节, 春社, 秋社, 除夕', () => {
    const names = [
      ...Object.values(LunarUtil.FESTIVAL), ...Object.values(LunarUtil.OTHER_FESTIVAL).flat(), '除夕', '寒食节', '春社', '秋社',
      ...Object.values(SolarUtil.FESTIVAL), ...Object.values(SolarUtil.WEEK_FESTIVAL), ...Object.values(SolarUtil.OTHER_FESTIVAL).flat(),
    ];
    expect(names.filter((name) => !(result.counts[name]! > 0))).toEqual([]);
  });

  it('places 除夕 on the last day of 腊月, of 29 or 30 days, and of a 闰腊月 where one ends the year', () => {
    // Counted from the reference's months: every lunar year but the reform year 8 CE (whose last
    // month is 十一月) and the two that run past the ends of the range.
    expect(result.newYearsEves).toEqual({ '腊月 29': 4513, '腊月 30': 6040, '闰腊月 29': 137, '闰腊月 30': 29 });
  });

  it('follows the next year\'s month list where the reference\'s lists disagree: 74 days, 2 with another festival', () => {
    expect(result.contradictions).toBe(74);
    // Its getLunar() calls these 腊月初七 (驱傩日), its next year's list 闰冬月初七, as lunarDate() does.
    expect(result.contradictedFestivals.map((c) => c.slice(0, c.indexOf(' ')))).toEqual(['-256-12-31', '-180-12-31']);
    for (const c of result.contradictedFestivals) expect(c).toMatch(/\[\[\],\["驱傩日"\],\[\],\[\],""\] vs \[\[\],\[\],\[\],\[\],""\]$/);
  });
});
