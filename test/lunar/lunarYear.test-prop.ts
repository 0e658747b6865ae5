import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fromLunar, lunarDate, lunarYear } from '../../src/index';

const year = fc.oneof(fc.integer({ min: -721, max: 9999 }), fc.constantFrom(8, 236, 237, 2033, -1, 0));
const calendar = fc.constantFrom('iso8601' as const, 'julian' as const);
const toIso = (y: number, m: number, d: number): string => `${y < 0 ? '-' + String(-y).padStart(6, '0') : String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

test.prop([year], { numRuns: 150 })('each month is what lunarDate calls its first and last days (ISO 8601)', (y) => {
  const ly = lunarYear(y);
  for (const m of ly.months) {
    expect(lunarDate(m.start)).toMatchObject({ year: y, month: m.month, leap: m.leap, day: 1 });
    // The last day of 9999's 腊月 is in the year 10000, past the range.
    if (!(y === 9999 && m === ly.months.at(-1))) expect(lunarDate(isoDay(m.start, m.days - 1))).toMatchObject({ year: y, month: m.month, leap: m.leap, day: m.days });
  }
});

/** `iso` plus `days`, for any ISO year (Date handles the expanded years as proleptic Gregorian). */
function isoDay(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The reform years, whose shapes test/lunar/lunarYear.test.ts asserts: 8 (no 腊月: 王莽's 建丑 made it the 正月 of 9), 236 (a 腊月 of 28 days), 237 (景初: no third month). */
const REFORM_YEARS = [8, 236, 237];

test.prop([year, calendar], { numRuns: 150 })('12 or 13 months of 29 or 30 days, at most one leap month, the days adding up, 正月初一 as fromLunar gives it', (y, cal) => {
  const ly = lunarYear(y, { calendar: cal });
  const leaps = ly.months.filter((m) => m.leap);
  expect(leaps.length).toBeLessThanOrEqual(1);
  if (!REFORM_YEARS.includes(y)) {
    expect(ly.months.length).toBe(leaps.length === 0 ? 12 : 13);
    for (const m of ly.months) expect([29, 30]).toContain(m.days);
  }
  expect(ly.leapMonth).toBe(leaps[0]?.month ?? null);
  expect(ly.days).toBe(ly.months.reduce((sum, m) => sum + m.days, 0));
  const first = fromLunar({ year: y, month: 1, day: 1 }, { calendar: cal });
  expect(ly.start).toBe(toIso(first.year, first.month, first.day));
  expect(ly.months[0]!.start).toBe(ly.start);
});

test.prop([year], { numRuns: 100 })('the 灶马头 counts are the days of 正月 on which each branch and stem first falls', (y) => {
  const ly = lunarYear(y);
  const dragons = ly.zaoMaTou.find((z) => z.name === '几龙治水')!.counts[0]!;
  const gold = ly.zaoMaTou.find((z) => z.name === '几日得金')!.counts[0]!;
  // The first 辰 day and the first 辛 day of 正月, found by reading the days one by one.
  const days = Array.from({ length: 12 }, (_, i) => isoDay(ly.start, i));
  const pillarOf = (iso: string): string => lunarDayPillar(iso);
  expect(pillarOf(days[dragons - 1]!).charAt(1)).toBe('辰');
  expect(days.slice(0, dragons - 1).every((d) => pillarOf(d).charAt(1) !== '辰')).toBe(true);
  expect(pillarOf(days[gold - 1]!).charAt(0)).toBe('辛');
  expect(days.slice(0, gold - 1).every((d) => pillarOf(d).charAt(0) !== '辛')).toBe(true);
});

/** The day pillar of a day from its distance to 1970-01-01 (辛巳): kept apart from the code under test. */
function lunarDayPillar(iso: string): string {
  const days = Math.round(Date.parse(`${iso}T00:00:00Z`) / 864e5);
  const i = (((days + 17) % 60) + 60) % 60;
  return '甲乙丙丁戊己庚辛壬癸'.charAt(i % 10) + '子丑寅卯辰巳午未申酉戌亥'.charAt(i % 12);
}
