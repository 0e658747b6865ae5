import { toEpochDayIn } from '../calendar/julianCalendar';
import type { SolarCalendar } from '../index';

// The command's date arithmetic, on epoch days (days since 1970-01-01) and in the calendar it was
// asked for, for every year of the range: −721 … 9999, written as ISO 8601 expanded years
// outside 0 … 9999 ('-000721-01-16'). Never `Date.UTC`, which reads years 0–99 as 1900–1999.

/** A year as the library writes it: four digits, or a sign and six digits (never '-000000'). */
const YEAR = '(\\d{4}|\\+\\d{6}|-(?!000000)\\d{6})';
const MONTH_PATTERN = new RegExp(`^${YEAR}-(\\d{2})$`);
const DATE_PREFIX = new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})`);

/** `[year, month]` of a month target (`'2025-12'`, `'-000100-03'`, `'+001000-01'`), or `undefined` for any other target. */
export function parseMonthTarget(target: string): readonly [number, number] | undefined {
  const match = MONTH_PATTERN.exec(target);
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}

/**
 * The epoch day of a date as the library writes it in `calendar` (`'2025-12-18'`,
 * `'-000721-01-16'`, or the date of an instant, `'-000721-01-04T10:29:47+08:00'`).
 */
export function toEpochDayOf(date: string, calendar: SolarCalendar): number {
  const match = DATE_PREFIX.exec(date);
  if (match === null) throw new TypeError(`not a date: ${JSON.stringify(date)}`); // unreachable: the library's own output
  return toEpochDayIn(calendar, Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `'HH:mm'` of an instant as the library writes it (`'…T23:03:05+08:00'`), whatever the length of its year. */
export function formatClock(instant: string): string {
  const t = instant.indexOf('T');
  return instant.slice(t + 1, t + 6);
}
