/**
 * The policies of recurring events, as properties (fixed seed: test/support/setup.ts), against
 * the reference (lunar-javascript; dates read as it reads them, `calendar: 'julian'`):
 * - an occurrence is on its lunar date, or where the documented substitute puts it, and the
 *   substitute applies exactly when its own date does not exist that year;
 * - a lunar year has exactly one occurrence, or none with 'skip' (and in the two reform years for
 *   a month they lack), whether listed by the event's year or by the solar years they are dated in;
 * - nextOccurrence(d) is on or after d, and no occurrence lies between d and it.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fromEpochDayIn, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { lunarDate } from '../../src/index';
import { nextOccurrence, occurrences, type LunarAnniversary, type Occurrence, type RecurringEvent, type SolarAnniversary } from '../../src/events/index';
import { refDayAfter, refIsLeapYear, refMonthDays, refSolarOf } from './refEvents';

const lunarEvent: fc.Arbitrary<LunarAnniversary> = fc.record({
  kind: fc.constant('lunar' as const),
  month: fc.integer({ min: 1, max: 12 }),
  // Days 29 and 30 and leap months, where the policies act, half of the time.
  day: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(29, 30)),
  leap: fc.boolean(),
  missingLeapMonth: fc.constantFrom('same-month' as const, 'skip' as const),
  missingDay: fc.constantFrom('last-day' as const, 'next-day' as const, 'skip' as const),
});
const solarEvent: fc.Arbitrary<SolarAnniversary> = fc.record({
  kind: fc.constant('solar' as const),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  missingDay: fc.constantFrom('last-day' as const, 'next-day' as const, 'skip' as const),
}).map((e) => ({ ...e, day: Math.min(e.day, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][e.month - 1] as number) }))
  .chain((e) => fc.oneof(fc.constant(e), fc.constant({ ...e, month: 2, day: 29 })));
/** Years 1 … 9998: there the reference's months of a lunar year are those of its own year list (docs/calendar.md). */
const year = fc.integer({ min: 1, max: 9998 });
const JULIAN = { calendar: 'julian' } as const;

/** Where the reference puts the occurrence of a lunar event in lunar year `y`: its date and substitutions, or undefined. */
function expectedLunar(e: LunarAnniversary, y: number): { date: string; substitutions: string[] } | undefined {
  const substitutions: string[] = [];
  let month = e.leap === true ? -e.month : e.month;
  let days = refMonthDays(y, month);
  if (days === undefined && e.leap === true) {
    if (e.missingLeapMonth === 'skip') return undefined;
    month = e.month;
    days = refMonthDays(y, month);
    substitutions.push('same-month');
  }
  if (days === undefined) return undefined;
  if (e.day <= days) return { date: refSolarOf(y, month, e.day), substitutions };
  if (e.missingDay === 'skip') return undefined;
  substitutions.push(e.missingDay as string);
  return { date: e.missingDay === 'last-day' ? refSolarOf(y, month, days) : refDayAfter(y, month, days), substitutions };
}

/** Where a solar event falls in year `y` of the reference's calendar (Julian before 1582-10-15). */
function expectedSolar(e: SolarAnniversary, y: number): { date: string; substitutions: string[] } | undefined {
  const exists = (m: number, d: number): boolean =>
    d <= (m === 2 ? (refIsLeapYear(y) ? 29 : 28) : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!) && !(y === 1582 && m === 10 && d >= 5 && d <= 14);
  const ymd = (m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (exists(e.month, e.day)) return { date: ymd(e.month, e.day), substitutions: [] };
  if (e.missingDay === 'skip') return undefined;
  if (e.missingDay === 'last-day') {
    let d = e.day - 1;
    while (!exists(e.month, d)) d--;
    return { date: ymd(e.month, d), substitutions: ['last-day'] };
  }
  // 02-29 → 03-01; 1582-10-05 … 14 → 10-15.
  return { date: e.month === 2 ? ymd(3, 1) : ymd(10, 15), substitutions: ['next-day'] };
}

const summary = (o: Occurrence | undefined): { date: string; substitutions: string[] } | undefined =>
  o === undefined ? undefined : { date: o.date, substitutions: [...o.substitutions] };

test.prop([lunarEvent, year])('a lunar occurrence is on its lunar date, or on the documented substitute exactly when that date is missing', (e, y) => {
  const list = occurrences(e, y, { ...JULIAN, yearOf: 'event' });
  expect(list.length).toBeLessThanOrEqual(1);
  const [o] = list;
  expect(summary(o)).toEqual(expectedLunar(e, y));
  if (o === undefined) return;
  expect(o.year).toBe(y);
  expect(o.substituted).toBe(o.substitutions.length > 0);
  if (!o.substituted) expect([o.lunar.year, o.lunar.month, o.lunar.day, o.lunar.leap]).toEqual([y, e.month, e.day, e.leap === true]);
  else if (o.substitutions.at(-1) === 'next-day') expect(o.lunar.day).toBe(1);
  else expect(o.lunar.month).toBe(e.month);
});

test.prop([solarEvent, fc.oneof(year, fc.integer({ min: 1570, max: 1600 }))])('a solar occurrence is on its date, or on the documented substitute exactly when that date is missing', (e, y) => {
  const list = occurrences(e, y, { ...JULIAN, yearOf: 'event' });
  expect(list.map(summary)).toEqual([expectedSolar(e, y)].filter((x) => x !== undefined));
  expect(occurrences(e, y, JULIAN)).toEqual(list);
});

test.prop([lunarEvent, fc.integer({ min: 2, max: 9990 })], { numRuns: 100 })('a lunar year has exactly one occurrence (none with skip), also among the occurrences listed by solar year', (e, y) => {
  // Listed by the solar years they are dated in, the occurrences of lunar years y … y + 4 all come, once each.
  const byDate = [y, y + 1, y + 2, y + 3, y + 4, y + 5].flatMap((solarYear) => occurrences(e, solarYear, JULIAN));
  for (let lunarYear = y; lunarYear < y + 5; lunarYear++) {
    const own = occurrences(e, lunarYear, { ...JULIAN, yearOf: 'event' });
    expect(byDate.filter((o) => o.year === lunarYear)).toEqual(own);
    const skipped = own.length === 0;
    const mayBeSkipped = e.missingDay === 'skip' || (e.leap === true && e.missingLeapMonth === 'skip');
    if (skipped) expect(mayBeSkipped || [8, 237].includes(lunarYear)).toBe(true);
  }
  // In date order, and one lunar year after another.
  const days = byDate.map((o) => toEpochDayIn('julian', ...(o.date.split('-').map(Number) as [number, number, number])));
  expect(days).toEqual([...days].sort((a, b) => a - b));
  expect(byDate.map((o) => o.year)).toEqual([...byDate.map((o) => o.year)].sort((a, b) => a - b));
});

const day = fc.integer({ min: toEpochDayIn('julian', 1, 1, 1), max: toEpochDayIn('julian', 9990, 12, 31) }).map((n) => fromEpochDayIn('julian', n));
const epochDayOf = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return toEpochDayIn('julian', y, m, d);
};

/** nextOccurrence(e, d) against every occurrence of the event's years from d's to the one found (or to 9999). */
function checkNext(e: RecurringEvent, d: { year: number; month: number; day: number }): void {
  const next = nextOccurrence(e, d, JULIAN);
  const from = toEpochDayIn('julian', d.year, d.month, d.day);
  const at = next === undefined ? Number.POSITIVE_INFINITY : epochDayOf(next.date);
  expect(at).toBeGreaterThanOrEqual(from);
  // The event's years: a lunar year's occurrence can fall on 正月初一 of the next.
  const first = e.kind === 'lunar' ? lunarDate(d, JULIAN).year - 1 : d.year;
  const last = next === undefined ? (e.kind === 'lunar' ? 9998 : 9999) : next.year;
  const seen: Occurrence[] = [];
  for (let y = first; y <= last; y++) seen.push(...occurrences(e, y, { ...JULIAN, yearOf: 'event' }));
  expect(seen.filter((o) => epochDayOf(o.date) >= from && epochDayOf(o.date) < at)).toEqual([]);
  if (next !== undefined) expect(seen).toContainEqual(next);
}
/** Events that occur most years: a leap month falls back on its month. */
const usualEvent: fc.Arbitrary<RecurringEvent> = fc.oneof(lunarEvent.map((e) => ({ ...e, missingLeapMonth: 'same-month' as const })), solarEvent);

test.prop([usualEvent, day], { numRuns: 150 })('nextOccurrence(d) is on or after d, and no occurrence lies between d and it', (e, d) => {
  expect(nextOccurrence(e, d, JULIAN)).toBeDefined();
  checkNext(e, d);
});

// The example: a 闰二月三十 kept only when there is one, asked from 2748 — there is none again before 9999.
const leapOnly: fc.Arbitrary<LunarAnniversary> = lunarEvent.map((e) => ({ ...e, leap: true, missingLeapMonth: 'skip' as const }));
const neverAgain: [LunarAnniversary, { year: number; month: number; day: number }] = [
  { kind: 'lunar', month: 2, day: 30, leap: true, missingLeapMonth: 'skip', missingDay: 'skip' }, { year: 2748, month: 4, day: 20 },
];
test.prop([leapOnly, day], { numRuns: 15, examples: [neverAgain] })(
  'so also for a leap-month day kept only in the years with that leap month, which can be centuries apart or never again',
  (e, d) => checkNext(e, d),
);
