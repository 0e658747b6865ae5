import { fromEpochDay } from '../calendar/epochDay';
import { parseDay } from '../holidays/days';
import { NEXT_NOTICE_FROM_DAY } from '../holidays/findHolidayDay';
import { describeCoverage, findYear, getYearDays, isHolidayData } from '../holidays/holidayYears';
import { rangeError, typeError } from '../internal/errors';
import { modFloor } from '../internal/math';

/**
 * Whether a day (days since 1970-01-01) is a working day: what the search asks of the holiday
 * data, one day at a time. @internal
 */
export type WorkdayOf = (epochDay: number) => boolean;

/**
 * The working days of `from` … `to` as `isWorkday()` of huangli/holidays gives them, from
 * `data` (a dataset made by `holidayData`, else the bundled one): Monday to Friday unless a day
 * off of a break, and a make-up Saturday or Sunday. Checked at once: every year of the range
 * must have its schedule in the data, and the next year's too from December 25 of the last (its
 * notice may change those days), as `isWorkday()` requires of each day. `query` holds the
 * fields as given, for the messages. @internal
 */
export function readWorkdays(fn: string, from: number, to: number, data: unknown, query: { readonly from: unknown; readonly to: unknown }): WorkdayOf {
  if (data !== undefined && !isHolidayData(data)) throw typeError(fn, 'options.holidayData', 'a dataset made by holidayData(years)', data);
  const years = getYearDays(fn, data === undefined ? undefined : { data });
  const first = fromEpochDay(from);
  const last = fromEpochDay(to);
  const coverage = (): string => describeCoverage(years);
  if (findYear(years, first.year) === undefined) {
    throw rangeError(fn, 'query.from', `a day of a year whose holiday schedule is in the data when query.workday is given (${coverage()})`, query.from);
  }
  for (let year = first.year + 1; year <= last.year; year++) {
    if (findYear(years, year) === undefined) {
      throw rangeError(fn, 'query.to', `a day such that every year from query.from to it has its holiday schedule in the data when query.workday is given, but ${year} has none (${coverage()})`, query.to);
    }
  }
  if (last.month === 12 && last.day >= NEXT_NOTICE_FROM_DAY && findYear(years, last.year + 1) === undefined) {
    throw rangeError(
      fn, 'query.to',
      `before ${last.year}-12-${NEXT_NOTICE_FROM_DAY} when query.workday is given, while the ${last.year + 1} schedule is not in the data: its notice can make the last days of December days off or make-up workdays (${coverage()})`,
      query.to,
    );
  }
  // The days off and make-up workdays of the range's schedules, and of the next year's (its 元旦 may begin in December).
  const listed = new Map<number, boolean>();
  for (let year = first.year; year <= last.year + 1; year++) {
    for (const day of findYear(years, year)?.days ?? []) listed.set(parseDay(day.date) as number, day.kind === 'workday');
  }
  return (epochDay) => listed.get(epochDay) ?? (modFloor(epochDay + 4, 7) % 6 !== 0);
}
