/**
 * Differential test of almanac() against lunar-javascript's defaults on sampled days of
 * 1900 … 2100: every day of every leap month, every 节 day (where 建除, 天神, the month's 神煞 and
 * 宜/忌 turn) and every 正月初一, each with its neighbours, and thousands of seeded random days
 * (test/support/days.ts). Same comparison as almanac-*.full.test.ts (every day, npm run test:full).
 */
import { describeAlmanacDifferential } from '../support/almanacDifferential';
import { FULL_COVERAGE, sampledDays } from '../support/days';

const sample = sampledDays();

describeAlmanacDifferential(
  `almanac() on ${sample.days.length.toLocaleString('en-US')} sampled days of 1900 … 2100 against lunar-javascript (seed ${sample.seed})`,
  () => sample.days,
  { ...FULL_COVERAGE, days: sample.days.length },
);
