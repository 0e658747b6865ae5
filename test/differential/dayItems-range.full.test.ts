/**
 * The day items of almanac() (issue 12) against lunar-javascript over the whole range −0721 …
 * 9999 by whole years (npm run test:full; test/support/dayItemsDifferential.ts): every day of
 * every 50th year (−0700, −0650 … 9950), of the first and last years, of −1 (whose month lists
 * contradict each other), of 9 … 23 (正月 in December), 237 … 239 (renamed months) and 1582.
 * Every day of 1900 … 2100 is dayItems.full.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDayItems, julianEpochDay, type DayItemsComparison } from '../support/dayItemsDifferential';

const years = new Set<number>([-721, -1, 1582, 237, 238, 239, 9999]);
for (let year = -700; year <= 9950; year += 50) years.add(year);
for (let year = 9; year <= 23; year++) years.add(year);
const inOrder = [...years].sort((a, b) => a - b);

function* days(): Generator<number> {
  for (const year of inOrder) for (let n = julianEpochDay(year, 1, 1); n < julianEpochDay(year + 1, 1, 1); n++) yield n;
}

describe(`the day items of almanac() for every day of ${inOrder.length} years of −0721 … 9999 against lunar-javascript`, () => {
  let result: DayItemsComparison;
  beforeAll(() => {
    result = compareDayItems(days(), { timesEvery: 211 });
  });

  it('has zero differences in 七十二候, 数九, 三伏, season, 六曜, 旬, 旬空, 太岁, the four 九星, 宫/四兽/七政 and the Western zodiac', () => {
    expect(result.differences).toEqual({});
  });

  it('compares 86,177 days, 6,585 of them (years before 1, 9999, 正月 in December) on repaired input', () => {
    expect([result.days, result.repairedDays]).toEqual([86177, 6585]);
    // The days on which the reference as it is, comparing dates as strings, would give another
    // value (docs/almanac.md); on 5 December days of −1 its two month lists name the lunar month
    // differently (a leap 冬月 or 腊月), which moves the season and 六曜.
    expect(result.repaired).toEqual({
      pentad: 136, nineStar: 2622, hourNineStars: 2851, xun: 3190, xunKong: 3190, taiSui: 5381, monthNineStar: 4897, yearNineStar: 7, season: 5, liuYao: 5,
    });
  });

  it("gives the reference's sect 3 with monthBoundary: 'instant' where it can be compared", () => {
    expect(result.instantDifferences).toEqual([]);
    expect(result.instantBoundaryDays).toBe(result.instantJieDays);
    expect(result.lunarYearXunKongUnexplained).toBe(0);
    expect(result.lunarTimeUnexplained).toBe(0);
  });
});
