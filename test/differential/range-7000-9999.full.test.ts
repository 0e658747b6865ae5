/**
 * Every day of 7000 … 9999 against the reference (lunar-javascript): lunar date, pillars and the
 * fromLunar round trip (test/support/rangeDifferential.ts). Zero differences are allowed. One of four
 * sweeps of the whole range, run by `npm run test:full`; range.test.ts samples it in `npm test`.
 */
import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/calendar/epochDay';
import { compareRange, dayRange } from '../support/rangeDifferential';

describe('every day of 7000 … 9999 against lunar-javascript', () => {
  it('has zero differences', () => {
    const first = toEpochDay(7000, 1, 1);
    const last = toEpochDay(9999, 12, 31);
    const { differences, days } = compareRange(dayRange(first, last));
    expect(days).toBe(last - first + 1);
    expect(differences.slice(0, 20)).toEqual([]);
    expect(differences.length).toBe(0);
  });
});
