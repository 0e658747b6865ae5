import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { almanac, fortune, lunarDate, pillars, solarTerms } from '../../src/index';
import { toMoment } from '../../src/input/toMoment';

/** Seconds of UTC+8 since 1970-01-01T00:00+08:00 of a UTC instant, as Moment.cstSeconds counts them. */
const cst = (iso: string): number => Date.parse(iso) / 1000 + 8 * 3600;

describe('every date people pass', () => {
  it('reads Date#toISOString() and JSON-serialised Dates', () => {
    const instant = new Date('2025-12-18T15:30:00.000Z'); // 23:30 in China
    const iso = instant.toISOString();
    const json = JSON.parse(JSON.stringify({ at: instant })).at as string;
    expect(iso).toBe('2025-12-18T15:30:00.000Z');
    expect(pillars(iso)).toEqual(pillars(instant));
    expect(pillars(json)).toEqual(pillars(instant));
    expect(pillars(iso).hour?.name).toBe('庚子');
    expect(almanac(json).date).toBe('2025-12-18');
  });

  it('reads fractional seconds, Z and every offset form', () => {
    const at = cst('2025-12-06T21:04:31Z');
    for (const s of ['2025-12-06T21:04:31.5Z', '2025-12-06T21:04:31,999999999z', '2025-12-07T05:04:31.123+08:00', '2025-12-07T05:04:31+0800', '2025-12-06T16:04:31-05', '2025-12-06t21:04:31Z']) {
      expect(toMoment('test', s, undefined).cstSeconds, s).toBe(at);
    }
  });

  it('reads a space instead of T, as databases print it', () => {
    expect(pillars('2025-12-18 23:30')).toEqual(pillars('2025-12-18T23:30'));
    expect(pillars('2025-12-18 23:30').hour.name).toBe('庚子');
    expect(almanac('2025-12-18 23:30').date).toBe('2025-12-18');
    expect(lunarDate('2025-12-18 08:00:00.000+08:00').dayName).toBe('廿九');
  });

  it('accepts { year, month, day, hour?, minute?, second? } in every function', () => {
    const at = { year: 2025, month: 12, day: 18, hour: 23, minute: 30 };
    expect(pillars(at)).toEqual(pillars('2025-12-18T23:30'));
    expect(pillars({ year: 2025, month: 12, day: 18, hour: 7 }).hour.name).toBe('壬辰');
    expect(pillars({ year: 2025, month: 12, day: 7, hour: 5, minute: 4, second: 59 }).month.name).toBe('戊子'); // 大雪 at 05:04:30
    expect(pillars({ year: 2025, month: 12, day: 7, hour: 5, minute: 3, second: 59 }).month.name).toBe('丁亥');
    expect(almanac(at).date).toBe('2025-12-18');
    expect(lunarDate(at).dayName).toBe('廿九');
    expect(fortune(at).score).toBe(fortune('2025-12-18').score);
  });

  it('reads a Date from another realm (vm), without instanceof', () => {
    const foreign: unknown = vm.runInNewContext('new Date("2025-12-18T15:30:00Z")');
    expect(foreign instanceof Date).toBe(false);
    expect(pillars(foreign as Date)).toEqual(pillars(new Date('2025-12-18T15:30:00Z')));
    expect(almanac(foreign as Date).date).toBe('2025-12-18');
    const invalid: unknown = vm.runInNewContext('new Date(NaN)');
    expect(() => lunarDate(invalid as Date)).toThrow(new TypeError('lunarDate: date must be a valid Date, got Invalid Date'));
  });

  it('does not take an object that only claims to be a Date', () => {
    const fake = { getTime: () => 0, [Symbol.toStringTag]: 'Date' };
    expect(() => lunarDate(fake as never)).toThrow(/but date has no year/);
  });
});

describe('one meaning of timeZone: a wall clock is read in the zone', () => {
  const ny = { timeZone: 'America/New_York' } as const;

  it('casts 1990-05-05 20:00 in New York after 立夏 (1990-05-06 02:35 in China)', () => {
    expect(pillars('1990-05-05T20:00', ny).month.name).toBe('辛巳');
    expect(pillars({ year: 1990, month: 5, day: 5, hour: 20 }, ny).month.name).toBe('辛巳');
    expect(pillars(new Date('1990-05-06T00:00:00Z'), ny)).toEqual(pillars('1990-05-05T20:00', ny));
    // The same wall clock in China is before 立夏.
    expect(pillars('1990-05-05T20:00').month.name).toBe('庚辰');
    // The day and hour are New York's.
    const p = pillars('1990-05-05T20:00', ny);
    expect([p.day.name, p.hour.branch]).toEqual([pillars('1990-05-05').day.name, '戌']);
  });

  it('takes the date of the wall clock as the day of the almanac', () => {
    expect(almanac('2025-12-18T23:30', ny).date).toBe('2025-12-18');
    expect(almanac('2025-12-18', ny).date).toBe('2025-12-18');
    expect(almanac('2025-12-18T23:30:00-05:00', ny).date).toBe('2025-12-18');
    expect(almanac('2025-12-18T23:30:00-05:00').date).toBe('2025-12-19');
  });

  it('reads the instant of a wall clock in the zone', () => {
    expect(toMoment('test', '2025-12-18T20:00', ny).cstSeconds).toBe(cst('2025-12-19T01:00:00Z'));
    expect(toMoment('test', '2025-07-18T20:00', ny).cstSeconds).toBe(cst('2025-07-19T00:00:00Z'));
    expect(toMoment('test', '2025-12-18T20:00', undefined).cstSeconds).toBe(cst('2025-12-18T12:00:00Z'));
    // Asia/Shanghai kept daylight saving in 1988: noon on the clock was 11:00 standard time.
    expect(toMoment('test', '1988-06-01T12:00', { timeZone: 'Asia/Shanghai' }).cstSeconds).toBe(cst('1988-06-01T03:00:00Z'));
    expect(toMoment('test', '1988-06-01T12:00', undefined).cstSeconds).toBe(cst('1988-06-01T04:00:00Z'));
  });

  it('resolves a skipped wall clock (New York, 2024-03-10 02:30) by options.disambiguation', () => {
    const at = '2024-03-10T02:30';
    const read = (disambiguation?: 'compatible' | 'earlier' | 'later') => toMoment('test', at, { ...ny, ...(disambiguation && { disambiguation }) });
    expect(read().cstSeconds).toBe(cst('2024-03-10T07:30:00Z')); // 03:30 EDT
    expect([read().hour, read().minute]).toEqual([3, 30]);
    expect(read('later').cstSeconds).toBe(cst('2024-03-10T07:30:00Z'));
    expect(read('earlier').cstSeconds).toBe(cst('2024-03-10T06:30:00Z')); // 01:30 EST
    expect([read('earlier').hour, read('earlier').minute]).toEqual([1, 30]);
    expect(pillars(at, ny).hour.branch).toBe('寅');
    expect(pillars(at, { ...ny, disambiguation: 'earlier' }).hour.branch).toBe('丑');
    expect(() => pillars(at, { ...ny, disambiguation: 'reject' })).toThrow(
      new RangeError('pillars: date must be a wall clock that America/New_York shows once (not skipped by a clock change; or pass options.disambiguation), got "2024-03-10T02:30"'),
    );
  });

  it('resolves a repeated wall clock (New York, 2024-11-03 01:30) by options.disambiguation', () => {
    const at = { year: 2024, month: 11, day: 3, hour: 1, minute: 30 };
    expect(toMoment('test', at, ny).cstSeconds).toBe(cst('2024-11-03T05:30:00Z')); // EDT, the earlier
    expect(toMoment('test', at, { ...ny, disambiguation: 'earlier' }).cstSeconds).toBe(cst('2024-11-03T05:30:00Z'));
    expect(toMoment('test', at, { ...ny, disambiguation: 'later' }).cstSeconds).toBe(cst('2024-11-03T06:30:00Z')); // EST
    expect(toMoment('test', at, { ...ny, disambiguation: 'later' }).hour).toBe(1);
    expect(() => pillars(at, { ...ny, disambiguation: 'reject' })).toThrow(/shows once \(not repeated by a clock change; or pass options\.disambiguation\), got \{"year":2024,"month":11,"day":3,"hour":1,"minute":30\}$/);
    // Either side of the change the wall clock exists once.
    expect(toMoment('test', '2024-11-03T00:59', { ...ny, disambiguation: 'reject' }).cstSeconds).toBe(cst('2024-11-03T04:59:00Z'));
    expect(toMoment('test', '2024-11-03T02:00', { ...ny, disambiguation: 'reject' }).cstSeconds).toBe(cst('2024-11-03T07:00:00Z'));
  });

  it('moves the month pillar with the instant across a 节 in a zone with daylight saving', () => {
    // 立夏 2025: 2025-05-05T13:57 in China = 01:57 EDT on 05-05 (in winter time it would be 00:57).
    const term = toMoment('test', '2025-05-05T01:57', ny);
    expect(term.cstSeconds).toBe(cst('2025-05-05T05:57:00Z'));
    expect(pillars('2025-05-05T01:50', ny).month.name).toBe('庚辰');
    expect(pillars('2025-05-05T02:00', ny).month.name).toBe('辛巳');
    expect(pillars('2025-05-05T01:50:00-05:00').month.name).toBe('辛巳'); // the same clock at EST is after it
  });

  it('takes the month and year of an instant whatever the zone, on every 节 of 1900–2100', () => {
    // In a zone whose date differs from China's, the 节 is still the instant's (Honolulu: 2008-04-03
    // 23:47 is 04-04 17:47 in China, after 清明 at 04-04 11:45).
    expect(pillars('2008-04-03T23:47', { timeZone: 'Pacific/Honolulu' }).month.name).toBe('丙辰');
    const zones = ['Pacific/Honolulu', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'];
    const differences: string[] = [];
    let checked = 0;
    for (let year = 1900; year <= 2100; year++) {
      solarTerms(year).forEach((term, k) => {
        if (k % 2 !== 0) return; // the 节: 小寒, 立春, 惊蛰, …
        for (const shift of [-90, 90]) {
          const at = new Date(Date.parse(term.instant) + shift * 1000);
          const china = pillars(at);
          for (const timeZone of zones) {
            const there = pillars(at, { timeZone });
            checked++;
            if (there.month.name !== china.month.name || there.year.name !== china.year.name) differences.push(`${at.toISOString()} ${timeZone}`);
          }
        }
      });
    }
    expect(checked).toBe(201 * 12 * 2 * 4);
    expect(differences).toEqual([]);
  });

  it('rejects a bad disambiguation', () => {
    expect(() => pillars('2025-12-18T12:00', { disambiguation: 'nearest' } as never)).toThrow(
      new RangeError(`pillars: options.disambiguation must be one of 'compatible', 'earlier', 'later', 'reject', got "nearest"`),
    );
    expect(() => pillars('2025-12-18', { timeZone: 'Mars/Olympus' })).toThrow(/options\.timeZone must be an IANA time zone name/);
  });
});
