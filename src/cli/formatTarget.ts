import type { FestivalSet } from '../festivals/index';
import { almanac, localize, pillars, type Locale, type SolarCalendar } from '../index';
import { parseMonthTarget } from './dates';
import { formatDayCard } from './formatDayCard';
import { formatMonthTable, getMonthDays } from './formatMonthTable';

/** What {@link formatTarget} prints: text or JSON, in which language, reading dates in which calendar. */
export interface FormatTargetOptions {
  readonly json: boolean;
  readonly lang: Locale;
  /** `--calendar`: the library's `options.calendar` (default `'iso8601'`; `'julian'` before 1582-10-15). */
  readonly calendar?: SolarCalendar | undefined;
  /** `--festivals gregorian`: a set to list after the traditional festivals. */
  readonly festivals?: FestivalSet | undefined;
  /** `--tz`: the IANA zone a time is read in (the library's `options.timeZone`; default China Standard Time). */
  readonly timeZone?: string | undefined;
}

/**
 * The whole output of the command for one target: a day (`'2025-12-18'`, `'-000721-01-16'`), a
 * day with a time (`'2025-12-18T23:30'`, `'2025-12-18 23:30'`: the card adds the hour pillar and
 * its 时辰) or a month (`'2025-12'`, `'-000100-03'`), in `options.calendar`; a time is read in
 * `options.timeZone` (China Standard Time by default).
 *
 * @throws {TypeError | RangeError} The library's error for a target it does not accept.
 */
export function formatTarget(target: string, options: FormatTargetOptions): string {
  const { json, lang } = options;
  const calendar = options.calendar ?? 'iso8601';
  const { festivals, timeZone } = options;
  const zone = timeZone === undefined ? {} : { timeZone };
  const at = { calendar, ...zone, ...(festivals === undefined ? {} : { festivals }) };
  const named = festivals === undefined ? undefined : { festivals };
  const month = parseMonthTarget(target);
  if (month !== undefined) {
    const [year, monthNumber] = month;
    almanac({ year, month: monthNumber, day: 1 }, at); // validates the month and the range
    if (!json) return formatMonthTable(year, monthNumber, lang, calendar, festivals);
    return JSON.stringify(getMonthDays(year, monthNumber, calendar).map((cell) => localize(almanac(cell.date, at), lang, named)), null, 2);
  }
  // Every date form the library reads (its one parser), 'YYYY-MM-DD HH:mm' and instants included.
  const day = almanac(target, at);
  if (json) return JSON.stringify(localize(day, lang, named), null, 2);
  const moment = pillars(target, { calendar, ...zone });
  return formatDayCard(day, lang, moment.hour === undefined ? undefined : moment, calendar, festivals);
}
