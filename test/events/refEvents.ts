/** The reference (lunar-javascript) as the events tests ask it: lunar dates to solar, month lengths, leap months. */
import { createRequire } from 'node:module';

interface RefSolar { toYmd(): string; next(days: number): RefSolar }
interface RefLunarMonth { getDayCount(): number }
const reference = createRequire(import.meta.url)('lunar-javascript') as {
  Lunar: { fromYmd(y: number, m: number, d: number): { getSolar(): RefSolar } };
  LunarYear: { fromYear(y: number): { getMonth(m: number): RefLunarMonth | null; getLeapMonth(): number } };
  SolarUtil: { isLeapYear(y: number): boolean };
};

/** The solar date (Julian before 1582-10-15, as the reference reads it) of a lunar date; a leap month as a negative month. */
export const refSolarOf = (year: number, month: number, day: number): string => reference.Lunar.fromYmd(year, month, day).getSolar().toYmd();
/** The day after that. */
export const refDayAfter = (year: number, month: number, day: number): string => reference.Lunar.fromYmd(year, month, day).getSolar().next(1).toYmd();
/** The number of days of a month of a lunar year (negative: the leap month), or undefined when the year has no such month. */
export const refMonthDays = (year: number, month: number): number | undefined => reference.LunarYear.fromYear(year).getMonth(month)?.getDayCount();
/** Whether a year of the reference's solar calendar (Julian before 1582) is a leap year. */
export const refIsLeapYear = (year: number): boolean => reference.SolarUtil.isLeapYear(year);
