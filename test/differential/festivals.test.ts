/**
 * The festivals of `almanac(date, { calendar: 'julian', festivals: gregorianFestivals })` against lunar-javascript on
 * sampled days of the whole range (test/support/festivalsDifferential.ts; festivals.full.test.ts
 * compares every day): random days, the turn of 75 lunar years (腊月 of 29 and 30 days, 闰腊月),
 * the 社日 and 寒食 seasons of 30 years and the 寒食 that falls on 31 March after 8476, the reform
 * year 8 CE, the Decembers where the reference's month lists disagree, October 1582, and two whole
 * years for the week rules (母亲节 …). Each day is also asked of the real reference, to check the
 * fast reading of it that the every-day sweep uses, and of getFestivals as that sweep asks it.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromEpochDayIn, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { compareFestivals, type FestivalComparison } from '../support/festivalsDifferential';
import { SEED } from '../support/setup';

const { LunarYear } = createRequire(import.meta.url)('lunar-javascript') as {
  LunarYear: { fromYear(y: number): { getMonth(m: number): { getFirstJulianDay(): number } | null } };
};
const FIRST = toEpochDayIn('julian', -721, 1, 1);
const dayOfJd = (jd: number): number => Math.floor(jd + 0.5) - 2440588;
const picked = new Set<number>();
const span = (from: number, to: number): void => {
  for (let n = Math.max(FIRST, from); n <= Math.min(LAST_EPOCH_DAY, to); n++) picked.add(n);
};
const julian = (y: number, m: number, d: number): number => toEpochDayIn('julian', y, m, d);

for (const n of fc.sample(fc.integer({ min: FIRST, max: LAST_EPOCH_DAY }), { seed: SEED, numRuns: 600 })) picked.add(n);
// The turn of the year: 腊月廿五 (of lunar year y, by the reference) to the first days of 正月, a 闰腊月 between them.
// Years with a 闰腊月 that ends the year, from the reference (LunarYear#getLeapMonth of the next year is 12 there or the year after).
const leapTwelfth = [37, 56, 113, 436, 1088, 1422, 1574, 3358, 5066, 7556, 8224, 8778, 9189, 9810, 9943];
const years = [...fc.sample(fc.integer({ min: -721, max: 9998 }), { seed: SEED, numRuns: 60 }), ...leapTwelfth];
for (const y of years) {
  const twelfth = LunarYear.fromYear(y).getMonth(12);
  if (twelfth !== null) span(dayOfJd(twelfth.getFirstJulianDay()) + 24, dayOfJd(twelfth.getFirstJulianDay()) + 63);
}
// 春社 (立春 + 40 … 49 days), 寒食 (the eve of 清明), 秋社 (立秋 + 40 … 49).
for (const y of fc.sample(fc.integer({ min: -721, max: 9999 }), { seed: SEED + 1, numRuns: 30 })) {
  span(julian(y, 3, 5), julian(y, 4, 12));
  span(julian(y, 9, 10), julian(y, 10, 5));
}
for (let y = 8470; y <= 8500; y += 2) span(julian(y, 3, 28), julian(y, 4, 3));
span(julian(9, 1, 1), julian(9, 1, 31)); // the end of lunar year 8, which has no 十二月
span(julian(-256, 12, 1), julian(-256, 12, 31));
span(julian(-180, 12, 1), julian(-180, 12, 31));
span(julian(1582, 9, 20), julian(1582, 11, 10));
span(julian(2024, 1, 1), julian(2025, 12, 31));
const days = [...picked].sort((a, b) => a - b);

describe(`festivals on ${days.length.toLocaleString('en-US')} sampled days of −0721 … 9999 against lunar-javascript (seed ${SEED})`, () => {
  let viaAlmanac: FestivalComparison;
  beforeAll(() => {
    viaAlmanac = compareFestivals(days, { via: 'both', check: true });
  });

  it('has zero differences in any festival, its kind or its place, from almanac() and from getFestivals as the sweep asks it', () => {
    expect(viaAlmanac.differences).toEqual([]);
  });

  it('reads the reference faithfully: its festival code on the day of its Lunar, as its getLunar() gives it', () => {
    expect(viaAlmanac.receiverMismatches).toBe(0);
    expect(viaAlmanac.contradictions).toBeGreaterThan(0);
  });

  it('holds the cases: 除夕 ending 腊月 of 29 and 30 days and 闰腊月, 寒食 on 31 March, the Gregorian week rules', () => {
    expect(Object.keys(viaAlmanac.newYearsEves).sort()).toEqual(['腊月 29', '腊月 30', '闰腊月 29', '闰腊月 30']);
    for (const name of ['寒食节', '春社', '秋社', '母亲节', '父亲节', '感恩节', '全国中小学生安全教育日', '全国助残日', '全民国防教育日', '世界住房日']) {
      expect(viaAlmanac.counts[name], name).toBeGreaterThan(0);
    }
    const marchEves = compareFestivals([julian(8476, 3, 31)]);
    expect(marchEves.counts['寒食节']).toBe(1);
    expect(fromEpochDayIn('julian', julian(8476, 3, 31)).month).toBe(3);
  });
});
