/**
 * fromBaZi with `timeZone` against pillars() itself: over a few days around each kind of clock
 * change (a spring-forward gap, an autumn fold, a 30-minute change, a skipped midnight, a folded
 * midnight, a skipped day, the end of local mean time) and around a 节, every minute (and the
 * second where the chart changes between two minutes) is cast with pillars() on the zone's clock;
 * each stretch of one chart starts at one moment, and fromBaZi must give exactly those moments,
 * for every chart seen, with both 子时 conventions.
 */
import { describe, expect, it } from 'vitest';
import { fromBaZi } from '../../src/bazi/index';
import { pillars } from '../../src/index';
import { scanStarts, toUnix, type Boundary } from './zoneScan';

const CASES: readonly [string, string, string, string][] = [
  ['America/New_York', 'a spring-forward gap (02:00 → 03:00)', '2025-03-08T12:00Z', '2025-03-10T12:00Z'],
  ['America/New_York', 'an autumn fold (02:00 → 01:00)', '2025-11-01T12:00Z', '2025-11-03T12:00Z'],
  ['America/New_York', '大雪 2025 at 16:04:37 EST', '2025-12-06T12:00Z', '2025-12-08T00:00Z'],
  ['America/New_York', 'the end of local mean time (−04:56:02 → −05:00 at noon)', '1883-11-17T12:00Z', '1883-11-19T12:00Z'],
  ['Europe/London', 'an autumn fold (02:00 → 01:00)', '2025-10-25T12:00Z', '2025-10-27T12:00Z'],
  ['Australia/Lord_Howe', 'a 30-minute fold (02:00 → 01:30)', '2025-04-04T12:00Z', '2025-04-06T12:00Z'],
  ['Australia/Lord_Howe', 'a 30-minute gap (02:00 → 02:30)', '2025-10-03T12:00Z', '2025-10-05T12:00Z'],
  ['America/Sao_Paulo', 'a skipped midnight (00:00 → 01:00)', '2018-11-03T12:00Z', '2018-11-05T12:00Z'],
  ['America/Sao_Paulo', 'a folded midnight (00:00 → 23:00)', '2019-02-16T12:00Z', '2019-02-18T12:00Z'],
  ['Pacific/Apia', 'a skipped day (2011-12-30)', '2011-12-28T12:00Z', '2011-12-31T12:00Z'],
  ['Asia/Kolkata', '小寒 2026 at +05:30', '2026-01-04T12:00Z', '2026-01-06T12:00Z'],
];

describe('fromBaZi with timeZone gives the first moment of every stretch of the chart on that clock', () => {
  it.each(CASES)('%s, %s', (timeZone, _, fromText, toText) => {
    const from = Date.parse(fromText) / 1000;
    const to = Date.parse(toText) / 1000;
    for (const dayBoundary of ['midnight', '23:00'] as const) {
      const starts = scanStarts(timeZone, dayBoundary, from, to);
      expect(starts.size).toBeGreaterThanOrEqual(18);
      for (const [chart, expected] of starts) {
        const query = { year: chart.slice(0, 2), month: chart.slice(2, 4), day: chart.slice(4, 6), hour: chart.slice(6, 8) };
        const found = fromBaZi(query, { timeZone, dayBoundary, from: new Date(from * 1000), to: new Date(to * 1000) });
        expect(found.map((r) => toUnix(r, timeZone)), `${chart} (${dayBoundary})`).toEqual(expected);
      }
    }
  });
});

describe('fromBaZi with timeZone: days, skipped windows and errors', () => {
  const saoPaulo = { timeZone: 'America/Sao_Paulo' } as const;
  const chartOf = (moment: string, options: { timeZone: string; dayBoundary?: Boundary }) => {
    const p = pillars(moment, options);
    return { year: p.year.name, month: p.month.name, day: p.day.name, hour: p.hour!.name };
  };

  it('reads a date as its first moment on the zone clock, and gives no moment to a window the zone skips', () => {
    // São Paulo skipped 2018-11-04 00:00–01:00: the day began at 01:00 (−02:00)
    const ox = chartOf('2018-11-04T01:30', saoPaulo); // 丑 of 11-04
    expect(fromBaZi(ox, { ...saoPaulo, from: '2018-11-04', to: '2018-11-04' })).toEqual(['2018-11-04T01:00-02:00']);
    // The 子 of 11-04 (00:00–01:00, 'midnight') never showed on the clock; its 23:00 part of 11-03 did
    const rat = chartOf('2018-11-03T23:30', saoPaulo);
    expect(fromBaZi(rat, { ...saoPaulo, from: '2018-11-03', to: '2018-11-04' })).toEqual(['2018-11-03T23:00-03:00']);
    const earlyRat = { ...rat, day: chartOf('2018-11-04T01:30', saoPaulo).day };
    expect(fromBaZi(earlyRat, { ...saoPaulo, from: '2018-11-01', to: '2018-11-30' })).toEqual([]);
    // A date as `to` is the whole day on the zone clock: 23:00–24:00 of 11-03 is in it
    expect(fromBaZi(rat, { ...saoPaulo, from: '2018-11-03', to: '2018-11-03' })).toEqual(['2018-11-03T23:00-03:00']);
  });

  it('gives the same moments as without a zone for a fixed UTC+8 zone, with the offset', () => {
    const chart = chartOf('1990-05-05T20:00', { timeZone: 'Etc/GMT-8' });
    expect(fromBaZi(chart, { timeZone: 'Etc/GMT-8' })).toEqual(fromBaZi(chart).map((r) => `${r}+08:00`));
  });

  it.each([
    ['a timeZone that is not a string', { timeZone: 8 }, TypeError, /^fromBaZi: options\.timeZone must be a string, got 8$/],
    ['an unknown timeZone', { timeZone: 'Mars/Base' }, RangeError, /^fromBaZi: options\.timeZone must be an IANA time zone name such as "Asia\/Shanghai", got "Mars\/Base"$/],
    ['a skipped from with reject', { timeZone: 'America/New_York', from: '2025-03-09T02:30', disambiguation: 'reject' }, RangeError, /^fromBaZi: options\.from must be a wall clock that America\/New_York shows once \(not skipped by a clock change; or pass options\.disambiguation\), got "2025-03-09T02:30"$/],
    ['an unknown disambiguation', { timeZone: 'America/New_York', from: '2025-03-09T02:30', disambiguation: 'first' }, RangeError, /^fromBaZi: options\.disambiguation must be one of /],
    ['to before from', { timeZone: 'America/New_York', from: '2025-03-01', to: '2025-02-01T10:00' }, RangeError, /^fromBaZi: options\.to must be at or after options\.from \(2025-03-01T00:00:00-05:00\), got "2025-02-01T10:00"$/],
  ])('%s is an error', (_, options, type, message) => {
    const call = () => fromBaZi({ year: '乙巳', month: '丙戌', day: '丁丑', hour: '辛丑' }, options as never);
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
