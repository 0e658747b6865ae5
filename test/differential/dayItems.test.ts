/**
 * The day, month and year items of almanac() (issue 12: 七十二候, 数九, 三伏, season, 六曜, 旬 and
 * 旬空, 太岁, the year's, month's, day's and hours' 九星, 宫/四兽/七政, the Western zodiac) against
 * lunar-javascript on sampled days of the whole range −0721 … 9999 (test/support/dayItemsDifferential.ts):
 * every day of four whole years (2025 and three drawn with the run's seed), 100 runs of 8 days
 * from random days of 1900 … 2100 and 150 from random days of the whole range, the range's ends,
 * October 1582, the turn of 1 BCE to 1 CE and the days around 立春 2024. dayItems.full.test.ts and dayItems-range.full.test.ts compare every day of 1900 … 2100
 * and whole years across the range (npm run test:full).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/calendar/epochDay';
import { FIRST_JULIAN_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { compareDayItems, julianEpochDay, type DayItemsComparison } from '../support/dayItemsDifferential';
import { SEED } from '../support/setup';

const years = [2025, ...fc.sample(fc.integer({ min: 1900, max: 2100 }), { seed: SEED, numRuns: 1 }), ...fc.sample(fc.integer({ min: -720, max: 9998 }), { seed: SEED + 1, numRuns: 2 })];
const picked = new Set<number>();
for (const year of years) for (let n = julianEpochDay(year, 1, 1); n < julianEpochDay(year + 1, 1, 1); n++) picked.add(n);
// Random runs of 8 days (the reference keeps one lunar year in its cache: a day far from the last costs it a year).
const runs = [
  ...fc.sample(fc.integer({ min: toEpochDay(1900, 1, 1), max: toEpochDay(2100, 12, 24) }), { seed: SEED, numRuns: 100 }),
  ...fc.sample(fc.integer({ min: FIRST_JULIAN_EPOCH_DAY, max: LAST_EPOCH_DAY - 7 }), { seed: SEED, numRuns: 150 }),
];
for (const first of runs) for (let n = first; n < first + 8; n++) picked.add(n);
for (let i = 0; i < 30; i++) picked.add(FIRST_JULIAN_EPOCH_DAY + i).add(LAST_EPOCH_DAY - i);
for (let n = toEpochDay(1582, 9, 25); n <= toEpochDay(1582, 11, 5); n++) picked.add(n);
for (let n = toEpochDay(-1, 12, 15); n <= toEpochDay(1, 1, 15); n++) picked.add(n);
// 立春 2024-02-04 begins 甲辰 (旬空 寅卯) six days before 正月初一, when the lunar year 癸卯 (辰巳) ends.
for (let n = toEpochDay(2024, 1, 28); n <= toEpochDay(2024, 2, 14); n++) picked.add(n);
const days = [...picked].sort((a, b) => a - b);

describe(`the day items of almanac() on ${days.length.toLocaleString('en-US')} sampled days of −0721 … 9999 against lunar-javascript (seed ${SEED}; whole years ${years.join(', ')})`, () => {
  let result: DayItemsComparison;
  beforeAll(() => {
    result = compareDayItems(days, { timesEvery: 37 });
  });

  it('compares them all, and the sample reaches every value of each item', () => {
    expect(result.days).toBe(days.length);
    expect(result.coverage).toMatchObject({ pentads: 72, winterNines: 81, dogDays: 3, liuYao: 6, seasons: 12, westernZodiac: 12, yearNineStars: 9, monthNineStars: 9, taiSuiDay: 8 });
    // Both lengths of 中伏 (20 days when 立秋 falls after the fifth 庚 day, else 10).
    expect(result.coverage.longMiddleFu).toBeGreaterThan(0);
    expect(result.coverage.shortMiddleFu).toBeGreaterThan(0);
    // Days of years before 1 and of 9999 are compared on repaired input (see dayItemsDifferential).
    expect(result.repairedDays).toBeGreaterThan(100);
  });

  it('has zero differences in 七十二候, 数九, 三伏, season, 六曜, 旬, 旬空, 太岁, the four 九星, 宫/四兽/七政 and the Western zodiac', () => {
    expect(result.differences).toEqual({});
  });

  it("follows the reference's sect 3 with monthBoundary: 'instant' (year/month 九星 and 太岁 at 00:00), which differs on 节 days", () => {
    expect(result.instantDifferences).toEqual([]);
    expect(result.instantJieDays).toBeGreaterThan(48);
    expect(result.instantBoundaryDays).toBe(result.instantJieDays);
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
