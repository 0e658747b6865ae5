import { assertInteger, rangeError } from '../internal/errors';
import { describeCoverage, findYear, getSchedules } from './holidayYears';
import type { HolidaySchedule, HolidaysOptions } from './types';

/**
 * A year's statutory holidays in China (法定节假日) and make-up workdays (调休), as the State
 * Council's notice for the year sets them: the notices (title, document number, date,
 * publication), the breaks (each festival with its own day, the first and last day off, the
 * make-up workdays) and every day in order. The bundled data cover the years the notices are
 * known for (docs/holidays.md); a later year's can be added with {@link holidayData}.
 *
 * A break runs through the weekend days it joins (“与周末连休”). 元旦's break may begin in the
 * December before (2023's: 2022-12-31), and its days are then in `days` of the new year.
 *
 * @param year - The year, e.g. `2025`.
 * @param options - `data`: a dataset made by {@link holidayData} (default: the bundled one).
 * @returns The frozen schedule `{ year, notices, breaks, days }`.
 * @throws {TypeError} If `year` is not an integer, or `options.data` is not a dataset made by {@link holidayData}.
 * @throws {RangeError} If the year's schedule is not in the data; the message names the first and the last year that are.
 * @example
 * const [notice] = holidays(2025).notices;
 * [notice.title, notice.document, notice.dated, notice.published]
 * //=> ['国务院办公厅关于2025年部分节假日安排的通知', '国办发明电〔2024〕12号', '2024-11-12', '2024-11-12']
 * @example
 * holidays(2025).breaks[1]
 * //=> { festivals: [{ name: '春节', date: '2025-01-29' }], off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] }
 * @example
 * // Days off and make-up workdays
 * const days = holidays(2025).days;
 * [days.filter((d) => d.kind === 'off').length, days.filter((d) => d.kind === 'workday').length]
 * //=> [28, 5]
 * @category Holidays
 * @since 0.6.0
 */
export function holidays(year: number, options?: HolidaysOptions): HolidaySchedule {
  const fn = 'holidays';
  assertInteger(fn, 'year', year, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const schedules = getSchedules(fn, options);
  const schedule = findYear(schedules, year);
  if (schedule === undefined) throw rangeError(fn, 'year', `a year whose holiday schedule is in the data (${describeCoverage(schedules)})`, year);
  return schedule;
}
