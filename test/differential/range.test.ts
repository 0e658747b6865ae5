/**
 * The whole range −0721 … 9999 against the reference (lunar-javascript), sampled (test/support/rangeDays.ts):
 * every leap month, every boundary of its historical calendars, 1582, year 0, the range's ends
 * and 4,000 random days. The range-*.full.test.ts sweeps compare every day (npm run test:full).
 */
import { describe, expect, it } from 'vitest';
import { compareRange, derivedPillars, julianDayOf } from '../support/rangeDifferential';
import { sampledRangeDays } from '../support/rangeDays';
import { reference } from '../support/reference';
import { SEED } from '../support/setup';
import { toEpochDay } from '../../src/calendar/epochDay';

const sample = sampledRangeDays();

describe(`the calendar of −0721 … 9999 on sampled days against lunar-javascript (seed ${SEED})`, () => {
  it('samples every leap month, every era boundary and 4,000 random days', () => {
    expect(sample.leapMonths).toBe(3925);
    expect(sample.boundaries).toBeGreaterThan(40);
    expect(sample.days.length).toBeGreaterThan(20000);
  });

  it('has zero differences in the lunar date, the pillars and the fromLunar round trip', () => {
    const { differences, days, derived, contradictions } = compareRange(sample.days);
    expect(days).toBe(sample.days.length);
    // The reference's lists of −1 and 0 disagree on the month from Julian −1-12-27 (see rangeDifferential).
    expect(contradictions).toEqual([25, 26, 27, 28, 29].map((day, i) => `{"year":-1,"month":12,"day":${day}}: 腊月初${'一二三四五'[i]} vs 闰冬月初${'一二三四五'[i]}`));
    expect(derived).toBeGreaterThan(1000);
    expect(differences.slice(0, 20)).toEqual([]);
    expect(differences.length).toBe(0);
  });

  it('derives the pillars of years before 1 as the reference computes those of years after it', () => {
    for (let year = 1; year <= 9999; year += 499) {
      for (let n = toEpochDay(year, 1, 1); n < toEpochDay(year, 12, 31); n += 7) {
        const ref = reference.Solar.fromJulianDay(julianDayOf(n)).getLunar();
        expect(derivedPillars(n)).toEqual([ref.getYearInGanZhiByLiChun(), ref.getMonthInGanZhi()]);
      }
    }
  });
});
