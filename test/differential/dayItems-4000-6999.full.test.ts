/**
 * Every day of 4000 … 6999 against lunar-javascript: the day items of almanac() (issue 12;
 * test/support/dayItemsDifferential.ts). One of four every-day sweeps of the whole range, run by
 * `npm run test:full`; dayItems.test.ts samples it in `npm test`.
 */
import { describeDayItemsSweep } from '../support/dayItemsDifferential';

describeDayItemsSweep(4000, 6999, {
  days: 1_095_728, repairedDays: 0, repaired: {}, lunarYearXunKongDays: 2223, lunarTimeDays: 33_116, instantJieDays: 36_000, instantUnmovedJieDays: [], longMiddleFu: 1941,
});
