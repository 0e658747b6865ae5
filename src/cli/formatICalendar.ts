import { formatIsoDate, getDaysInMonth } from '../calendar/epochDay';
import type { FestivalSet } from '../festivals/index';
import { toICalendar, type ICalendarInclude } from '../ics/index';
import type { Locale } from '../index';

/** What {@link formatICalendar} writes: which events, in which language. */
export interface FormatICalendarOptions {
  readonly lang: Locale;
  /** `--include`; `undefined`: the library's default (terms and festivals). */
  readonly include?: readonly ICalendarInclude[] | undefined;
  /** `--festivals gregorian`: a set whose days follow the traditional festivals. */
  readonly festivals?: FestivalSet | undefined;
}

const TARGET = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * The iCalendar file of `huangli ics <target>`: a year (`'2026'`) or a month (`'2026-03'`), 0000 … 9999
 * (an iCalendar date has a four-digit year). The DTSTAMP is the library's fixed default, so that
 * the same command always writes the same file.
 *
 * @throws {Error} If the target is not a year or a month; the library's error for anything else.
 */
export function formatICalendar(target: string, options: FormatICalendarOptions): string {
  const match = TARGET.exec(target);
  const month = match?.[2] === undefined ? undefined : Number(match[2]);
  if (match === null || (month !== undefined && (month < 1 || month > 12))) {
    throw new Error(`ics takes a year YYYY or a month YYYY-MM, 0000 … 9999, got ${JSON.stringify(target)}`);
  }
  const year = Number(match[1]);
  const from = formatIsoDate(year, month ?? 1, 1);
  const to = formatIsoDate(year, month ?? 12, month === undefined ? 31 : getDaysInMonth(year, month));
  return toICalendar({
    from, to, lang: options.lang, ...(options.include === undefined ? {} : { include: options.include }), ...(options.festivals === undefined ? {} : { festivals: options.festivals }),
  });
}
