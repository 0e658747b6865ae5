import { fromEpochDay } from '../calendar/epochDay';
import { getBundledYearDays } from '../holidays/bundledHolidays';
import { NEXT_NOTICE_FROM_DAY } from '../holidays/findHolidayDay';
import { findYear, isHolidayData } from '../holidays/holidayYears';
import type { HolidayData, HolidayDay } from '../holidays/types';
import { typeError } from '../internal/errors';

/** A day's holiday entry and whether it is a working day, or `[null, null]` where the data do not cover it. @internal */
export type HolidayLookup = (epochDay: number, weekday: number) => readonly [HolidayDay | null, boolean | null];

/** Validates `options.holidayData` of `fn`: a dataset made by `holidayData()`, or undefined for the bundled one. @internal */
export function readHolidayDataOption(fn: string, value: unknown): HolidayData | undefined {
  if (value === undefined) return undefined;
  if (!isHolidayData(value)) throw typeError(fn, 'options.holidayData', 'a dataset made by holidayData(years) (huangli/holidays)', value);
  return value;
}

/**
 * The holiday lookup of the days `first … last` (epoch days): `holiday(date)` and `isWorkday(date)`
 * of huangli/holidays, but `[null, null]` on the days they refuse (a year without a schedule in the
 * data; the last week of December while the next year's is not in it). @internal
 */
export function getHolidayLookup(data: HolidayData | undefined, first: number, last: number): HolidayLookup {
  const years = data?.years ?? getBundledYearDays();
  const firstYear = fromEpochDay(first).year;
  const lastYear = fromEpochDay(last).year;
  const entries = new Map<string, HolidayDay>();
  for (let year = firstYear; year <= lastYear + 1; year++) for (const day of findYear(years, year)?.days ?? []) entries.set(day.date, day);
  return (epochDay, weekday) => {
    const { year, month, day } = fromEpochDay(epochDay);
    if (findYear(years, year) === undefined) return [null, null];
    if (month === 12 && day >= NEXT_NOTICE_FROM_DAY && findYear(years, year + 1) === undefined) return [null, null];
    const iso = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
    const entry = entries.get(iso) ?? null;
    return [entry, entry === null ? weekday !== 0 && weekday !== 6 : entry.kind === 'workday'];
  };
}
