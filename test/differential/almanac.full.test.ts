/**
 * Differential test of almanac() against lunar-javascript's defaults over every day
 * 1900-01-01 … 2100-12-31. `npm run test:full` runs it; `npm test` runs the same comparison
 * (test/support/almanacDifferential.ts) on sampled days (almanac.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareAlmanac, type AlmanacComparison } from '../support/almanacDifferential';
import { everyDay, FULL_COVERAGE } from '../support/days';

describe('almanac() for every day 1900-01-01 … 2100-12-31 against lunar-javascript', () => {
  let result: AlmanacComparison;
  beforeAll(() => {
    result = compareAlmanac(everyDay());
  });

  it('covers 73,414 days', () => {
    expect(result.coverage).toEqual(FULL_COVERAGE);
    expect(result.coverage.days).toBe(73414);
  });

  it('has zero differences in 宜/忌 (order included), clash, 彭祖, 建除, 天神, 纳音, 宿, 月相, 神煞, directions, 胎神, 九星, festivals and the twelve hours', () => {
    expect(result.differences).toEqual({});
  });

  it("offers the reference's other conventions: 宜/忌 by the 节's instant differ on the 节 days", () => {
    // lunar-javascript's sect 2 differs from its default on every one of the 2,412 节 days.
    expect(result.instantBoundaryDays).toBe(2412);
  });
});
