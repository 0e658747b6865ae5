import { toEpochDay } from '../calendar/epochDay';
import { rangeError } from '../internal/errors';

/**
 * Reading wall clocks of IANA time zones with `Intl` alone (no Temporal, no process time zone).
 * Times are handled as "wall seconds": the seconds since 1970-01-01T00:00 of a wall clock read as
 * if it were UTC. An instant's wall seconds minus its Unix seconds is the zone's offset there.
 */

/** How a wall clock that a zone skips (a gap) or repeats (a fold) is read, as Temporal's option. */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_CACHED_ZONES = 32;
const DAY_SECONDS = 86400;

/** A formatter that reads an instant's wall clock in `timeZone` (memoised: bounded, unobservable). */
export function getZoneFormatter(fn: string, timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      throw rangeError(fn, 'options.timeZone', 'an IANA time zone name such as "Asia/Shanghai"', timeZone);
    }
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * The wall clock of an instant (Unix seconds) in the zone: `[year, month, day, hour, minute, second]`,
 * the date proleptic Gregorian (as `Intl`'s `gregory` calendar is, before 1582 too) with
 * astronomical years (1 BC is 0, 722 BC is −721).
 */
export function getZoneWallClock(format: Intl.DateTimeFormat, unixSeconds: number): [number, number, number, number, number, number] {
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(unixSeconds * 1000)) parts[type] = value;
  const year = Number(parts['year']);
  // Astronomical numbering: 1 BC is year 0.
  return [parts['era']?.startsWith('B') ? 1 - year : year, Number(parts['month']), Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second'])];
}

/** The wall clock of wall seconds read as UTC: `[year, month, day, hour, minute, second]`, proleptic Gregorian, astronomical years. */
export function getUtcWallClock(wallSeconds: number): [number, number, number, number, number, number] {
  const d = new Date(wallSeconds * 1000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
}

/** Wall seconds of a wall clock: its day (days since 1970-01-01, whatever calendar named it) and a time. */
export function toWallSeconds(epochDay: number, hour: number, minute: number, second: number): number {
  return epochDay * DAY_SECONDS + hour * 3600 + minute * 60 + second;
}

/** The wall seconds of an instant (Unix seconds) in the zone. */
export function wallSecondsAt(format: Intl.DateTimeFormat, unixSeconds: number): number {
  const [y, mo, d, h, mi, s] = getZoneWallClock(format, unixSeconds);
  return toWallSeconds(toEpochDay(y, mo, d), h, mi, s);
}

/**
 * The first instant (Unix seconds) at which the zone's clock shows `wallSeconds` or a later time:
 * the wall clock's own instant, the earlier of two in a fold, and for a wall clock the zone skips
 * (a gap) the instant of the change, whose clock is already past it.
 */
export function getFirstInstantAtOrAfter(format: Intl.DateTimeFormat, wallSeconds: number): number {
  const offsetBefore = wallSecondsAt(format, wallSeconds - DAY_SECONDS) - (wallSeconds - DAY_SECONDS);
  const offsetAfter = wallSecondsAt(format, wallSeconds + DAY_SECONDS) - (wallSeconds + DAY_SECONDS);
  const early = wallSeconds - Math.max(offsetBefore, offsetAfter);
  const late = wallSeconds - Math.min(offsetBefore, offsetAfter);
  if (wallSecondsAt(format, early) === wallSeconds) return early;
  if (wallSecondsAt(format, late) === wallSeconds) return late;
  // A gap: the clock is before the wall clock until the change and after it from then on.
  let lo = early; // the clock shows less
  let hi = late; // the clock shows more
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallSecondsAt(format, mid) < wallSeconds) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The instant (Unix seconds) of a wall clock in a zone. A wall clock that the zone skips (the
 * spring-forward gap) or shows twice (the autumn fold) is resolved as Temporal does:
 * Returns the instant and whether the wall clock exists there (false in a gap).
 * `'compatible'` (the default) takes the earlier of two and moves a skipped time forward by the
 * gap; `'earlier'` and `'later'` pick that side; `'reject'` throws a `RangeError`.
 */
export function fromZoneWallClock(fn: string, what: string, format: Intl.DateTimeFormat, wallSeconds: number, disambiguation: Disambiguation, given: unknown, timeZone: string): [instant: number, exists: boolean] {
  // The zone's offsets a day either side bracket any transition near this wall clock.
  const offsetBefore = wallSecondsAt(format, wallSeconds - DAY_SECONDS) - (wallSeconds - DAY_SECONDS);
  const offsetAfter = wallSecondsAt(format, wallSeconds + DAY_SECONDS) - (wallSeconds + DAY_SECONDS);
  const candidates: number[] = [];
  for (const offset of offsetBefore === offsetAfter ? [offsetBefore] : [offsetBefore, offsetAfter]) {
    const instant = wallSeconds - offset;
    if (wallSecondsAt(format, instant) === wallSeconds) candidates.push(instant);
  }
  candidates.sort((a, b) => a - b);
  if (candidates.length === 1) return [candidates[0] as number, true];
  if (disambiguation === 'reject') {
    throw rangeError(fn, what, `a wall clock that ${timeZone} shows once (not ${candidates.length === 0 ? 'skipped' : 'repeated'} by a clock change; or pass options.disambiguation)`, given);
  }
  if (candidates.length === 2) return [(disambiguation === 'later' ? candidates[1] : candidates[0]) as number, true];
  // A gap: 'earlier' reads the clock with the offset after the change (an earlier instant),
  // 'later' and 'compatible' with the offset before it (the clock moved forward by the gap).
  return [wallSeconds - (disambiguation === 'earlier' ? offsetAfter : offsetBefore), false];
}
