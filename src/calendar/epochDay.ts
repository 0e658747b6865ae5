import { divFloor } from '../internal/math';
import { emptySlots } from '../internal/memo';
import type { CivilDate } from '../types';

/**
 * Integer arithmetic of the proleptic Gregorian calendar (ISO 8601), correct for every year,
 * negative ones included (astronomical numbering: year 0 is 1 BCE). The Julian reading is in
 * ./julianCalendar.ts.
 */

/** Whether `year` is a leap year of the proleptic Gregorian calendar (year 0 is, −100 is not). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function getDaysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
}

/** Days from 1970-01-01 to a proleptic Gregorian date (negative before it). Pure integer arithmetic. */
export function toEpochDay(year: number, month: number, day: number): number {
  // Shift to a year that starts on 1 March, so the leap day is the year's last day.
  const y = month <= 2 ? year - 1 : year;
  const era = divFloor(y, 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = divFloor(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + divFloor(yearOfEra, 4) - divFloor(yearOfEra, 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The proleptic Gregorian date `epochDay` days after 1970-01-01; the inverse of {@link toEpochDay}. */
export function fromEpochDay(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = divFloor(z, 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = divFloor(dayOfEra - divFloor(dayOfEra, 1460) + divFloor(dayOfEra, 36524) - divFloor(dayOfEra, 146096), 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + divFloor(yearOfEra, 4) - divFloor(yearOfEra, 100));
  const mp = divFloor(5 * dayOfYear + 2, 153);
  const day = dayOfYear - divFloor(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * A year as ISO 8601 writes it: four digits for 0 … 9999 (`'0000'`, `'2025'`), else an expanded
 * year, a sign and six digits (`'-000721'`, `'+010000'`).
 */
export function formatIsoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
}

/**
 * `'YYYY-MM-DD'` for the fields of a date, in whatever calendar they are (the year as
 * {@link formatIsoYear} writes it: `'0000-01-01'`, `'-000721-01-16'`). To write an epoch day in a
 * chosen calendar, see `formatDate` in ./julianCalendar.ts.
 */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${formatIsoYear(year)}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The years −1000 … 10999 and the `'-MM-DD'` of each month · 32 + day, written once each (bounded memos of short strings, 250 KB once all are written). */
let yearStrings: (string | undefined)[] | undefined;
let monthDayStrings: (string | undefined)[] | undefined;

/**
 * {@link formatIsoDate} of a valid date (integer fields, month 1–12, day 1–31), from the year's
 * and the month-and-day's strings written once each: for pages written by the million.
 * @internal
 */
export function formatIsoDateMemoised(year: number, month: number, day: number): string {
  yearStrings ??= emptySlots(12000);
  monthDayStrings ??= emptySlots(13 * 32);
  const yearString = year >= -1000 && year < 11000 ? (yearStrings[year + 1000] ??= formatIsoYear(year)) : formatIsoYear(year);
  return yearString + (monthDayStrings[month * 32 + day] ??= `-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`);
}
