import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toEpochDay } from '../../src/calendar/epochDay';
import { lunarMonthGrid, type GridDay } from '../../src/grid/index';
import { reference } from '../support/reference';
import { actualItems, expectedItems } from '../support/gridReference';
import { SEED } from '../support/setup';

const cells = (grid: { weeks: readonly (readonly (GridDay | null)[])[] }): GridDay[] => grid.weeks.flat().filter((c): c is GridDay => c !== null);
const epochDayOf = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return toEpochDay(y, m, d);
};

/** Lunar years with a leap month in an unusual place (2033: 闰十一月), and a sample drawn with the run's seed. */
const YEARS = [1900, 2023, 2033, 2057, 2099, ...fc.sample(fc.integer({ min: 1901, max: 2098 }), { seed: SEED, numRuns: 8 })];

describe('lunarMonthGrid against the reference', () => {
  it.each(YEARS)('every month of lunar year %i: its days, its first day and every cell', (year) => {
    for (const m of reference.LunarYear.fromYear(year).getMonthsInYear()) {
      const month = Math.abs(m.getMonth());
      const leap = m.getMonth() < 0;
      const grid = lunarMonthGrid(year, month, { leap });
      const days = cells(grid).filter((c) => c.inMonth);
      const s = reference.Solar.fromJulianDay(m.getFirstJulianDay());
      expect([grid.year, grid.month, grid.leap, grid.days, days.length, days[0]?.date]).toEqual([year, month, leap, m.getDayCount(), m.getDayCount(), s.toYmd()]);
      expect(days.every((c) => c.lunar.year === year && c.lunar.month === month && c.lunar.leap === leap)).toBe(true);
      expect(grid.monthName).toBe(days[0]?.lunar.monthName);
      for (const cell of cells(grid)) expect([cell.date, ...actualItems(cell)]).toEqual([cell.date, ...expectedItems(epochDayOf(cell.date))]);
    }
  });

  it('闰二月 2023: 29 days from 2023-03-22 (a Wednesday), its first labelled 闰二月, 清明 on its 15th', () => {
    const grid = lunarMonthGrid(2023, 2, { leap: true });
    const days = cells(grid).filter((c) => c.inMonth);
    expect([grid.monthName, grid.days, grid.weeks.length, days[0]?.date, days[0]?.weekday, days.at(-1)?.date]).toEqual(['闰二月', 29, 5, '2023-03-22', 3, '2023-04-19']);
    expect(days.filter((c) => c.labelKind !== 'day').map((c) => [c.lunar.day, c.label])).toEqual([[1, '闰二月'], [15, '清明']]);
    // The ordinary second month is another one, before it.
    expect(cells(lunarMonthGrid(2023, 2)).find((c) => c.inMonth)?.date).toBe('2023-02-20');
  });

  it('闰十一月 2033 (闰冬月) begins on 2033-12-22', () => {
    const grid = lunarMonthGrid(2033, 11, { leap: true, weekStart: 'sunday' });
    expect([grid.monthName, cells(grid).find((c) => c.inMonth)?.date, grid.weekdays[0]]).toEqual(['闰冬月', '2033-12-22', 0]);
  });

  it("calendar 'julian': the month across 1582-10-04/15 is unbroken, its dates Julian before the 15th", () => {
    const grid = lunarMonthGrid(1582, 9, { calendar: 'julian' });
    const days = cells(grid).filter((c) => c.inMonth);
    const i = days.findIndex((c) => c.date === '1582-10-04');
    expect([i >= 0, days[i + 1]?.date]).toEqual([true, '1582-10-15']);
    expect(days.map((c) => c.lunar.day)).toEqual(Array.from({ length: grid.days }, (_, k) => k + 1));
  });

  it('the last lunar month of the range, 腊月 9999, ends beyond it: those days are null', () => {
    const grid = lunarMonthGrid(9999, 12);
    const days = cells(grid).filter((c) => c.inMonth);
    expect(days.at(-1)?.date).toBe('9999-12-31');
    expect(days.length).toBeLessThan(grid.days);
    expect(grid.weeks.flat().at(-1)).toBeNull();
  });

  it('is deeply frozen and survives JSON', () => {
    const grid = lunarMonthGrid(2023, 2, { leap: true, fixedWeeks: true });
    const frozen = (v: unknown): boolean => v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(frozen));
    expect([frozen(grid), grid.weeks.length]).toEqual([true, 6]);
    expect(JSON.parse(JSON.stringify(grid))).toEqual(grid);
  });
});

describe('errors', () => {
  it.each([
    ['lunarMonthGrid(2024, 6, { leap: true })', () => lunarMonthGrid(2024, 6, { leap: true }), RangeError, /^lunarMonthGrid: options\.leap must be false for month 6 of lunar year 2024, which has no leap month, got true$/],
    ['lunarMonthGrid(2025, 5, { leap: true })', () => lunarMonthGrid(2025, 5, { leap: true }), RangeError, /^lunarMonthGrid: options\.leap must be false for month 5 of lunar year 2025, which has only leap month 6, got true$/],
    ['lunarMonthGrid(2025, 1, { leap: 1 })', () => lunarMonthGrid(2025, 1, { leap: 1 as unknown as boolean }), TypeError, /^lunarMonthGrid: options\.leap must be a boolean, got 1$/],
    ['lunarMonthGrid(2025, 13)', () => lunarMonthGrid(2025, 13), RangeError, /^lunarMonthGrid: month must be between 1 and 12, got 13$/],
    ['lunarMonthGrid(10000, 1)', () => lunarMonthGrid(10000, 1), RangeError, /^lunarMonthGrid: year must be between -722 and 9999, got 10000$/],
    ['lunarMonthGrid(2025.5, 1)', () => lunarMonthGrid(2025.5, 1), TypeError, /^lunarMonthGrid: year must be an integer, got 2025\.5$/],
    ['lunarMonthGrid(237, 3)', () => lunarMonthGrid(237, 3), RangeError, /^lunarMonthGrid: month must be one of .* in lunar year 237, got 3$/],
    ['lunarMonthGrid(-722, 1)', () => lunarMonthGrid(-722, 1), RangeError, /^lunarMonthGrid: month must be a month with a day within -000721-01-01 … 9999-12-31, got "-722-1"$/],
    ['lunarMonthGrid(2025, 1, { weekStart: "Monday" })', () => lunarMonthGrid(2025, 1, { weekStart: 'Monday' as 'monday' }), RangeError, /^lunarMonthGrid: options\.weekStart must be 'monday' or 'sunday', got "Monday"$/],
  ])('%s', (_, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
