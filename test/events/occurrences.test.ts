/**
 * occurrences() and nextOccurrence() on named cases, with the expected dates from the reference
 * (lunar-javascript; test/events/refEvents.ts), and their errors. The policies are property-tested
 * in occurrences.test-prop.ts.
 */
import { describe, expect, it } from 'vitest';
import { nextOccurrence, occurrences, type RecurringEvent } from '../../src/events/index';
import { refDayAfter, refMonthDays, refSolarOf } from './refEvents';

const BIRTHDAY: RecurringEvent = { kind: 'lunar', month: 4, day: 5, leap: true };
const EVE: RecurringEvent = { kind: 'lunar', month: 12, day: 30 };
const dates = (list: readonly { date: string }[]): string[] => list.map((o) => o.date);

describe('a birthday on 闰四月初五', () => {
  it('falls on 闰四月初五 in a year with a 闰四月 (2020)', () => {
    expect(refMonthDays(2020, -4)).toBeDefined();
    const [o] = occurrences(BIRTHDAY, 2020, { yearOf: 'event' });
    expect(o).toEqual({
      date: refSolarOf(2020, -4, 5), year: 2020, substituted: false, substitutions: [],
      lunar: { year: 2020, month: 4, day: 5, leap: true, monthName: '闰四月', dayName: '初五' },
    });
  });

  it("falls on 四月初五 in a year without ('same-month', the default), or not at all ('skip')", () => {
    expect(refMonthDays(2021, -4)).toBeUndefined();
    expect(occurrences(BIRTHDAY, 2021, { yearOf: 'event' }).map((o) => [o.date, o.lunar.monthName, o.substitutions])).toEqual([[refSolarOf(2021, 4, 5), '四月', ['same-month']]]);
    expect(occurrences({ ...BIRTHDAY, missingLeapMonth: 'skip' }, 2021, { yearOf: 'event' })).toEqual([]);
    expect(occurrences({ ...BIRTHDAY, missingLeapMonth: 'skip' }, 2021)).toEqual([]);
  });

  it('keeps an ordinary 四月初五 in the ordinary month of a year that has a 闰四月', () => {
    expect(dates(occurrences({ kind: 'lunar', month: 4, day: 5 }, 2020))).toEqual([refSolarOf(2020, 4, 5)]);
  });

  it('applies the day policy too when the leap month is missing and the ordinary month is short', () => {
    // A 闰四月三十: in a year without 闰四月 whose 四月 has 29 days, 'same-month' then 'last-day'.
    const year = [2021, 2022, 2024, 2025, 2026, 2027].find((y) => refMonthDays(y, 4) === 29 && refMonthDays(y, -4) === undefined) as number;
    const [o] = occurrences({ kind: 'lunar', month: 4, day: 30, leap: true }, year, { yearOf: 'event' });
    expect([o?.date, o?.substitutions]).toEqual([refSolarOf(year, 4, 29), ['same-month', 'last-day']]);
  });
});

describe('a death anniversary on 腊月三十', () => {
  it('falls on 腊月三十 when 腊月 has 30 days (2023)', () => {
    expect(refMonthDays(2023, 12)).toBe(30);
    expect(occurrences(EVE, 2023, { yearOf: 'event' }).map((o) => [o.date, o.substituted])).toEqual([[refSolarOf(2023, 12, 30), false]]);
  });

  it("in a 29-day 腊月 (2024): on 廿九 ('last-day', the default), on 正月初一 ('next-day'), or not at all ('skip')", () => {
    expect(refMonthDays(2024, 12)).toBe(29);
    expect(occurrences(EVE, 2024, { yearOf: 'event' }).map((o) => [o.date, o.substitutions])).toEqual([[refSolarOf(2024, 12, 29), ['last-day']]]);
    const next = occurrences({ ...EVE, missingDay: 'next-day' }, 2024, { yearOf: 'event' });
    expect(next.map((o) => [o.date, o.year, o.lunar.year, o.lunar.monthName, o.lunar.dayName, o.substitutions])).toEqual([[refDayAfter(2024, 12, 29), 2024, 2025, '正月', '初一', ['next-day']]]);
    expect(occurrences({ ...EVE, missingDay: 'skip' }, 2024, { yearOf: 'event' })).toEqual([]);
  });

  it("lists by the solar year the occurrences are dated in: 'next-day' moves 2024's into 2025", () => {
    expect(occurrences({ ...EVE, missingDay: 'next-day' }, 2025).map((o) => [o.date, o.year])).toEqual([[refDayAfter(2024, 12, 29), 2024]]);
    expect(occurrences({ ...EVE, missingDay: 'next-day' }, 2024).map((o) => o.year)).toEqual([2023]);
  });
});

describe('occurrences in a solar year', () => {
  it('can be two for a lunar date: 十一月廿五 fell on 2000-01-01 and 2000-12-20', () => {
    expect(dates(occurrences({ kind: 'lunar', month: 11, day: 25 }, 2000))).toEqual([refSolarOf(1999, 11, 25), refSolarOf(2000, 11, 25)]);
  });

  it('are none in the reform years for a month they lack: 237 has no 三月, 8 CE no 十二月', () => {
    expect(refMonthDays(237, 3)).toBeUndefined();
    expect(refMonthDays(8, 12)).toBeUndefined();
    expect(occurrences({ kind: 'lunar', month: 3, day: 1 }, 237, { yearOf: 'event' })).toEqual([]);
    expect(occurrences({ kind: 'lunar', month: 12, day: 1 }, 8, { yearOf: 'event' })).toEqual([]);
    expect(occurrences({ kind: 'lunar', month: 4, day: 1 }, 237, { yearOf: 'event' })).toHaveLength(1);
  });
});

describe('a solar anniversary on 02-29', () => {
  const LEAP_DAY: RecurringEvent = { kind: 'solar', month: 2, day: 29 };

  it('falls on 02-29 in a leap year, and by its policy in a common year', () => {
    expect(occurrences(LEAP_DAY, 2024).map((o) => [o.date, o.substituted])).toEqual([['2024-02-29', false]]);
    expect(occurrences(LEAP_DAY, 2025).map((o) => [o.date, o.substitutions])).toEqual([['2025-02-28', ['last-day']]]);
    expect(dates(occurrences({ ...LEAP_DAY, missingDay: 'next-day' }, 2025))).toEqual(['2025-03-01']);
    expect(occurrences({ ...LEAP_DAY, missingDay: 'skip' }, 2025)).toEqual([]);
    expect(occurrences({ ...LEAP_DAY, missingDay: 'skip' }, 2025, { yearOf: 'event' })).toEqual([]);
  });

  it("reads the year in options.calendar: 1500 is a leap year in 'julian' only", () => {
    expect(occurrences(LEAP_DAY, 1500).map((o) => o.date)).toEqual(['1500-02-28']);
    expect(occurrences(LEAP_DAY, 1500, { calendar: 'julian' }).map((o) => [o.date, o.substituted])).toEqual([['1500-02-29', false]]);
  });

  it("treats the days 'julian' skips in October 1582 as missing", () => {
    const day: RecurringEvent = { kind: 'solar', month: 10, day: 10 };
    expect(dates(occurrences(day, 1582, { calendar: 'julian' }))).toEqual(['1582-10-04']);
    expect(dates(occurrences({ ...day, missingDay: 'next-day' }, 1582, { calendar: 'julian' }))).toEqual(['1582-10-15']);
    expect(dates(occurrences(day, 1582))).toEqual(['1582-10-10']);
  });

  it('carries the lunar date of the day', () => {
    expect(occurrences(LEAP_DAY, 2024)[0]?.lunar).toMatchObject({ year: 2024, month: 1, day: 20, leap: false });
  });
});

describe('nextOccurrence()', () => {
  it('is the first occurrence on or after the day, the day itself included', () => {
    const first = refSolarOf(2025, 8, 15);
    expect(nextOccurrence({ kind: 'lunar', month: 8, day: 15 }, first)?.date).toBe(first);
    expect(nextOccurrence({ kind: 'lunar', month: 8, day: 15 }, '2025-10-07')?.date).toBe(refSolarOf(2026, 8, 15));
  });

  it("finds 2024's 'next-day' occurrence on 正月初一 of 2025", () => {
    expect(nextOccurrence({ ...EVE, missingDay: 'next-day' }, '2025-01-20')).toMatchObject({ date: refDayAfter(2024, 12, 29), year: 2024 });
  });

  it('reads a Date in UTC+8, or in options.timeZone, and writes the date in options.calendar', () => {
    expect(nextOccurrence({ kind: 'solar', month: 1, day: 1 }, new Date('2025-12-31T17:00:00Z'))?.date).toBe('2026-01-01');
    expect(nextOccurrence({ kind: 'solar', month: 1, day: 1 }, new Date('2025-12-31T17:00:00Z'), { timeZone: 'UTC' })?.date).toBe('2026-01-01');
    expect(nextOccurrence({ kind: 'solar', month: 12, day: 31 }, new Date('2025-12-31T17:00:00Z'), { timeZone: 'UTC' })?.date).toBe('2025-12-31');
    expect(nextOccurrence({ kind: 'lunar', month: 1, day: 1 }, '1000-01-01', { calendar: 'julian' })?.date).toBe(refSolarOf(1000, 1, 1));
  });

  it('is undefined when the next one falls after 9999-12-31', () => {
    expect(nextOccurrence(EVE, '9999-06-01')).toBeUndefined();
    expect(nextOccurrence({ kind: 'solar', month: 2, day: 29, missingDay: 'skip' }, '9997-03-01')).toBeUndefined();
    expect(nextOccurrence({ kind: 'solar', month: 12, day: 31 }, '9999-12-31')?.date).toBe('9999-12-31');
  });
});

describe('results and inputs', () => {
  it('returns frozen, JSON-serialisable records and leaves the event as it was', () => {
    const event = { kind: 'lunar', month: 12, day: 30, missingDay: 'next-day' } as const;
    const copy = { ...event };
    const list = occurrences(event, 2025);
    expect(event).toEqual(copy);
    expect(Object.isFrozen(list) && list.every((o) => Object.isFrozen(o) && Object.isFrozen(o.substitutions) && Object.isFrozen(o.lunar))).toBe(true);
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });

  it('throws at the ends of the range with yearOf: event', () => {
    expect(() => occurrences(EVE, 9999, { yearOf: 'event' })).toThrow(RangeError);
    expect(() => occurrences(EVE, 9999, { yearOf: 'event' })).toThrow(/^occurrences: year must be a year whose occurrence falls within -000721-01-01 … 9999-12-31, got 9999$/);
    expect(() => occurrences({ kind: 'lunar', month: 1, day: 1 }, -722, { yearOf: 'event' })).toThrow(/^occurrences: year must be a year whose occurrence falls within/);
    expect(occurrences({ kind: 'lunar', month: 12, day: 1 }, -722, { yearOf: 'event' })).toHaveLength(1);
    expect(() => occurrences(EVE, -723, { yearOf: 'event' })).toThrow(/^occurrences: year must be between -722 and 9999, got -723$/);
  });

  it.each([
    [null, TypeError, /^occurrences: event must be \{ kind: 'lunar', month, day, leap\?, missingLeapMonth\?, missingDay\? \} or \{ kind: 'solar', month, day, missingDay\? \}, got null$/],
    [{ month: 4, day: 5 }, TypeError, /^occurrences: event\.kind must be 'lunar' or 'solar', got undefined$/],
    [{ kind: 'gregorian', month: 4, day: 5 }, RangeError, /^occurrences: event\.kind must be 'lunar' or 'solar', got "gregorian"$/],
    [{ kind: 'lunar', month: 13, day: 5 }, RangeError, /^occurrences: event\.month must be between 1 and 12, got 13$/],
    [{ kind: 'lunar', month: 4.5, day: 5 }, TypeError, /^occurrences: event\.month must be an integer, got 4\.5$/],
    [{ kind: 'lunar', month: 4, day: 31 }, RangeError, /^occurrences: event\.day must be between 1 and 30, got 31$/],
    [{ kind: 'lunar', month: 4, day: 5, leap: 'yes' }, TypeError, /^occurrences: event\.leap must be a boolean, got "yes"$/],
    [{ kind: 'lunar', month: 4, day: 5, missingDay: 'previous' }, RangeError, /^occurrences: event\.missingDay must be 'last-day', 'next-day' or 'skip', got "previous"$/],
    [{ kind: 'lunar', month: 4, day: 5, missingLeapMonth: 'next-month' }, RangeError, /^occurrences: event\.missingLeapMonth must be 'same-month' or 'skip', got "next-month"$/],
    [{ kind: 'solar', month: 2, day: 30 }, RangeError, /^occurrences: event\.day must be between 1 and 29 in month 2, got 30$/],
    [{ kind: 'solar', month: 4, day: 31 }, RangeError, /^occurrences: event\.day must be between 1 and 30 in month 4, got 31$/],
    [{ kind: 'solar', month: 4, day: 5, leap: true }, TypeError, /^occurrences: event\.leap must be absent: only a lunar event has a leap month \(kind 'lunar'\), got true$/],
  ])('rejects the event %j', (event, type, message) => {
    expect(() => occurrences(event as RecurringEvent, 2025)).toThrow(type);
    expect(() => occurrences(event as RecurringEvent, 2025)).toThrow(message);
    expect(() => nextOccurrence(event as RecurringEvent, '2025-01-01')).toThrow(new RegExp(message.source.replace('occurrences', 'nextOccurrence')));
  });

  it('rejects a bad year, option or date', () => {
    expect(() => occurrences(EVE, 2025.5)).toThrow(/^occurrences: year must be an integer, got 2025\.5$/);
    expect(() => occurrences(EVE, 10000)).toThrow(/^occurrences: year must be between -721 and 9999, got 10000$/);
    expect(() => occurrences(EVE, 2025, { yearOf: 'lunar' as 'event' })).toThrow(/^occurrences: options\.yearOf must be 'date' or 'event', got "lunar"$/);
    expect(() => occurrences(EVE, 2025, 'julian' as never)).toThrow(/^occurrences: options must be an object, got "julian"$/);
    expect(() => occurrences(EVE, 2025, { calendar: 'gregorian' as 'julian' })).toThrow(RangeError);
    expect(() => nextOccurrence(EVE, '2025-02-30')).toThrow(/^nextOccurrence: date\.day must be between 1 and 28 in 2025-02, got "2025-02-30"$/);
  });
});
