import { formatIsoDate, fromEpochDay, getDaysInMonth, toEpochDay } from '../calendar/epochDay';

/** Days since 1970-01-01 of a `'YYYY-MM-DD'` string (a four-digit year, a real date), or undefined. @internal */
export function parseDay(s: unknown): number | undefined {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > getDaysInMonth(year, month)) return undefined;
  return toEpochDay(year, month, day);
}

/** `'YYYY-MM-DD'` of days since 1970-01-01. @internal */
export function formatDay(epochDay: number): string {
  const d = fromEpochDay(epochDay);
  return formatIsoDate(d.year, d.month, d.day);
}

/** The day of the week, 0 (Sunday) … 6 (Saturday), of days since 1970-01-01 (a Thursday). @internal */
export function getWeekday(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}
