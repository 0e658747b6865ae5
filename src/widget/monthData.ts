// The data of a <huangli-month> page: six weeks of days around a month (huangli/grid's monthGrid),
// each with China's statutory holiday entry of the day (huangli/holidays, through the grid).
import { toEpochDayIn } from '../calendar/julianCalendar';
import type { FestivalSet } from '../festivals/types';
import type { GridDay } from '../grid/types';
import { monthGrid } from '../grid/monthGrid';
import type { HolidayDay } from '../holidays/types';
import type { SolarCalendar } from '../types';
import type { PageHolidays } from './findHoliday';
import { parseDate } from './format';
import type { MonthWeekStart } from './monthNav';

/** A day of the page: a cell of `monthGrid` and its epoch day. */
export interface PageDay extends GridDay {
  /** Days since 1970-01-01: what the grid's keys move. */
  readonly epochDay: number;
  /**
   * The grid's holiday entry of the day (`holiday(date)` of huangli/holidays): a day off (休) or a
   * make-up workday (班); `null` on other days, on days the data does not cover (a year without a
   * published schedule: never a guess), and when the page shows no holidays.
   */
  readonly holiday: HolidayDay | null;
}

/** A page: the column order (weekdays, 0 = Sunday) and six weeks, `null` for a day beyond the supported range. */
export interface MonthPage {
  readonly year: number;
  readonly month: number;
  readonly weekdays: readonly number[];
  readonly weeks: readonly (readonly (PageDay | null)[])[];
}

/**
 * The page of `year`-`month` in `calendar`, six weeks always (the element keeps its height from
 * month to month), with the holidays of `holidays` and the traditional festivals and `festivals`'.
 * @throws Whatever `monthGrid` throws for a bad year, month, calendar or festival set.
 */
export function monthPage(year: number, month: number, weekStart: MonthWeekStart, calendar: SolarCalendar, holidays?: PageHolidays, festivals?: FestivalSet): MonthPage {
  const grid = monthGrid(year, month, { weekStart, calendar, fixedWeeks: true, ...(holidays ? { holidayData: holidays } : {}), ...(festivals ? { festivals } : {}) });
  const weeks = grid.weeks.map((week) => week.map((cell): PageDay | null => {
    if (cell === null) return null;
    const [y, m, d] = parseDate(cell.date);
    return { ...cell, epochDay: toEpochDayIn(calendar, y, m, d), ...(holidays === null ? { holiday: null, workday: null } : {}) };
  }));
  return { year: grid.year, month: grid.month, weekdays: grid.weekdays, weeks };
}
