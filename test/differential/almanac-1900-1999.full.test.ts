/**
 * Differential test of almanac() against lunar-javascript's defaults over every day of
 * 1900 … 1999 (npm run test:full; 2000 … 2100 is almanac-2000-2100.full.test.ts, a file of its
 * own so that the two halves run in parallel). `npm test` runs the same comparison on sampled
 * days (almanac.test.ts).
 */
import { describeAlmanacDifferential } from '../support/almanacDifferential';
import { everyDay } from '../support/days';

describeAlmanacDifferential('almanac() for every day 1900-01-01 … 1999-12-31 against lunar-javascript', () => everyDay(1900, 1999), {
  days: 36524, leapMonths: 37, leapMonthDays: 1085, jieDays: 1200, liChunDays: 100, lunarNewYears: 100,
});
