/**
 * `options.calendar` in the one parser (issue 10, item 4): strings and objects are proleptic
 * Gregorian by default and Julian before 1582-10-15 with `'julian'`; a `Date` is an instant either
 * way; years −721 … 9999 in the chosen calendar, ISO 8601 expanded years in strings.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/calendar/epochDay';
import { GREGORIAN_START_EPOCH_DAY, formatDate } from '../../src/calendar/julianCalendar';
import { FIRST_ISO_EPOCH_DAY, FIRST_JULIAN_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { getUtcWallClock, getZoneFormatter, getZoneWallClock } from '../../src/input/timeZones';
import { toMoment } from '../../src/input/toMoment';
import type { SolarCalendar } from '../../src/types';

const reference = createRequire(import.meta.url)('lunar-javascript') as {
  Solar: { fromYmd(y: number, m: number, d: number): { getJulianDay(): number } };
};
const UNIX_JD = 2440587.5;
const DAY = 86400;
const julian = { calendar: 'julian' } as const;
const iso = { calendar: 'iso8601' } as const;
/** The fields a Moment holds: the proleptic Gregorian date, its epoch day, and the calendar it was read in. */
const day = (input: unknown, options?: { calendar?: SolarCalendar; timeZone?: string }): unknown => {
  const m = toMoment('lunarDate', input, options);
  return { year: m.year, month: m.month, day: m.day, epochDay: m.epochDay, calendar: m.calendar };
};
/** Epoch day of a Julian date, from the reference's Julian day. */
const refJulian = (y: number, m: number, d: number): number => reference.Solar.fromYmd(y, m, d).getJulianDay() - UNIX_JD;

describe('both readings around 1582', () => {
  it("reads 1582-10-04 as the Julian day before 1582-10-15 with 'julian', as ten days earlier in ISO", () => {
    expect(day('1582-10-04', julian)).toEqual({ year: 1582, month: 10, day: 14, epochDay: GREGORIAN_START_EPOCH_DAY - 1, calendar: 'julian' });
    expect(toMoment('f', '1582-10-04', julian).epochDay).toBe(refJulian(1582, 10, 4));
    expect(day('1582-10-04')).toEqual({ year: 1582, month: 10, day: 4, epochDay: GREGORIAN_START_EPOCH_DAY - 11, calendar: 'iso8601' });
    expect(day('1582-10-04', iso)).toEqual(day('1582-10-04'));
    expect(day('1582-10-15', julian)).toEqual({ year: 1582, month: 10, day: 15, epochDay: GREGORIAN_START_EPOCH_DAY, calendar: 'julian' });
    expect(day('1582-10-15')).toEqual({ year: 1582, month: 10, day: 15, epochDay: GREGORIAN_START_EPOCH_DAY, calendar: 'iso8601' });
  });

  it('reads 1582-10-05 … 14 as days in ISO, and as errors with calendar julian', () => {
    for (let d = 5; d <= 14; d++) {
      const text = `1582-10-${String(d).padStart(2, '0')}`;
      expect(toMoment('f', text, undefined).epochDay).toBe(GREGORIAN_START_EPOCH_DAY - 15 + d);
      expect(() => toMoment('lunarDate', text, julian)).toThrow(new RangeError(
        `lunarDate: date.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian' (1582-10-04 is followed by 1582-10-15), got "${text}"`,
      ));
      expect(() => toMoment('lunarDate', { year: 1582, month: 10, day: d }, julian)).toThrow(new RangeError(
        `lunarDate: date.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian' (1582-10-04 is followed by 1582-10-15), got ${d}`,
      ));
    }
    expect(() => toMoment('pillars', '1582-10-10T12:00', julian)).toThrow(/^pillars: date\.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian' .*, got "1582-10-10T12:00"$/);
    expect(() => toMoment('f', '1582-10-10T12:00Z', julian)).toThrow(RangeError);
    expect(() => toMoment('f', '1582-10-32', julian)).toThrow(/date\.day must be between 1 and 31 in 1582-10 with calendar 'julian', got "1582-10-32"/);
  });

  it('reads the Julian leap day of 1500 only with calendar julian, and says so when it is read as ISO', () => {
    expect(day('1500-02-29', julian)).toEqual({ year: 1500, month: 3, day: 10, epochDay: refJulian(1500, 2, 29), calendar: 'julian' });
    expect(() => toMoment('lunarDate', '1500-02-29', undefined)).toThrow(new RangeError(
      `lunarDate: date.day must be between 1 and 28 in 1500-02 (proleptic Gregorian, the default calendar; 1500 is a leap year with calendar 'julian'), got "1500-02-29"`,
    ));
    expect(() => toMoment('lunarDate', { year: 1500, month: 2, day: 30 }, julian)).toThrow(new RangeError(
      `lunarDate: date.day must be between 1 and 29 in 1500-02 with calendar 'julian', got 30`,
    ));
    expect(() => toMoment('f', '1700-02-29', julian)).toThrow(/date\.day must be between 1 and 28 in 1700-02, got "1700-02-29"$/); // Gregorian by then
    expect(() => toMoment('f', '2025-02-29', julian)).toThrow(/^f: date\.day must be between 1 and 28 in 2025-02, got "2025-02-29"$/);
    expect(() => toMoment('f', '1900-02-29', undefined)).toThrow(/^f: date\.day must be between 1 and 28 in 1900-02, got "1900-02-29"$/);
  });

  it('reads a string and an object alike, in every reading, with and without a time', () => {
    for (const options of [undefined, iso, julian]) {
      for (const [y, m, d] of [[1582, 10, 4], [1582, 10, 15], [1000, 2, 28], [0, 1, 1], [-721, 1, 1], [9999, 12, 31]] as const) {
        const text = `${y < 0 ? '-' + String(-y).padStart(6, '0') : String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(toMoment('f', text, options)).toEqual(toMoment('f', { year: y, month: m, day: d }, options));
        expect(toMoment('f', `${text}T10:20:30`, options)).toEqual(toMoment('f', { year: y, month: m, day: d, hour: 10, minute: 20, second: 30 }, options));
        expect(formatDate(toMoment('f', text, options).epochDay, options?.calendar ?? 'iso8601')).toBe(text);
      }
    }
  });
});

describe('both readings around year 0', () => {
  it('reads year 0 as 0000 or +000000, 1 BCE, a leap year in both calendars', () => {
    expect(toMoment('f', '0000-01-01', julian).epochDay + UNIX_JD).toBe(1721057.5);
    expect(toMoment('f', '+000000-01-01', julian)).toEqual(toMoment('f', '0000-01-01', julian));
    expect(day('0000-01-01', julian)).toEqual({ year: -1, month: 12, day: 30, epochDay: 1721057.5 - UNIX_JD, calendar: 'julian' });
    expect(day('0000-01-01')).toEqual({ year: 0, month: 1, day: 1, epochDay: toEpochDay(0, 1, 1), calendar: 'iso8601' });
    expect(toMoment('f', '+000000-02-29', undefined).epochDay).toBe(toEpochDay(0, 2, 29));
    expect(toMoment('f', '0000-02-29', julian).epochDay).toBe(refJulian(0, 2, 29));
    expect(toMoment('f', '-000001-12-31', julian).epochDay + 1).toBe(toMoment('f', '0000-01-01', julian).epochDay);
    expect(toMoment('f', '-000001-12-31', undefined).epochDay + 1).toBe(toMoment('f', '0000-01-01', undefined).epochDay);
    expect(toMoment('f', { year: 0, month: 1, day: 1 }, undefined).epochDay).toBe(toEpochDay(0, 1, 1));
    // Date.UTC reads years 0–99 as 1900–1999; the parser does not.
    expect(toMoment('f', '0099-12-31', undefined).epochDay).toBe(toEpochDay(99, 12, 31));
  });

  it("rejects -000000, which ISO 8601 does not write, and says how to write year 0", () => {
    expect(() => toMoment('lunarDate', '-000000-01-01', undefined)).toThrow(TypeError);
    expect(() => toMoment('lunarDate', '-000000-01-01', julian)).toThrow(
      /^lunarDate: date must be an ISO 8601 date .* \(year 0 is '0000' or '\+000000'; ISO 8601 has no '-000000'\), got "-000000-01-01"$/,
    );
    expect(() => toMoment('lunarDate', '-0721-01-01', undefined)).toThrow(
      /^lunarDate: date must be an ISO 8601 date .* \(a year before 0 has six digits: '-000721-01-01'\), got "-0721-01-01"$/,
    );
  });
});

describe('the ends of the range, in both readings', () => {
  it('is −0721-01-01 … 9999-12-31 in the calendar of the input', () => {
    expect(toMoment('f', '-000721-01-01', undefined).epochDay).toBe(FIRST_ISO_EPOCH_DAY);
    expect(toMoment('f', '-000721-01-01', julian).epochDay).toBe(FIRST_JULIAN_EPOCH_DAY);
    expect(FIRST_JULIAN_EPOCH_DAY + UNIX_JD).toBe(1457712.5);
    expect(day({ year: -721, month: 1, day: 1 }, julian)).toEqual({ year: -722, month: 12, day: 24, epochDay: FIRST_JULIAN_EPOCH_DAY, calendar: 'julian' });
    expect(day({ year: -721, month: 1, day: 1 })).toEqual({ year: -721, month: 1, day: 1, epochDay: FIRST_ISO_EPOCH_DAY, calendar: 'iso8601' });
    expect(toMoment('f', '9999-12-31', undefined).epochDay).toBe(LAST_EPOCH_DAY);
    expect(toMoment('f', '+009999-12-31T23:59:59', julian).epochDay).toBe(LAST_EPOCH_DAY);
  });

  it.each([
    ['-000722-12-31', undefined, /^lunarDate: date\.year must be between -721 and 9999, got "-000722-12-31"$/],
    ['-000722-12-31', julian, /^lunarDate: date\.year must be between -721 and 9999, got "-000722-12-31"$/],
    ['+010000-01-01', undefined, /^lunarDate: date\.year must be between -721 and 9999, got "\+010000-01-01"$/],
    ['+010000-01-01', julian, /^lunarDate: date\.year must be between -721 and 9999, got "\+010000-01-01"$/],
    [{ year: -722, month: 12, day: 31 }, julian, /^lunarDate: date\.year must be between -721 and 9999, got -722$/],
    [{ year: 10000, month: 1, day: 1 }, undefined, /^lunarDate: date\.year must be between -721 and 9999, got 10000$/],
    [{ month: 1, day: 1 }, julian, /^lunarDate: date\.year must be an integer between -721 and 9999, but date has no year: \{"month":1,"day":1\}$/],
  ])('rejects %o (options %o) with a RangeError', (input, options, message) => {
    expect(() => toMoment('lunarDate', input, options)).toThrow(message);
    expect(() => toMoment('lunarDate', input, options)).toThrow(input instanceof Object && !('year' in input) ? TypeError : RangeError);
  });

  it('takes a Date as an instant: the same in both readings, in range from the first day of the chosen calendar', () => {
    const cstMidnight = (epochDay: number): Date => new Date((epochDay * DAY - 8 * 3600) * 1000);
    const first = cstMidnight(FIRST_ISO_EPOCH_DAY);
    expect(toMoment('f', first, undefined)).toEqual({ ...toMoment('f', first, julian), calendar: 'iso8601' });
    expect(toMoment('f', first, undefined).epochDay).toBe(FIRST_ISO_EPOCH_DAY);
    const before = new Date(first.getTime() - 1000);
    expect(() => toMoment('lunarDate', before, undefined)).toThrow(new RangeError(
      'lunarDate: date must be an instant whose date in China Standard Time (UTC+8) is within -000721-01-01 … 9999-12-31, got Date(-000722-12-31T15:59:59.000Z)',
    ));
    expect(toMoment('f', before, julian)).toMatchObject({ year: -722, month: 12, day: 31, calendar: 'julian' });
    const julianFirst = cstMidnight(FIRST_JULIAN_EPOCH_DAY);
    expect(toMoment('f', julianFirst, julian).epochDay).toBe(FIRST_JULIAN_EPOCH_DAY);
    expect(() => toMoment('lunarDate', new Date(julianFirst.getTime() - 1000), julian)).toThrow(new RangeError(
      "lunarDate: date must be an instant whose date in China Standard Time (UTC+8) is within -000721-01-01 … 9999-12-31 with calendar 'julian', got Date(-000722-12-23T15:59:59.000Z)",
    ));
    const last = cstMidnight(LAST_EPOCH_DAY + 1);
    expect(toMoment('f', new Date(last.getTime() - 1000), julian).epochDay).toBe(LAST_EPOCH_DAY);
    expect(() => toMoment('f', last, julian)).toThrow(/within -000721-01-01 … 9999-12-31 with calendar 'julian', got Date\(9999-12-31T16:00:00\.000Z\)/);
    // A named zone: its date decides, with its own local mean time before standard time.
    const shanghai = { ...julian, timeZone: 'Asia/Shanghai' };
    expect(toMoment('f', new Date(julianFirst.getTime() - 343_000), shanghai).epochDay).toBe(FIRST_JULIAN_EPOCH_DAY); // 00:00:00 there
    expect(() => toMoment('f', new Date(julianFirst.getTime() - 344_000), shanghai)).toThrow(/date in Asia\/Shanghai is within .* with calendar 'julian'/);
  });

  it('reads a string with an offset at its own offset (a year beside the range there), then checks the day in UTC+8', () => {
    // 9999-12-31 18:00 in China.
    expect(toMoment('f', '+010000-01-01T00:00+14:00', undefined).epochDay).toBe(LAST_EPOCH_DAY);
    expect(toMoment('f', '+010000-01-01T00:00+14:00', julian).epochDay).toBe(LAST_EPOCH_DAY);
    // ISO −0721-01-01 07:00 in China, and Julian the same.
    expect(toMoment('f', '-000722-12-31T23:00-00:00', undefined).epochDay).toBe(FIRST_ISO_EPOCH_DAY);
    expect(toMoment('f', '-000722-12-31T23:00Z', julian).epochDay).toBe(FIRST_JULIAN_EPOCH_DAY);
    expect(() => toMoment('f', '-000722-12-31T15:00Z', julian)).toThrow(/within -000721-01-01 … 9999-12-31 with calendar 'julian', got "-000722-12-31T15:00Z"/);
    expect(() => toMoment('f', '-000722-12-31T15:59:59Z', undefined)).toThrow(/within -000721-01-01 … 9999-12-31, got "-000722-12-31T15:59:59Z"/);
    expect(toMoment('f', '-000722-12-31T16:00Z', undefined).epochDay).toBe(FIRST_ISO_EPOCH_DAY);
    expect(() => toMoment('f', '-000723-12-31T23:00Z', julian)).toThrow(/date\.year must be between -721 and 9999/);
    // A Julian clock at −8:00 in the evening of 1582-10-04 is noon of the Gregorian 1582-10-15 in China.
    const m = toMoment('f', '1582-10-04T20:00-08:00', julian);
    expect([m.year, m.month, m.day, m.hour, m.epochDay, m.calendar]).toEqual([1582, 10, 15, 12, GREGORIAN_START_EPOCH_DAY, 'julian']);
    expect(m.cstSeconds).toBe(GREGORIAN_START_EPOCH_DAY * DAY + 12 * 3600);
  });
});

describe('the calendar with times and time zones', () => {
  it('keeps the time and the instant of a Julian wall clock', () => {
    const m = toMoment('f', '1582-10-04T23:30:15', julian);
    expect([m.hasTime, m.hour, m.minute, m.second]).toEqual([true, 23, 30, 15]);
    expect(m.cstSeconds).toBe((GREGORIAN_START_EPOCH_DAY - 1) * DAY + 23 * 3600 + 30 * 60 + 15);
    expect(toMoment('f', '1582-10-14T23:30:15', undefined).cstSeconds).toBe(m.cstSeconds);
  });

  it('reads a Julian wall clock in a named zone (Shanghai keeps local mean time, +08:05:43, before 1901)', () => {
    const m = toMoment('f', '1582-10-04T12:00', { ...julian, timeZone: 'Asia/Shanghai' });
    expect(m.epochDay).toBe(GREGORIAN_START_EPOCH_DAY - 1);
    expect(m.cstSeconds).toBe((GREGORIAN_START_EPOCH_DAY - 1) * DAY + 12 * 3600 - (5 * 60 + 43));
    expect(toMoment('f', '1582-10-14T12:00', { timeZone: 'Asia/Shanghai' })).toEqual({ ...m, calendar: 'iso8601' });
    // A Date seen in the zone: its day there, whatever the calendar.
    const instant = new Date('1582-10-14T03:00:00Z'); // 11:05:43 in Shanghai
    expect(day(instant, { ...julian, timeZone: 'Asia/Shanghai' })).toEqual({ year: 1582, month: 10, day: 14, epochDay: GREGORIAN_START_EPOCH_DAY - 1, calendar: 'julian' });
  });

  it('reads -000721 in a zone, in both calendars', () => {
    const zoned = toMoment('f', '-000721-01-01T12:00', { ...julian, timeZone: 'America/New_York' });
    expect(zoned.epochDay).toBe(FIRST_JULIAN_EPOCH_DAY);
    const noon = toMoment('f', '-000721-01-01T12:00', { timeZone: 'America/New_York' });
    expect(noon.epochDay).toBe(FIRST_ISO_EPOCH_DAY);
    expect(noon.cstSeconds - zoned.cstSeconds).toBe(8 * DAY);
  });
});

describe('zone wall clocks', () => {
  it('are proleptic Gregorian with astronomical years, as Intl reads them', () => {
    const format = getZoneFormatter('f', 'UTC');
    expect(getZoneWallClock(format, Date.UTC(1582, 9, 10, 12) / 1000)).toEqual([1582, 10, 10, 12, 0, 0]);
    const year0 = new Date(0);
    year0.setUTCFullYear(0, 0, 1);
    expect(getZoneWallClock(format, year0.getTime() / 1000)).toEqual([0, 1, 1, 0, 0, 0]);
    expect(getZoneWallClock(format, FIRST_JULIAN_EPOCH_DAY * DAY)).toEqual([-722, 12, 24, 0, 0, 0]);
    expect(getUtcWallClock(FIRST_JULIAN_EPOCH_DAY * DAY + 3661)).toEqual([-722, 12, 24, 1, 1, 1]);
    expect(getZoneWallClock(format, (LAST_EPOCH_DAY + 1) * DAY)).toEqual([10000, 1, 1, 0, 0, 0]);
  });
});

describe('options.calendar', () => {
  it.each([
    ['gregorian', RangeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got "gregorian"`],
    ['ISO8601', RangeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got "ISO8601"`],
    [0, TypeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got 0`],
    [null, TypeError, `lunarDate: options.calendar must be 'iso8601' or 'julian', got null`],
  ])('rejects %o whatever the input', (calendar, errorClass, message) => {
    for (const input of ['2025-12-18', { year: 2025, month: 12, day: 18 }, new Date(0), 'not a date']) {
      expect(() => toMoment('lunarDate', input, { calendar } as never)).toThrow(new errorClass(message));
    }
  });

  it("is 'iso8601' when absent or undefined", () => {
    expect(toMoment('f', '2025-12-18', undefined).calendar).toBe('iso8601');
    expect(toMoment('f', '2025-12-18', {}).calendar).toBe('iso8601');
    expect(toMoment('f', '2025-12-18', { calendar: undefined } as never).calendar).toBe('iso8601');
    expect(toMoment('f', '2025-12-18', julian)).toEqual({ ...toMoment('f', '2025-12-18', undefined), calendar: 'julian' });
  });
});
