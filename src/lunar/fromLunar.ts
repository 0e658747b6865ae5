import { fromEpochDayIn, getCalendarOption } from '../calendar/julianCalendar';
import { formatSupportedRange, getFirstEpochDay, LAST_EPOCH_DAY } from '../calendar/supportedRange';
import { assertInteger, rangeError, typeError } from '../internal/errors';
import type { CalendarOptions, CivilDate } from '../types';
import { getLunarYearMonths, lunarTableFirstYear, lunarTableLastYear } from './getLunarYear';

/**
 * A lunar date to convert: `leap` may be left out for an ordinary month.
 * @category Calendar
 * @since 0.1.0
 */
export interface LunarDateInput {
  /** Lunar year number (the year of its 正月初一; astronomical: 0 is 1 BCE), -722–9999. */
  readonly year: number;
  /** Lunar month, 1–12. */
  readonly month: number;
  /** Day of the lunar month, 1–30 (at most 29 in a short month). */
  readonly day: number;
  /** `true` for the leap month (闰月) of that number; default `false`. */
  readonly leap?: boolean;
}

const FN = 'fromLunar';

/**
 * Options of {@link fromLunar}.
 * @category Calendar
 * @since 0.5.0
 */
export type FromLunarOptions = CalendarOptions;

/**
 * The solar date of a lunar date: the inverse of {@link lunarDate}.
 *
 * Nothing rolls over: day 30 of a 29-day month, or a leap month the year does not have, is a
 * `RangeError`. Historical years follow the reference's calendars: 237 (the 景初 reform) has no
 * third month, and a few reform months are shorter than 29 days.
 *
 * @param lunar - `{ year, month, day, leap? }`.
 * @param options - `calendar`: `'iso8601'` (default, proleptic Gregorian) or `'julian'` (Julian before 1582-10-15) for the date returned.
 * @returns A frozen `{ year, month, day }` in that calendar.
 * @throws {TypeError} If `lunar` is not an object, a field is not an integer, `leap` is not a boolean, or `options` is not an object.
 * @throws {RangeError} If the month or day does not exist in that lunar year, the date falls outside -000721-01-01 … 9999-12-31, or `options.calendar` is unknown.
 * @example
 * fromLunar({ year: 2025, month: 10, day: 29 })
 * //=> { year: 2025, month: 12, day: 18 }
 * @example
 * fromLunar({ year: 2033, month: 11, day: 1, leap: true })
 * //=> { year: 2033, month: 12, day: 22 }
 * @example
 * // 正月初一 of 1 CE, written as historians write it (Julian) and as ISO 8601 does
 * [fromLunar({ year: 1, month: 1, day: 1 }, { calendar: 'julian' }), fromLunar({ year: 1, month: 1, day: 1 })]
 * //=> [{ year: 1, month: 2, day: 12 }, { year: 1, month: 2, day: 10 }]
 * @category Calendar
 * @since 0.1.0
 */
export function fromLunar(lunar: LunarDateInput, options?: FromLunarOptions): CivilDate {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw typeError(FN, 'options', 'an object', options);
  const calendar = getCalendarOption(FN, options);
  if (lunar === null || typeof lunar !== 'object' || Array.isArray(lunar)) throw typeError(FN, 'lunar', '{ year, month, day, leap? }', lunar);
  const year = assertInteger(FN, 'lunar.year', lunar.year, lunarTableFirstYear, lunarTableLastYear);
  const month = assertInteger(FN, 'lunar.month', lunar.month, 1, 12);
  const leap: unknown = lunar.leap ?? false;
  if (typeof leap !== 'boolean') throw typeError(FN, 'lunar.leap', 'a boolean', leap);
  const months = getLunarYearMonths(year);
  const entry = months.find((m) => m.month === month && m.leap === leap);
  if (entry === undefined) {
    const leaps = months.filter((m) => m.leap).map((m) => m.month);
    if (leap) {
      const has = leaps.length === 0 ? 'no leap month' : `only leap month ${leaps.join(', ')}`;
      throw rangeError(FN, 'lunar.leap', `false for month ${month} of lunar year ${year}, which has ${has}`, leap);
    }
    // A reform skipped the month (景初 renamed 237's third month the fourth).
    throw rangeError(FN, 'lunar.month', `one of ${months.map((m) => m.month).filter((m, i, all) => all.indexOf(m) === i).join(', ')} in lunar year ${year}`, month);
  }
  const day = assertInteger(FN, 'lunar.day', lunar.day, 1, entry.days, () => ` in ${leap ? 'leap ' : ''}month ${month} of lunar year ${year}`);
  const epochDay = entry.firstDay + day - 1;
  if (epochDay < getFirstEpochDay(calendar) || epochDay > LAST_EPOCH_DAY) {
    throw rangeError(FN, 'lunar', `a date that falls within ${formatSupportedRange(calendar)}`, `${year}-${month}${leap ? ' (leap)' : ''}-${day}`);
  }
  return Object.freeze(fromEpochDayIn(calendar, epochDay));
}
