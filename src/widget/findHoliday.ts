// The statutory-holiday entry the widget shows for a day (休 or 班), from huangli/holidays.
import { holiday } from '../holidays/holiday';
import type { HolidayData, HolidayDay } from '../holidays/types';
import type { SolarCalendar } from '../types';

/** The holiday data of an element: a dataset made by `holidayData`, `undefined` for the bundled one, `null` for none. */
export type PageHolidays = HolidayData | null | undefined;

/** The holiday entry of a day, or `null` where the data has no schedule for it (its RangeError). */
export function findHoliday(date: string, calendar: SolarCalendar, data: PageHolidays): HolidayDay | null {
  if (data === null) return null;
  try {
    return holiday(date, data === undefined ? { calendar } : { calendar, data });
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

