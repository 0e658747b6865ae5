import { getWeekday } from './days';
import { findHolidayDay } from './findHolidayDay';
import type { HolidayOptions } from './types';
import type { DateInput } from '../types';

/**
 * Whether a day is a working day in China: Monday to Friday, unless a day off of a statutory
 * holiday; Saturday and Sunday, only if a make-up workday (调休上班). The data are the State
 * Council's notices, one a year (see {@link holidays}); a day whose schedule they do not have is
 * an error, never a guess.
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date` (read in UTC+8 unless `options.timeZone` names a zone), as every function reads dates.
 * @param options - `data`: a dataset made by {@link holidayData} (default: the bundled one); `timeZone`, `calendar`: how the date is read.
 * @returns `true` for a working day, `false` for a day off.
 * @throws {TypeError} If `date` is not one of the accepted shapes, `options` is not an object (or its `timeZone` not a string), or `options.data` is not a dataset made by {@link holidayData}.
 * @throws {RangeError} If the date does not exist, `calendar`, `timeZone` or `disambiguation` has an unknown value, or its year's schedule is not in the data (the message names the first and the last year that are), or it is on or after December 25 of a year whose next year's schedule is not in the data (the next notice may still change those days).
 * @example
 * // 春节 2025: 1月28日至2月4日放假调休, 1月26日（周日）、2月8日（周六）上班
 * ['2025-01-24', '2025-01-26', '2025-01-28', '2025-02-05', '2025-02-08', '2025-02-09'].map((d) => isWorkday(d))
 * //=> [true, true, false, true, true, false]
 * @example
 * // A Date is an instant: 2025-10-07T20:00Z is already October 8 in China, a day off
 * isWorkday(new Date('2025-10-07T20:00:00Z'))
 * //=> false
 * @category Holidays
 * @since 0.6.0
 */
export function isWorkday(date: DateInput, options?: HolidayOptions): boolean {
  const [m, entry] = findHolidayDay('isWorkday', date, options);
  if (entry !== null) return entry.kind === 'workday';
  const weekday = getWeekday(m.epochDay);
  return weekday !== 0 && weekday !== 6;
}
