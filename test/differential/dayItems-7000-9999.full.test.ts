/**
 * Every day of 7000 … 9999 against lunar-javascript: the day items of almanac() (issue 12;
 * test/support/dayItemsDifferential.ts). One of four every-day sweeps of the whole range, run by
 * `npm run test:full`; dayItems.test.ts samples it in `npm test`.
 *
 * The 365 days of 9999 are compared on repaired input: the reference's term table of that year
 * reaches 10000, whose dates do not compare as strings with four-digit ones (dayItemsDifferential.ts).
 */
import { describeDayItemsSweep } from '../support/dayItemsDifferential';

describeDayItemsSweep(7000, 9999, {
  days: 1_095_727, repairedDays: 365, repaired: { nineStar: 185, taiSui: 1, monthNineStar: 1, monthNaYin: 1 },
  lunarYearXunKongDays: 2215, lunarTimeDays: 42_655, instantJieDays: 35_989, instantUnmovedJieDays: [], longMiddleFu: 1611,
});
