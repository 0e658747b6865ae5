/**
 * Differential test against the reference implementation, lunar-javascript, on sampled days of
 * 1900 … 2100: every day of every leap month, every 节 day (the month pillar changes; 立春 the
 * year pillar) and every 正月初一, each with its neighbours, and thousands of seeded random days
 * (test/support/days.ts). Same comparison as calendar.full.test.ts (every day, npm run test:full).
 * Also every solar term of every year, which is cheap enough to check in full here.
 */
import { describe, expect, it } from 'vitest';
import { solarTerms } from '../../src/index';
import { describeCalendarDifferential } from '../support/calendarDifferential';
import { FULL_COVERAGE, sampledDays } from '../support/days';
import { reference } from '../support/reference';

const sample = sampledDays();

describe('the sampled days', () => {
  it('are the turning points and 4,000 random days, over 12,000 in all', () => {
    expect(sample.randomDays.length).toBe(4000);
    expect(sample.days.length).toBeGreaterThan(12000);
  });
});

describeCalendarDifferential(
  `${sample.days.length.toLocaleString('en-US')} sampled days of 1900 … 2100 against lunar-javascript (seed ${sample.seed})`,
  () => sample.days,
  { ...FULL_COVERAGE, days: sample.days.length },
);

describe('every solar term 1900 … 2100 against lunar-javascript', () => {
  const dayDifferences: string[] = [];
  const instantErrors: number[] = [];
  for (let year = 1900; year <= 2100; year++) {
    // The reference's term table of a year starts with 大雪 and 冬至 of the year before: indices 2 … 25 are 小寒 … 冬至 of `year`.
    const jds = reference.LunarYear.fromYear(year).getJieQiJulianDays();
    solarTerms(year).forEach((term, k) => {
      const ref = reference.Solar.fromJulianDay(jds[k + 2] as number);
      const refText = ref.toYmdHms().replace(' ', 'T');
      if (term.instant.slice(0, 10) !== refText.slice(0, 10)) dayDifferences.push(`${year} ${term.name}: ${term.instant} vs ${refText}`);
      const seconds = (Date.parse(`${refText}+08:00`) - Date.parse(term.instant)) / 1000;
      instantErrors.push(seconds);
    });
  }

  it('puts every term on the reference day', () => {
    expect(dayDifferences).toEqual([]);
  });

  it('gives every term instant to the second the reference shows', () => {
    expect(instantErrors.length).toBe(201 * 24);
    expect(instantErrors.filter((seconds) => seconds !== 0)).toEqual([]);
  });
});
