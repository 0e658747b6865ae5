import { formatIsoYear, fromEpochDay, getDaysInMonth, isLeapYear, toEpochDay } from '../calendar/epochDay';
import { GREGORIAN_START_EPOCH_DAY, getCalendarOption, getDaysInMonthIn, isJulianLeapYear, isSkippedDate, toEpochDayIn } from '../calendar/julianCalendar';
import { FIRST_YEAR, LAST_EPOCH_DAY, LAST_YEAR, formatSupportedRange, getFirstEpochDay } from '../calendar/supportedRange';
import { getDateValue } from '../internal/dateValue';
import { describe, rangeError, typeError } from '../internal/errors';
import type { SolarCalendar, TimeZoneOptions } from '../types';
import { fromZoneWallClock, getUtcWallClock, getZoneFormatter, getZoneWallClock, toWallSeconds, type Disambiguation } from './timeZones';

/**
 * A validated input: a civil day in range, and, when the input had one, a time and the instant.
 * The day's fields are proleptic Gregorian whatever `calendar` the input was read in. @internal
 */
export interface Moment {
  /** Proleptic Gregorian year of the civil day (astronomical: 0 is 1 BCE), even with calendar `'julian'`. */
  readonly year: number;
  /** Proleptic Gregorian month, 1–12. */
  readonly month: number;
  /** Proleptic Gregorian day of the month. */
  readonly day: number;
  /** Days since 1970-01-01. */
  readonly epochDay: number;
  /** The calendar the input was read in (`options.calendar`, default `'iso8601'`): the one to write returned dates in. */
  readonly calendar: SolarCalendar;
  /** Whether the input carried a time of day. */
  readonly hasTime: boolean;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The instant, as seconds of UTC+8 since 1970-01-01T00:00+08:00 (comparable with term instants). */
  readonly cstSeconds: number;
}

/** The Moment of the civil day `epochDay` (in range) without a time, its dates to be written in `calendar`. @internal */
export function getDayMoment(epochDay: number, calendar: SolarCalendar = 'iso8601'): Moment {
  const { year, month, day } = fromEpochDay(epochDay);
  return { year, month, day, epochDay, calendar, hasTime: false, hour: 0, minute: 0, second: 0, cstSeconds: epochDay * 86400 };
}

/**
 * ISO 8601 / RFC 3339 as people and programs write it: `YYYY-MM-DD` (or an expanded year
 * `±YYYYYY`), then optionally `T` (or `t`, or a space) and `HH:mm[:ss[.fff…]]`, then optionally
 * `Z` or an offset `±HH:mm` (`±HHmm`, `±HH`), or with seconds `±HH:mm:ss` (`±HHmmss`), as Temporal
 * and `baZi`'s `utcOffset` write the local mean times of the time-zone database (`+08:05:43`).
 */
const DATE_PATTERN = /^(\+\d{6}|-(?!000000)\d{6}|\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:([Zz])|([+-])(\d{2})(?:(:?)(\d{2})(?:\10(\d{2}))?)?)?)?$/;
const EXPECTED_STRING = "an ISO 8601 date 'YYYY-MM-DD' or date-time 'YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm[:ss]]'";
const EXPECTED_INPUT = "'YYYY-MM-DD', { year, month, day, hour?, minute?, second? } or a Date";
const CST_OFFSET_SECONDS = 28800; // 8 h
const DISAMBIGUATIONS: readonly Disambiguation[] = ['compatible', 'earlier', 'later', 'reject'];

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';
const LIMITS: Record<Exclude<Field, 'day'>, readonly [number, number]> = {
  year: [FIRST_YEAR, LAST_YEAR], month: [1, 12], hour: [0, 23], minute: [0, 59], second: [0, 59],
};

/**
 * What a day of `year`-`month` must be in `calendar`, for a message: `between 1 and 28 in 2025-02`,
 * saying the calendar where the readings differ (before 1582-10-15).
 */
function dayBounds(calendar: SolarCalendar, year: number, month: number, day: unknown): string {
  const yearMonth = `${formatIsoYear(year)}-${String(month).padStart(2, '0')}`;
  if (typeof day === 'number' && isSkippedDate(calendar, year, month, day)) {
    return `1 … 4 or 15 … 31 in ${yearMonth} with calendar 'julian' (1582-10-04 is followed by 1582-10-15)`;
  }
  const bounds = `between 1 and ${getDaysInMonthIn(calendar, year, month)} in ${yearMonth}`;
  if (calendar === 'julian') return year < 1582 || (year === 1582 && month <= 10) ? `${bounds} with calendar 'julian'` : bounds;
  // A leap day of the Julian calendar only, read as ISO: say where it exists.
  if (month === 2 && day === 29 && year < 1582 && isJulianLeapYear(year) && !isLeapYear(year)) {
    return `${bounds} (proleptic Gregorian, the default calendar; ${formatIsoYear(year)} is a leap year with calendar 'julian')`;
  }
  return bounds;
}

/**
 * The error for a field that is not a supported integer. Built only on the error path. A field
 * read from a string echoes the string; a field of an object its own value, or says it is missing.
 */
function fieldError(fn: string, what: string, field: Field, value: unknown, input: unknown, year: number, month: number, calendar: SolarCalendar): TypeError | RangeError {
  const name = `${what}.${field}`;
  // A day is checked after its year and month, which are then valid.
  const bounds = field === 'day' ? dayBounds(calendar, year, month, value) : `between ${LIMITS[field][0]} and ${LIMITS[field][1]}`;
  if (typeof input === 'string') return rangeError(fn, name, bounds, input);
  if (value === undefined && !(field in (input as object))) {
    return new TypeError(`${fn}: ${name} must be an integer ${bounds}, but ${what} has no ${field}: ${describe(input)}`);
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) return typeError(fn, name, 'an integer', value);
  return rangeError(fn, name, bounds, value);
}

function toRecord(year: number, month: number, day: number, epochDay: number, calendar: SolarCalendar, hasTime: boolean, hour: number, minute: number, second: number, cstSeconds: number): Moment {
  return { year, month, day, epochDay, calendar, hasTime, hour, minute, second, cstSeconds };
}

function isIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Validates wall-clock fields, read in `calendar`, and returns the Moment of that wall clock, in
 * UTC+8 when no zone is named, else in `timeZone` (resolved by `disambiguation`). `yearSlack`
 * admits years that far beyond the range (a clock at its own offset; the caller checks the
 * instant). Allocation-free until the result.
 */
function toWallClock(
  fn: string, what: string, input: unknown,
  year: unknown, month: unknown, day: unknown, hour: unknown, minute: unknown, second: unknown, hasTime: boolean,
  timeZone: string | undefined, disambiguation: Disambiguation, calendar: SolarCalendar, yearSlack = 0,
): Moment {
  if (!isIn(year, FIRST_YEAR - yearSlack, LAST_YEAR + yearSlack)) throw fieldError(fn, what, 'year', year, input, Number.NaN, Number.NaN, calendar);
  if (!isIn(month, 1, 12)) throw fieldError(fn, what, 'month', month, input, year, Number.NaN, calendar);
  const iso = calendar === 'iso8601';
  if (!isIn(day, 1, iso ? getDaysInMonth(year, month) : getDaysInMonthIn(calendar, year, month)) || (!iso && isSkippedDate(calendar, year, month, day))) {
    throw fieldError(fn, what, 'day', day, input, year, month, calendar);
  }
  let h = 0;
  let mi = 0;
  let s = 0;
  if (hasTime) {
    if (!isIn(hour, 0, 23)) throw fieldError(fn, what, 'hour', hour, input, year, month, calendar);
    if (!isIn(minute, 0, 59)) throw fieldError(fn, what, 'minute', minute, input, year, month, calendar);
    if (!isIn(second, 0, 59)) throw fieldError(fn, what, 'second', second, input, year, month, calendar);
    h = hour;
    mi = minute;
    s = second;
  }
  const epochDay = iso ? toEpochDay(year, month, day) : toEpochDayIn(calendar, year, month, day);
  const wallSeconds = toWallSeconds(epochDay, h, mi, s);
  let y = year;
  let m = month;
  let d = day;
  if (!iso && epochDay < GREGORIAN_START_EPOCH_DAY) {
    // A Julian date: the Moment holds the proleptic Gregorian fields of the same day.
    const gregorian = fromEpochDay(epochDay);
    y = gregorian.year;
    m = gregorian.month;
    d = gregorian.day;
  }
  if (timeZone === undefined || !hasTime) return toRecord(y, m, d, epochDay, calendar, hasTime, h, mi, s, wallSeconds);
  // A wall clock in a named zone: its instant decides the terms; a skipped time moves as Temporal moves it.
  const format = getZoneFormatter(fn, timeZone);
  const [unixSeconds, exists] = fromZoneWallClock(fn, what, format, wallSeconds, disambiguation, input, timeZone);
  if (exists) return toRecord(y, m, d, epochDay, calendar, hasTime, h, mi, s, unixSeconds + CST_OFFSET_SECONDS);
  // A skipped wall clock: the day and hour are those of the clock after the change.
  return fromInstant(fn, what, unixSeconds, timeZone, input, calendar);
}

/**
 * The Moment of an instant (Unix seconds): its wall clock in `timeZone`, or in UTC+8 when none is
 * named. Its day must be within the range of `calendar` (which starts earlier with `'julian'`).
 */
function fromInstant(fn: string, what: string, unixSeconds: number, timeZone: string | undefined, input: unknown, calendar: SolarCalendar): Moment {
  const [year, month, day, hour, minute, second] = timeZone === undefined
    ? getUtcWallClock(unixSeconds + CST_OFFSET_SECONDS)
    : getZoneWallClock(getZoneFormatter(fn, timeZone), unixSeconds);
  const epochDay = toEpochDay(year, month, day);
  // (Not `<` or `>`: the last Date, +275760-09-13, has no wall clock 8 hours later, and NaN compares false.)
  if (!(epochDay >= getFirstEpochDay(calendar) && epochDay <= LAST_EPOCH_DAY)) {
    const zone = timeZone === undefined ? 'China Standard Time (UTC+8)' : timeZone;
    throw rangeError(fn, what, `an instant whose date in ${zone} is within ${formatSupportedRange(calendar)}`, input);
  }
  // Keep the true instant: the zone's wall clock is for the day and hour, the instant for the terms.
  return toRecord(year, month, day, epochDay, calendar, true, hour, minute, second, unixSeconds + CST_OFFSET_SECONDS);
}

/** Reads 'YYYY-MM-DD' without a regular expression (the common case), or returns undefined. */
function parsePlainDate(fn: string, what: string, s: string, calendar: SolarCalendar): Moment | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  return toWallClock(fn, what, s, year, month, day, 0, 0, 0, false, undefined, 'compatible', calendar);
}

/** What a string that is not ISO 8601 must be, with a hint for the two ways of getting a year's sign wrong. */
function expectedString(input: string): string {
  if (input.startsWith('-000000')) return `${EXPECTED_STRING} (year 0 is '0000' or '+000000'; ISO 8601 has no '-000000')`;
  if (/^-\d{4}-/.test(input)) return `${EXPECTED_STRING} (a year before 0 has six digits: '-000721-01-01')`;
  return EXPECTED_STRING;
}

function fromString(fn: string, what: string, input: string, timeZone: string | undefined, disambiguation: Disambiguation, calendar: SolarCalendar): Moment {
  const match = DATE_PATTERN.exec(input);
  // ('-000000' is not a year in ISO 8601: year 0 is '+000000' or '0000'.)
  if (match === null) throw typeError(fn, what, expectedString(input), input);
  const [, y, mo, d, h, mi, s, zulu, sign, offsetHours, , offsetMinutes, offsetSeconds] = match;
  const hasTime = h !== undefined;
  const year = Number(y);
  if (zulu === undefined && sign === undefined) {
    return toWallClock(fn, what, input, year, Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), hasTime, timeZone, disambiguation, calendar);
  }
  // An offset makes the string an instant: check it, read the wall clock at that offset, then see it in the requested zone.
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 3600 + Number(offsetMinutes ?? 0) * 60 + Number(offsetSeconds ?? 0));
  if (Number(offsetHours ?? 0) > 23 || Number(offsetMinutes ?? 0) > 59 || Number(offsetSeconds ?? 0) > 59) {
    throw rangeError(fn, `${what} offset`, 'between -23:59:59 and +23:59:59', input);
  }
  // At its own offset the clock may show a year beside the range; the range is checked in UTC+8 or the zone.
  const wall = toWallClock(fn, what, input, year, Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), true, undefined, disambiguation, calendar, 1);
  return fromInstant(fn, what, wall.cstSeconds - offset, timeZone, input, calendar);
}

/**
 * Validates any accepted date input and reads it as a {@link Moment}: the one parser of the
 * library. `fn` names the public function in error messages, `what` the parameter.
 *
 * - A string without an offset, or an object, is a wall clock in `options.timeZone` (UTC+8 when
 *   none is named); with `Z` or an offset it is an instant, seen in that zone.
 * - A `Date` (from any realm) is an instant, seen in that zone.
 * - The date of a string or an object is read in `options.calendar` (proleptic Gregorian by
 *   default; with `'julian'`, Julian before 1582-10-15), its year within −721 … 9999; a `Date`'s
 *   day must be within the range of that calendar. The Moment holds the Gregorian fields and the
 *   calendar, in which returned dates are written.
 *
 * @internal
 */
export function toMoment(fn: string, input: unknown, options: TimeZoneOptions | undefined, what = 'date'): Moment {
  let timeZone: string | undefined;
  let disambiguation: Disambiguation = 'compatible';
  let calendar: SolarCalendar = 'iso8601';
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw typeError(fn, 'options', 'an object', options);
    calendar = getCalendarOption(fn, options);
    const zone: unknown = options.timeZone;
    if (zone !== undefined) {
      if (typeof zone !== 'string') throw typeError(fn, 'options.timeZone', 'a string', zone);
      getZoneFormatter(fn, zone); // a bad zone is an error whatever the input
      timeZone = zone;
    }
    const d: unknown = options.disambiguation;
    if (d !== undefined) {
      if (!DISAMBIGUATIONS.includes(d as Disambiguation)) throw rangeError(fn, 'options.disambiguation', `one of '${DISAMBIGUATIONS.join("', '")}'`, d);
      disambiguation = d as Disambiguation;
    }
  }
  if (typeof input === 'string') {
    return parsePlainDate(fn, what, input, calendar) ?? fromString(fn, what, input, timeZone, disambiguation, calendar);
  }
  const time = getDateValue(input);
  if (time !== undefined) {
    if (Number.isNaN(time)) throw typeError(fn, what, 'a valid Date', input);
    return fromInstant(fn, what, Math.floor(time / 1000), timeZone, input, calendar);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw typeError(fn, what, EXPECTED_INPUT, input);
  const o = input as Record<string, unknown>;
  const hour = o['hour'];
  const minute = o['minute'];
  const second = o['second'];
  const hasTime = hour !== undefined || minute !== undefined || second !== undefined;
  if (hasTime && hour === undefined) {
    throw new TypeError(`${fn}: ${what}.hour must be an integer between 0 and 23 when minute or second is given, but ${what} has no hour: ${describe(input)}`);
  }
  return toWallClock(fn, what, input, o['year'], o['month'], o['day'], hour, minute ?? 0, second ?? 0, hasTime, timeZone, disambiguation, calendar);
}
