import { describe, expect, it } from 'vitest';
import { fromLunar, lunarDate, pillars, solarTerms } from '../../src/index';
import { newMoons } from '../../src/astro/index';

describe('bad input is an error that names the field, the value and what was expected', () => {
  it.each([
    ['2025-02-30', RangeError, /^lunarDate: date\.day must be between 1 and 28 in 2025-02, got "2025-02-30"$/],
    ['2024-02-30', RangeError, /date\.day must be between 1 and 29 in 2024-02, got "2024-02-30"/],
    ['2025-13-01', RangeError, /date\.month must be between 1 and 12, got "2025-13-01"/],
    ['2025-00-10', RangeError, /date\.month must be between 1 and 12, got "2025-00-10"/],
    ['2025-12-00', RangeError, /date\.day must be between 1 and 31 in 2025-12, got "2025-12-00"/],
    ['2025-04-31', RangeError, /date\.day must be between 1 and 30 in 2025-04, got "2025-04-31"/],
    ['2025-02-29T12:00', RangeError, /date\.day must be between 1 and 28 in 2025-02, got "2025-02-29T12:00"/],
    ['2025-02-29 12:00', RangeError, /date\.day must be between 1 and 28 in 2025-02, got "2025-02-29 12:00"/],
    ['2025-12-18T12:00:60', RangeError, /date\.second must be between 0 and 59, got "2025-12-18T12:00:60"/],
    ['2025-12-18T12', TypeError, /got "2025-12-18T12"/],
    ['2025-12-18Z', TypeError, /got "2025-12-18Z"/],
    ['2025-12-18T12:00:00.', TypeError, /got "2025-12-18T12:00:00\."/],
    ['-000000-01-01', TypeError, /got "-000000-01-01"/],
    ['+010000-01-01', RangeError, /^lunarDate: date\.year must be between -721 and 9999, got "\+010000-01-01"$/],
    ['-000722-12-31', RangeError, /^lunarDate: date\.year must be between -721 and 9999, got "-000722-12-31"$/],
    ['2025/12/18', TypeError, /^lunarDate: date must be an ISO 8601 date 'YYYY-MM-DD' or date-time 'YYYY-MM-DDTHH:mm\[:ss\[\.sss\]\]\[Z\|±HH:mm\[:ss\]\]', got "2025\/12\/18"$/],
    ['', TypeError, /date must be an ISO 8601 date.*, got ""/],
    ['2025-12-18 ', TypeError, /got "2025-12-18 "/],
    ['25-12-18', TypeError, /got "25-12-18"/],
    ['10000-01-01', TypeError, /got "10000-01-01"/],
    ['2025-12-18T24:00', RangeError, /date\.hour must be between 0 and 23, got "2025-12-18T24:00"/],
    ['2025-12-18T12:60', RangeError, /date\.minute must be between 0 and 59, got "2025-12-18T12:60"/],
    ['2025-12-18T12:00+24:00', RangeError, /offset must be between -23:59:59 and \+23:59:59, got "2025-12-18T12:00\+24:00"/],
    ['2025-12-18T12:00+08:05:60', RangeError, /^lunarDate: date offset must be between -23:59:59 and \+23:59:59, got "2025-12-18T12:00\+08:05:60"$/],
    ['2025-12-18T12:00+08:0543', TypeError, /got "2025-12-18T12:00\+08:0543"/],
    ['2025-12-18T12:00+0805:43', TypeError, /got "2025-12-18T12:00\+0805:43"/],
    [null, TypeError, /date must be 'YYYY-MM-DD', \{ year, month, day, hour\?, minute\?, second\? \} or a Date, got null/],
    [undefined, TypeError, /got undefined/],
    [20251218, TypeError, /got 20251218/],
    [[2025, 12, 18], TypeError, /got an array/],
    [new Date(Number.NaN), TypeError, /date must be a valid Date, got Invalid Date/],
    [new Date('-000722-12-31T15:59:59Z'), RangeError, /^lunarDate: date must be an instant whose date in China Standard Time \(UTC\+8\) is within -000721-01-01 … 9999-12-31, got Date\(-000722-12-31T15:59:59\.000Z\)$/],
    [new Date(8.64e15), RangeError, /^lunarDate: date must be an instant whose date in China Standard Time \(UTC\+8\) is within -000721-01-01 … 9999-12-31, got Date\(\+275760-09-13T00:00:00\.000Z\)$/],
    [new Date(-8.64e15), RangeError, /^lunarDate: date must be an instant whose date in China Standard Time \(UTC\+8\) is within -000721-01-01 … 9999-12-31, got Date\(-271821-04-20T00:00:00\.000Z\)$/],
    ['9999-12-31T23:59:59.999-14:00', RangeError, /date in China Standard Time \(UTC\+8\) is within -000721-01-01 … 9999-12-31, got "9999-12-31T23:59:59\.999-14:00"/],
    [{ year: 1.5, month: 1, day: 1 }, TypeError, /date\.year must be an integer, got 1\.5/],
    [{ year: Number.NaN, month: 1, day: 1 }, TypeError, /date\.year must be an integer, got NaN/],
    [{ year: 2025, month: '12', day: 18 }, TypeError, /date\.month must be an integer, got "12"/],
    [{ year: 2025, month: 12 }, TypeError, /^lunarDate: date\.day must be an integer between 1 and 31 in 2025-12, but date has no day: \{"year":2025,"month":12\}$/],
    [{ month: 12, day: 18 }, TypeError, /date\.year must be an integer between -721 and 9999, but date has no year: \{"month":12,"day":18\}/],
    [{ year: 2025, month: 12, day: 18, hour: 23, minute: 61 }, RangeError, /date\.minute must be between 0 and 59, got 61$/],
    [{ year: 2025, month: 12, day: 18, hour: '23' }, TypeError, /date\.hour must be an integer, got "23"/],
    [{}, TypeError, /but date has no year: \{\}/],
    [{ year: 2025, month: 13, day: 1 }, RangeError, /date\.month must be between 1 and 12, got 13/],
    [{ year: 2025, month: 12, day: 0 }, RangeError, /date\.day must be between 1 and 31 in 2025-12, got 0/],
    [{ year: 2025, month: 12, day: 18, minute: 5 }, TypeError, /date\.hour must be an integer between 0 and 23 when minute or second is given, but date has no hour: \{"year":2025,"month":12,"day":18,"minute":5\}/],
    [{ year: 2025, month: 12, day: 18, hour: 1.5, minute: 0 }, TypeError, /date\.hour must be an integer, got 1\.5/],
  ])('lunarDate(%o) throws', (input, errorClass, message) => {
    expect(() => lunarDate(input as never)).toThrow(errorClass);
    expect(() => lunarDate(input as never)).toThrow(message);
  });

  it('names the function that was called', () => {
    expect(() => pillars('2025-02-30')).toThrow(/^pillars: date\.day/);
    expect(() => solarTerms(10000)).toThrow(new RangeError('solarTerms: year must be between -721 and 9999, got 10000'));
    expect(() => solarTerms(2025.5)).toThrow(new TypeError('solarTerms: year must be an integer, got 2025.5'));
    expect(() => newMoons(Number.NaN)).toThrow(new TypeError('newMoons: year must be an integer, got NaN'));
  });

  it('rejects bad options', () => {
    expect(() => lunarDate(new Date(), { timeZone: 'Mars/Olympus' })).toThrow(
      new RangeError('lunarDate: options.timeZone must be an IANA time zone name such as "Asia/Shanghai", got "Mars/Olympus"'),
    );
    expect(() => lunarDate(new Date(), { timeZone: 8 } as never)).toThrow(new TypeError('lunarDate: options.timeZone must be a string, got 8'));
    expect(() => pillars('2025-12-18', { dayBoundary: 'noon' } as never)).toThrow(/options\.dayBoundary must be 'midnight' or '23:00', got "noon"/);
    expect(() => pillars('2025-12-18', { yearBoundary: 'spring' } as never)).toThrow(/options\.yearBoundary must be 'lichun', got "spring"/);
  });

  it('never rolls an invalid lunar date over', () => {
    expect(() => fromLunar({ year: 2025, month: 10, day: 30 })).not.toThrow(); // 十月 2025 has 30 days
    expect(() => fromLunar({ year: 2025, month: 12, day: 30 })).toThrow(/lunar\.day must be between 1 and 29 in month 12 of lunar year 2025, got 30/);
    expect(() => fromLunar({ year: 2025, month: 2, day: 1, leap: true })).toThrow(
      new RangeError('fromLunar: lunar.leap must be false for month 2 of lunar year 2025, which has only leap month 6, got true'),
    );
    expect(() => fromLunar({ year: 2024, month: 6, day: 1, leap: true })).toThrow(/which has no leap month, got true/);
    expect(() => fromLunar({ year: 2025, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => fromLunar({ year: 2025, month: 1, day: 0 })).toThrow(/lunar\.day must be between 1 and 30/);
    expect(() => fromLunar({ year: 2025, month: 1, day: 1, leap: 'yes' } as never)).toThrow(new TypeError('fromLunar: lunar.leap must be a boolean, got "yes"'));
    expect(() => fromLunar({ year: 10000, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => fromLunar({ year: 10000, month: 1, day: 1 })).toThrow(/^fromLunar: lunar\.year .*, got 10000$/);
    expect(() => fromLunar(null as never)).toThrow(TypeError);
  });
});

describe('dates and time zones', () => {
  it('reads a Date as an instant in China Standard Time by default', () => {
    // 2025-12-18T16:00Z is midnight in China: already the 19th.
    expect(lunarDate(new Date('2025-12-18T15:59:59Z')).day).toBe(29);
    expect(lunarDate(new Date('2025-12-18T16:00:00Z')).day).toBe(30);
  });

  it('reads a Date in options.timeZone when one is named', () => {
    const instant = new Date('2025-12-19T03:00:00Z'); // 2025-12-18 22:00 in New York
    expect(lunarDate(instant, { timeZone: 'America/New_York' }).day).toBe(29);
    expect(lunarDate(instant).day).toBe(30);
    expect(pillars(instant, { timeZone: 'America/New_York' }).hour?.branch).toBe('亥');
  });

  it('uses a fixed UTC+8, unlike Asia/Shanghai, which kept daylight saving in 1986–1991', () => {
    const instant = new Date('1988-06-01T15:30:00Z'); // 23:30 at UTC+8, 00:30 next day in Shanghai's summer time
    expect(pillars(instant).day.name).not.toBe(pillars(instant, { timeZone: 'Asia/Shanghai' }).day.name);
  });

  it('reads strings with an offset as instants', () => {
    expect(pillars('2025-12-06T21:05:00Z').month.name).toBe('戊子'); // 05:05 in China, after 大雪 (05:04:30–05:05:00)
    expect(pillars('2025-12-06T21:04:00Z').month.name).toBe('丁亥');
    expect(lunarDate('2025-12-18T12:00-08:00').day).toBe(30); // 04:00 on 12-19 in China
  });

  it('reads offsets with seconds (a local mean time of the time-zone database) to the second', () => {
    // 大雪 2025 is at 05:04:37 in China, 2025-12-06T21:04:37Z: 21:04:37 UTC is 05:10:20 at +08:05:43
    expect(pillars('2025-12-07T05:10:19+08:05:43').month.name).toBe('丁亥');
    expect(pillars('2025-12-07T05:10:20+08:05:43').month.name).toBe('戊子');
    expect(pillars('2025-12-07T05:10:20+080543').month.name).toBe('戊子');
    expect(pillars('2025-12-06T16:08:34-04:56:02').month.name).toBe('丁亥');
    expect(pillars('2025-12-06T16:08:35-045602').month.name).toBe('戊子');
  });

  it('does not depend on the process time zone for plain dates', () => {
    expect(lunarDate('2025-12-18')).toEqual(lunarDate({ year: 2025, month: 12, day: 18 }));
    expect(new Date(2025, 11, 18).getTimezoneOffset()).toBeTypeOf('number'); // the suite runs under several TZ values in CI
    expect(lunarDate(new Date(Date.UTC(2025, 11, 18, 4))).day).toBe(29);
  });

  it('returns frozen results and leaves its input alone', () => {
    const input = { year: 2025, month: 12, day: 18 };
    const copy = { ...input };
    const l = lunarDate(input);
    const p = pillars(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(l)).toBe(true);
    expect(Object.isFrozen(p) && Object.isFrozen(p.year)).toBe(true);
    expect(Object.isFrozen(solarTerms(2025)) && Object.isFrozen(solarTerms(2025)[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});
