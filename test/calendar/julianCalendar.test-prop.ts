import { createRequire } from 'node:module';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { formatIsoDate, fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
import { GREGORIAN_START_EPOCH_DAY, formatDate, fromEpochDayIn, getDaysInMonthIn, isSkippedDate, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { FIRST_EPOCH_DAY, FIRST_YEAR, LAST_EPOCH_DAY, LAST_YEAR, getFirstEpochDay } from '../../src/calendar/supportedRange';
import type { SolarCalendar } from '../../src/types';

interface RefSolar { getYear(): number; getMonth(): number; getDay(): number; getJulianDay(): number }
const reference = createRequire(import.meta.url)('lunar-javascript') as {
  Solar: { fromYmd(y: number, m: number, d: number): RefSolar; fromJulianDay(jd: number): RefSolar };
};
const UNIX_JD = 2440587.5;

const calendar = fc.constantFrom<SolarCalendar>('iso8601', 'julian');
/** Any day of the range, over both first days. */
const epochDay = fc.integer({ min: FIRST_EPOCH_DAY, max: LAST_EPOCH_DAY });
/** The days around the 1582 switch, and around year 0. */
const nearSwitch = fc.integer({ min: GREGORIAN_START_EPOCH_DAY - 400, max: GREGORIAN_START_EPOCH_DAY + 400 });
const nearYear0 = fc.integer({ min: toEpochDay(-1, 1, 1), max: toEpochDay(1, 12, 31) });
/** Fields of a date that exists in `calendar`, years −721 … 9999 (built field by field, not from an epoch day). */
const dateIn = (c: SolarCalendar): fc.Arbitrary<{ year: number; month: number; day: number }> =>
  fc.record({ year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= getDaysInMonthIn(c, year, month) && !isSkippedDate(c, year, month, day));

/** The next date by the calendar's rules alone: the next day of the month, else the 1st of the next month; 1582-10-04 → 15 in 'julian'. */
function successor(c: SolarCalendar, { year, month, day }: { year: number; month: number; day: number }): { year: number; month: number; day: number } {
  if (c === 'julian' && year === 1582 && month === 10 && day === 4) return { year, month, day: 15 };
  if (day < getDaysInMonthIn(c, year, month)) return { year, month, day: day + 1 };
  return month < 12 ? { year, month: month + 1, day: 1 } : { year: year + 1, month: 1, day: 1 };
}

test.prop([calendar, epochDay])('fromEpochDayIn and toEpochDayIn round-trip every day of the range', (c, n) => {
  const date = fromEpochDayIn(c, n);
  expect(toEpochDayIn(c, date.year, date.month, date.day)).toBe(n);
  expect(date.day).toBeLessThanOrEqual(getDaysInMonthIn(c, date.year, date.month));
  expect(isSkippedDate(c, date.year, date.month, date.day)).toBe(false);
});

test.prop([fc.constantFrom<SolarCalendar>('iso8601', 'julian').chain((c) => fc.tuple(fc.constant(c), dateIn(c)))])('toEpochDayIn and fromEpochDayIn round-trip every date of −721 … 9999', ([c, date]) => {
  expect(fromEpochDayIn(c, toEpochDayIn(c, date.year, date.month, date.day))).toEqual(date);
});

test.prop([calendar, fc.oneof(epochDay, nearSwitch, nearYear0)])('the next day is the next date: the day count has no gap or overlap, 1582-10-04 → 15 in julian', (c, n) => {
  fc.pre(n < LAST_EPOCH_DAY);
  expect(fromEpochDayIn(c, n + 1)).toEqual(successor(c, fromEpochDayIn(c, n)));
});

test.prop([fc.oneof(epochDay, nearSwitch, nearYear0)])("'julian' agrees with the reference on every day, both ways", (n) => {
  const ref = reference.Solar.fromJulianDay(n + UNIX_JD);
  const date = fromEpochDayIn('julian', n);
  expect(date).toEqual({ year: ref.getYear(), month: ref.getMonth(), day: ref.getDay() });
  expect(toEpochDayIn('julian', date.year, date.month, date.day) + UNIX_JD).toBe(reference.Solar.fromYmd(date.year, date.month, date.day).getJulianDay());
});

test.prop([fc.oneof(epochDay, nearSwitch, nearYear0)])("'iso8601' is the proleptic Gregorian calendar of Date on every day", (n) => {
  const d = new Date(n * 86_400_000);
  const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  expect(fromEpochDayIn('iso8601', n)).toEqual(date);
  expect(fromEpochDay(n)).toEqual(date);
  expect(formatDate(n, 'iso8601')).toBe(d.toISOString().slice(0, -14));
});

test.prop([calendar, epochDay])('formatDate writes the fields of fromEpochDayIn, in ISO 8601', (c, n) => {
  const { year, month, day } = fromEpochDayIn(c, n);
  const text = formatDate(n, c);
  expect(text).toBe(formatIsoDate(year, month, day));
  expect(text).toMatch(year >= 0 ? /^\d{4}-\d{2}-\d{2}$/ : /^-\d{6}-\d{2}-\d{2}$/);
});

test.prop([calendar, epochDay])('a day is in range of a calendar exactly when its year there is −721 … 9999', (c, n) => {
  const { year } = fromEpochDayIn(c, n);
  expect(n >= getFirstEpochDay(c)).toBe(year >= FIRST_YEAR);
  expect(year).toBeLessThanOrEqual(LAST_YEAR);
});
