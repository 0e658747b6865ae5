/**
 * Properties of isWorkday and holidayData (fast-check, the seed fixed in test/support/setup.ts):
 * on days drawn from the bundled years, the day's kind decides (a weekday not in the data works,
 * a weekend day not a make-up workday is off, a day off is off, a make-up workday works and is a
 * weekend day); on datasets drawn at random (breaks of 1–9 days in separate months, their make-up
 * workdays weekend days near them) holidayData accepts them and isWorkday follows them, and
 * moving one make-up workday to a weekday is rejected with a message naming that entry.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { holiday, holidayData, isWorkday } from '../../src/holidays/index';
import type { HolidayFestival, HolidayYearInput } from '../../src/holidays/index';

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string): boolean => weekdayOf(date) === 0 || weekdayOf(date) === 6;

/** Days of the bundled years, 2002-01-01 … 2026-12-24 (after that the 2027 notice is missing). */
const bundledDay = fc.integer({ min: Date.UTC(2002, 0, 1) / DAY, max: Date.UTC(2026, 11, 24) / DAY }).map((d) => iso(d * DAY));

describe('isWorkday on the bundled years', () => {
  test.prop([bundledDay])('a day is a workday exactly when it is a weekday not off, or a make-up workday', (date) => {
    const entry = holiday(date);
    const expected = entry === null ? !isWeekend(date) : entry.kind === 'workday';
    expect(isWorkday(date)).toBe(expected);
    if (entry?.kind === 'workday') expect(isWeekend(date)).toBe(true);
  });

  test.prop([bundledDay])('the same day as an object and as a Date at noon in China', (date) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    expect(isWorkday({ year, month, day })).toBe(isWorkday(date));
    expect(isWorkday(new Date(`${date}T12:00:00+08:00`))).toBe(isWorkday(date));
  });
});

const FESTIVALS: readonly HolidayFestival[] = ['元旦', '清明节', '端午节', '中秋节', '国庆节', '抗战胜利纪念日'];

/** A year 2030 … 2090 and up to six breaks, break i in month 2i + 1, each 1–9 days with 0–2 make-up weekend days from a week before to two weeks after. */
const randomYear = fc.record({
  year: fc.integer({ min: 2030, max: 2090 }),
  breaks: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }).chain((slots) => fc.tuple(
    ...slots.sort((a, b) => a - b).map((slot) => fc.record({
      slot: fc.constant(slot),
      start: fc.integer({ min: 2, max: 20 }),
      length: fc.integer({ min: 1, max: 9 }),
      festivalOffset: fc.integer({ min: 0, max: 8 }),
      workdays: fc.uniqueArray(fc.integer({ min: -7, max: 14 }), { maxLength: 2 }),
    })),
  )),
}).map(({ year, breaks }): HolidayYearInput => ({
  year,
  notices: [{ title: `国务院办公厅关于${year}年部分节假日安排的通知`, dated: null, published: null }],
  breaks: breaks.map((b) => {
    // Slot i is in month 2i + 1 (January, March, …): two months apart, its days and make-up days cannot meet the next slot's.
    const first = Date.UTC(year, 2 * b.slot, b.start);
    const last = first + (b.length - 1) * DAY;
    // A make-up workday: the nearest weekend day to the drawn offset, outside the days off.
    const workdays = [...new Set(b.workdays.map((o) => {
      let t = o < 0 ? first + o * DAY : last + (o + 1) * DAY;
      while (!isWeekend(iso(t))) t += o < 0 ? -DAY : DAY;
      return iso(t);
    }))].filter((w) => Math.abs(Date.parse(`${w}T00:00:00Z`) - first) <= 28 * DAY);
    const festival = FESTIVALS[b.slot] as HolidayFestival;
    return {
      festivals: [{ name: festival, date: iso(first + Math.min(b.festivalOffset, b.length - 1) * DAY) }],
      off: [iso(first), iso(last)] as const,
      workdays,
    };
  }),
}));

describe('holidayData and isWorkday on random datasets', () => {
  test.prop([randomYear])('a valid year is accepted, and isWorkday follows its days off and make-up workdays', (input) => {
    const data = holidayData([input], { bundled: false });
    const offDays = new Set<string>();
    for (const b of input.breaks) for (let t = Date.parse(`${b.off[0]}T00:00:00Z`); t <= Date.parse(`${b.off[1]}T00:00:00Z`); t += DAY) offDays.add(iso(t));
    const workdays = new Set(input.breaks.flatMap((b) => b.workdays ?? []));
    for (let t = Date.UTC(input.year, 0, 1); t <= Date.UTC(input.year, 11, 24); t += DAY) {
      const date = iso(t);
      const expected = workdays.has(date) || (!offDays.has(date) && !isWeekend(date));
      if (isWorkday(date, { data }) !== expected) expect.fail(`${date}: expected ${String(expected)}`);
    }
  });

  test.prop([randomYear, fc.nat(), fc.integer({ min: 1, max: 5 })])('a make-up workday moved to a weekday is rejected, naming its entry', (input, pick, weekday) => {
    const j = pick % input.breaks.length;
    const b = input.breaks[j] as (typeof input.breaks)[number];
    // A weekday (Monday … Friday) in the week after the break.
    let t = Date.parse(`${b.off[1]}T00:00:00Z`) + DAY;
    while (new Date(t).getUTCDay() !== weekday) t += DAY;
    const moved = { ...input, breaks: input.breaks.map((x, k) => (k === j ? { ...x, workdays: [iso(t)] } : x)) };
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
    expect(() => holidayData([moved], { bundled: false })).toThrow(
      `holidayData: years[0].breaks[${j}].workdays[0] (${input.year} ${b.festivals[0]?.name as string}) must be a Saturday or a Sunday (a make-up workday is a weekend day worked), got "${iso(t)}", a ${names[weekday] as string}`,
    );
  });
});
