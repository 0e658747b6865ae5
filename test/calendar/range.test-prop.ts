/**
 * Properties of the calendar over the whole range, ISO −0721-01-01 … 9999-12-31 (`supportedRange`),
 * on days drawn uniformly from it (fast-check's seed fixed in test/support/setup.ts; FC_SEED
 * overrides it), with the days where the historical calendars are irregular mixed in: the reform
 * months, year 0, the 1582 switch and the ends of the range.
 *
 * What the reference's historical calendars make irregular, asserted by value (docs/calendar.md,
 * "The historical calendars"):
 * - 王莽's 建丑 calendar (9–23 CE) began the year a month early: lunar year 8 has no 十二月, its
 *   冬月 is followed by 正月 of year 9;
 * - the 景初 reform (237–239) did the same: 236's 十二月 has 28 days, and lunar year 237 has no
 *   三月 (二月 is followed by 四月), so it has 11 months.
 * Every other lunar year of the range has 12 or 13 months of 29 or 30 days, at most one leap.
 *
 * Measured, and asserted as found: from a day to the same date a year later the month pillar
 * changes 12 times but for about 1% of the days, next to a 节, where it changes 11 or 13 times;
 * and in 25 lunar years before 1 CE the last month comes from the next year's month list.
 */
import { createRequire } from 'node:module';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solarTerms } from '../../src/astro/solarTerms';
import { computeDeltaTDays } from '../../src/astro/engine/deltaT';
import { fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
import { fromEpochDayIn, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { fromLunar, lunarDate, pillars, supportedRange } from '../../src/index';
import { getLunarYearMonths } from '../../src/lunar/getLunarYear';
import { getMonthList } from '../../src/lunar/monthList';
import type { CivilDate } from '../../src/types';
import { reference } from '../support/reference';

/** Epoch day (days since 1970-01-01) of an ISO date `'YYYY-MM-DD'` or `'±YYYYYY-MM-DD'`, proleptic Gregorian. */
function epochDayOf(iso: string): number {
  const m = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) throw new Error(`not an ISO date: ${iso}`);
  return toEpochDay(Number(m[1]), Number(m[2]), Number(m[3]));
}
const epochDayOfDate = (d: CivilDate): number => toEpochDay(d.year, d.month, d.day);

/** The range, from supportedRange: ISO −0721-01-01 … 9999-12-31. */
const FIRST = epochDayOf(supportedRange.from);
const LAST = epochDayOf(supportedRange.to);
/** With `{ calendar: 'julian' }` the range starts 8 days earlier, at Julian −0721-01-01. */
const FIRST_JULIAN = toEpochDayIn('julian', -721, 1, 1);
/** The last day whose same date a year later is in the range (9998-12-31). */
const LAST_WITH_A_YEAR_AFTER = toEpochDay(9998, 12, 31);

const lunarOf = (n: number) => lunarDate(fromEpochDay(n));
const lunarDay = (year: number, month: number, day: number, leap = false): number => epochDayOfDate(fromLunar({ year, month, day, leap }));

/** Days where the calendar is irregular: the reform months, year 0, 1582, the ends of the range. */
const SPECIAL_DAYS: readonly number[] = [
  FIRST, FIRST + 1, LAST - 1, LAST, LAST_WITH_A_YEAR_AFTER,
  lunarDay(8, 11, 1), lunarDay(9, 1, 1) - 1, lunarDay(9, 1, 1), // 8: 冬月, then 正月 of 9
  lunarDay(236, 12, 27), lunarDay(236, 12, 28), lunarDay(237, 1, 1), // 236's 28-day 十二月
  lunarDay(237, 4, 1) - 1, lunarDay(237, 4, 1), // 237: 二月, then 四月
  toEpochDay(-1, 12, 31), toEpochDay(0, 1, 1), toEpochDay(0, 2, 29), toEpochDay(0, 12, 31),
  toEpochDay(1582, 10, 14), toEpochDay(1582, 10, 15),
];
const someDay = (min: number, max: number): fc.Arbitrary<number> => fc.oneof(
  { weight: 30, arbitrary: fc.noBias(fc.integer({ min, max })) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_DAYS.filter((n) => n >= min && n <= max)) },
);

describe('from a day to the next, over the whole range', () => {
  test.prop([someDay(FIRST, LAST - 1)], { numRuns: 4000 })('the day pillar steps by one (mod 60), 1970-01-01 being 辛巳 (17)', (n) => {
    const today = pillars(fromEpochDay(n)).day.index;
    expect(today).toBe((((n + 17) % 60) + 60) % 60);
    expect(pillars(fromEpochDay(n + 1)).day.index).toBe((today + 1) % 60);
  });

  /** The months that may follow (year, month, leap): its leap month, or the next number. */
  function nextMonths(year: number, month: number, leap: boolean): string[] {
    if (year === 8 && month === 11 && !leap) return ['9/1']; // 建丑: 8 has no 十二月
    if (year === 237 && month === 2 && !leap) return ['237/4']; // 景初: 237 has no 三月
    const next = month === 12 ? `${year + 1}/1` : `${year}/${month + 1}`;
    return leap ? [next] : [`${year}/L${month}`, next];
  }

  test.prop([someDay(FIRST, LAST - 1)], { numRuns: 4000 })('the lunar day steps by one, or restarts at 1 after day 29 or 30 (28 in 236\'s 十二月) with the month after', (n) => {
    const today = lunarOf(n);
    const tomorrow = lunarOf(n + 1);
    if (tomorrow.day !== 1) {
      expect([tomorrow.year, tomorrow.month, tomorrow.leap, tomorrow.day]).toEqual([today.year, today.month, today.leap, today.day + 1]);
      return;
    }
    expect(today.day).toBe(today.year === 236 && today.month === 12 ? 28 : today.day === 29 ? 29 : 30);
    expect(nextMonths(today.year, today.month, today.leap)).toContain(`${tomorrow.year}/${tomorrow.leap ? 'L' : ''}${tomorrow.month}`);
  });
});

describe('round trips', () => {
  test.prop([someDay(FIRST, LAST)], { numRuns: 4000 })('fromLunar(lunarDate(d)) is d', (n) => {
    const d = fromEpochDay(n);
    expect(fromLunar(lunarDate(d))).toEqual(d);
  });

  test.prop([someDay(FIRST_JULIAN, LAST)], { numRuns: 4000 })("with { calendar: 'julian' } on both, the same day in the Julian reading, and the same lunar date", (n) => {
    const d = fromEpochDayIn('julian', n);
    const lunar = lunarDate(d, { calendar: 'julian' });
    expect(fromLunar(lunar, { calendar: 'julian' })).toEqual(d);
    if (n >= FIRST) expect(lunar).toEqual(lunarOf(n));
  });
});

/** A month as the public functions show it. */
interface Month { readonly month: number; readonly leap: boolean; readonly firstDay: number; readonly days: number }
const shape = (months: readonly Month[]): string => months.map((m) => `${m.leap ? 'L' : ''}${m.month}/${m.days}`).join(' ');
const monthKey = (m: Month): string => `${m.leap ? 'L' : ''}${m.month}@${m.firstDay}/${m.days}`;

/**
 * The months of lunar year `year` read with fromLunar and lunarDate only: from 正月初一 of `year`
 * to that of `year + 1`, each month's first day read back as day 1, its length the days until the
 * next day 1 (each day between read as the next number), fromLunar of its last day that day and of
 * the day after a RangeError (nothing rolls over).
 */
function publicMonths(year: number): Month[] {
  const months: Month[] = [];
  const end = lunarDay(year + 1, 1, 1);
  for (let n = lunarDay(year, 1, 1); n < end;) {
    const first = lunarOf(n);
    expect([first.year, first.day]).toEqual([year, 1]);
    let days = 27;
    expect(lunarOf(n + days).day, `${year}/${first.month}: day 28`).toBe(28);
    while (lunarOf(n + days + 1).day !== 1) {
      days++;
      expect(lunarOf(n + days).day).toBe(days + 1);
    }
    days++;
    const { month, leap } = first;
    expect(lunarDay(year, month, days, leap)).toBe(n + days - 1);
    if (days < 30) expect(() => fromLunar({ year, month, day: days + 1, leap })).toThrow(RangeError);
    months.push({ month, leap, firstDay: n, days });
    n += days;
  }
  return months;
}

/** The reform years' months, by value (see the file's comment). */
const REFORM_YEARS: Readonly<Record<number, string>> = {
  8: '1/29 L1/30 2/30 3/29 4/30 5/29 6/30 7/29 8/30 9/29 10/30 11/29',
  236: '1/30 L1/29 2/30 3/29 4/30 5/29 6/30 7/29 8/30 9/29 10/30 11/30 12/28',
  237: '1/30 2/29 4/30 5/30 6/29 7/30 8/29 9/30 10/29 11/30 12/29',
};

/** 12 or 13 months of 29 or 30 days; 正月 … 十二月 in order, with at most one leap month, right after the month it repeats. */
function isRegularYear(months: readonly Month[]): boolean {
  let plain = 0;
  let leaps = 0;
  for (let i = 0; i < months.length; i++) {
    const m = months[i] as Month;
    if (m.days !== 29 && m.days !== 30) return false;
    if (m.leap) {
      leaps++;
      if (months[i - 1]?.month !== m.month || months[i - 1]?.leap === true) return false;
    } else if (m.month !== ++plain) return false;
  }
  return plain === 12 && leaps <= 1;
}

/** {@link isRegularYear}, each rule its own assertion (a failure names it). */
function expectRegularYear(year: number, months: readonly Month[]): void {
  const where = `lunar year ${year}: ${shape(months)}`;
  expect([12, 13], where).toContain(months.length);
  const leaps = months.filter((m) => m.leap);
  expect(leaps.length, where).toBe(months.length - 12);
  for (const m of months) expect([29, 30], where).toContain(m.days);
  expect(months.filter((m) => !m.leap).map((m) => m.month), where).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  for (const leap of leaps) expect(months[months.indexOf(leap) - 1]?.month, where).toBe(leap.month);
}

/**
 * The years before 1 CE whose last month only the next year's month list has right (a 闰腊月, or
 * the 闰冬月 that the year's own list calls 腊月: docs/calendar.md, "Where the reference
 * contradicts itself"); getLunarYearMonths reads it from there, as lunarDate does.
 */
const LAST_MONTH_FROM_NEXT_LIST = [-715, -647, -590, -571, -552, -533, -514, -495, -438, -400, -381, -343, -324, -256, -199, -180, -161, -142, -123, -96, -77, -58, -39, -20, -1];

describe('lunar years', () => {
  // The lunar years with both their 正月初一 and the next one in the range: −721 … 9998.
  const lunarYear = fc.oneof(
    { weight: 20, arbitrary: fc.noBias(fc.integer({ min: -721, max: 9998 })) },
    { weight: 1, arbitrary: fc.constantFrom(-721, 9998, 8, 9, 236, 237, 2033, ...LAST_MONTH_FROM_NEXT_LIST) },
  );

  test.prop([lunarYear], { numRuns: 1500 })('as fromLunar and lunarDate show them: 12 or 13 months, at most one leap, but for the reform years 8, 236 and 237; getLunarYearMonths the same', (year) => {
    const months = publicMonths(year);
    if (year in REFORM_YEARS) expect(shape(months)).toBe(REFORM_YEARS[year]);
    else expectRegularYear(year, months);
    expect(getLunarYearMonths(year).map(monthKey)).toEqual(months.map(monthKey));
  });

  it('every lunar year −721 … 9998: the reform years 8, 236, 237 the only irregular ones; 25 years before 1 CE end with a month of the next year\'s list', () => {
    const irregular: number[] = [];
    const fromNext: number[] = [];
    for (let year = -721; year <= 9998; year++) {
      const months = getLunarYearMonths(year);
      if (!isRegularYear(months)) irregular.push(year);
      const own = getMonthList(year).filter((m) => m.year === year);
      if (own.map(monthKey).join() !== months.map(monthKey).join()) fromNext.push(year);
    }
    expect(irregular).toEqual([8, 236, 237]);
    for (const year of irregular) expect(shape(getLunarYearMonths(year))).toBe(REFORM_YEARS[year]);
    expect(fromNext).toEqual(LAST_MONTH_FROM_NEXT_LIST);
  });
});

/** Epoch day of the date of a term instant `'YYYY-MM-DDTHH:mm:ss+08:00'` (its day in UTC+8). */
const termDay = (instant: string): number => epochDayOf(instant);
/** Seconds since 1970-01-01T00:00Z of a term instant (always `+08:00`). */
function termSeconds(instant: string): number {
  const m = /T(\d{2}):(\d{2}):(\d{2})\+08:00$/.exec(instant);
  if (m === null) throw new Error(`not a term instant: ${instant}`);
  return termDay(instant) * 86400 + Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) - 8 * 3600;
}

/** The day of the 小寒 of 10000, the last of the range (its month pillar is 丁丑). */
const LAST_XIAO_HAN = LAST;

describe('the month pillar of plain dates', () => {
  /**
   * From a day d to the same date a year later (28 February for 29 February), the month pillar
   * changes on the day of each 节 and nowhere else, one step (mod 60) each time. That is 12 times,
   * but not always: a 节 whose date moves a day later from one year to the next (e.g. 立夏 1832-05-05,
   * 1833-05-06) falls on neither side of the window when d is its day, 11 changes; one whose date
   * moves a day earlier falls on both sides when d is the day before it, 13 changes (about 1% of
   * the days). The ends: d runs from the first day to 9998-12-31, the last with a year after it.
   */
  test.prop([someDay(FIRST, LAST_WITH_A_YEAR_AFTER)], { numRuns: 800 })('changes on the 节 days only, one step each: 12 times in a year, 11 when d is a 节 day, 13 when d is the day before one', (n) => {
    const d = fromEpochDay(n);
    const end = toEpochDay(d.year + 1, d.month, d.month === 2 && d.day === 29 ? 28 : d.day);
    // The 小寒 of d.year + 2 may fall on the last day of the window (12-31, from 9245 on); that of
    // 10000, beyond solarTerms, is on the range's last day (LAST_XIAO_HAN).
    const jieDays = [d.year, d.year + 1, d.year + 2].filter((y) => y <= 9999).flatMap((y) => solarTerms(y).filter((_, k) => k % 2 === 0).map((t) => termDay(t.instant)));
    jieDays.push(LAST_XIAO_HAN);
    const changes: number[] = [];
    let previous = pillars(d).month.index;
    for (let k = n + 1; k <= end; k++) {
      const index = pillars(fromEpochDay(k)).month.index;
      if (index !== previous) {
        expect(index).toBe((previous + 1) % 60);
        changes.push(k);
      }
      previous = index;
    }
    expect(changes).toEqual(jieDays.filter((k) => k > n && k <= end));
    if (changes.length === 11) expect([jieDays.includes(n), jieDays.includes(end + 1)]).toEqual([true, true]);
    else if (changes.length === 13) expect([jieDays.includes(n + 1), jieDays.includes(end)]).toEqual([true, true]);
    else expect(changes.length).toBe(12);
  });

  it('changes on the last day of the range, 9999-12-31, the day of 小寒 10000 (beyond solarTerms)', () => {
    // The reference's table of 9999 has it at 9999-12-31 21:14:53. Its own getMonthInGanZhi gives
    // 己卯 there: it compares '10000-…' with '9999-…' as strings (docs/calendar.md).
    const table = reference.LunarYear.fromYear(9999).getJieQiJulianDays();
    expect(reference.Solar.fromJulianDay(table[26] as number).toYmdHms()).toBe('9999-12-31 21:14:53');
    expect([pillars('9999-12-30').month.name, pillars('9999-12-31').month.name]).toEqual(['丙子', '丁丑']);
    expect(epochDayOf('9999-12-31')).toBe(LAST_XIAO_HAN);
  });

  it('changes 11 times from 1832-05-05 (立夏) to 1833-05-05 (立夏 1833 is on 05-06)', () => {
    const from = toEpochDay(1832, 5, 5);
    let changes = 0;
    for (let k = from + 1; k <= toEpochDay(1833, 5, 5); k++) if (pillars(fromEpochDay(k)).month.index !== pillars(fromEpochDay(k - 1)).month.index) changes++;
    expect([solarTerms(1832)[8]?.instant.slice(0, 10), solarTerms(1833)[8]?.instant.slice(0, 10)]).toEqual(['1832-05-05', '1833-05-06']);
    expect(changes).toBe(11);
  });
});

const require = createRequire(import.meta.url);
interface Planet { readonly name: string }
const astronomia = require('astronomia') as {
  solar: { apparentVSOP87(earth: Planet, jde: number): { lon: number } };
  planetposition: { Planet: new (data: unknown) => Planet };
};
/** The full VSOP87D Earth (ecliptic and equinox of date), astronomia's, none of the library's series. */
const earth = new astronomia.planetposition.Planet((require('astronomia/data/vsop87Dearth') as { default: unknown }).default);
const NAMES = ['小寒', '大寒', '立春', '雨水', '惊蛰', '春分', '清明', '谷雨', '立夏', '小满', '芒种', '夏至', '小暑', '大暑', '立秋', '处暑', '白露', '秋分', '寒露', '霜降', '立冬', '小雪', '大雪', '冬至'];

describe('solarTerms over the whole range', () => {
  /**
   * The displayed terms are the true (定气) instants in every era: the 平气 of the historical
   * calendars (before 1645) place the 中气 by mean motion for numbering the lunar months only
   * (src/lunar/calendarDays.ts), and solarTerms and the month pillars never use them. So the
   * gaps between consecutive terms vary with the Earth's speed (about 14.7 days in winter, 15.7 in
   * summer; mean terms would all be 15.22 days apart), and the apparent Sun (astronomia's full
   * VSOP87, nutation and aberration, on the library's ΔT, the reference's model) is at the term's
   * longitude at the instant: within 0.01° near 2000, the bound growing by 0.0005° a century
   * away from it (the series diverge slowly: 0.04° at 9999, about an hour; a mean term is up to
   * 2° off).
   */
  test.prop([fc.integer({ min: -721, max: 9999 }), fc.integer({ min: 0, max: 23 })], { numRuns: 1000 })('24 true instants in order, 14–17 days apart, the first of y + 1 after the last of y', (year, k) => {
    const terms = solarTerms(year);
    expect(terms.map((t) => t.name)).toEqual(NAMES);
    const seconds = terms.map((t) => termSeconds(t.instant));
    if (year < 9999) seconds.push(termSeconds(solarTerms(year + 1)[0]?.instant ?? ''));
    const gaps = seconds.slice(1).map((s, i) => (s - (seconds[i] as number)) / 86400);
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(14);
      expect(gap).toBeLessThanOrEqual(17);
    }
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(0.5);
    // The year is the astronomical one, from the 小寒 after the 冬至 of year − 1: all 24 in the ISO
    // year, but from 9245 on (316 years) 小寒 is on 12-31 of the year before (ΔT, and the
    // Gregorian year being longer than the tropical one: 冬至 9999 is on 12-16).
    expect(epochDayOf(terms[0]?.instant ?? '')).toBeGreaterThanOrEqual(toEpochDay(year, 1, 1) - (year >= 9245 ? 1 : 0));
    expect(epochDayOf(terms[23]?.instant ?? '')).toBeLessThanOrEqual(toEpochDay(year, 12, 31));

    const jd = (seconds[k] as number) / 86400 + 2440587.5;
    const longitude = (astronomia.solar.apparentVSOP87(earth, jd + computeDeltaTDays(jd)).lon * 180) / Math.PI;
    const off = Math.abs(((longitude - ((285 + 15 * k) % 360) + 540) % 360) - 180);
    expect(off, `${terms[k]?.name} ${year}: ${terms[k]?.instant}`).toBeLessThanOrEqual(0.01 + (0.0005 * Math.abs(year - 2000)) / 100);
  });
});

describe('year 0 and 1582', () => {
  it.each(['-000001-12-31', '0000-01-01', '0000-02-29', '0000-12-31', '0001-01-01'])('%s reads as the reference reads that day (Solar.fromJulianDay)', (iso) => {
    const ours = lunarDate(iso);
    const p = pillars(iso);
    const ref = reference.Solar.fromJulianDay(epochDayOf(iso) + 2440587.5).getLunar();
    expect([ours.year, ours.leap ? -ours.month : ours.month, ours.day]).toEqual([ref.getYear(), ref.getMonth(), ref.getDay()]);
    expect([p.year.name, p.month.name, p.day.name]).toEqual([ref.getYearInGanZhi(), ref.getMonthInGanZhi(), ref.getDayInGanZhi()]);
  });

  it('year 0 begins in the leap month after the 11th of lunar year −1 (闰冬月初八)', () => {
    expect(lunarDate('0000-01-01')).toMatchObject({ year: -1, month: 11, day: 8, leap: true });
  });

  it("1582-10-04 and 1582-10-15 with calendar 'julian' are consecutive days, as in the reference", () => {
    const before = '1582-10-04';
    const after = '1582-10-15';
    expect(toEpochDayIn('julian', 1582, 10, 15) - toEpochDayIn('julian', 1582, 10, 4)).toBe(1);
    const [a, b] = [pillars(before, { calendar: 'julian' }).day, pillars(after, { calendar: 'julian' }).day];
    expect([a.name, b.name]).toEqual(['癸酉', '甲戌']);
    expect(b.index).toBe((a.index + 1) % 60);
    const [la, lb] = [lunarDate(before, { calendar: 'julian' }), lunarDate(after, { calendar: 'julian' })];
    expect([la.month, la.day, lb.month, lb.day]).toEqual([9, 18, 9, 19]);
    for (const [iso, day] of [[before, 4], [after, 15]] as const) {
      const ref = reference.Solar.fromYmd(1582, 10, day).getLunar();
      const ours = lunarDate(iso, { calendar: 'julian' });
      expect([ours.year, ours.month, ours.day, pillars(iso, { calendar: 'julian' }).day.name]).toEqual([ref.getYear(), ref.getMonth(), ref.getDay(), ref.getDayInGanZhi()]);
      expect(fromLunar(ours, { calendar: 'julian' })).toEqual({ year: 1582, month: 10, day });
    }
    // The same days in ISO: 1582-10-14 and 1582-10-15.
    expect(lunarDate('1582-10-14')).toEqual(la);
    expect(fromLunar(la)).toEqual({ year: 1582, month: 10, day: 14 });
    expect(() => lunarDate('1582-10-10', { calendar: 'julian' })).toThrow(RangeError);
  });

  it('the reform months, by value: 236\'s 十二月 ends on its 28th, 237 has no 三月, 8 no 十二月', () => {
    expect(lunarOf(lunarDay(236, 12, 28) + 1)).toMatchObject({ year: 237, month: 1, day: 1, leap: false });
    expect(() => fromLunar({ year: 236, month: 12, day: 29 })).toThrow(RangeError);
    expect(() => fromLunar({ year: 237, month: 3, day: 1 })).toThrow(RangeError);
    expect(() => fromLunar({ year: 8, month: 12, day: 1 })).toThrow(RangeError);
    expect(lunarOf(lunarDay(237, 4, 1) - 1)).toMatchObject({ year: 237, month: 2, day: 29 });
    expect(lunarOf(lunarDay(9, 1, 1) - 1)).toMatchObject({ year: 8, month: 11, day: 29 });
  });
});
