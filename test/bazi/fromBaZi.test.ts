/**
 * fromBaZi: named cases, the conventions (子时, a 节 inside a window, the range), errors, and a
 * sampled differential against the reference's Solar.fromBaZi (the dense one and the exhaustive
 * partition of 1900 … 2100 are in fromBaZi.full.test.ts, npm run test:full).
 */
import { describe, expect, it } from 'vitest';
import { fromBaZi } from '../../src/bazi/fromBaZi';
import { pillars, solarTerms } from '../../src/index';
import { SEED } from '../support/setup';
import {
  REFERENCE_FROM, REFERENCE_TO, chartAt, compareWithReference, fromIso, referenceLookup, seededRandom, toIso, type ChartNames, type DayBoundary,
} from './fromBaZiReference';

const names = (p: { year: { name: string }; month: { name: string }; day: { name: string }; hour: { name: string } }): ChartNames =>
  ({ year: p.year.name, month: p.month.name, day: p.day.name, hour: p.hour.name });

describe('fromBaZi', () => {
  it('finds every window of a chart in 1900 … 2100, by the start of its 时辰 (odd hours)', () => {
    // The reference gives the same days at 20:00 (the even hour in the middle of 戌, 19:00–21:00).
    expect(fromBaZi({ year: '庚午', month: '辛巳', day: '庚辰', hour: '丙戌' })).toEqual(['1930-05-30T19:00', '1990-05-15T19:00']);
  });

  it('finds the window of a moment, and every result has the pillars asked for', () => {
    const chart = names(pillars('1990-05-05T20:00'));
    const found = fromBaZi(chart);
    expect(found).toContain('1990-05-05T19:00');
    for (const moment of found) expect(names(pillars(moment))).toEqual(chart);
  });

  it('takes each pillar as a name, an index 0–59 or a { stem, branch } (a pillars() result as it is)', () => {
    const p = pillars('1990-05-05T20:00');
    const expected = fromBaZi(names(p));
    expect(fromBaZi(p)).toEqual(expected);
    expect(fromBaZi({ year: p.year.index, month: p.month.index, day: p.day.index, hour: p.hour.index })).toEqual(expected);
    expect(fromBaZi({ year: { stem: '庚', branch: '午' }, month: '庚辰', day: 6, hour: p.hour })).toEqual(expected);
  });

  it('returns a frozen array, ascending, and does not touch its input', () => {
    const query = { year: '庚午', month: '辛巳', day: '庚辰', hour: '丙戌' };
    const copy = structuredClone(query);
    const found = fromBaZi(query, { dayBoundary: '23:00' });
    expect(Object.isFrozen(found)).toBe(true);
    expect([...found].sort()).toEqual(found);
    expect(query).toEqual(copy);
  });

  describe('the 子 hour (dayBoundary)', () => {
    // 2025-12-18 is 辛酉, 2025-12-19 壬戌; 23:00–01:00 is the 子 hour of 壬戌: 庚子 (五鼠遁).
    it("'midnight' (default): 23:00–24:00 keeps the day's pillar and takes the next day's 子 hour; 00:00 starts a window", () => {
      expect(fromBaZi({ year: '乙巳', month: '戊子', day: '辛酉', hour: '庚子' })).toEqual(['1966-01-02T23:00', '2025-12-18T23:00']);
      expect(fromBaZi({ year: '乙巳', month: '戊子', day: '壬戌', hour: '庚子' })).toEqual(['1966-01-03T00:00', '2025-12-19T00:00']);
      expect(fromBaZi({ year: '乙巳', month: '戊子', day: '辛酉', hour: '庚子' }, { dayBoundary: 'midnight' })).toEqual(['1966-01-02T23:00', '2025-12-18T23:00']);
    });

    it("'23:00': the day and its 子 hour begin together at 23:00 of the day before", () => {
      expect(fromBaZi({ year: '乙巳', month: '戊子', day: '壬戌', hour: '庚子' }, { dayBoundary: '23:00' })).toEqual(['1966-01-02T23:00', '2025-12-18T23:00']);
      expect(fromBaZi({ year: '乙巳', month: '戊子', day: '辛酉', hour: '庚子' }, { dayBoundary: '23:00' })).toEqual([]);
    });

    it.each([
      ['midnight', ['2025-12-18T23:00', '2025-12-18T23:00', '2025-12-19T00:00', '2025-12-19T00:00']],
      ['23:00', ['2025-12-18T23:00', '2025-12-18T23:00', '2025-12-18T23:00', '2025-12-18T23:00']],
    ] as const)('finds the window of each moment around midnight under %s', (dayBoundary, starts) => {
      const moments = ['2025-12-18T23:00', '2025-12-18T23:59', '2025-12-19T00:00', '2025-12-19T00:59'] as const;
      moments.forEach((at, i) => expect(fromBaZi(pillars(at, { dayBoundary }), { dayBoundary })).toContain(starts[i]));
    });
  });

  describe('a window cut by a 节', () => {
    // 大雪 2025 is at 05:04:37 (the reference's second; solarTerms) inside 卯, 05:00–07:00: pillars()
    // counts 05:04:36 as before it and 05:04:37 as after, as the reference does (see getSolarMonthNumber).
    it('reports the part before the 节 by the window start and the part after by the first second of the new month', () => {
      expect(pillars('2025-12-07T05:04:36').month.name).toBe('丁亥');
      expect(pillars('2025-12-07T05:04:37').month.name).toBe('戊子');
      expect(fromBaZi({ year: '乙巳', month: '丁亥', day: '庚戌', hour: '己卯' }, { from: '2025-01-01', to: '2025-12-31' })).toEqual(['2025-12-07T05:00']);
      expect(fromBaZi({ year: '乙巳', month: '戊子', day: '庚戌', hour: '己卯' }, { from: '2025-01-01', to: '2025-12-31' })).toEqual(['2025-12-07T05:04:37']);
    });

    it('at 立春 the year changes with the month (2025-02-03 22:10:28 inside 亥, 21:00–23:00)', () => {
      const before = names(pillars('2025-02-03T22:10:27'));
      const after = names(pillars('2025-02-03T22:10:28'));
      expect([before.year, before.month, after.year, after.month]).toEqual(['甲辰', '丁丑', '乙巳', '戊寅']);
      expect(fromBaZi(before, { from: '2025-01-01', to: '2025-12-31' })).toEqual(['2025-02-03T21:00']);
      expect(fromBaZi(after, { from: '2025-01-01', to: '2025-12-31' })).toEqual(['2025-02-03T22:10:28']);
    });
  });

  describe('the range (from, to)', () => {
    const query = { year: '乙巳', month: '戊子', day: '壬戌', hour: '庚子' };
    it('keeps the results within it; a date without a time is the whole day', () => {
      expect(fromBaZi(query, { from: '2000-01-01' })).toEqual(['2025-12-19T00:00']);
      expect(fromBaZi(query, { to: '2025-12-18' })).toEqual(['1966-01-03T00:00']);
      expect(fromBaZi(query, { from: '2025-12-19', to: '2025-12-19' })).toEqual(['2025-12-19T00:00']);
      expect(fromBaZi(query, { from: '2025-12-19T00:01', to: '2025-12-19' })).toEqual(['2025-12-19T00:01']);
      expect(fromBaZi(query, { from: '2025-12-19T01:00' })).toEqual([]);
      expect(fromBaZi(query, { to: '1966-01-02T23:59:59' })).toEqual([]);
    });

    it('reports a window that begins before `from` by `from` itself: the first moment in range with those pillars', () => {
      // Under '23:00' the 子 window of 壬戌 is 2025-12-18 23:00 … 12-19 01:00.
      expect(fromBaZi(query, { dayBoundary: '23:00', from: '2025-12-19' })).toEqual(['2025-12-19T00:00']);
      expect(fromBaZi(query, { dayBoundary: '23:00', from: '2025-12-18T23:30:15' })).toEqual(['2025-12-18T23:30:15']);
      expect(fromBaZi(query, { dayBoundary: '23:00', from: '2025-12-18' })).toEqual(['2025-12-18T23:00']);
    });

    it('reads any date input of the library: objects, Dates (instants, seen in UTC+8), offsets', () => {
      expect(fromBaZi(query, { from: { year: 2025, month: 12, day: 19 } })).toEqual(['2025-12-19T00:00']);
      expect(fromBaZi(query, { from: new Date('2025-12-18T16:00:00Z') })).toEqual(['2025-12-19T00:00']);
      expect(fromBaZi(query, { from: '2025-12-18T16:30Z' })).toEqual(['2025-12-19T00:30']);
    });

    it('covers the first and the last day of the supported range', () => {
      const first = names(pillars('1900-01-01T00:00', { dayBoundary: '23:00' }));
      expect(fromBaZi(first, { dayBoundary: '23:00' })[0]).toBe('1900-01-01T00:00');
      const last = names(pillars('2100-12-31T23:30'));
      expect(fromBaZi(last).at(-1)).toBe('2100-12-31T23:00');
      const lastLate = names(pillars('2100-12-31T23:30', { dayBoundary: '23:00' }));
      expect(fromBaZi(lastLate, { dayBoundary: '23:00' }).at(-1)).toBe('2100-12-31T23:00');
    });
  });

  describe('charts that cannot occur', () => {
    it('is empty when the month stem does not follow the year stem (五虎遁)', () => {
      // 庚 years have 戊寅 … : 辛巳 is theirs, 癸巳 is not.
      expect(fromBaZi({ year: '庚午', month: '癸巳', day: '庚辰', hour: '丙戌' })).toEqual([]);
    });

    it('is empty when the hour stem does not follow the day stem (五鼠遁)', () => {
      expect(fromBaZi({ year: '庚午', month: '辛巳', day: '庚辰', hour: '甲戌' })).toEqual([]);
    });
  });

  describe('errors', () => {
    const ok = { year: '庚午', month: '辛巳', day: '庚辰', hour: '丙戌' };
    it.each([
      [{ ...ok, month: '甲丑' }, RangeError, /^fromBaZi: chart\.month must be one of the 60 stem-branch pairs \(甲子 … 癸亥\), got "甲丑"$/],
      [{ ...ok, day: '庚' }, RangeError, /^fromBaZi: chart\.day must be one of the 60 stem-branch pairs \(甲子 … 癸亥\), got "庚"$/],
      [{ ...ok, year: 60 }, RangeError, /^fromBaZi: chart\.year must be an integer between 0 and 59, got 60$/],
      [{ ...ok, year: 1.5 }, TypeError, /^fromBaZi: chart\.year must be an integer between 0 and 59, got 1\.5$/],
      [{ ...ok, hour: { stem: '甲', branch: '丑' } }, RangeError, /^fromBaZi: chart\.hour must be one of the 60 stem-branch pairs \(甲子 … 癸亥\), got \{"stem":"甲","branch":"丑"\}$/],
      [{ ...ok, hour: { stem: 0, branch: 0 } }, TypeError, /^fromBaZi: chart\.hour must be a name such as '庚午', an index 0–59 or \{ stem, branch \}, got \{"stem":0,"branch":0\}$/],
      [{ ...ok, hour: null }, TypeError, /^fromBaZi: chart\.hour must be a name such as '庚午', an index 0–59 or \{ stem, branch \}, got null$/],
      [{ year: '庚午', month: '辛巳', day: '庚辰' }, TypeError, /^fromBaZi: chart\.hour must be a name such as '庚午', an index 0–59 or \{ stem, branch \}, got undefined$/],
      [null, TypeError, /^fromBaZi: chart must be an object \{ year, month, day, hour \}, got null$/],
      ['庚午 辛巳 庚辰 丙戌', TypeError, /^fromBaZi: chart must be an object \{ year, month, day, hour \}, got "庚午 辛巳 庚辰 丙戌"$/],
    ])('%j → %o', (query, kind, message) => {
      expect(() => fromBaZi(query as never)).toThrow(kind);
      expect(() => fromBaZi(query as never)).toThrow(message);
    });

    it.each([
      [{ dayBoundary: '24:00' }, RangeError, /^fromBaZi: options\.dayBoundary must be 'midnight' or '23:00', got "24:00"$/],
      [{ from: '2025-13-01' }, RangeError, /^fromBaZi: options\.from\.month must be between 1 and 12, got "2025-13-01"$/],
      [{ to: '+010000-01-01' }, RangeError, /^fromBaZi: options\.to\.year must be between -721 and 9999, got "\+010000-01-01"$/],
      [{ from: 'tomorrow' }, TypeError, /^fromBaZi: options\.from must be an ISO 8601 date/],
      [{ from: '2000-01-02', to: '2000-01-01' }, RangeError, /^fromBaZi: options\.to must be at or after options\.from \(2000-01-02T00:00:00\), got "2000-01-01"$/],
      ['23:00', TypeError, /^fromBaZi: options must be an object, got "23:00"$/],
    ])('%j → %o', (options, kind, message) => {
      expect(() => fromBaZi(ok, options as never)).toThrow(kind);
      expect(() => fromBaZi(ok, options as never)).toThrow(message);
    });
  });
});

describe('fromBaZi against the reference (Solar.fromBaZi, base year 1900), sampled', () => {
  for (const dayBoundary of ['midnight', '23:00'] as const satisfies readonly DayBoundary[]) {
    const from = toIso(REFERENCE_FROM);
    const to = toIso(REFERENCE_TO);
    const lookup = (chart: ChartNames): readonly string[] => fromBaZi(chart, { dayBoundary, from, to });

    it(`finds the same windows for the charts of 150 random moments (${dayBoundary}, seed ${SEED})`, () => {
      const random = seededRandom(SEED + (dayBoundary === 'midnight' ? 0 : 1));
      const charts = Array.from({ length: 150 }, () => chartAt(REFERENCE_FROM + Math.floor(random() * (REFERENCE_TO - REFERENCE_FROM)), dayBoundary));
      const result = compareWithReference(charts, dayBoundary, REFERENCE_FROM, REFERENCE_TO, lookup);
      expect(result.differences).toEqual([]);
      expect(result.agreed).toBeGreaterThan(150);
      if (dayBoundary === '23:00') expect(result.referenceMissesOnDay30).toBe(0);
    });

    it(`finds the same windows on both sides of each 节 of 8 random years, but for the side the reference does not probe (${dayBoundary})`, () => {
      const random = seededRandom(SEED + (dayBoundary === 'midnight' ? 2 : 3));
      const years = Array.from({ length: 8 }, () => 1901 + Math.floor(random() * 199));
      const charts = years.flatMap((year) => solarTerms(year).filter((_, k) => k % 2 === 0)
        .flatMap((t) => [-1, 1].map((side) => chartAt(fromIso(t.instant.slice(0, 19)) + side * 1800, dayBoundary))));
      const result = compareWithReference(charts, dayBoundary, REFERENCE_FROM, REFERENCE_TO, lookup);
      expect(result.differences).toEqual([]);
      expect(result.agreed).toBeGreaterThan(charts.length);
      // A window that a 节 cuts has two sides, and the reference's one probe often finds one only.
      expect(result.referenceMissesAtTerms).toBeGreaterThan(0);
    });
  }

  it('the reference misses 子 with sect 2 on the 30th day after a 节 (its probes move an hour earlier); fromBaZi finds it', () => {
    const chart = { year: '戊午', month: '庚申', day: '壬申', hour: '壬子' };
    expect(names(pillars('1978-09-07T23:30'))).toEqual(chart);
    const theirs = referenceLookup(chart, 'midnight').map((s) => toIso(s).slice(0, 16));
    expect(theirs).not.toContain('1978-09-07T23:00');
    expect(fromBaZi(chart)).toEqual(['1978-09-07T23:00', ...theirs]);
  });
});
