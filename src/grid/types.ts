import type { Festival } from '../almanac/types';
import type { FestivalSet } from '../festivals/types';
import type { FortuneModelInput } from '../fortune/fortuneModel';
import type { HolidayData, HolidayDay } from '../holidays/types';
import type { CalendarOptions, LunarDate, SolarCalendar, SolarTermName } from '../types';

/**
 * The first column of a grid's weeks: `'monday'` (ISO 8601, the default: weeks run Monday to
 * Sunday, as calendars in China print them) or `'sunday'`.
 * @category Month grid
 * @since 0.6.0
 */
export type WeekStart = 'monday' | 'sunday';

/**
 * What a cell's {@link GridDay.label} shows, by precedence (the first that applies):
 * - `'festival'`: a principal traditional festival of the day (a {@link Festival} of kind
 *   `'lunar'`: 春节, 元宵节, 龙头节, 端午节, 七夕节, 中秋节, 重阳节, 腊八节, 除夕), else, with a
 *   festival set ({@link MonthGridOptions.festivals}), the set's first fixed or weekday festival
 *   of the day (kind `'solar'`: 元旦节, 国庆节, 母亲节 …);
 * - `'term'`: the solar term whose day it is (清明, 冬至 …);
 * - `'month'`: the lunar month's name on its first day, 初一 (`'二月'`, `'闰二月'`, `'腊月'`);
 * - `'day'`: the lunar day's name (`'初二'` … `'三十'`).
 * @category Month grid
 * @since 0.6.0
 */
export type GridLabelKind = 'festival' | 'term' | 'month' | 'day';

/**
 * One day of a month grid: what a 万年历 cell shows, plus what a widget needs to style it.
 * @category Month grid
 * @since 0.6.0
 */
export interface GridDay {
  /** The day, `'YYYY-MM-DD'` (an expanded year outside 0000–9999: `'-000721-01-01'`), in the grid's calendar. */
  readonly date: string;
  /** Its day of the month (the number the cell prints), 1–31. */
  readonly day: number;
  /** Day of the week, 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** `false` for the leading and trailing days, which belong to the neighbouring months. */
  readonly inMonth: boolean;
  /** The lunar date, as `lunarDate(date)` gives it. */
  readonly lunar: LunarDate;
  /** The short text under the day's number: a festival, the term, the month on 初一, or the lunar day (see {@link GridLabelKind}). */
  readonly label: string;
  /** Which of the four {@link label} is. */
  readonly labelKind: GridLabelKind;
  /** The solar term whose day it is, or `null`. */
  readonly term: SolarTermName | null;
  /** The day's festivals, as `almanac(date, { festivals })` lists them (all kinds; the traditional ones unless the grid was given a set). */
  readonly festivals: readonly Festival[];
  /** The day's fortune score, −10 … +10, as `fortune(date).score` gives it (calendar only; `options.model` if given). */
  readonly score: number;
  /**
   * The day's entry in China's statutory holidays (`holiday(date)` of huangli/holidays): a day off
   * of a break (`kind: 'off'`, the weekend days it joins included) or a make-up workday (`kind:
   * 'workday'`), with its festival; `null` on any other day, and on a day the holiday data do not
   * cover (then `workday` is `null` too).
   */
  readonly holiday: HolidayDay | null;
  /**
   * Whether it is a working day in China (`isWorkday(date)`): Monday–Friday unless a day off, and
   * a make-up workday; `null` where the holiday data do not cover the day — a year without a
   * schedule (the bundled data: 2002 … 2026), and the last week of December of the last year, which
   * the next year's notice may still change — never a guess, never an error.
   */
  readonly workday: boolean | null;
}

/**
 * A week of a grid: seven cells in column order ({@link MonthGrid.weekdays}). A cell is `null`
 * only for a day beyond the supported range (in the first week of −0721-01 and the last of 9999-12).
 * @category Month grid
 * @since 0.6.0
 */
export type GridWeek = readonly (GridDay | null)[];

/**
 * Options of {@link monthGrid}.
 * @category Month grid
 * @since 0.6.0
 */
export interface MonthGridOptions extends CalendarOptions {
  /** The first column: `'monday'` (default, ISO 8601) or `'sunday'`. */
  readonly weekStart?: WeekStart;
  /** `true`: always six weeks (42 cells), so that a widget keeps its height; default `false`: as many weeks as the month spans (4–6). */
  readonly fixedWeeks?: boolean;
  /** A fortune model for the cells' `score`, as `fortune(date, { model })` takes it (merged onto the default). */
  readonly model?: FortuneModelInput;
  /**
   * The holiday data for the cells' `holiday` and `workday`: a dataset made by `holidayData(years)`
   * of huangli/holidays (for instance with next year's notice). Default: the bundled data.
   */
  readonly holidayData?: HolidayData;
  /**
   * Which festivals the cells list, as `almanac(date, { festivals })` takes it: `'traditional'`
   * (default) or a festival set of huangli/festivals (`gregorianFestivals`, or one made by
   * `festivalSet()`), whose days are added after the traditional ones, on the date as written in
   * the grid's calendar; its `'solar'` festivals can then be a cell's label ({@link GridLabelKind}).
   */
  readonly festivals?: 'traditional' | FestivalSet;
}

/**
 * Options of {@link lunarMonthGrid}.
 * @category Month grid
 * @since 0.6.0
 */
export interface LunarMonthGridOptions extends MonthGridOptions {
  /** `true` for the leap month (闰月) of that number; default `false`. */
  readonly leap?: boolean;
}

/**
 * What both grids hold: the weeks and the order of their columns.
 * @category Month grid
 * @since 0.6.0
 */
export interface GridLayout {
  /** The calendar the cells' dates are written in. */
  readonly calendar: SolarCalendar;
  /** The first column: `'monday'` or `'sunday'`. */
  readonly weekStart: WeekStart;
  /** The weekday of each column, 0 = Sunday: `[1, 2, 3, 4, 5, 6, 0]` from Monday, `[0, 1, …, 6]` from Sunday. */
  readonly weekdays: readonly number[];
  /** The days of the month in the month's own count: 28–31 for a Gregorian month (21 for 1582-10 with calendar `'julian'`), 29 or 30 for a lunar one. */
  readonly days: number;
  /** The weeks, each of seven cells; the first holds the month's first day, the last its last day (or, with `fixedWeeks`, six weeks). */
  readonly weeks: readonly GridWeek[];
}

/**
 * The weeks of a Gregorian (or, with calendar `'julian'`, Julian) month, for a calendar page.
 * @category Month grid
 * @since 0.6.0
 */
export interface MonthGrid extends GridLayout {
  /** The year, as asked (in the grid's calendar). */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
}

/**
 * The weeks of one lunar month.
 * @category Month grid
 * @since 0.6.0
 */
export interface LunarMonthGrid extends GridLayout {
  /** The lunar year (that of its 正月初一). */
  readonly year: number;
  /** The lunar month, 1–12. */
  readonly month: number;
  /** Whether it is the leap month (闰月) of that number. */
  readonly leap: boolean;
  /** Its name, e.g. `'闰二月'`. */
  readonly monthName: string;
}
