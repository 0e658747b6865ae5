/**
 * Differential test of almanac() against lunar-javascript's defaults over every day of
 * 2000 … 2100 (npm run test:full; 1900 … 1999 is almanac-1900-1999.full.test.ts). With it, the
 * whole range: 73,414 days, 74 leap months, 2,412 节 days. `npm test` runs the same comparison
 * on sampled days (almanac.test.ts).
 */
import { describeAlmanacDifferential } from '../support/almanacDifferential';
import { everyDay } from '../support/days';

describeAlmanacDifferential('almanac() for every day 2000-01-01 … 2100-12-31 against lunar-javascript', () => everyDay(2000, 2100), {
  days: 36890, leapMonths: 37, leapMonthDays: 1081, jieDays: 1212, liChunDays: 101, lunarNewYears: 101,
});
