import { toEpochDay } from '../calendar/epochDay';
import { HOLIDAY_BREAKS, HOLIDAY_FIRST_YEAR, HOLIDAY_NOTICES } from '../data/holidays.generated';
import { formatDay } from './days';
import { decodeYear, festivalOf } from './holidayCodec';
import { freezeBreak, toYearDays, type YearDays } from './toSchedule';
import type { HolidayData, HolidayNotice } from './types';

// Read on first use, then kept: immutable, and the same whoever asks.
let yearDays: readonly YearDays[] | undefined;
let data: HolidayData | undefined;

/** The bundled years' breaks and days (without the notices, which the day lookups do not need). @internal */
export function getBundledYearDays(): readonly YearDays[] {
  if (yearDays === undefined) {
    yearDays = Object.freeze(HOLIDAY_BREAKS.split('|').map((text, i) => {
      const year = HOLIDAY_FIRST_YEAR + i;
      const breaks = decodeYear(text, toEpochDay(year, 1, 1)).map((b) => freezeBreak({
        festivals: b.festivals.map(([f, day]) => ({ name: festivalOf(f), date: formatDay(day) })),
        off: [formatDay(b.first), formatDay(b.first + b.count - 1)],
        workdays: b.workdays.map(formatDay),
      }));
      return toYearDays(year, breaks);
    }));
  }
  return yearDays;
}

/** The bundled schedules, notices included, as {@link HolidayData}. @internal */
export function getBundledData(): HolidayData {
  if (data === undefined) {
    data = Object.freeze({
      years: Object.freeze(getBundledYearDays().map((y, i) => Object.freeze({
        year: y.year,
        notices: Object.freeze((HOLIDAY_NOTICES[i] ?? []).map(toNotice)),
        breaks: y.breaks,
        days: y.days,
      }))),
    });
  }
  return data;
}

function toNotice([title, document, dated, published, url, note]: readonly (string | null)[]): HolidayNotice {
  return Object.freeze({
    title: title as string,
    ...(document === null || document === undefined ? {} : { document }),
    dated: dated ?? null,
    published: published ?? null,
    ...(url === null || url === undefined ? {} : { url }),
    ...(note === null || note === undefined ? {} : { note }),
  });
}
