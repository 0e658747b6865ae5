// Pure helpers of <huangli-month>: which day a key moves to, which month a button shows, and the
// element's attributes read. No DOM: unit-tested under Node (test/widget/month.test.ts).
import { fromEpochDayIn, getDaysInMonthIn, isSkippedDate, toEpochDayIn } from '../calendar/julianCalendar';
import { FIRST_YEAR, LAST_EPOCH_DAY, LAST_YEAR, getFirstEpochDay } from '../calendar/supportedRange';
import { modFloor } from '../internal/math';
import type { SolarCalendar } from '../types';

/** The first column of the grid, as `monthGrid`'s `weekStart`. */
export type MonthWeekStart = 'monday' | 'sunday';

/**
 * A month of a calendar: `{ year, month }` (the year astronomical, in the element's calendar), as
 * `<huangli-month>`'s `shownMonth` reports it.
 * @category Widget
 * @since 0.6.0
 */
export interface YearMonth {
  /** The year (astronomical: 0 is 1 BCE). */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
}

/** The keys of the grid (the ARIA grid and date-picker patterns), with the modifiers that change them. */
export interface GridKey {
  readonly key: string;
  readonly shiftKey?: boolean;
}

/** Weekday of an epoch day, 0 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (epochDay: number): number => modFloor(epochDay + 4, 7);

/** The month `delta` months after `ym`, or `null` outside the supported years. */
export function shiftMonth(ym: YearMonth, delta: number): YearMonth | null {
  const index = ym.year * 12 + (ym.month - 1) + delta;
  const year = Math.floor(index / 12);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return { year, month: index - year * 12 + 1 };
}

/**
 * The epoch day of `day` of a month in `calendar`, moved into the month when the month is shorter
 * (31 → 30, 29 → 28 in February) or skips it (Julian 1582-10-05 … 14 → the 15th), and into the
 * supported range (the Julian calendar's first month starts after the Gregorian one's).
 */
export function dayInMonth(calendar: SolarCalendar, ym: YearMonth, day: number): number {
  let d = Math.min(day, getDaysInMonthIn(calendar, ym.year, ym.month));
  if (isSkippedDate(calendar, ym.year, ym.month, d)) d = 15;
  return clampDay(calendar, toEpochDayIn(calendar, ym.year, ym.month, d));
}

/** An epoch day kept within the supported range of `calendar`. */
export function clampDay(calendar: SolarCalendar, epochDay: number): number {
  return Math.min(LAST_EPOCH_DAY, Math.max(getFirstEpochDay(calendar), epochDay));
}

/** The month (in `calendar`) of an epoch day. */
export function monthOf(calendar: SolarCalendar, epochDay: number): YearMonth {
  const { year, month } = fromEpochDayIn(calendar, epochDay);
  return { year, month };
}

/**
 * Where a key moves the grid's active day (an epoch day), or `undefined` for a key the grid does
 * not handle: ←/→ a day, ↑/↓ a week, Home/End the first and last day of the week (in the grid's
 * column order), PageUp/PageDown the same day of the previous and next month (Shift: year),
 * kept within the month's length and the supported range. The day may be in another month: the
 * element then shows that month.
 */
export function moveDay(epochDay: number, key: GridKey, weekStart: MonthWeekStart, calendar: SolarCalendar): number | undefined {
  const column = modFloor(weekdayOf(epochDay) - (weekStart === 'monday' ? 1 : 0), 7);
  const step = (n: number): number => clampDay(calendar, epochDay + n);
  switch (key.key) {
    case 'ArrowLeft': return step(-1);
    case 'ArrowRight': return step(1);
    case 'ArrowUp': return step(-7);
    case 'ArrowDown': return step(7);
    case 'Home': return step(-column);
    case 'End': return step(6 - column);
    case 'PageUp':
    case 'PageDown': {
      const { year, month, day } = fromEpochDayIn(calendar, epochDay);
      const months = (key.key === 'PageUp' ? -1 : 1) * (key.shiftKey === true ? 12 : 1);
      const target = shiftMonth({ year, month }, months);
      return target === null ? epochDay : dayInMonth(calendar, target, day);
    }
    default: return undefined;
  }
}

/**
 * A year or month attribute as a number for the library to check: an integer written in decimal
 * (`'2025'`, `'-721'`, `' 10 '`) is that number; anything else is passed on as given, so that the
 * library's message names the value the page wrote.
 */
export function readIntegerAttribute(value: string): number | string {
  const text = value.trim();
  return /^[+-]?\d{1,6}$/.test(text) ? Number(text) : value;
}

/** The `week-start` attribute: `monday` (default) or `sunday`, in any case; anything else is `monday` with a warning. */
export function readWeekStart(value: string | null): { readonly weekStart: MonthWeekStart; readonly warning: string | null } {
  if (value === null) return { weekStart: 'monday', warning: null };
  const v = value.trim().toLowerCase();
  if (v === 'monday' || v === 'sunday') return { weekStart: v, warning: null };
  return { weekStart: 'monday', warning: `<huangli-month>: week-start="${value}" is not supported; using monday. Use monday or sunday.` };
}

/**
 * How the element shows the card of the selected day: the `card` attribute. Absent: no card;
 * present and empty or `inline`: below the grid (beside it where the element is wide); `dialog`:
 * in a modal dialog. Anything else is `inline` with a warning.
 */
export function readCardMode(value: string | null): { readonly mode: 'none' | 'inline' | 'dialog'; readonly warning: string | null } {
  if (value === null) return { mode: 'none', warning: null };
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'inline') return { mode: 'inline', warning: null };
  if (v === 'dialog') return { mode: 'dialog', warning: null };
  return { mode: 'inline', warning: `<huangli-month>: card="${value}" is not supported; showing it inline. Use card, card="inline" or card="dialog".` };
}
