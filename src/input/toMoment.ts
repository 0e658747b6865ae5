import { getDaysInMonth, toEpochDay } from '../calendar/epochDay';
import { FIRST_YEAR, LAST_YEAR } from '../calendar/supportedRange';
import { assertInteger, rangeError, typeError } from '../internal/errors';
import type { TimeZoneOptions } from '../types';

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

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;
const EXPECTED_STRING = "a date string 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm[:ss][Z|±HH:mm]'";
const EXPECTED_INPUT = "'YYYY-MM-DD', { year, month, day } or a Date";
const CST_OFFSET_SECONDS = 8 * 3600;

/** Validated wall-clock fields: a Moment with the instant of that wall clock in UTC+8. */
function toWallClock(fn: string, what: string, year: unknown, month: unknown, day: unknown, hour: unknown, minute: unknown, second: unknown, hasTime: boolean): Moment {
  // Field names are only spelled out on the error path: this runs for every call.
  const field = what === 'date' ? DATE_FIELDS : fieldsOf(what);
  const y = assertInteger(fn, field.year, year, FIRST_YEAR, LAST_YEAR);
  const m = assertInteger(fn, field.month, month, 1, 12);
  const d = assertInteger(fn, field.day, day, 1, getDaysInMonth(y, m), () => ` in ${y}-${String(m).padStart(2, '0')}`);
  const h = hasTime ? assertInteger(fn, field.hour, hour, 0, 23) : 0;
  const mi = hasTime ? assertInteger(fn, field.minute, minute, 0, 59) : 0;
  const s = hasTime ? assertInteger(fn, field.second, second, 0, 59) : 0;
  const epochDay = toEpochDay(y, m, d);
  return { year: y, month: m, day: d, epochDay, hasTime, hour: h, minute: mi, second: s, cstSeconds: epochDay * 86400 + h * 3600 + mi * 60 + s };
}

function fieldsOf(what: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  return { year: `${what}.year`, month: `${what}.month`, day: `${what}.day`, hour: `${what}.hour`, minute: `${what}.minute`, second: `${what}.second` };
}
const DATE_FIELDS = /* @__PURE__ */ fieldsOf('date');

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
  return toWallClock(fn, what, year, month, day, 0, 0, 0, false);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_CACHED_ZONES = 32;

/** A formatter that reads an instant's wall clock in `timeZone` (memoized: bounded, unobservable). */
function formatterFor(fn: string, timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      throw rangeError(fn, 'options.timeZone', 'an IANA time zone name such as "Asia/Shanghai"', timeZone);
    }
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall clock of the instant `ms` (Unix milliseconds) in `timeZone`, or in UTC+8 when none is named. */
function fromInstant(fn: string, what: string, ms: number, timeZone: string | undefined): Moment {
  let fields: number[];
  if (timeZone === undefined) {
    const shifted = new Date(ms + CST_OFFSET_SECONDS * 1000);
    fields = [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate(), shifted.getUTCHours(), shifted.getUTCMinutes(), shifted.getUTCSeconds()];
  } else {
    const parts: Record<string, number> = {};
    for (const part of formatterFor(fn, timeZone).formatToParts(ms)) parts[part.type] = Number(part.value);
    fields = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((key) => parts[key] ?? Number.NaN);
  }
  const [year, month, day, hour, minute, second] = fields as [number, number, number, number, number, number];
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw rangeError(fn, what, `an instant within the supported years ${FIRST_YEAR}–${LAST_YEAR}`, new Date(ms));
  }
  const local = toWallClock(fn, what, year, month, day, hour, minute, second, true);
  // Keep the true instant: the zone's wall clock is for the day and hour, the instant for the terms.
  return { ...local, cstSeconds: Math.floor(ms / 1000) + CST_OFFSET_SECONDS };
}

/**
 * Validates any accepted date input and reads it as a {@link Moment}. `fn` names the public
 * function in error messages, `what` the parameter.
 *
 * @internal
 */
export function toMoment(fn: string, input: unknown, options: TimeZoneOptions | undefined, what = 'date'): Moment {
  const timeZone = readTimeZone(fn, options);
  if (typeof input === 'string') {
    const plain = parsePlainDate(fn, what, input);
    if (plain !== undefined) return plain;
    const match = DATE_PATTERN.exec(input);
    if (match === null) throw typeError(fn, what, EXPECTED_STRING, input);
    const [, y, mo, d, h, mi, s, offset] = match;
    const hasTime = h !== undefined;
    if (offset === undefined) return toWallClock(fn, what, Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), hasTime);
    // An offset makes the string an instant: read it, then see it in the requested zone.
    const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const offsetHours = sign === 0 ? 0 : Number(offset.slice(1, 3));
    const offsetMinutes = sign === 0 ? 0 : Number(offset.slice(4, 6));
    if (offsetHours > 23 || offsetMinutes > 59) throw rangeError(fn, `${what} offset`, 'between -23:59 and +23:59', offset);
    const wall = toWallClock(fn, what, Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), true);
    const ms = (wall.epochDay * 86400 + wall.hour * 3600 + wall.minute * 60 + wall.second - sign * (offsetHours * 3600 + offsetMinutes * 60)) * 1000;
    return fromInstant(fn, what, ms, timeZone);
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw typeError(fn, what, 'a valid Date', input);
    return fromInstant(fn, what, ms, timeZone);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw typeError(fn, what, EXPECTED_INPUT, input);
  const o = input as Record<string, unknown>;
  const hasTime = o['hour'] !== undefined || o['minute'] !== undefined || o['second'] !== undefined;
  if (hasTime && o['hour'] === undefined) throw typeError(fn, `${what}.hour`, 'an integer when minute or second is given', o['hour']);
  return toWallClock(fn, what, o['year'], o['month'], o['day'], o['hour'], o['minute'] ?? 0, o['second'] ?? 0, hasTime);
}

function readTimeZone(fn: string, options: TimeZoneOptions | undefined): string | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') throw typeError(fn, 'options', 'an object', options);
  const timeZone: unknown = options.timeZone;
  if (timeZone !== undefined && typeof timeZone !== 'string') throw typeError(fn, 'options.timeZone', 'a string', timeZone);
  return timeZone;
}
