/**
 * The day items of almanac() (issue 12) against lunar-javascript for every day of 1900 … 2100
 * (npm run test:full; test/support/dayItemsDifferential.ts). Every day of the whole range would
 * take the reference about ten minutes on one core, so the rest of −0721 … 9999 is compared by
 * whole years in dayItems-range.full.test.ts; dayItems.test.ts samples both in npm test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/calendar/epochDay';
import { compareDayItems, type DayItemsComparison } from '../support/dayItemsDifferential';
import { dayRange } from '../support/rangeDifferential';

describe('the day items of almanac() for every day 1900-01-01 … 2100-12-31 against lunar-javascript', () => {
  let result: DayItemsComparison;
  beforeAll(() => {
    result = compareDayItems(dayRange(toEpochDay(1900, 1, 1), toEpochDay(2100, 12, 31)), { timesEvery: 101 });
  });

  it('compares 73,414 days, none on repaired input', () => {
    expect([result.days, result.repairedDays]).toEqual([73414, 0]);
  });

  it('has zero differences in 七十二候, 数九, 三伏, season, 六曜, 旬, 旬空, 太岁, the four 九星, 宫/四兽/七政 and the Western zodiac', () => {
    expect(result.differences).toEqual({});
  });

  it("gives the reference's sect 3 with monthBoundary: 'instant', different from the default on the 节 days only", () => {
    expect(result.instantDifferences).toEqual([]);
    expect(result.instantJieDays).toBe(201 * 12);
    expect(result.instantBoundaryDays).toBe(result.instantJieDays);
  });

  it('counts the documented conventions: 旬空 of the 立春 year, the hours after 冬至', () => {
    // Days between 立春 and 正月初一 on which the two years' 旬 differ (docs/almanac.md quotes the counts).
    expect(result.lunarYearXunKongUnexplained).toBe(0);
    expect(result.lunarYearXunKongDays).toBe(152);
    // The days from 冬至 to 31 December, on which LunarTime#getNineStar falls instead of rising.
    expect(result.lunarTimeUnexplained).toBe(0);
    expect(result.lunarTimeDays).toBe(2055);
  });
});
