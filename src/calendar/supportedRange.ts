import type { SolarCalendar } from '../types';
import { toEpochDay } from './epochDay';
import { toJulianEpochDay } from './julianCalendar';

/**
 * The days every function supports, inclusive, in ISO 8601 (proleptic Gregorian, astronomical
 * years: `-000721` is 722 BCE): −0721-01-01 … 9999-12-31. With `{ calendar: 'julian' }` the first
 * day is −0721-01-01 of the Julian calendar (8 days earlier, ISO −0722-12-24); the last is the
 * same. Outside them a function throws a `RangeError` rather than extrapolate (what is arithmetic on
 * a cycle goes on: `yearPillar` takes any year, and a birth chart's luck decades may run past 9999).
 *
 * @example
 * supportedRange
 * //=> { from: '-000721-01-01', to: '9999-12-31' }
 * @category Calendar
 * @since 0.1.0
 */
export const supportedRange: Readonly<{
  /** First supported day, ISO 8601 `'±YYYYYY-MM-DD'` (proleptic Gregorian). */
  from: string;
  /** Last supported day, `'YYYY-MM-DD'`. */
  to: string;
}> = /* @__PURE__ */ Object.freeze({
  from: '-000721-01-01',
  to: '9999-12-31',
});

/** First and last supported years, in either calendar (the year field of a date is within them). @internal */
export const FIRST_YEAR = -721;
/** @internal */
export const LAST_YEAR = 9999;
/** Epoch day of ISO (proleptic Gregorian) −0721-01-01, the first day with calendar `'iso8601'`. @internal */
export const FIRST_ISO_EPOCH_DAY = /* @__PURE__ */ toEpochDay(FIRST_YEAR, 1, 1);
/** Epoch day of Julian −0721-01-01 (JD 1457712.5), the first day with calendar `'julian'`. @internal */
export const FIRST_JULIAN_EPOCH_DAY = /* @__PURE__ */ toJulianEpochDay(FIRST_YEAR, 1, 1);
/**
 * Epoch days of the range's ends, over both calendars: the first is Julian −0721-01-01, the
 * earlier of the two first days (see {@link getFirstEpochDay} for one calendar's). @internal
 */
export const FIRST_EPOCH_DAY = FIRST_JULIAN_EPOCH_DAY;
/** @internal */
export const LAST_EPOCH_DAY = /* @__PURE__ */ toEpochDay(LAST_YEAR, 12, 31);

/** Epoch day of the first supported day in `calendar`: −0721-01-01 read in it. @internal */
export function getFirstEpochDay(calendar: SolarCalendar): number {
  return calendar === 'julian' ? FIRST_JULIAN_EPOCH_DAY : FIRST_ISO_EPOCH_DAY;
}

/** The supported days in `calendar`, for error messages: `'-000721-01-01 … 9999-12-31'`, and `" with calendar 'julian'"`. @internal */
export function formatSupportedRange(calendar: SolarCalendar): string {
  return `${supportedRange.from} … ${supportedRange.to}${calendar === 'julian' ? " with calendar 'julian'" : ''}`;
}
