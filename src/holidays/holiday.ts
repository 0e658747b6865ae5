import { findHolidayDay } from './findHolidayDay';
import type { HolidayDay, HolidayOptions } from './types';
import type { DateInput } from '../types';

/**
 * The statutory-holiday entry of a day in China: a day off of a break (假期, its weekend days
 * included), a make-up workday (调休上班), or `null` for any other day (an ordinary weekday or
 * weekend day). The data are the State Council's notices, one a year (see {@link holidays}).
 *
 * A day belongs to the break it is part of, whatever year's notice set it: 2022-12-31 is a day
 * off of 2023's 元旦 (`year: 2023`).
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date` (read in UTC+8 unless `options.timeZone` names a zone), as every function reads dates.
 * @param options - `data`: a dataset made by {@link holidayData} (default: the bundled one); `timeZone`, `calendar`: how the date is read.
 * @returns The frozen entry `{ date, kind: 'off' | 'workday', festival, festivals, year }`, or `null`.
 * @throws {TypeError} If `date` is not one of the accepted shapes, `options` is not an object (or its `timeZone` not a string), or `options.data` is not a dataset made by {@link holidayData}.
 * @throws {RangeError} If the date does not exist, `calendar`, `timeZone` or `disambiguation` has an unknown value, or its year's schedule is not in the data (the message names the first and the last year that are), or it is on or after December 25 of a year whose next year's schedule is not in the data (the next notice may still change those days).
 * @example
 * holiday('2025-01-28')
 * //=> { date: '2025-01-28', kind: 'off', festival: '春节', festivals: ['春节'], year: 2025 }
 * @example
 * // A make-up workday: a Sunday worked for 春节
 * holiday('2025-01-26').kind
 * //=> 'workday'
 * @example
 * // A break shared by two festivals; a day of December in the next year's 元旦
 * [holiday('2025-10-06').festivals, holiday('2022-12-31').year, holiday('2025-03-03')]
 * //=> [['国庆节', '中秋节'], 2023, null]
 * @category Holidays
 * @since 0.6.0
 */
export function holiday(date: DateInput, options?: HolidayOptions): HolidayDay | null {
  return findHolidayDay('holiday', date, options)[1];
}
