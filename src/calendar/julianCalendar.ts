import { rangeError, typeError } from '../internal/errors';
import { divFloor } from '../internal/math';
import type { CalendarOptions, CivilDate, SolarCalendar } from '../types';
import { formatIsoDate, fromEpochDay, getDaysInMonth, toEpochDay } from './epochDay';

/**
 * The two readings of a solar date (see {@link SolarCalendar}): `'iso8601'`, proleptic Gregorian
 * on every day, and `'julian'`, the Julian calendar before 1582-10-15 and the Gregorian from that
 * day (1582-10-04 Julian is followed by 1582-10-15, as in the reference, lunar-javascript, which
 * switches at JD 2299160.5). Pure integer arithmetic on epoch days (days since 1970-01-01),
 * correct for negative years (astronomical numbering: year 0 is 1 BCE, a leap year in both).
 */

/** Epoch day of 1582-10-15 (JD 2299160.5), the first Gregorian day of calendar `'julian'`. */
export const GREGORIAN_START_EPOCH_DAY = -141427;

/** Julian 0000-03-01 is JD 1721117.5, epoch day −719470: the days to add to reach the March-based origin. */
const JULIAN_MARCH_ORIGIN = 719470;
/** Days in four Julian years. */
const JULIAN_CYCLE_DAYS = 1461;
const CALENDARS: readonly SolarCalendar[] = ['iso8601', 'julian'];

/** Whether `year` is a leap year of the Julian calendar: every fourth year, 0 and −4 included. */
export function isJulianLeapYear(year: number): boolean {
  return year % 4 === 0;
}

/** Days from 1970-01-01 to a date of the Julian calendar (on any day, also after 1582). */
export function toJulianEpochDay(year: number, month: number, day: number): number {
  // As toEpochDay: a year that starts on 1 March, so the leap day is the year's last day.
  const y = month <= 2 ? year - 1 : year;
  const cycle = divFloor(y, 4);
  const yearOfCycle = y - cycle * 4;
  const dayOfYear = divFloor(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1;
  return cycle * JULIAN_CYCLE_DAYS + yearOfCycle * 365 + dayOfYear - JULIAN_MARCH_ORIGIN;
}

/** The date of the Julian calendar `epochDay` days after 1970-01-01; the inverse of {@link toJulianEpochDay}. */
export function fromJulianEpochDay(epochDay: number): CivilDate {
  const z = epochDay + JULIAN_MARCH_ORIGIN;
  const cycle = divFloor(z, JULIAN_CYCLE_DAYS);
  const dayOfCycle = z - cycle * JULIAN_CYCLE_DAYS;
  // The fourth year of a cycle ends with the leap day, its 366th.
  const yearOfCycle = Math.min(3, divFloor(dayOfCycle, 365));
  const dayOfYear = dayOfCycle - yearOfCycle * 365;
  const mp = divFloor(5 * dayOfYear + 2, 153);
  const day = dayOfYear - divFloor(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: cycle * 4 + yearOfCycle + (month <= 2 ? 1 : 0), month, day };
}

/** Whether the fields of a date in `calendar` are read as Julian: `'julian'` and before 1582-10-15. */
function isJulianDate(calendar: SolarCalendar, year: number, month: number, day: number): boolean {
  return calendar === 'julian' && (year < 1582 || (year === 1582 && (month < 10 || (month === 10 && day < 15))));
}

/**
 * Days from 1970-01-01 to a date given in `calendar`. The date must exist there (in `'julian'`,
 * 1582-10-05 … 14 do not: see {@link isSkippedDate}).
 */
export function toEpochDayIn(calendar: SolarCalendar, year: number, month: number, day: number): number {
  return isJulianDate(calendar, year, month, day) ? toJulianEpochDay(year, month, day) : toEpochDay(year, month, day);
}

/** The date in `calendar` of the day `epochDay` days after 1970-01-01; the inverse of {@link toEpochDayIn}. */
export function fromEpochDayIn(calendar: SolarCalendar, epochDay: number): CivilDate {
  return calendar === 'julian' && epochDay < GREGORIAN_START_EPOCH_DAY ? fromJulianEpochDay(epochDay) : fromEpochDay(epochDay);
}

/**
 * The number of the last day of a month in `calendar` (1582-10 in `'julian'` ends on the 31st,
 * though it has 21 days: see {@link isSkippedDate}). Only February differs between the readings.
 */
export function getDaysInMonthIn(calendar: SolarCalendar, year: number, month: number): number {
  if (month === 2 && calendar === 'julian' && year < 1582) return isJulianLeapYear(year) ? 29 : 28;
  return getDaysInMonth(year, month);
}

/** Whether a date is one that `calendar` skips: 1582-10-05 … 1582-10-14 in `'julian'`, none in `'iso8601'`. */
export function isSkippedDate(calendar: SolarCalendar, year: number, month: number, day: number): boolean {
  return calendar === 'julian' && year === 1582 && month === 10 && day >= 5 && day <= 14;
}

/** `'YYYY-MM-DD'` of an epoch day in `calendar` (an expanded year outside 0 … 9999: `'-000721-01-16'`). */
export function formatDate(epochDay: number, calendar: SolarCalendar): string {
  const { year, month, day } = fromEpochDayIn(calendar, epochDay);
  return formatIsoDate(year, month, day);
}

/**
 * Validates `options.calendar` at a public entry point and returns it (`'iso8601'` when absent).
 * `options` itself must already be known to be an object or undefined.
 *
 * @throws {TypeError} If `options.calendar` is given and not a string.
 * @throws {RangeError} If it is a string other than `'iso8601'` and `'julian'`.
 */
export function getCalendarOption(fn: string, options: CalendarOptions | undefined): SolarCalendar {
  const calendar: unknown = options?.calendar;
  if (calendar === undefined) return 'iso8601';
  if (typeof calendar !== 'string') throw typeError(fn, 'options.calendar', "'iso8601' or 'julian'", calendar);
  if (!CALENDARS.includes(calendar as SolarCalendar)) throw rangeError(fn, 'options.calendar', "'iso8601' or 'julian'", calendar);
  return calendar as SolarCalendar;
}
