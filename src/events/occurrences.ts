import { fromEpochDayIn, getCalendarOption } from '../calendar/julianCalendar';
import { FIRST_YEAR, LAST_EPOCH_DAY, LAST_YEAR, formatSupportedRange, getFirstEpochDay } from '../calendar/supportedRange';
import { assertInteger, rangeError, typeError } from '../internal/errors';
import { lunarTableFirstYear, lunarTableLastYear } from '../lunar/getLunarYear';
import type { CalendarOptions } from '../types';
import { findOccurrence, toOccurrence, type FoundOccurrence } from './findOccurrence';
import { readChoice, readEvent } from './readEvent';
import type { Occurrence, RecurringEvent } from './types';

/**
 * Options of {@link occurrences}.
 * @category Calendar
 * @since 0.6.0
 */
export interface OccurrencesOptions extends CalendarOptions {
  /**
   * Which year `year` is:
   * - `'date'` (default): the solar year the occurrences are dated in (in `calendar`), as a
   *   calendar shows them. A lunar anniversary has 0, 1 or 2 in a solar year (腊月 dates can
   *   fall in January and again in December).
   * - `'event'`: the event's own year, whose occurrence is listed wherever it falls: the lunar
   *   year of a lunar anniversary (one occurrence, or none when a `'skip'` policy applies), the
   *   solar year of a solar one.
   */
  readonly yearOf?: 'date' | 'event';
}

const FN = 'occurrences';

/**
 * The occurrences of a recurring event in a year: a lunar anniversary (a birthday on 闰四月初五, a
 * death anniversary on 腊月三十) or a solar one (02-29), with its policies for the years without
 * that leap month or that day (see {@link LunarAnniversary} and docs/festivals.md).
 *
 * Each occurrence says whether a substitute rule placed it. Lunar dates are those of
 * `lunarDate` (`huangli`), so the historical calendars apply: the lunar years 8 CE (whose
 * 十二月 became 正月 of 9) and 237 (which has no 三月) have no occurrence of an anniversary in
 * those months.
 *
 * @param event - `{ kind: 'lunar', month, day, leap?, missingLeapMonth?, missingDay? }` or `{ kind: 'solar', month, day, missingDay? }`.
 * @param year - The solar year to list (−721 … 9999); with `yearOf: 'event'` the event's year (a lunar year −722 … 9999 for a lunar event).
 * @param options - `yearOf`: `'date'` (default) or `'event'`; `calendar`: `'iso8601'` (default) or `'julian'`, for the solar year, a solar event's date and the dates returned.
 * @returns Frozen {@link Occurrence} records in date order (`[]` when there is none).
 * @throws {TypeError} If `event` is not an event, a field or `year` is not an integer, or an option has the wrong type.
 * @throws {RangeError} If a field or an option has an unsupported value, `year` is outside the range, or (with `yearOf: 'event'`) its occurrence falls outside -000721-01-01 … 9999-12-31.
 * @example
 * // A birthday on 闰四月初五 (2020 had a 闰四月): in 2025, the non-leap 四月初五
 * occurrences({ kind: 'lunar', month: 4, day: 5, leap: true }, 2025).map((o) => [o.date, o.lunar.monthName, o.substitutions])
 * //=> [['2025-05-02', '四月', ['same-month']]]
 * @example
 * // A death anniversary on 腊月三十: 腊月 of lunar year 2024 has 29 days
 * const eve = occurrences({ kind: 'lunar', month: 12, day: 30 }, 2025)[0];
 * [eve.date, eve.year, eve.lunar.dayName, eve.substitutions]
 * //=> ['2025-01-28', 2024, '廿九', ['last-day']]
 * @example
 * occurrences({ kind: 'lunar', month: 12, day: 30, missingDay: 'skip' }, 2024, { yearOf: 'event' })
 * //=> []
 * @example
 * occurrences({ kind: 'solar', month: 2, day: 29 }, 2025)[0].date
 * //=> '2025-02-28'
 * @category Calendar
 * @since 0.6.0
 */
export function occurrences(event: RecurringEvent, year: number, options?: OccurrencesOptions): readonly Occurrence[] {
  const e = readEvent(FN, event);
  if (options !== undefined && (options === null || typeof options !== 'object')) throw typeError(FN, 'options', 'an object', options);
  const calendar = getCalendarOption(FN, options);
  const yearOf = readChoice(FN, 'options.yearOf', options?.yearOf, ['date', 'event'], 'date');
  if (yearOf === 'event') {
    const lunar = e.kind === 'lunar';
    assertInteger(FN, 'year', year, lunar ? lunarTableFirstYear : FIRST_YEAR, lunar ? lunarTableLastYear : LAST_YEAR);
    const found = findOccurrence(e, year, calendar);
    if (found === undefined) return Object.freeze([]);
    if (found.epochDay < getFirstEpochDay(calendar) || found.epochDay > LAST_EPOCH_DAY) {
      throw rangeError(FN, 'year', `a year whose occurrence falls within ${formatSupportedRange(calendar)}`, year);
    }
    return Object.freeze([toOccurrence(found, calendar)]);
  }
  assertInteger(FN, 'year', year, FIRST_YEAR, LAST_YEAR);
  // The days of a solar year belong to the lunar years before, of and (in the reform of 8 CE) after it.
  const years = e.kind === 'lunar' ? [year - 1, year, year + 1].filter((y) => y >= lunarTableFirstYear && y <= lunarTableLastYear) : [year];
  const found: FoundOccurrence[] = [];
  for (const y of years) {
    const f = findOccurrence(e, y, calendar);
    if (f !== undefined && fromEpochDayIn(calendar, f.epochDay).year === year) found.push(f);
  }
  return Object.freeze(found.map((f) => toOccurrence(f, calendar)));
}
