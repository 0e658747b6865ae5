import { toMoment } from '../input/toMoment';
import { LEAP_MONTH_NAMES, LUNAR_DAY_NAMES, LUNAR_MONTH_NAMES } from '../names/lunarNames';
import type { DateInput, LunarDate, TimeZoneOptions } from '../types';
import { getListYear } from './getLunarYear';
import {
  getLeapIndex, getListMonth, getListMonthYear, getMonthList, getMonthListShape, isRenamedList, locateInMonthList, type LunarMonthEntry,
} from './monthList';

/**
 * Options of {@link lunarDate}.
 * @category Calendar
 * @since 0.1.0
 */
export type LunarDateOptions = TimeZoneOptions;

/** The lunar date of a day given as days since 1970-01-01 (in range) and its Gregorian year. @internal */
export function toLunarDate(epochDay: number, gregorianYear: number): LunarDate {
  const listYear = getListYear(epochDay, gregorianYear);
  const shape = getMonthListShape(listYear);
  const place = locateInMonthList(shape, epochDay);
  const i = place & 15;
  const day = (place >> 4) + 1;
  let year: number;
  let month: number;
  let leap: boolean;
  if (isRenamedList(shape)) ({ year, month, leap } = getMonthList(listYear)[i] as LunarMonthEntry);
  else {
    year = getListMonthYear(shape, listYear, i);
    month = getListMonth(shape, i);
    leap = i === getLeapIndex(shape);
  }
  return Object.freeze({
    year, month, day, leap,
    monthName: (leap ? LEAP_MONTH_NAMES : LUNAR_MONTH_NAMES)[month] as string,
    dayName: LUNAR_DAY_NAMES[day] as string,
  });
}

/** The lunar year of a day, as {@link toLunarDate} gives it, without building the date. @internal */
export function getLunarYearOfDay(epochDay: number, gregorianYear: number): number {
  const listYear = getListYear(epochDay, gregorianYear);
  const shape = getMonthListShape(listYear);
  const i = locateInMonthList(shape, epochDay) & 15;
  return isRenamedList(shape) ? (getMonthList(listYear)[i] as LunarMonthEntry).year : getListMonthYear(shape, listYear, i);
}

/** The day (1–30) of the lunar month of a day, as {@link toLunarDate} gives it, without building the date. @internal */
export function getLunarDay(epochDay: number, gregorianYear: number): number {
  return (locateInMonthList(getMonthListShape(getListYear(epochDay, gregorianYear)), epochDay) >> 4) + 1;
}

/**
 * The lunar (农历) date of a day, as the reference implementation (`lunar-javascript`) and the
 * printed calendars give it: months begin on the day (UTC+8) of the new moon, the month that
 * contains 冬至 is the eleventh, and a month without a 中气 repeats the previous one as a leap
 * month (闰月) — including the rare 闰十一月 of 2033.
 *
 * The lunar `year` is the year of its 正月初一, so 2026-01-01 is in lunar year 2025 (years are
 * astronomical: 0 is 1 BCE). Every day from −0721 to 9999 follows the reference's calendars: the
 * historical ones before 1960, with their mean new moons (平朔), mean terms (平气) and the months
 * as each dynasty printed them (docs/calendar.md).
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date` (read in UTC+8 unless `options.timeZone` names a zone).
 * @param options - `timeZone`: the IANA zone in which a `Date` is read (and a wall clock, with `disambiguation` for one it skips or repeats); `calendar`: `'iso8601'` (default) or `'julian'` (Julian before 1582-10-15) for strings and objects.
 * @returns A frozen `{ year, month, day, leap, monthName, dayName }`.
 * @throws {TypeError} If `date` is not one of the accepted shapes, a field is not an integer, or `options` is not an object (or its `timeZone` not a string).
 * @throws {RangeError} If the date does not exist (`'2025-02-30'`) or is outside -000721-01-01 … 9999-12-31, or `calendar`, `timeZone` or `disambiguation` has an unknown value (or, with `'reject'`, the wall clock is skipped or repeated).
 * @example
 * lunarDate('2025-12-18')
 * //=> { year: 2025, month: 10, day: 29, leap: false, monthName: '十月', dayName: '廿九' }
 * @example
 * lunarDate({ year: 2023, month: 4, day: 1 }).monthName
 * //=> '闰二月'
 * @example
 * lunarDate(new Date('2025-12-18T20:00:00Z')).dayName // already 12-19 in China
 * //=> '三十'
 * @example
 * // The first and last days of the range (years are astronomical: −721 is 722 BCE)
 * [lunarDate('-000721-01-01').dayName, lunarDate('9999-12-31').monthName]
 * //=> ['廿四', '腊月']
 * @example
 * // Year 0 (1 BCE) begins in lunar year −1, in the leap month after its 11th
 * lunarDate('0000-01-01')
 * //=> { year: -1, month: 11, day: 8, leap: true, monthName: '闰冬月', dayName: '初八' }
 * @example
 * // The 1582 switch, read as the reference reads it: Julian 10-04, then Gregorian 10-15
 * [lunarDate('1582-10-04', { calendar: 'julian' }).dayName, lunarDate('1582-10-15', { calendar: 'julian' }).dayName]
 * //=> ['十八', '十九']
 * @example
 * // A day of the 平气 era (terms by mean motion before 1645): 崇祯十七年三月十九, when Beijing fell
 * lunarDate('1644-04-25').monthName + lunarDate('1644-04-25').dayName
 * //=> '三月十九'
 * @category Calendar
 * @since 0.1.0
 */
export function lunarDate(date: DateInput, options?: LunarDateOptions): LunarDate {
  const moment = toMoment('lunarDate', date, options);
  return toLunarDate(moment.epochDay, moment.year);
}
