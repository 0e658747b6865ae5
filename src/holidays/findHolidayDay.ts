import { formatIsoDate } from '../calendar/epochDay';
import { rangeError } from '../internal/errors';
import { toMoment, type Moment } from '../input/toMoment';
import { describeCoverage, findYear, getYearDays } from './holidayYears';
import type { YearDays } from './toSchedule';
import type { HolidayDay, HolidayOptions } from './types';

/**
 * From this day of December on, a day also depends on the next year's notice: its 元旦 can make
 * the last days of December days off or make-up workdays (2019's made 2018-12-29 a workday and
 * 12-30, 12-31 days off; the earliest such day so far is the 29th).
 */
export const NEXT_NOTICE_FROM_DAY = 25;

function findDay(year: YearDays | undefined, date: string): HolidayDay | undefined {
  if (year === undefined) return undefined;
  const days = year.days;
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid] as HolidayDay;
    if (d.date === date) return d;
    if (d.date < date) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Reads `date` as every function does, and returns its moment and its holiday entry (or null):
 * a day off or make-up workday of its year's schedule, or of the next year's (2022-12-31 is in
 * 2023's). A day whose schedule is not in the data is a RangeError. @internal
 */
export function findHolidayDay(fn: string, date: unknown, options: HolidayOptions | undefined): readonly [Moment, HolidayDay | null] {
  const m = toMoment(fn, date, options);
  const years = getYearDays(fn, options);
  const own = findYear(years, m.year);
  if (own === undefined) {
    throw rangeError(fn, 'date', `a day of a year whose holiday schedule is in the data (${describeCoverage(years)})`, date);
  }
  const next = findYear(years, m.year + 1);
  if (next === undefined && m.month === 12 && m.day >= NEXT_NOTICE_FROM_DAY) {
    throw rangeError(
      fn, 'date',
      `before ${m.year}-12-${NEXT_NOTICE_FROM_DAY} while the ${m.year + 1} schedule is not in the data: its notice can make the last days of December days off or make-up workdays (the data has ${describeCoverage(years)})`,
      date,
    );
  }
  const iso = formatIsoDate(m.year, m.month, m.day);
  return [m, findDay(own, iso) ?? findDay(next, iso) ?? null];
}
