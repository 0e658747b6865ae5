/**
 * The day, month and year items of almanac() (issue 12: 七十二候, 数九, 三伏, season, 六曜, 旬 and
 * 旬空, 太岁, the year's, month's, day's and hours' 九星, 宫/四兽/七政, the Western zodiac; then
 * 日禄, the lunar year's and month's 纳音, the hours' 纳音, 旬, 旬空 and directions) against
 * lunar-javascript on sampled days of the whole range −0721 … 9999 (test/support/dayItemsDifferential.ts):
 * every day of four whole years (2025 and three drawn with the run's seed), 100 runs of 8 days
 * from random days of 1900 … 2100 and 150 from random days of the whole range, 10 days on each
 * side of every boundary of the reference's historical calendar (rangeDays.ts's eraBoundaries:
 * its 平朔 and 平气 segments, 619, 1645, 1960, the renamed months of 9–23 and 237–239), every day of
 * years 0 and 9999, the first and last 90 days of the range, October 1582, the Decembers where the
 * reference's month lists disagree, the turn of 9 and 23 CE (正月 in December), 7000 (where a 节
 * can fall on the last day of the month before), the days around 立春 2024, and the first and last
 * days of the years where the every-day sweeps are split.
 *
 * Each day is asked of almanac() and of the items as almanac() computes them (what the every-day
 * sweeps, dayItems-*.full.test.ts in npm run test:full, ask), and of the reference twice: by the
 * light receiver that the sweeps use and by a real Lunar of the day, which must agree on every day.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/calendar/epochDay';
import { FIRST_JULIAN_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { compareDayItems, julianEpochDay, type DayItemsComparison } from '../support/dayItemsDifferential';
import { eraBoundaries } from '../support/rangeDays';
import { SEED } from '../support/setup';

const years = [2025, ...fc.sample(fc.integer({ min: 1900, max: 2100 }), { seed: SEED, numRuns: 1 }), ...fc.sample(fc.integer({ min: -720, max: 9998 }), { seed: SEED + 1, numRuns: 2 })];
const picked = new Set<number>();
const span = (from: number, to: number): void => {
  for (let n = Math.max(FIRST_JULIAN_EPOCH_DAY, from); n <= Math.min(LAST_EPOCH_DAY, to); n++) picked.add(n);
};
/** Julian-reading dates (as the reference reads them) from `y-m-d` to `y2-m2-d2`. */
const julianSpan = (y: number, m: number, d: number, y2: number, m2: number, d2: number): void => span(julianEpochDay(y, m, d), julianEpochDay(y2, m2, d2));
for (const year of [...years, 0, 9999]) julianSpan(year, 1, 1, year, 12, 31);
// Random runs of 8 days (the reference keeps one lunar year in its cache: a day far from the last costs it a year).
const runs = [
  ...fc.sample(fc.integer({ min: toEpochDay(1900, 1, 1), max: toEpochDay(2100, 12, 24) }), { seed: SEED, numRuns: 100 }),
  ...fc.sample(fc.integer({ min: FIRST_JULIAN_EPOCH_DAY, max: LAST_EPOCH_DAY - 7 }), { seed: SEED, numRuns: 150 }),
];
for (const first of runs) span(first, first + 7);
const boundaries = eraBoundaries().map((jd) => Math.floor(jd + 0.5) - 2440588);
for (const n of boundaries) span(n - 10, n + 10);
span(FIRST_JULIAN_EPOCH_DAY, FIRST_JULIAN_EPOCH_DAY + 89);
span(LAST_EPOCH_DAY - 89, LAST_EPOCH_DAY);
julianSpan(1582, 9, 20, 1582, 10, 4);
span(toEpochDay(1582, 10, 15), toEpochDay(1582, 11, 10));
// The Decembers where the reference's lists of two years disagree (see rangeDifferential.ts).
julianSpan(-1, 11, 15, -1, 12, 31);
julianSpan(-256, 12, 1, -256, 12, 31);
julianSpan(-180, 12, 1, -180, 12, 31);
// 正月 in December (建丑, 9–23 CE): the first and the last such year.
julianSpan(8, 12, 1, 9, 2, 28);
julianSpan(22, 12, 1, 23, 2, 28);
julianSpan(6999, 12, 1, 7000, 2, 28);
// 立春 2024-02-04 begins 甲辰 (旬空 寅卯) six days before 正月初一, when the lunar year 癸卯 (辰巳) ends.
span(toEpochDay(2024, 1, 28), toEpochDay(2024, 2, 14));
// Where the sweeps are split (the receiver starts afresh there).
for (const year of [1000, 1900, 2101, 4000, 7000]) julianSpan(year - 1, 12, 25, year, 1, 7);
const days = [...picked].sort((a, b) => a - b);

describe(`the day items of almanac() on ${days.length.toLocaleString('en-US')} sampled days of −0721 … 9999 against lunar-javascript (seed ${SEED}; whole years ${years.join(', ')})`, () => {
  let result: DayItemsComparison;
  beforeAll(() => {
    result = compareDayItems(days, { timesEvery: 37, check: true });
  });

  it('compares them all, and the sample reaches every value of each item', () => {
    expect(result.days).toBe(days.length);
    expect(result.coverage).toMatchObject({ pentads: 72, winterNines: 81, dogDays: 3, liuYao: 6, seasons: 12, westernZodiac: 12, yearNineStars: 9, monthNineStars: 9, taiSuiDay: 8 });
    // Both lengths of 中伏 (20 days when 立秋 falls after the fifth 庚 day, else 10).
    expect(result.coverage.longMiddleFu).toBeGreaterThan(0);
    expect(result.coverage.shortMiddleFu).toBeGreaterThan(0);
    // Days of years before 1 and of 9999 are compared on repaired input (see dayItemsDifferential).
    expect(result.repairedDays).toBeGreaterThan(700);
  });

  it("has zero differences in 七十二候, 数九, 三伏, season, 六曜, 旬, 旬空, 太岁, the four 九星, 宫/四兽/七政, the Western zodiac, 日禄, the year and month 纳音 and the hours' 纳音, 旬, 旬空 and directions, from almanac() and from its items as the sweeps ask them", () => {
    expect(result.differences).toEqual({});
  });

  it("reads the reference faithfully: the light receiver's answers are a real Lunar's on every sampled day", () => {
    expect(result.receiverMismatchExamples).toEqual([]);
    expect(result.receiverMismatches).toBe(0);
    // The hours' 纳音, 旬, 旬空 and directions, which the receiver takes by day pillar, are a real getTimes()'s on every 37th day.
    expect(result.realTimesDays).toBeGreaterThan(100);
    // The sample holds what the receiver must get right: repaired days, the repairs changing the
    // reference's answer, the month lists' contradictions (season and 六曜 of −1), 节 days.
    expect(result.repaired['pentad']).toBeGreaterThan(0);
    expect(result.repaired['season']).toBeGreaterThan(0);
    expect(result.repaired['monthNineStar']).toBeGreaterThan(0);
    expect(result.instantJieDays).toBeGreaterThan(80);
  });

  it("follows the reference's sect 3 with monthBoundary: 'instant' (year/month 九星 and 太岁 at 00:00), which differs on 节 days", () => {
    expect(result.instantDifferences).toEqual([]);
    expect(result.instantBoundaryDays).toBe(result.instantJieDays);
    expect(result.instantBoundaryOffJie).toBe(0);
  });

  it('differs from getYearXunKong() (the year at 正月初一) only where the 立春 year is another year', () => {
    expect(result.lunarYearXunKongDays).toBeGreaterThanOrEqual(6);
    expect(result.lunarYearXunKongUnexplained).toBe(0);
  });

  it("differs from LunarTime#getNineStar only from the day of 冬至 to 31 December (where it forgets the solstice)", () => {
    expect(result.lunarTimeDays).toBeGreaterThan(20);
    expect(result.lunarTimeUnexplained).toBe(0);
  });
});
