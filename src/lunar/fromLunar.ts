import { fromEpochDay } from '../calendar/epochDay';
import { FIRST_EPOCH_DAY, LAST_EPOCH_DAY, supportedRange } from '../calendar/supportedRange';
import { assertInteger, rangeError, typeError } from '../internal/errors';
import type { CivilDate } from '../types';
import { getLunarYearMonths, lunarTableFirstYear, lunarTableLastYear } from './getLunarYear';

/**
 * A lunar date to convert: `leap` may be left out for an ordinary month.
 * @category Calendar
 * @since 0.1.0
 */
export interface LunarDateInput {
  /** Lunar year number (the Gregorian year of its 正月初一), 1899–2100. */
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
 * The Gregorian date of a lunar date: the inverse of {@link lunarDate}.
 *
 * Nothing rolls over: day 30 of a 29-day month, or a leap month the year does not have, is a
 * `RangeError`.
 *
 * @param lunar - `{ year, month, day, leap? }`.
 * @returns A frozen `{ year, month, day }` of the Gregorian calendar.
 * @throws {TypeError} If `lunar` is not an object, a field is not an integer, or `leap` is not a boolean.
 * @throws {RangeError} If the month or day does not exist in that lunar year, or the date falls outside 1900-01-01 … 2100-12-31.
 * @example
 * fromLunar({ year: 2025, month: 10, day: 29 })
 * //=> { year: 2025, month: 12, day: 18 }
 * @example
 * fromLunar({ year: 2033, month: 11, day: 1, leap: true })
 * //=> { year: 2033, month: 12, day: 22 }
 * @category Calendar
 * @since 0.1.0
 */
export function fromLunar(lunar: LunarDateInput): CivilDate {
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
  if (epochDay < FIRST_EPOCH_DAY || epochDay > LAST_EPOCH_DAY) {
    throw rangeError(FN, 'lunar', `a date that falls within ${supportedRange.from} … ${supportedRange.to}`, `${year}-${month}${leap ? ' (leap)' : ''}-${day}`);
  }
  return Object.freeze(fromEpochDay(epochDay));
}
