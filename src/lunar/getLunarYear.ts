import { toEpochDay } from '../calendar/epochDay';
import { fromJulianEpochDay, GREGORIAN_START_EPOCH_DAY } from '../calendar/julianCalendar';
import { LAST_YEAR } from '../calendar/supportedRange';
import { getCalendarNewMoonDay } from './calendarDays';
import {
  findMonthIndex, getFirstLunation, getLeapIndex, getListMonth, getListMonthYear, getMonthList, getMonthListShape, getWinterMonthStart, isRenamedList,
  type LunarMonthEntry,
} from './monthList';

/** First and last lunar years with a day in the supported range. @internal */
export const lunarTableFirstYear = -722; // FIRST_YEAR − 1
/** @internal */
export const lunarTableLastYear = LAST_YEAR;

/**
 * The months of lunar year `year`, in calendar order (a leap month after the one it repeats), as
 * {@link findLunarMonth} names them: from the list of `year` up to the month of the 冬至, from the
 * list of `year + 1` after it (which, before 1 CE, can add or rename the last month).
 * @internal
 */
export function getLunarYearMonths(year: number): readonly LunarMonthEntry[] {
  const boundary = getWinterMonthStart(year + 1);
  return [
    ...getMonthList(year).filter((m) => m.year === year && m.firstDay < boundary),
    ...getMonthList(year + 1).filter((m) => m.year === year && m.firstDay >= boundary),
  ];
}

/**
 * The year of a day as the reference reads it (Julian before 1582-10-15), which chooses the
 * month list it looks the day up in (and the solstices its 九星 count from).
 * @internal
 */
export function getReferenceYear(epochDay: number, gregorianYear: number): number {
  return epochDay >= GREGORIAN_START_EPOCH_DAY ? gregorianYear : fromJulianEpochDay(epochDay).year;
}

/**
 * The year of the month list ({@link getMonthList}) that holds the day `epochDay`: the reference
 * looks a day up in the month list of its solar year; from the month that holds the year's 冬至
 * on, this looks it up in the next year's list instead, whose sui (冬至 to 冬至) holds that month.
 * The two agree wherever both have the month, but in 14 years before 1 CE: there only the next
 * year's list knows that the month after the 冬至 month is a leap month (docs/calendar.md, "Where
 * the reference contradicts itself").
 * @internal
 */
export function getListYear(epochDay: number, gregorianYear: number): number {
  const year = getReferenceYear(epochDay, gregorianYear);
  // The month of the 冬至 begins after 1 October in either reading of any year of the range.
  return epochDay >= toEpochDay(year, 10, 1) && epochDay >= getWinterMonthStart(year + 1) ? year + 1 : year;
}

/**
 * The month of the lunar calendar that holds the day `epochDay` (the day's number in it is
 * `epochDay − firstDay + 1`): month {@link findMonthIndex} of the list of {@link getListYear}.
 * @internal
 */
export function findLunarMonth(epochDay: number, gregorianYear: number): LunarMonthEntry {
  const year = getListYear(epochDay, gregorianYear);
  const shape = getMonthListShape(year);
  const i = findMonthIndex(shape, epochDay);
  if (isRenamedList(shape)) return getMonthList(year)[i] as LunarMonthEntry;
  const n = getFirstLunation(shape) + i;
  const firstDay = getCalendarNewMoonDay(n);
  return Object.freeze({
    year: getListMonthYear(shape, year, i), month: getListMonth(shape, i), leap: i === getLeapIndex(shape), firstDay, days: getCalendarNewMoonDay(n + 1) - firstDay,
  });
}
