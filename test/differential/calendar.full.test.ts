/**
 * Differential test against the reference implementation, lunar-javascript, over every day of
 * the supported range (1900-01-01 … 2100-12-31, 73,414 days): lunar date, pillars under the
 * plain-date conventions and the fromLunar round trip. Zero differences are allowed.
 * `npm run test:full` runs it; `npm test` runs the same comparison on sampled days (calendar.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareCalendar, type CalendarComparison } from '../support/calendarDifferential';
import { everyDay, FULL_COVERAGE } from '../support/days';

describe('every day 1900-01-01 … 2100-12-31 against lunar-javascript', () => {
  let result: CalendarComparison;
  beforeAll(() => {
    result = compareCalendar(everyDay());
  });

  it('covers 73,414 days, 74 leap months, 2,412 节 days, 201 立春 and 201 正月初一', () => {
    expect(result.coverage).toEqual(FULL_COVERAGE);
    expect(result.coverage.days).toBe(73414);
  });

  it('has zero differences in lunar date, month and day names, pillars and the fromLunar round trip', () => {
    expect(result.differences.slice(0, 20)).toEqual([]);
    expect(result.differences.length).toBe(0);
  });
});
