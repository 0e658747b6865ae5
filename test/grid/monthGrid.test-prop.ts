// monthGrid over the whole range (-721 … 9999, both calendars) against almanac(): the cells are the
// almanac's days, in order, and each label follows the documented precedence.
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { monthGrid, lunarMonthGrid, type GridDay } from '../../src/grid/index';
import { almanac, lunarDate } from '../../src/index';

/** The label of a day by the documented precedence, from its almanac page. */
function labelOf(date: string, calendar: 'iso8601' | 'julian'): [string, string] {
  const page = almanac(date, { calendar });
  const festival = page.festivals.find((f) => f.kind === 'lunar');
  if (festival !== undefined) return [festival.name, 'festival'];
  if (page.solarTerm !== null) return [page.solarTerm.name, 'term'];
  return page.lunar.day === 1 ? [page.lunar.monthName, 'month'] : [page.lunar.dayName, 'day'];
}

const options = fc.record({ weekStart: fc.constantFrom('monday' as const, 'sunday' as const), calendar: fc.constantFrom('iso8601' as const, 'julian' as const), fixedWeeks: fc.boolean() });

test.prop([fc.integer({ min: -721, max: 9999 }), fc.integer({ min: 1, max: 12 }), options], { numRuns: 40 })(
  'every cell is its almanac day: date, weekday, lunar date, term, festivals, score and label',
  (year, month, o) => {
    const grid = monthGrid(year, month, o);
    const cells = grid.weeks.flat().filter((c): c is GridDay => c !== null);
    expect(grid.weeks.every((w) => w.length === 7)).toBe(true);
    if (o.fixedWeeks) expect(grid.weeks).toHaveLength(6);
    const inMonth = cells.filter((c) => c.inMonth);
    expect(inMonth.length).toBe(grid.days);
    expect(inMonth.every((c) => c.date.startsWith(`${c.date.slice(0, -6)}-${String(month).padStart(2, '0')}`))).toBe(true);
    for (const cell of cells) {
      const page = almanac(cell.date, { calendar: o.calendar });
      expect([cell.weekday, cell.lunar, cell.term, cell.festivals, cell.score, [cell.label, cell.labelKind], cell.day])
        .toEqual([page.weekday, page.lunar, page.solarTerm?.name ?? null, page.festivals, page.fortune.score, labelOf(cell.date, o.calendar), Number(cell.date.slice(-2))]);
    }
    // Consecutive days: each lunar date follows the one before.
    for (let i = 1; i < cells.length; i++) {
      const [a, b] = [cells[i - 1] as GridDay, cells[i] as GridDay];
      expect(b.lunar.day === 1 || (b.lunar.day === a.lunar.day + 1 && b.lunar.month === a.lunar.month)).toBe(true);
      expect(b.weekday).toBe((a.weekday + 1) % 7);
    }
  },
);

test.prop([fc.integer({ min: -721, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.boolean()], { numRuns: 40 })(
  'lunarMonthGrid holds the days whose lunar date is that month, and only those in month',
  (year, month, leap) => {
    let grid;
    try {
      grid = lunarMonthGrid(year, month, { leap });
    } catch (error) {
      // The only refusals: a leap month the year does not have (or a month a reform skipped).
      expect(error).toBeInstanceOf(RangeError);
      expect(String(error)).toMatch(/options\.leap must be false|month must be one of/);
      return;
    }
    const cells = grid.weeks.flat().filter((c): c is GridDay => c !== null);
    for (const cell of cells) {
      const l = lunarDate(cell.date);
      expect(cell.lunar).toEqual(l);
      expect(cell.inMonth).toBe(l.year === year && l.month === month && l.leap === leap);
    }
    const days = cells.filter((c) => c.inMonth).map((c) => c.lunar.day);
    // 1 … 29 or 30, unless the month runs beyond the range (null cells, 腊月 9999 or the first month of the range).
    const complete = !grid.weeks.flat().includes(null);
    expect(days).toEqual(Array.from({ length: complete ? grid.days : days.length }, (_, i) => i + (complete ? 1 : (days[0] as number))));
  },
);
