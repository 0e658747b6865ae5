import { typeError } from '../internal/errors';
import { getBundledData, getBundledYearDays } from './bundledHolidays';
import type { YearDays } from './toSchedule';
import type { HolidayData, HolidayDataOption, HolidaySchedule } from './types';

/** Whether `value` looks like what {@link holidayData} returns (frozen, with its schedules). @internal */
export function isHolidayData(value: unknown): value is HolidayData {
  if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return false;
  const years: unknown = (value as { years?: unknown }).years;
  return Array.isArray(years) && years.every((y: unknown) => Object.isFrozen(y) && Array.isArray((y as { days?: unknown }).days));
}

/** The `data` of `options`, checked: undefined for the bundled data. @internal */
function readDataOption(fn: string, options: HolidayDataOption | undefined): HolidayData | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') throw typeError(fn, 'options', 'an object', options);
  const data = options.data;
  if (data === undefined) return undefined;
  if (!isHolidayData(data)) throw typeError(fn, 'options.data', 'a dataset made by holidayData(years)', data);
  return data;
}

/** The years' breaks and days the day lookups read: `options.data`'s, else the bundled ones. @internal */
export function getYearDays(fn: string, options: HolidayDataOption | undefined): readonly YearDays[] {
  return readDataOption(fn, options)?.years ?? getBundledYearDays();
}

/** The schedules, notices included: `options.data`'s, else the bundled ones. @internal */
export function getSchedules(fn: string, options: HolidayDataOption | undefined): readonly HolidaySchedule[] {
  return (readDataOption(fn, options) ?? getBundledData()).years;
}

/** The year of `years` (in order of year), or undefined. @internal */
export function findYear<T extends { readonly year: number }>(years: readonly T[], year: number): T | undefined {
  let lo = 0;
  let hi = years.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const y = (years[mid] as T).year;
    if (y === year) return years[mid];
    if (y < year) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The years of the data as runs, `'2002 … 2026'` (or `'2002 … 2026, 2028'`), the first and the last named. @internal */
export function describeCoverage(years: readonly { readonly year: number }[]): string {
  if (years.length === 0) return 'none';
  const runs: string[] = [];
  let start = (years[0] as { year: number }).year;
  let end = start;
  for (const { year } of years.slice(1)) {
    if (year === end + 1) end = year;
    else {
      runs.push(start === end ? String(start) : `${start} … ${end}`);
      start = end = year;
    }
  }
  runs.push(start === end ? String(start) : `${start} … ${end}`);
  const first = (years[0] as { year: number }).year;
  const last = (years[years.length - 1] as { year: number }).year;
  return `${runs.join(', ')}: the first is ${first}, the last ${last}`;
}
