import type { LunarDate } from '../types';

/**
 * What a lunar anniversary does in a lunar year without its leap month (a birthday on 闰四月初五
 * in a year with no 闰四月): `'same-month'`, the month of the same number (四月初五), or `'skip'`,
 * no occurrence that year.
 * @category Calendar
 * @since 0.6.0
 */
export type MissingLeapMonth = 'same-month' | 'skip';

/**
 * What an anniversary does in a year where its day does not exist (三十 of a 29-day lunar month,
 * 02-29 of a common year): `'last-day'`, the month's last day (廿九, 02-28), `'next-day'`, the day
 * after it (初一 of the next month, 03-01), or `'skip'`, no occurrence that year. They are the
 * `SKIP=BACKWARD`, `SKIP=FORWARD` and `SKIP=OMIT` of iCalendar's non-Gregorian recurrence rules (RFC 7529).
 * @category Calendar
 * @since 0.6.0
 */
export type MissingDay = 'last-day' | 'next-day' | 'skip';

/**
 * A day kept every lunar year, such as a birthday on 闰四月初五 or a death anniversary (忌日) on
 * 腊月三十, as plain data.
 * @example
 * const grandmother: LunarAnniversary = { kind: 'lunar', month: 12, day: 30 };
 * occurrences(grandmother, 2025, { yearOf: 'event' })[0].date // 腊月 of 2025 has 29 days: its last day
 * //=> '2026-02-16'
 * @category Calendar
 * @since 0.6.0
 */
export interface LunarAnniversary {
  /** `'lunar'`: a date of the lunar calendar. */
  readonly kind: 'lunar';
  /** Lunar month, 1–12. */
  readonly month: number;
  /** Day of the lunar month, 1–30. */
  readonly day: number;
  /** `true` for a day of the leap month (闰月) of that number; default `false`. */
  readonly leap?: boolean;
  /** In a year without that leap month: `'same-month'` (default) or `'skip'`. Only with `leap: true`. */
  readonly missingLeapMonth?: MissingLeapMonth;
  /** In a year where the month has fewer days (三十 of a 29-day month): `'last-day'` (default), `'next-day'` or `'skip'`. */
  readonly missingDay?: MissingDay;
}

/**
 * A day kept every year on the same solar date, such as a birthday on 02-29, as plain data.
 * @example
 * const leapDay: SolarAnniversary = { kind: 'solar', month: 2, day: 29, missingDay: 'next-day' };
 * occurrences(leapDay, 2025)[0].date
 * //=> '2025-03-01'
 * @category Calendar
 * @since 0.6.0
 */
export interface SolarAnniversary {
  /** `'solar'`: a date of the solar calendar (`options.calendar`). */
  readonly kind: 'solar';
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1 to the most that month can have (29 in February). */
  readonly day: number;
  /** In a year without that date (02-29 of a common year): `'last-day'` (default, 02-28), `'next-day'` (03-01) or `'skip'`. */
  readonly missingDay?: MissingDay;
}

/**
 * A custom recurring event: a {@link LunarAnniversary} or a {@link SolarAnniversary}.
 * @category Calendar
 * @since 0.6.0
 */
export type RecurringEvent = LunarAnniversary | SolarAnniversary;

/**
 * A rule that moved an occurrence from its own date: `'same-month'` (see {@link MissingLeapMonth}),
 * then `'last-day'` or `'next-day'` (see {@link MissingDay}).
 * @category Calendar
 * @since 0.6.0
 */
export type Substitution = 'same-month' | 'last-day' | 'next-day';

/**
 * One occurrence of a {@link RecurringEvent}.
 * @category Calendar
 * @since 0.6.0
 */
export interface Occurrence {
  /** The day, `'YYYY-MM-DD'` (an expanded year outside 0000–9999: `'-000721-01-01'`), in the calendar of the call (`options.calendar`). */
  readonly date: string;
  /**
   * The year of the event it is the occurrence of: the lunar year of a lunar anniversary (腊月三十
   * of 2025 with `'next-day'` falls on 正月初一 of 2026 and is 2025's), the solar year of a solar one.
   */
  readonly year: number;
  /** The lunar date of the day. */
  readonly lunar: LunarDate;
  /** Whether a substitute rule placed it: its own date does not exist in that year. */
  readonly substituted: boolean;
  /** The rules that placed it, in the order they applied; `[]` on its own date. */
  readonly substitutions: readonly Substitution[];
}
