import { getDaysInMonth, toEpochDay } from '../calendar/epochDay';
import { FIRST_YEAR, LAST_YEAR } from '../calendar/supportedRange';
import { getDateValue } from '../internal/dateValue';
import { describe, rangeError, typeError } from '../internal/errors';
import type { TimeZoneOptions } from '../types';
import { fromZoneWallClock, getUtcWallClock, getZoneFormatter, getZoneWallClock, toWallSeconds, type Disambiguation } from './timeZones';

/** A validated input: a civil day in range, and, when the input had one, a time and the instant. @internal */
export interface Moment {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Days since 1970-01-01. */
  readonly epochDay: number;
  /** Whether the input carried a time of day. */
  readonly hasTime: boolean;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The instant, as seconds of UTC+8 since 1970-01-01T00:00+08:00 (comparable with term instants). */
  readonly cstSeconds: number;
}

/**
 * ISO 8601 / RFC 3339 as people and programs write it: `YYYY-MM-DD` (or an expanded year
 * `±YYYYYY`), then optionally `T` (or `t`, or a space) and `HH:mm[:ss[.fff…]]`, then optionally
 * `Z` or an offset `±HH:mm` (`±HHmm`, `±HH`).
 */
const DATE_PATTERN = /^(\+\d{6}|-(?!000000)\d{6}|\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;
const EXPECTED_STRING = "an ISO 8601 date 'YYYY-MM-DD' or date-time 'YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm]'";
const EXPECTED_INPUT = "'YYYY-MM-DD', { year, month, day, hour?, minute?, second? } or a Date";
const CST_OFFSET_SECONDS = 8 * 3600;
const DISAMBIGUATIONS: readonly Disambiguation[] = ['compatible', 'earlier', 'later', 'reject'];

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';
const LIMITS: Record<Exclude<Field, 'day'>, readonly [number, number]> = {
  year: [FIRST_YEAR, LAST_YEAR], month: [1, 12], hour: [0, 23], minute: [0, 59], second: [0, 59],
};

/**
 * The error for a field that is not a supported integer. Built only on the error path. A field
 * read from a string echoes the string; a field of an object its own value, or says it is missing.
 */
function fieldError(fn: string, what: string, field: Field, value: unknown, input: unknown, year: number, month: number): TypeError | RangeError {
  const name = `${what}.${field}`;
  // A day is checked after its year and month, which are then valid.
  const [min, max] = field === 'day' ? [1, getDaysInMonth(year, month)] : LIMITS[field];
  const bounds = `between ${min} and ${max}${field === 'day' ? ` in ${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` : ''}`;
  if (typeof input === 'string') return rangeError(fn, name, bounds, input);
  if (value === undefined && !(field in (input as object))) {
    return new TypeError(`${fn}: ${name} must be an integer ${bounds}, but ${what} has no ${field}: ${describe(input)}`);
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) return typeError(fn, name, 'an integer', value);
  return rangeError(fn, name, bounds, value);
}

function toRecord(year: number, month: number, day: number, epochDay: number, hasTime: boolean, hour: number, minute: number, second: number, cstSeconds: number): Moment {
  return { year, month, day, epochDay, hasTime, hour, minute, second, cstSeconds };
}

function isIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Validates wall-clock fields and returns the Moment of that wall clock, in UTC+8 when no zone is
 * named, else in `timeZone` (resolved by `disambiguation`). Allocation-free until the result.
 */
function toWallClock(
  fn: string, what: string, input: unknown,
  year: unknown, month: unknown, day: unknown, hour: unknown, minute: unknown, second: unknown, hasTime: boolean,
  timeZone: string | undefined, disambiguation: Disambiguation, yearSlack = 0,
): Moment {
  if (!isIn(year, FIRST_YEAR - yearSlack, LAST_YEAR + yearSlack)) throw fieldError(fn, what, 'year', year, input, Number.NaN, Number.NaN);
  if (!isIn(month, 1, 12)) throw fieldError(fn, what, 'month', month, input, year, Number.NaN);
  if (!isIn(day, 1, getDaysInMonth(year, month))) throw fieldError(fn, what, 'day', day, input, year, month);
  let h = 0;
  let mi = 0;
  let s = 0;
  if (hasTime) {
    if (!isIn(hour, 0, 23)) throw fieldError(fn, what, 'hour', hour, input, year, month);
    if (!isIn(minute, 0, 59)) throw fieldError(fn, what, 'minute', minute, input, year, month);
    if (!isIn(second, 0, 59)) throw fieldError(fn, what, 'second', second, input, year, month);
    h = hour;
    mi = minute;
    s = second;
  }
  const epochDay = toEpochDay(year, month, day);
  const wallSeconds = toWallSeconds(epochDay, h, mi, s);
  if (timeZone === undefined || !hasTime) return toRecord(year, month, day, epochDay, hasTime, h, mi, s, wallSeconds);
  // A wall clock in a named zone: its instant decides the terms; a skipped time moves as Temporal moves it.
  const format = getZoneFormatter(fn, timeZone);
  const [unixSeconds, exists] = fromZoneWallClock(fn, what, format, wallSeconds, disambiguation, input, timeZone);
  if (exists) return toRecord(year, month, day, epochDay, hasTime, h, mi, s, unixSeconds + CST_OFFSET_SECONDS);
  // A skipped wall clock: the day and hour are those of the clock after the change.
  return fromInstant(fn, what, unixSeconds, timeZone, input);
}

/** The Moment of an instant (Unix seconds): its wall clock in `timeZone`, or in UTC+8 when none is named. */
function fromInstant(fn: string, what: string, unixSeconds: number, timeZone: string | undefined, input: unknown): Moment {
  const [year, month, day, hour, minute, second] = timeZone === undefined
    ? getUtcWallClock(unixSeconds + CST_OFFSET_SECONDS)
    : getZoneWallClock(getZoneFormatter(fn, timeZone), unixSeconds);
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    const zone = timeZone === undefined ? 'China Standard Time (UTC+8)' : timeZone;
    throw rangeError(fn, what, `an instant whose date in ${zone} is within ${FIRST_YEAR}–${LAST_YEAR}`, input);
  }
  // Keep the true instant: the zone's wall clock is for the day and hour, the instant for the terms.
  return toRecord(year, month, day, toEpochDay(year, month, day), true, hour, minute, second, unixSeconds + CST_OFFSET_SECONDS);
}

/** Reads 'YYYY-MM-DD' without a regular expression (the common case), or returns undefined. */
function parsePlainDate(fn: string, what: string, s: string): Moment | undefined {
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
  return toWallClock(fn, what, s, year, month, day, 0, 0, 0, false, undefined, 'compatible');
}

function fromString(fn: string, what: string, input: string, timeZone: string | undefined, disambiguation: Disambiguation): Moment {
  const match = DATE_PATTERN.exec(input);
  // ('-000000' is not a year in ISO 8601: year 0 is '+000000' or '0000'.)
  if (match === null) throw typeError(fn, what, EXPECTED_STRING, input);
  const [, y, mo, d, h, mi, s, zulu, sign, offsetHours, offsetMinutes] = match;
  const hasTime = h !== undefined;
  const year = Number(y);
  if (zulu === undefined && sign === undefined) {
    return toWallClock(fn, what, input, year, Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), hasTime, timeZone, disambiguation);
  }
  // An offset makes the string an instant: check it, read the wall clock at that offset, then see it in the requested zone.
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 3600 + Number(offsetMinutes ?? 0) * 60);
  if (Number(offsetHours ?? 0) > 23 || Number(offsetMinutes ?? 0) > 59) {
    throw rangeError(fn, `${what} offset`, 'between -23:59 and +23:59', input);
  }
  // At its own offset the clock may show a year beside the range; the range is checked in UTC+8 or the zone.
  const wall = toWallClock(fn, what, input, year, Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), true, undefined, disambiguation, 1);
  return fromInstant(fn, what, wall.cstSeconds - offset, timeZone, input);
}

/**
 * Validates any accepted date input and reads it as a {@link Moment}: the one parser of the
 * library. `fn` names the public function in error messages, `what` the parameter.
 *
 * - A string without an offset, or an object, is a wall clock in `options.timeZone` (UTC+8 when
 *   none is named); with `Z` or an offset it is an instant, seen in that zone.
 * - A `Date` (from any realm) is an instant, seen in that zone.
 *
 * @internal
 */
export function toMoment(fn: string, input: unknown, options: TimeZoneOptions | undefined, what = 'date'): Moment {
  let timeZone: string | undefined;
  let disambiguation: Disambiguation = 'compatible';
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw typeError(fn, 'options', 'an object', options);
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
    return parsePlainDate(fn, what, input) ?? fromString(fn, what, input, timeZone, disambiguation);
  }
  const time = getDateValue(input);
  if (time !== undefined) {
    if (Number.isNaN(time)) throw typeError(fn, what, 'a valid Date', input);
    return fromInstant(fn, what, Math.floor(time / 1000), timeZone, input);
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
  return toWallClock(fn, what, input, o['year'], o['month'], o['day'], hour, minute ?? 0, second ?? 0, hasTime, timeZone, disambiguation);
}
