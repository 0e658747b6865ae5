import { fromEpochDay, toEpochDay } from '../calendar/epochDay';
import { getBundledData } from '../holidays/bundledHolidays';
import { describeCoverage, findYear } from '../holidays/holidayYears';
import type { HolidayBreak, HolidayData, HolidayDay, HolidaySchedule } from '../holidays/types';
import { rangeError } from '../internal/errors';

/** A day off or make-up workday, with its break and the notice that set it. @internal */
export interface HolidayEntry {
  readonly day: HolidayDay;
  readonly break: HolidayBreak;
  /** The title of the year's notice (the first of its notices). */
  readonly notice: string;
}

/**
 * The days off and make-up workdays between the epoch days `from` and `to`, by epoch day: those of
 * the schedules of every year of the range, each of which must be in the data (a RangeError of
 * `fn` otherwise), and of the next year's when the data has it (its 元旦 can begin in December).
 * @internal
 */
export function getHolidayDays(fn: string, data: HolidayData | undefined, from: number, to: number): ReadonlyMap<number, HolidayEntry> {
  const schedules = (data ?? getBundledData()).years;
  const firstYear = fromEpochDay(from).year;
  const lastYear = fromEpochDay(to).year;
  const out = new Map<number, HolidayEntry>();
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const schedule: HolidaySchedule | undefined = findYear(schedules, year);
    if (schedule === undefined) {
      if (year > lastYear) break;
      throw rangeError(fn, "every year of options.from … options.to with include 'holidays'", `a year whose holiday schedule is in the data (${describeCoverage(schedules)})`, year);
    }
    const notice = schedule.notices[0]?.title ?? '';
    for (const day of schedule.days) {
      const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
      const epochDay = toEpochDay(y, m, d);
      if (epochDay < from || epochDay > to) continue;
      const holidayBreak = schedule.breaks.find((b) => b.festivals[0]?.name === day.festival) as HolidayBreak;
      out.set(epochDay, { day, break: holidayBreak, notice });
    }
  }
  return out;
}
