/**
 * The two readings of a solar date (issue 10, item 4): `'julian'` against the reference
 * (lunar-javascript, Julian before JD 2299160.5 = 1582-10-15), `'iso8601'` against `Date`, whose
 * calendar is proleptic Gregorian.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/astro/formatInstant';
import { formatIsoDate, formatIsoYear, fromEpochDay, getDaysInMonth, isLeapYear, toEpochDay } from '../../src/calendar/epochDay';
import {
  GREGORIAN_START_EPOCH_DAY, formatDate, fromEpochDayIn, fromJulianEpochDay, getCalendarOption, getDaysInMonthIn, isJulianLeapYear, isSkippedDate,
  toEpochDayIn, toJulianEpochDay,
} from '../../src/calendar/julianCalendar';
import {
  FIRST_EPOCH_DAY, FIRST_ISO_EPOCH_DAY, FIRST_JULIAN_EPOCH_DAY, FIRST_YEAR, LAST_EPOCH_DAY, LAST_YEAR, formatSupportedRange, getFirstEpochDay, supportedRange,
} from '../../src/calendar/supportedRange';
import { seededRandom } from '../support/seededRandom';

interface RefSolar { getYear(): number; getMonth(): number; getDay(): number; getJulianDay(): number }
const reference = createRequire(import.meta.url)('lunar-javascript') as {
  Solar: { fromYmd(y: number, m: number, d: number): RefSolar; fromJulianDay(jd: number): RefSolar };
  SolarUtil: { getDaysOfMonth(y: number, m: number): number; isLeapYear(y: number): boolean };
};

/** JD of 0h UT on 1970-01-01: epoch day n begins at JD n + 2440587.5. */
const UNIX_JD = 2440587.5;
const DAY_MS = 86_400_000;

/** Epoch day of a proleptic Gregorian date, computed by Date (whose setUTCFullYear takes years 0–99 as they are). */
function dateEpochDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / DAY_MS;
}
/** Proleptic Gregorian fields of an epoch day, by Date. */
function dateFields(epochDay: number): { year: number; month: number; day: number } {
  const d = new Date(epochDay * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
/** Days in a proleptic Gregorian month, by Date (day 0 of the next month). */
function dateDaysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Dates of −721 … 9999 that test both readings: each year's ends and February's end, 1582's October, plus seeded random days. */
function sampleDates(): [number, number, number][] {
  const dates: [number, number, number][] = [];
  for (let y = FIRST_YEAR; y <= 1700; y++) dates.push([y, 1, 1], [y, 2, 28], [y, 3, 1], [y, 12, 31]);
  for (let y = FIRST_YEAR; y <= 1582; y += 4) dates.push([y, 2, 29]);
  for (let d = 1; d <= 31; d++) if (d <= 4 || d >= 15) dates.push([1582, 10, d]);
  const random = seededRandom(104);
  for (let i = 0; i < 3000; i++) {
    const y = FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR + 1));
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * reference.SolarUtil.getDaysOfMonth(y, m));
    if (!(y === 1582 && m === 10 && d > 4 && d < 15)) dates.push([y, m, d]);
  }
  dates.push([LAST_YEAR, 12, 31]);
  return dates;
}
const SAMPLE = sampleDates();

describe("calendar 'julian' is the reference's: Julian before 1582-10-15, Gregorian from then", () => {
  it(`gives the reference's Julian day for ${SAMPLE.length} dates of −721 … 9999, and reads it back`, () => {
    const wrong: string[] = [];
    for (const [y, m, d] of SAMPLE) {
      const jd = reference.Solar.fromYmd(y, m, d).getJulianDay();
      const epochDay = toEpochDayIn('julian', y, m, d);
      if (epochDay + UNIX_JD !== jd) wrong.push(`${y}-${m}-${d}: ${epochDay + UNIX_JD} ≠ ${jd}`);
      const back = reference.Solar.fromJulianDay(epochDay + UNIX_JD);
      if (JSON.stringify(fromEpochDayIn('julian', epochDay)) !== JSON.stringify({ year: back.getYear(), month: back.getMonth(), day: back.getDay() })) {
        wrong.push(`${epochDay}: ${JSON.stringify(fromEpochDayIn('julian', epochDay))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads every day of −721 … 1700 as the reference does, and back (later days are the Gregorian ones, swept against Date below)', () => {
    const wrong: string[] = [];
    for (let n = FIRST_EPOCH_DAY; n < toEpochDay(1700, 1, 1); n++) {
      const ref = reference.Solar.fromJulianDay(n + UNIX_JD);
      const { year, month, day } = fromEpochDayIn('julian', n);
      if (year !== ref.getYear() || month !== ref.getMonth() || day !== ref.getDay() || toEpochDayIn('julian', year, month, day) !== n) {
        wrong.push(`${n}: ${formatIsoDate(year, month, day)}`);
        if (wrong.length > 10) break;
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [0, 1, 1, 1721057.5],
    [-721, 1, 1, 1457712.5],
    [-4, 2, 29, 1719655.5], // 5 BCE, a Julian leap year
    [-1, 3, 1, 1720751.5],
    [1582, 10, 4, 2299159.5],
    [1582, 10, 15, 2299160.5],
    [1500, 2, 29, 2268991.5],
    [9999, 12, 31, 5373483.5],
  ])('%i-%i-%i is JD %d', (y, m, d, jd) => {
    expect(reference.Solar.fromYmd(y, m, d).getJulianDay()).toBe(jd);
    expect(toEpochDayIn('julian', y, m, d) + UNIX_JD).toBe(jd);
  });

  it('follows 1582-10-04 with 1582-10-15, and skips the ten days between', () => {
    expect(toEpochDayIn('julian', 1582, 10, 15) - toEpochDayIn('julian', 1582, 10, 4)).toBe(1);
    expect(GREGORIAN_START_EPOCH_DAY).toBe(toEpochDay(1582, 10, 15));
    expect(formatDate(GREGORIAN_START_EPOCH_DAY - 1, 'julian')).toBe('1582-10-04');
    expect(formatDate(GREGORIAN_START_EPOCH_DAY, 'julian')).toBe('1582-10-15');
    expect(formatDate(GREGORIAN_START_EPOCH_DAY - 1, 'iso8601')).toBe('1582-10-14');
    for (let d = 1; d <= 31; d++) expect(isSkippedDate('julian', 1582, 10, d)).toBe(d >= 5 && d <= 14);
    expect(isSkippedDate('julian', 1582, 9, 10) || isSkippedDate('julian', 1583, 10, 10) || isSkippedDate('iso8601', 1582, 10, 10)).toBe(false);
  });

  it('has a leap year every fourth year before 1582, year 0 and 1500 included, as the reference', () => {
    for (let y = FIRST_YEAR; y < 1582; y++) {
      expect(getDaysInMonthIn('julian', y, 2), String(y)).toBe(reference.SolarUtil.getDaysOfMonth(y, 2));
      expect(isJulianLeapYear(y)).toBe(reference.SolarUtil.isLeapYear(y));
    }
    expect([getDaysInMonthIn('julian', 1500, 2), getDaysInMonthIn('iso8601', 1500, 2)]).toEqual([29, 28]);
    expect([getDaysInMonthIn('julian', 1700, 2), getDaysInMonthIn('iso8601', 1700, 2)]).toEqual([28, 28]);
    expect([getDaysInMonthIn('julian', -100, 2), getDaysInMonthIn('iso8601', -100, 2)]).toEqual([29, 28]);
    expect([getDaysInMonthIn('julian', 0, 2), getDaysInMonthIn('iso8601', 0, 2)]).toEqual([29, 29]);
    // 1582-10 ends on the 31st though it has 21 days (the reference counts 21).
    expect([getDaysInMonthIn('julian', 1582, 10), reference.SolarUtil.getDaysOfMonth(1582, 10)]).toEqual([31, 21]);
    for (let m = 1; m <= 12; m++) {
      for (const y of [-721, -1, 0, 1, 1581, 1582, 1583, 2024, 9999]) {
        if (!(y === 1582 && m === 10)) expect(getDaysInMonthIn('julian', y, m), `${y}-${m}`).toBe(reference.SolarUtil.getDaysOfMonth(y, m));
      }
    }
  });

  it('reads the Julian calendar on any day with toJulianEpochDay (Julian 2000-01-01 is Gregorian 2000-01-14)', () => {
    expect(toJulianEpochDay(2000, 1, 1)).toBe(toEpochDay(2000, 1, 14));
    expect(fromJulianEpochDay(toEpochDay(2000, 1, 14))).toEqual({ year: 2000, month: 1, day: 1 });
    expect(toJulianEpochDay(1582, 10, 5)).toBe(GREGORIAN_START_EPOCH_DAY);
    expect(fromJulianEpochDay(FIRST_JULIAN_EPOCH_DAY)).toEqual({ year: -721, month: 1, day: 1 });
  });
});

describe("calendar 'iso8601' is proleptic Gregorian, as Date", () => {
  it(`agrees with Date on ${SAMPLE.length} dates of −721 … 9999, both ways`, () => {
    const wrong: string[] = [];
    for (const [y, m, d] of SAMPLE) {
      if (d > dateDaysInMonth(y, m)) continue; // a Julian leap day
      const epochDay = toEpochDayIn('iso8601', y, m, d);
      if (epochDay !== dateEpochDay(y, m, d)) wrong.push(`${y}-${m}-${d}`);
      if (JSON.stringify(fromEpochDayIn('iso8601', epochDay)) !== JSON.stringify({ year: y, month: m, day: d })) wrong.push(`${epochDay}`);
      if (epochDay !== toEpochDay(y, m, d)) wrong.push(`toEpochDay ${y}-${m}-${d}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads every day of the range as Date does, and back (about 3.9 million days)', () => {
    const wrong: string[] = [];
    const d = new Date(0);
    for (let n = FIRST_EPOCH_DAY; n <= LAST_EPOCH_DAY; n++) {
      d.setTime(n * DAY_MS);
      const { year, month, day } = fromEpochDayIn('iso8601', n);
      if (year !== d.getUTCFullYear() || month !== d.getUTCMonth() + 1 || day !== d.getUTCDate() || toEpochDayIn('iso8601', year, month, day) !== n) {
        wrong.push(`${n}: ${formatIsoDate(year, month, day)}`);
        if (wrong.length > 10) break;
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has the Gregorian months, year 0 a leap year and −100, 1500 and 1700 not', () => {
    for (let y = FIRST_YEAR; y <= 2100; y += 7) {
      for (let m = 1; m <= 12; m++) {
        expect(getDaysInMonthIn('iso8601', y, m)).toBe(dateDaysInMonth(y, m));
        expect(getDaysInMonth(y, m)).toBe(dateDaysInMonth(y, m));
      }
    }
    expect([0, -4, -100, -400, 1500, 1600, 1700, 2000].map(isLeapYear)).toEqual([true, true, false, true, false, true, false, true]);
  });

  it('has no gap in 1582: 1582-10-04 … 14 are days', () => {
    expect(toEpochDayIn('iso8601', 1582, 10, 10)).toBe(dateEpochDay(1582, 10, 10));
    expect(toEpochDayIn('iso8601', 1582, 10, 15) - toEpochDayIn('iso8601', 1582, 10, 4)).toBe(11);
    expect(fromEpochDay(GREGORIAN_START_EPOCH_DAY - 5)).toEqual(dateFields(GREGORIAN_START_EPOCH_DAY - 5));
  });
});

describe('the two readings around 1582 and year 0', () => {
  it.each([
    // [date, how many days the Gregorian date of a day is ahead of its Julian date there]
    [[1582, 10, 4], 10],
    [[1500, 3, 1], 10], // after Julian 1500-02-29
    [[1500, 2, 28], 9],
    [[1000, 1, 1], 5],
    [[200, 3, 1], 0],
    [[100, 3, 1], -1],
    [[0, 1, 1], -2],
    [[-721, 1, 1], -8],
  ] as const)('%j: the Gregorian date of that day is %i days ahead of its Julian date', ([y, m, d], shift) => {
    expect(toJulianEpochDay(y, m, d) - toEpochDay(y, m, d)).toBe(shift);
    expect(toEpochDayIn('julian', y, m, d) - toEpochDayIn('iso8601', y, m, d)).toBe(shift);
  });
  it('reads 1582-10-15 and later alike in both', () => {
    expect(toEpochDayIn('julian', 1582, 10, 15)).toBe(toEpochDayIn('iso8601', 1582, 10, 15));
    expect(toEpochDayIn('julian', 2025, 12, 18)).toBe(toEpochDayIn('iso8601', 2025, 12, 18));
  });

  it('writes each physical day in each calendar', () => {
    const jd0 = 1721057.5 - UNIX_JD; // Julian 0000-01-01
    expect(formatDate(jd0, 'julian')).toBe('0000-01-01');
    expect(formatDate(jd0, 'iso8601')).toBe('-000001-12-30');
    expect(formatDate(toEpochDay(0, 1, 1), 'iso8601')).toBe('0000-01-01');
    expect(formatDate(toEpochDay(0, 1, 1), 'julian')).toBe('0000-01-03');
    expect(formatDate(FIRST_JULIAN_EPOCH_DAY, 'julian')).toBe('-000721-01-01');
    expect(formatDate(FIRST_JULIAN_EPOCH_DAY, 'iso8601')).toBe('-000722-12-24');
    expect(formatDate(LAST_EPOCH_DAY, 'julian')).toBe('9999-12-31');
    expect(formatDate(0, 'julian')).toBe('1970-01-01');
  });
});

describe('the supported range', () => {
  it('is −0721-01-01 … 9999-12-31, the first day 8 days earlier in the Julian reading', () => {
    expect(supportedRange).toEqual({ from: '-000721-01-01', to: '9999-12-31' });
    expect(Object.isFrozen(supportedRange)).toBe(true);
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([-721, 9999]);
    expect(FIRST_JULIAN_EPOCH_DAY + UNIX_JD).toBe(1457712.5);
    expect(FIRST_ISO_EPOCH_DAY).toBe(dateEpochDay(-721, 1, 1));
    expect(FIRST_ISO_EPOCH_DAY - FIRST_JULIAN_EPOCH_DAY).toBe(8);
    expect(FIRST_EPOCH_DAY).toBe(FIRST_JULIAN_EPOCH_DAY);
    expect(LAST_EPOCH_DAY).toBe(dateEpochDay(9999, 12, 31));
    expect(LAST_EPOCH_DAY + UNIX_JD).toBe(reference.Solar.fromYmd(9999, 12, 31).getJulianDay());
    expect([getFirstEpochDay('julian'), getFirstEpochDay('iso8601')]).toEqual([FIRST_JULIAN_EPOCH_DAY, FIRST_ISO_EPOCH_DAY]);
    expect(formatDate(getFirstEpochDay('iso8601'), 'iso8601')).toBe(supportedRange.from);
    expect(formatDate(getFirstEpochDay('julian'), 'julian')).toBe(supportedRange.from);
    expect(formatSupportedRange('iso8601')).toBe('-000721-01-01 … 9999-12-31');
    expect(formatSupportedRange('julian')).toBe("-000721-01-01 … 9999-12-31 with calendar 'julian'");
  });
});

describe('formatting', () => {
  it.each([
    [0, '0000'], [1, '0001'], [99, '0099'], [2025, '2025'], [9999, '9999'],
    [-1, '-000001'], [-721, '-000721'], [-722, '-000722'], [10000, '+010000'], [-10000, '-010000'],
  ])('writes year %i as %s', (year, text) => {
    expect(formatIsoYear(year)).toBe(text);
  });

  it('writes dates as ISO 8601, expanded years outside 0 … 9999', () => {
    expect(formatIsoDate(2025, 12, 18)).toBe('2025-12-18');
    expect(formatIsoDate(-721, 1, 16)).toBe('-000721-01-16');
    expect(formatIsoDate(0, 2, 29)).toBe('0000-02-29');
    expect(formatIsoDate(10000, 1, 1)).toBe('+010000-01-01');
    // The same text as Date writes for its proleptic Gregorian years.
    for (const n of [FIRST_ISO_EPOCH_DAY, toEpochDay(-1, 6, 5), toEpochDay(0, 1, 1), toEpochDay(99, 9, 9), 0, LAST_EPOCH_DAY, LAST_EPOCH_DAY + 1]) {
      expect(formatDate(n, 'iso8601')).toBe(new Date(n * DAY_MS).toISOString().slice(0, -14));
    }
  });

  it('writes instants in either calendar, in UTC+8', () => {
    const noon = (n: number): number => n * 86400 + 12 * 3600 + 34 * 60 + 56;
    expect(formatInstant(noon(GREGORIAN_START_EPOCH_DAY - 1))).toBe('1582-10-14T12:34:56+08:00');
    expect(formatInstant(noon(GREGORIAN_START_EPOCH_DAY - 1), 'iso8601')).toBe('1582-10-14T12:34:56+08:00');
    expect(formatInstant(noon(GREGORIAN_START_EPOCH_DAY - 1), 'julian')).toBe('1582-10-04T12:34:56+08:00');
    expect(formatInstant(noon(GREGORIAN_START_EPOCH_DAY), 'julian')).toBe('1582-10-15T12:34:56+08:00');
    expect(formatInstant(FIRST_JULIAN_EPOCH_DAY * 86400 - 1, 'julian')).toBe('-000722-12-31T23:59:59+08:00');
    expect(formatInstant(FIRST_JULIAN_EPOCH_DAY * 86400, 'julian')).toBe('-000721-01-01T00:00:00+08:00');
    expect(formatInstant(FIRST_JULIAN_EPOCH_DAY * 86400, 'iso8601')).toBe('-000722-12-24T00:00:00+08:00');
    expect(formatInstant(0)).toBe('1970-01-01T00:00:00+08:00');
    expect(formatInstant(LAST_EPOCH_DAY * 86400 + 86399, 'julian')).toBe('9999-12-31T23:59:59+08:00');
  });
});

describe('options.calendar', () => {
  it("is 'iso8601' by default, and 'julian' when asked", () => {
    expect(getCalendarOption('f', undefined)).toBe('iso8601');
    expect(getCalendarOption('f', {})).toBe('iso8601');
    expect(getCalendarOption('f', { calendar: 'iso8601' })).toBe('iso8601');
    expect(getCalendarOption('f', { calendar: 'julian' })).toBe('julian');
  });

  it.each([
    ['gregorian', RangeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got "gregorian"`],
    ['Julian', RangeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got "Julian"`],
    ['', RangeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got ""`],
    [1, TypeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got 1`],
    [null, TypeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got null`],
  ])('rejects %o', (calendar, errorClass, message) => {
    expect(() => getCalendarOption('lunarDate', { calendar } as never)).toThrow(errorClass);
    expect(() => getCalendarOption('lunarDate', { calendar } as never)).toThrow(new errorClass(message));
  });
});
