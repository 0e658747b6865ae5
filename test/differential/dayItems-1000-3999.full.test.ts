/**
 * Every day of 1000 … 3999 against lunar-javascript: the day items of almanac() (issue 12;
 * test/support/dayItemsDifferential.ts), in three sweeps so that 1900 … 2100 keeps its own
 * counts (docs/almanac.md quotes them). One of four every-day sweeps of the whole range, run by
 * `npm run test:full`; dayItems.test.ts samples it in `npm test`.
 */
import { describeDayItemsSweep } from '../support/dayItemsDifferential';

const none = { repairedDays: 0, repaired: {} };

describeDayItemsSweep(1000, 1899, {
  days: 328_713, ...none, lunarYearXunKongDays: 685, lunarTimeDays: 13_856, instantJieDays: 10_799, instantUnmovedJieDays: [], longMiddleFu: 641,
});

// Every 节 of 1900 … 2100 (201 × 12) moves the instant reading; 152 days of 旬空 by the lunar year, 2,055 of LunarTime.
describeDayItemsSweep(1900, 2100, {
  days: 73_414, ...none, lunarYearXunKongDays: 152, lunarTimeDays: 2055, instantJieDays: 201 * 12, instantUnmovedJieDays: [], longMiddleFu: 142,
});

describeDayItemsSweep(2101, 3999, {
  days: 693_595, ...none, lunarYearXunKongDays: 1404, lunarTimeDays: 19_221, instantJieDays: 22_788,
  // The reference's 芒种 of 3255 falls at 00:00:00 (UTC+8): the month has begun at the start of the day.
  instantUnmovedJieDays: ['3255-06-05 (芒种 at 3255-06-05 00:00:00)'],
  longMiddleFu: 1341,
});
