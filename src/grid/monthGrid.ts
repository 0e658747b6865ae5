import { getDaysInMonthIn, toEpochDayIn } from '../calendar/julianCalendar';
import { FIRST_YEAR, LAST_YEAR } from '../calendar/supportedRange';
import { assertInteger } from '../internal/errors';
import { layoutWeeks } from './layoutWeeks';
import { readGridOptions } from './readGridOptions';
import type { MonthGrid, MonthGridOptions } from './types';

const FN = 'monthGrid';

/**
 * The weeks of a month for a calendar page (万年历): seven cells a week, Monday first by default
 * (ISO 8601) or Sunday first, from the week of the 1st to the week of the last day, the leading
 * and trailing days of the neighbouring months included and marked `inMonth: false`. Each cell
 * holds the date, the weekday, the lunar date, the label a 万年历 prints under the day (a
 * principal festival, else the solar term, else the month's name on 初一, else the lunar day:
 * see {@link GridLabelKind}), the solar term, the festivals, the fortune score, and China's
 * statutory-holiday flags (`holiday`: a day off or make-up workday of huangli/holidays' data, and
 * `workday`), which are `null` where the holiday data do not reach (before 2002, after the last
 * published year), never an error.
 *
 * Cheap: the cells are read from the library's tables, without building an almanac page per
 * day (call `almanac(date)` for the day a user selects). Frozen and JSON-safe; `localize`
 * renders a grid in zh-Hant or English.
 *
 * With `calendar: 'julian'`, months before 1582-10 are Julian, and 1582-10 has 21 days: the 4th
 * (a Thursday) is followed by the 15th (a Friday), in one unbroken week.
 *
 * @param year - The year, -721–9999 (astronomical: 0 is 1 BCE), in `options.calendar`.
 * @param month - The month, 1–12.
 * @param options - `weekStart` (`'monday'`, default, or `'sunday'`), `fixedWeeks` (six weeks always), `calendar`, `model` (for the score), `holidayData` (for the holiday flags), `festivals` (a festival set of huangli/festivals whose days join the cells' festivals and labels).
 * @returns A frozen {@link MonthGrid}.
 * @throws {TypeError} If `year` or `month` is not an integer, or an option has the wrong type (`holidayData` not made by `holidayData()`).
 * @throws {RangeError} If `year` is outside -721–9999, `month` outside 1–12, or an option has an unknown value.
 * @example
 * const grid = monthGrid(2026, 2);
 * [grid.weeks.length, grid.weeks[0].map((cell) => cell.day)]
 * //=> [5, [26, 27, 28, 29, 30, 31, 1]]
 * @example
 * // 2026-02-16 is 除夕, 02-17 春节 (正月初一), 02-18 雨水, 02-19 初三
 * monthGrid(2026, 2).weeks[3].map((cell) => cell.label)
 * //=> ['除夕', '春节', '雨水', '初三', '初四', '初五', '初六']
 * @example
 * // The first of a leap month is labelled with its name
 * monthGrid(2023, 3, { weekStart: 'sunday' }).weeks[3].map((cell) => cell.label)
 * //=> ['廿八', '廿九', '春分', '闰二月', '初二', '初三', '初四']
 * @example
 * // Julian 1582-10: the 4th, a Thursday, is followed by the 15th, a Friday
 * monthGrid(1582, 10, { calendar: 'julian' }).weeks[0].map((cell) => cell.day)
 * //=> [1, 2, 3, 4, 15, 16, 17]
 * @example
 * // 春节 2026: 02-14 (a Saturday) is a make-up workday, 02-15 … 02-23 days off
 * monthGrid(2026, 2).weeks[2].map((cell) => [cell.day, cell.holiday?.kind ?? null, cell.workday])
 * //=> [[9, null, true], [10, null, true], [11, null, true], [12, null, true], [13, null, true], [14, 'workday', true], [15, 'off', false]]
 * @category Month grid
 * @since 0.6.0
 */
export function monthGrid(year: number, month: number, options?: MonthGridOptions): MonthGrid {
  assertInteger(FN, 'year', year, FIRST_YEAR, LAST_YEAR);
  assertInteger(FN, 'month', month, 1, 12);
  const settings = readGridOptions(FN, options);
  const { calendar } = settings;
  const first = toEpochDayIn(calendar, year, month, 1);
  const last = toEpochDayIn(calendar, year, month, getDaysInMonthIn(calendar, year, month));
  const layout = layoutWeeks(first, last, last - first + 1, settings);
  return Object.freeze({ year, month, ...layout });
}
