import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
import type { CivilDate } from '../../src/types';

export const FIRST_DAY = toEpochDay(1900, 1, 1);
export const LAST_DAY = toEpochDay(2100, 12, 31);

/** Any day of the supported range, as `{ year, month, day }`. */
export const civilDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map((n) => fromEpochDay(n));

/** Any day of the range but the last, so that `nextDay` stays in range. */
export const civilDateWithNext = fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }).map((n) => fromEpochDay(n));

export function nextDay(d: CivilDate): CivilDate {
  return fromEpochDay(toEpochDay(d.year, d.month, d.day) + 1);
}

export function addDays(d: CivilDate, n: number): CivilDate {
  return fromEpochDay(toEpochDay(d.year, d.month, d.day) + n);
}
