import { formatSupportedRange, getFirstEpochDay, LAST_EPOCH_DAY } from '../calendar/supportedRange';
import { assertInteger, rangeError, typeError } from '../internal/errors';
import { getLunarYearMonths, lunarTableFirstYear, lunarTableLastYear } from '../lunar/getLunarYear';
import { LEAP_MONTH_NAMES, LUNAR_MONTH_NAMES } from '../names/lunarNames';
import { layoutWeeks } from './layoutWeeks';
import { readGridOptions } from './readGridOptions';
import type { LunarMonthGrid, LunarMonthGridOptions } from './types';

const FN = 'lunarMonthGrid';

/**
 * The weeks of one lunar month (农历月), laid out as {@link monthGrid} lays out a Gregorian one:
 * from the week of its 初一 to the week of its last day (廿九 or 三十), the days of the months
 * around it marked `inMonth: false`. `leap: true` asks for the leap month (闰月) of that number.
 *
 * @param year - The lunar year (that of its 正月初一; astronomical: 0 is 1 BCE), -722–9999.
 * @param month - The lunar month, 1–12.
 * @param options - `leap` (default `false`), and those of {@link monthGrid}: `weekStart`, `fixedWeeks`, `calendar`, `model`, `holidayData`, `festivals`.
 * @returns A frozen {@link LunarMonthGrid}.
 * @throws {TypeError} If `year` or `month` is not an integer, `leap` not a boolean, or another option has the wrong type (`holidayData` not made by `holidayData()`).
 * @throws {RangeError} If `year` is outside -722–9999, `month` outside 1–12, the year has no such month (a leap month it does not have), the month has no day within -000721-01-01 … 9999-12-31, or an option has an unknown value.
 * @example
 * // 闰二月 of 2023: 29 days, 2023-03-22 … 2023-04-19
 * const grid = lunarMonthGrid(2023, 2, { leap: true });
 * const days = grid.weeks.flat().filter((cell) => cell.inMonth);
 * [grid.monthName, grid.days, days[0].date, days.at(-1).date, days[0].label]
 * //=> ['闰二月', 29, '2023-03-22', '2023-04-19', '闰二月']
 * @example
 * lunarMonthGrid(2025, 1).weeks[0].map((cell) => cell.label)
 * //=> ['廿八', '除夕', '春节', '初二', '初三', '初四', '初五']
 * @category Month grid
 * @since 0.6.0
 */
export function lunarMonthGrid(year: number, month: number, options?: LunarMonthGridOptions): LunarMonthGrid {
  assertInteger(FN, 'year', year, lunarTableFirstYear, lunarTableLastYear);
  assertInteger(FN, 'month', month, 1, 12);
  const settings = readGridOptions(FN, options);
  const leap: unknown = options?.leap ?? false;
  if (typeof leap !== 'boolean') throw typeError(FN, 'options.leap', 'a boolean', leap);
  const months = getLunarYearMonths(year);
  const entry = months.find((m) => m.month === month && m.leap === leap);
  if (entry === undefined) {
    if (leap) {
      const leaps = months.filter((m) => m.leap).map((m) => m.month);
      const has = leaps.length === 0 ? 'no leap month' : `only leap month ${leaps.join(', ')}`;
      throw rangeError(FN, 'options.leap', `false for month ${month} of lunar year ${year}, which has ${has}`, leap);
    }
    // A reform skipped the month (景初 renamed 237's third month the fourth).
    throw rangeError(FN, 'month', `one of ${months.map((m) => m.month).filter((m, i, all) => all.indexOf(m) === i).join(', ')} in lunar year ${year}`, month);
  }
  const first = entry.firstDay;
  const last = first + entry.days - 1;
  if (last < getFirstEpochDay(settings.calendar) || first > LAST_EPOCH_DAY) {
    throw rangeError(FN, 'month', `a month with a day within ${formatSupportedRange(settings.calendar)}`, `${year}-${month}${leap ? ' (leap)' : ''}`);
  }
  const layout = layoutWeeks(first, last, entry.days, settings);
  return Object.freeze({ year, month, leap, monthName: (leap ? LEAP_MONTH_NAMES : LUNAR_MONTH_NAMES)[month] as string, ...layout });
}
