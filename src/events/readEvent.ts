import { assertInteger, rangeError, typeError } from '../internal/errors';
import type { MissingDay, MissingLeapMonth, RecurringEvent } from './types';

/** A validated {@link RecurringEvent}, its defaults filled in. @internal */
export type ReadEvent =
  | { readonly kind: 'lunar'; readonly month: number; readonly day: number; readonly leap: boolean; readonly missingLeapMonth: MissingLeapMonth; readonly missingDay: MissingDay }
  | { readonly kind: 'solar'; readonly month: number; readonly day: number; readonly missingDay: MissingDay };

const MISSING_DAY: readonly MissingDay[] = ['last-day', 'next-day', 'skip'];
const MISSING_LEAP_MONTH: readonly MissingLeapMonth[] = ['same-month', 'skip'];
/** The most days each month of the solar calendar can have. */
const MOST_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const EXPECTED = "{ kind: 'lunar', month, day, leap?, missingLeapMonth?, missingDay? } or { kind: 'solar', month, day, missingDay? }";

/** A string option that must be one of `choices` (`fallback` when absent). @internal */
export function readChoice<T extends string>(fn: string, what: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) {
    const expected = `'${choices.slice(0, -1).join("', '")}' or '${choices[choices.length - 1] as string}'`;
    if (typeof value !== 'string') throw typeError(fn, what, expected, value);
    throw rangeError(fn, what, expected, value);
  }
  return value as T;
}

/**
 * Validates a recurring event at a public entry point and fills in its defaults
 * (`leap: false`, `missingLeapMonth: 'same-month'`, `missingDay: 'last-day'`). @internal
 */
export function readEvent(fn: string, event: unknown): ReadEvent {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) throw typeError(fn, 'event', EXPECTED, event);
  const e = event as Record<string, unknown>;
  const kind = e['kind'];
  if (kind !== 'lunar' && kind !== 'solar') {
    if (typeof kind !== 'string') throw typeError(fn, 'event.kind', "'lunar' or 'solar'", kind);
    throw rangeError(fn, 'event.kind', "'lunar' or 'solar'", kind);
  }
  const month = assertInteger(fn, 'event.month', e['month'], 1, 12);
  const missingDay = readChoice(fn, 'event.missingDay', e['missingDay'], MISSING_DAY, 'last-day');
  if (kind === 'solar') {
    for (const field of ['leap', 'missingLeapMonth']) {
      if (e[field] !== undefined) throw typeError(fn, `event.${field}`, "absent: only a lunar event has a leap month (kind 'lunar')", e[field]);
    }
    const day = assertInteger(fn, 'event.day', e['day'], 1, MOST_DAYS[month - 1] as number, () => ` in month ${month}`);
    return { kind, month, day, missingDay };
  }
  const day = assertInteger(fn, 'event.day', e['day'], 1, 30);
  const leap: unknown = e['leap'] ?? false;
  if (typeof leap !== 'boolean') throw typeError(fn, 'event.leap', 'a boolean', leap);
  const missingLeapMonth = readChoice(fn, 'event.missingLeapMonth', e['missingLeapMonth'], MISSING_LEAP_MONTH, 'same-month');
  return { kind, month, day, leap, missingLeapMonth, missingDay };
}
