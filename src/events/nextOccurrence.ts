import { fromEpochDayIn } from '../calendar/julianCalendar';
import { LAST_EPOCH_DAY, LAST_YEAR } from '../calendar/supportedRange';
import { toMoment } from '../input/toMoment';
import { lunarTableFirstYear, lunarTableLastYear } from '../lunar/getLunarYear';
import { toLunarDate } from '../lunar/lunarDate';
import type { DateInput, TimeZoneOptions } from '../types';
import { findOccurrence, toOccurrence } from './findOccurrence';
import { readEvent } from './readEvent';
import type { Occurrence, RecurringEvent } from './types';

/**
 * Options of {@link nextOccurrence}.
 * @category Calendar
 * @since 0.6.0
 */
export type NextOccurrenceOptions = TimeZoneOptions;

const FN = 'nextOccurrence';

/**
 * The first occurrence of a recurring event on or after a day: the next birthday or death
 * anniversary (忌日), with the event's policies for the years without its leap month or its day
 * (see {@link occurrences}).
 *
 * @param event - `{ kind: 'lunar', month, day, leap?, missingLeapMonth?, missingDay? }` or `{ kind: 'solar', month, day, missingDay? }`.
 * @param date - The first day to consider: `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date` (read in UTC+8 unless `options.timeZone` names a zone); a time of day is ignored.
 * @param options - `calendar`: `'iso8601'` (default) or `'julian'`, for `date`, a solar event's date and the date returned; `timeZone`.
 * @returns A frozen {@link Occurrence}, or `undefined` when there is none on or before 9999-12-31.
 * @throws {TypeError} If `event` or `date` is not of an accepted shape, a field is not an integer, or `options` is not an object (or its `timeZone` not a string).
 * @throws {RangeError} If a field of the event or an option (`calendar`, `timeZone`, `disambiguation`) has an unsupported value, or the date does not exist or is outside -000721-01-01 … 9999-12-31.
 * @example
 * // The next 腊月三十 after 2026-01-01: lunar 2025's 腊月 has 29 days, so its last day
 * const next = nextOccurrence({ kind: 'lunar', month: 12, day: 30 }, '2026-01-01');
 * [next.date, next.lunar.dayName, next.substituted]
 * //=> ['2026-02-16', '廿九', true]
 * @example
 * // With 'skip', the next year whose 腊月 has 30 days
 * nextOccurrence({ kind: 'lunar', month: 12, day: 30, missingDay: 'skip' }, '2026-01-01').date
 * //=> '2030-02-02'
 * @example
 * // A 闰四月 birthday kept only in the years with a 闰四月
 * nextOccurrence({ kind: 'lunar', month: 4, day: 5, leap: true, missingLeapMonth: 'skip' }, '2021-01-01').date
 * //=> '2058-05-26'
 * @category Calendar
 * @since 0.6.0
 */
export function nextOccurrence(event: RecurringEvent, date: DateInput, options?: NextOccurrenceOptions): Occurrence | undefined {
  const e = readEvent(FN, event);
  const moment = toMoment(FN, date, options);
  const { epochDay, calendar } = moment;
  // Occurrences come in the order of their years; a lunar year's can fall on 正月初一 of the next
  // ('next-day' after a short 腊月), so the search starts a year early.
  let year = e.kind === 'lunar' ? Math.max(lunarTableFirstYear, toLunarDate(epochDay, moment.year).year - 1) : fromEpochDayIn(calendar, epochDay).year;
  const lastYear = e.kind === 'lunar' ? lunarTableLastYear : LAST_YEAR;
  for (; year <= lastYear; year++) {
    const found = findOccurrence(e, year, calendar);
    if (found === undefined || found.epochDay < epochDay) continue;
    return found.epochDay > LAST_EPOCH_DAY ? undefined : toOccurrence(found, calendar);
  }
  return undefined;
}
