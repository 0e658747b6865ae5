import { getCalendarOption, toEpochDayIn } from '../calendar/julianCalendar';
import { FIRST_YEAR, LAST_YEAR } from '../calendar/supportedRange';
import { assertInteger, typeError } from '../internal/errors';
import type { CalendarOptions } from '../types';
import { computeNewMoonInstant } from './engine/computeNewMoonInstant';
import { getNewMoonDay } from './engine/termDays';
import { formatInstant } from './formatInstant';
import { unixEpochJulianDay } from './engine/julianCenturies';

const SYNODIC_MONTH_DAYS = 29.530588853;
/** Days since 1970-01-01 of the new moon of 2000-01-06 (number 0). */
const FIRST_NEW_MOON_OF_2000 = 10962;

/** The instant of new moon `n` as seconds of UTC+8 since 1970-01-01T00:00+08:00, to the second. @internal */
export function getNewMoonSecond(n: number): number {
  return Math.round((computeNewMoonInstant(n) - unixEpochJulianDay + 1 / 3) * 86400);
}

/**
 * The number of the first new moon whose precise instant, to the second ({@link getNewMoonSecond},
 * as {@link newMoons} writes it), is on or after the day `epochDay` (UTC+8). The calendar's
 * {@link getNewMoonDay} is the day of the compact instant, minutes from the precise one: it finds
 * the lunation to a day, and the precise instant decides the new moons of the day before and the
 * day itself.
 * @internal
 */
export function findNewMoonNumberOnOrAfter(epochDay: number): number {
  let n = Math.round((epochDay - FIRST_NEW_MOON_OF_2000) / SYNODIC_MONTH_DAYS);
  while (getNewMoonDay(n) < epochDay) n++;
  while (getNewMoonDay(n - 1) >= epochDay) n--;
  // n is the first whose compact day is on or after epochDay; the precise day is within one of it
  const preciseDay = (m: number) => Math.floor(getNewMoonSecond(m) / 86400);
  if (getNewMoonDay(n - 1) === epochDay - 1 && preciseDay(n - 1) >= epochDay) return n - 1;
  if (getNewMoonDay(n) === epochDay && preciseDay(n) < epochDay) return n + 1;
  return n;
}

/**
 * The instants of new moon (朔, the Moon in conjunction with the Sun) in a year.
 *
 * Instants are computed by the library's own engine (truncated ELP/VSOP87 with the reference's
 * ΔT model) to the second: within 1 s of the reference implementation (`lunar-javascript`) over
 * 1900–2100 and within 37 s over the rest of the range (`scripts/verify-engine.ts`). Before 1960 the lunar calendar follows
 * the historical calendars, whose month starts are not always the day of these instants.
 *
 * @param year - Year, -721–9999 (astronomical numbering: 0 is 1 BCE), in `options.calendar`.
 * @param options - `calendar`: `'iso8601'` (default) or `'julian'` (before 1582-10-15), for the year's bounds and the dates.
 * @returns The 12 or 13 instants, ISO 8601 at `+08:00`, in order.
 * @throws {TypeError} If `year` is not an integer, or `options` is not an object.
 * @throws {RangeError} If `year` is outside -721–9999, or `options.calendar` is not `'iso8601'` or `'julian'`.
 * @example
 * newMoons(2025)[11]
 * //=> '2025-12-20T09:43:21+08:00'
 * @example
 * newMoons(-721, { calendar: 'julian' })[0] // the first new moon of 722 BCE, dated as historians do
 * //=> '-000721-01-16T05:35:46+08:00'
 * @category Calendar
 * @since 0.1.0
 */
export function newMoons(year: number, options?: CalendarOptions): readonly string[] {
  assertInteger('newMoons', 'year', year, FIRST_YEAR, LAST_YEAR);
  if (options !== undefined && (options === null || typeof options !== 'object')) throw typeError('newMoons', 'options', 'an object', options);
  const calendar = getCalendarOption('newMoons', options);
  const end = findNewMoonNumberOnOrAfter(toEpochDayIn(calendar, year + 1, 1, 1));
  const instants: string[] = [];
  for (let n = findNewMoonNumberOnOrAfter(toEpochDayIn(calendar, year, 1, 1)); n < end; n++) instants.push(formatInstant(getNewMoonSecond(n), calendar));
  return Object.freeze(instants);
}
