import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fromLunar, lunarDate } from '../../src/index';
import { newMoons } from '../../src/astro/index';
import { civilDate, civilDateWithNext, nextDay } from '../support/arbitraries';

test.prop([civilDateWithNext])('the lunar day advances by 1, or restarts at 1 on the day of a new moon', (d) => {
  const today = lunarDate(d);
  const tomorrow = lunarDate(nextDay(d));
  if (tomorrow.day === 1) {
    expect([29, 30]).toContain(today.day);
    const next = nextDay(d);
    const iso = `${next.year}-${String(next.month).padStart(2, '0')}-${String(next.day).padStart(2, '0')}`;
    // From 1960 the reference's months start on the day of the new moon it computes.
    if (next.year >= 1960) expect(newMoons(next.year).some((instant) => instant.startsWith(iso))).toBe(true);
  } else {
    expect(tomorrow.day).toBe(today.day + 1);
    expect([tomorrow.month, tomorrow.leap, tomorrow.year]).toEqual([today.month, today.leap, today.year]);
  }
});

test.prop([civilDate])('fromLunar(lunarDate(d)) is d', (d) => {
  expect(fromLunar(lunarDate(d))).toEqual(d);
});

test.prop([fc.integer({ min: 1900, max: 2099 })], { numRuns: 60 })('each lunar year has 12 or 13 months and at most one leap month', (year) => {
  const months: { month: number; leap: boolean; days: number }[] = [];
  const first = fromLunar({ year, month: 1, day: 1 });
  const next = fromLunar({ year: year + 1, month: 1, day: 1 });
  let t = Date.UTC(first.year, first.month - 1, first.day);
  const end = Date.UTC(next.year, next.month - 1, next.day);
  for (; t < end; t += 86400000) {
    const day = new Date(t);
    const l = lunarDate({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
    expect(l.year).toBe(year);
    if (l.day === 1) months.push({ month: l.month, leap: l.leap, days: 0 });
    (months.at(-1) as { days: number }).days++;
  }
  expect([12, 13]).toContain(months.length);
  const leaps = months.filter((m) => m.leap);
  expect(leaps.length).toBe(months.length - 12);
  for (const m of months) expect([29, 30]).toContain(m.days);
  // Months run 1 … 12 in order, the leap month right after the month it repeats.
  expect(months.filter((m) => !m.leap).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  for (const leap of leaps) expect(months[months.indexOf(leap) - 1]?.month).toBe(leap.month);
});
