/**
 * Differential test of almanac() against lunar-javascript's defaults on sampled days of
 * 1900 … 2100: every day of every leap month, every 节 day (where 建除, 天神, the month's 神煞 and
 * 宜/忌 turn) and every 正月初一, each with its neighbours, and thousands of seeded random days
 * (test/support/days.ts). Same comparison as almanac.full.test.ts (every day, npm run test:full).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareAlmanac, type AlmanacComparison } from '../support/almanacDifferential';
import { FULL_COVERAGE, sampledDays } from '../support/days';

const sample = sampledDays();

describe(`almanac() on ${sample.days.length.toLocaleString('en-US')} sampled days of 1900 … 2100 against lunar-javascript (seed ${sample.seed})`, () => {
  let result: AlmanacComparison;
  beforeAll(() => {
    result = compareAlmanac(sample.days);
  });

  it('holds every leap month day by day, every 节 day, every 立春 and every 正月初一, and random days', () => {
    expect(result.coverage).toEqual({ ...FULL_COVERAGE, days: sample.days.length });
    expect(sample.randomDays.length).toBe(4000);
  });

  it('has zero differences in 宜/忌 (order included), clash, 彭祖, 建除, 天神, 纳音, 宿, 月相, 神煞, directions, 胎神, 九星, festivals and the twelve hours', () => {
    expect(result.differences).toEqual({});
  });

  it("offers the reference's other conventions: 宜/忌 by the 节's instant differ on the 节 days", () => {
    // lunar-javascript's sect 2 differs from its default on every one of the 2,412 节 days, all sampled.
    expect(result.instantBoundaryDays).toBe(2412);
  });
});
