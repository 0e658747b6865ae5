import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { formatIsoDate, fromEpochDay } from '../../src/calendar/epochDay';
import { formatDate, getDaysInMonthIn, isSkippedDate, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { FIRST_ISO_EPOCH_DAY, FIRST_YEAR, LAST_EPOCH_DAY, LAST_YEAR } from '../../src/calendar/supportedRange';
import { toMoment } from '../../src/input/toMoment';
import type { SolarCalendar } from '../../src/types';

const calendar = fc.constantFrom<SolarCalendar>('iso8601', 'julian');
/** Year, month and a day 1–31 of −721 … 9999, weighted towards 1582 and year 0. */
const fields = fc.record({
  year: fc.oneof(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), fc.integer({ min: 1580, max: 1584 }), fc.integer({ min: -2, max: 2 })),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
});

test.prop([calendar, fields])('reads a date that exists in the calendar as that day, and writes it back the same', (c, { year, month, day }) => {
  fc.pre(day <= getDaysInMonthIn(c, year, month) && !isSkippedDate(c, year, month, day));
  const text = formatIsoDate(year, month, day);
  const m = toMoment('f', text, { calendar: c });
  expect(m.epochDay).toBe(toEpochDayIn(c, year, month, day));
  expect(toMoment('f', { year, month, day }, { calendar: c })).toEqual(m);
  expect({ year: m.year, month: m.month, day: m.day }).toEqual(fromEpochDay(m.epochDay));
  expect(m.calendar).toBe(c);
  expect(formatDate(m.epochDay, c)).toBe(text);
});

test.prop([calendar, fields.map((f) => ({ ...f, day: 28 + (f.day % 4) })), fc.integer({ min: 5, max: 14 })])('rejects a date that does not exist in the calendar with a RangeError naming date.day and the string', (c, late, gapDay) => {
  // A late day of any month, or a day of the 1582 gap.
  const { year, month, day } = c === 'julian' && gapDay % 2 === 0 ? { year: 1582, month: 10, day: gapDay } : late;
  fc.pre(day > getDaysInMonthIn(c, year, month) || isSkippedDate(c, year, month, day));
  const text = formatIsoDate(year, month, day);
  expect(() => toMoment('lunarDate', text, { calendar: c })).toThrow(RangeError);
  expect(() => toMoment('lunarDate', text, { calendar: c })).toThrow(new RegExp(`^lunarDate: date\\.day must be .* in ${formatIsoDate(year, month, 1).slice(0, -3)}.*, got "${text}"$`));
});

test.prop([fc.integer({ min: FIRST_ISO_EPOCH_DAY * 86400, max: LAST_EPOCH_DAY * 86400 + 86399 })])('reads a Date the same in both calendars', (cstSeconds) => {
  const date = new Date((cstSeconds - 8 * 3600) * 1000);
  const iso = toMoment('f', date, undefined);
  expect(iso.cstSeconds).toBe(cstSeconds);
  expect(toMoment('f', date, { calendar: 'julian' })).toEqual({ ...iso, calendar: 'julian' });
  expect(toMoment('f', date.toISOString(), { calendar: 'iso8601' })).toEqual(iso);
});
