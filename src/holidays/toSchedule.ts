import { formatDay, parseDay } from './days';
import type { HolidayBreak, HolidayDay, HolidayNotice, HolidaySchedule } from './types';

/** A year's breaks and their days, without its notices: what the day lookups read. @internal */
export interface YearDays {
  readonly year: number;
  readonly breaks: readonly HolidayBreak[];
  /** In order of date. */
  readonly days: readonly HolidayDay[];
}

/** Every day off and make-up workday of a year's (valid) breaks, frozen, in order of date. @internal */
export function toHolidayDays(year: number, breaks: readonly HolidayBreak[]): HolidayDay[] {
  const days: HolidayDay[] = [];
  for (const b of breaks) {
    const festivals = Object.freeze(b.festivals.map((f) => f.name));
    const festival = festivals[0] as HolidayDay['festival'];
    const last = parseDay(b.off[1]) as number;
    for (let d = parseDay(b.off[0]) as number; d <= last; d++) days.push(Object.freeze({ date: formatDay(d), kind: 'off', festival, festivals, year }));
    for (const date of b.workdays) days.push(Object.freeze({ date, kind: 'workday', festival, festivals, year }));
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** A year's breaks and days, frozen. @internal */
export function toYearDays(year: number, breaks: readonly HolidayBreak[]): YearDays {
  return Object.freeze({ year, breaks: Object.freeze(breaks), days: Object.freeze(toHolidayDays(year, breaks)) });
}

/** A frozen schedule of a year's (valid) notices and breaks. @internal */
export function toSchedule(year: number, notices: readonly HolidayNotice[], breaks: readonly HolidayBreak[]): HolidaySchedule {
  const { days } = toYearDays(year, breaks);
  return Object.freeze({ year, notices: Object.freeze(notices), breaks: Object.freeze(breaks), days });
}

/** A frozen break. @internal */
export function freezeBreak(b: HolidayBreak): HolidayBreak {
  return Object.freeze({
    festivals: Object.freeze(b.festivals.map((f) => Object.freeze({ name: f.name, date: f.date }))),
    off: Object.freeze([b.off[0], b.off[1]] as const),
    workdays: Object.freeze([...b.workdays]),
  });
}
