// STUB (issue 10 integration): replaced by the generated historical-calendar data. Until then the
// calendar day of every lunation and term is the astronomical one.
import { getNewMoonDay, getTermDay } from '../astro/engine/termDays';

/** First day (days since 1970-01-01, UTC+8) of lunation `n` (0 = 2000-01-06) in the reference's calendar. @internal */
export function getCalendarNewMoonDay(n: number): number {
  return getNewMoonDay(n);
}

/** Day of term `k` (0 = 1999 March equinox) as the reference's calendar places it. @internal */
export function getCalendarTermDay(k: number): number {
  return getTermDay(k);
}

/** Lunar years whose reference month list has a leap 11th month at index 13 (`_LEAP_11`). @internal */
export function hasLeapElevenOverride(year: number): boolean {
  return year === 2033;
}

/** Lunar years with a leap 12th month at index 14 (`_LEAP_12`). @internal */
export function hasLeapTwelveOverride(_year: number): boolean {
  return false;
}

/** STUB: the renaming of months in two historical reforms (none yet). @internal */
export function getMonthNameShift(_firstEpochDay: number): { readonly shift: number; readonly boundary: boolean } {
  return { shift: 0, boundary: false };
}
