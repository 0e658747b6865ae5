/**
 * The days that `npm test` compares over the whole range −0721 … 9999 (test/differential/range.test.ts),
 * as epoch days in order, chosen from the reference (lunar-javascript), not from the code under test:
 * - every leap month of the range (3,925 of them): its first and last day and the day on each side;
 * - 40 days on each side of every boundary of the reference's historical calendar: each mean-motion
 *   segment of its 平朔 (SHUO_KB) and 平气 (QI_KB) tables, the start of its corrected eras (619, 1645)
 *   and of modern astronomy (1960), the renamed months of 9–23 and 237–239 and the one moved day;
 * - October 1582 (the Julian–Gregorian switch), the whole of year 0, the first and last 60 days;
 * - `randomCount` days drawn uniformly over the range with the run's fast-check seed.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { toEpochDay } from '../../src/calendar/epochDay';
import { FIRST_ISO_EPOCH_DAY, FIRST_JULIAN_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { reference } from './reference';
import { SEED } from './setup';

const require = createRequire(import.meta.url);
const { ShouXingUtil } = require('lunar-javascript') as { ShouXingUtil: { SHUO_KB: number[]; QI_KB: number[] } };

/** The range as ISO days: the first day is ISO −0721-01-01. */
export const FIRST_RANGE_DAY = FIRST_ISO_EPOCH_DAY;
export const LAST_RANGE_DAY = LAST_EPOCH_DAY;

const fromJulianDay = (jd: number): number => Math.floor(jd + 0.5) - 2440588;

/** Julian Days where the reference's calendar changes method or naming (see docs/calendar.md). */
export function eraBoundaries(): number[] {
  const kb = (table: number[]) => table.filter((_, i) => i % 2 === 0 || i === table.length - 1);
  return [
    ...kb(ShouXingUtil.SHUO_KB), ...kb(ShouXingUtil.QI_KB),
    1457684, 1640643, 1947154, 2322141, 2436935, 2299161, 1683460, 1724360, 1729794, 1807724, 1808699,
  ];
}

/** Every day of the range as the reference reads dates (Julian before 1582-10-15): −0721-01-01 … 9999-12-31, as epoch days. */
export function* everyReferenceDay(): Generator<number> {
  for (let n = FIRST_JULIAN_EPOCH_DAY; n <= LAST_EPOCH_DAY; n++) yield n;
}

export interface RangeSample {
  readonly days: readonly number[];
  readonly leapMonths: number;
  readonly boundaries: number;
  readonly randomDays: number;
}

export function sampledRangeDays(randomCount = 4000): RangeSample {
  const picked = new Set<number>();
  const pick = (n: number): void => {
    if (n >= FIRST_RANGE_DAY && n <= LAST_RANGE_DAY) picked.add(n);
  };
  let leapMonths = 0;
  for (let year = -721; year <= 9999; year++) {
    for (const month of reference.LunarYear.fromYear(year).getMonthsInYear()) {
      if (month.getMonth() >= 0) continue;
      leapMonths++;
      const first = fromJulianDay(month.getFirstJulianDay());
      const last = first + month.getDayCount() - 1;
      for (const n of [first - 1, first, last, last + 1]) pick(n);
    }
  }
  const boundaries = eraBoundaries();
  for (const jd of boundaries) for (let n = fromJulianDay(jd) - 40; n <= fromJulianDay(jd) + 40; n++) pick(n);
  for (let n = toEpochDay(1582, 9, 20); n <= toEpochDay(1582, 11, 10); n++) pick(n);
  for (let n = toEpochDay(-1, 12, 1); n <= toEpochDay(1, 1, 31); n++) pick(n);
  for (let i = 0; i < 60; i++) {
    pick(FIRST_RANGE_DAY + i);
    pick(LAST_RANGE_DAY - i);
  }
  const random = fc.sample(fc.integer({ min: FIRST_RANGE_DAY, max: LAST_RANGE_DAY }), { seed: SEED, numRuns: randomCount });
  for (const n of random) picked.add(n);
  return { days: [...picked].sort((a, b) => a - b), leapMonths, boundaries: boundaries.length, randomDays: random.length };
}
