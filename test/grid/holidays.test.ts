// The cells' holiday flags are huangli/holidays' answers (holiday(date), isWorkday(date)) wherever
// it answers, and null wherever it refuses (a RangeError: a year without a schedule, the last week
// of December before the next year's notice is in the data): never a guess, never an error.
import { describe, expect, it } from 'vitest';
import { monthGrid, lunarMonthGrid, type GridDay } from '../../src/grid/index';
import { holiday, holidayData, isWorkday } from '../../src/holidays/index';
import { reference } from '../support/reference';

const cellsOf = (grid: { weeks: readonly (readonly (GridDay | null)[])[] }): GridDay[] => grid.weeks.flat().filter((c): c is GridDay => c !== null);

/** [holiday, workday] as huangli/holidays gives them, or [null, null] where it throws a RangeError. */
function expected(date: string, options?: Parameters<typeof holiday>[1]): [unknown, unknown] {
  try {
    return [holiday(date, options), isWorkday(date, options)];
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return [null, null];
  }
}

describe('holiday and workday', () => {
  it('every cell of every month 2001–2027 is what holiday() and isWorkday() say, null outside the data', () => {
    let covered = 0;
    let uncovered = 0;
    let entries = 0;
    for (let year = 2001; year <= 2027; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const cell of cellsOf(monthGrid(year, month, { weekStart: month % 2 === 0 ? 'sunday' : 'monday' }))) {
          expect([cell.date, cell.holiday, cell.workday]).toEqual([cell.date, ...expected(cell.date)]);
          if (cell.workday === null) uncovered++;
          else covered++;
          if (cell.holiday !== null) entries++;
        }
      }
    }
    // 2002-01-01 … 2026-12-24 are covered; 2001, the last week of 2026 and 2027 are not.
    expect(covered).toBeGreaterThan(25 * 365);
    expect(uncovered).toBeGreaterThan(2 * 365);
    expect(entries).toBeGreaterThan(25 * 30);
  });

  it('春节 2025: the days off and the make-up Sundays and Saturdays, as the State Council set them', () => {
    const days = cellsOf(monthGrid(2025, 2)).concat(cellsOf(monthGrid(2025, 1))).filter((c) => c.holiday !== null && c.holiday.festival === '春节');
    const off = days.filter((c) => c.holiday?.kind === 'off').map((c) => c.date).sort();
    const work = [...new Set(days.filter((c) => c.holiday?.kind === 'workday').map((c) => c.date))].sort();
    expect([...new Set(off)]).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04']);
    expect(work).toEqual(['2025-01-26', '2025-02-08']);
    expect(days.every((c) => c.workday === (c.holiday?.kind === 'workday'))).toBe(true);
  });

  it("agrees with the reference's HolidayUtil on the days it lists (2025)", () => {
    const util = (reference as unknown as { HolidayUtil: { getHoliday(y: number, m: number, d: number): { isWork(): boolean } | null } }).HolidayUtil;
    for (let month = 1; month <= 12; month++) {
      for (const cell of cellsOf(monthGrid(2025, month)).filter((c) => c.inMonth && !(month === 12 && c.workday === null))) {
        const [y, m, d] = cell.date.split('-').map(Number) as [number, number, number];
        const h = util.getHoliday(y, m, d);
        expect([cell.date, cell.holiday === null ? null : cell.holiday.kind === 'workday']).toEqual([cell.date, h === null ? null : h.isWork()]);
      }
    }
  });

  it('an ordinary weekday is a workday, an ordinary weekend day is not; before 2002 nothing is known', () => {
    const week = cellsOf(monthGrid(2025, 3)).filter((c) => c.date >= '2025-03-10' && c.date <= '2025-03-16');
    expect(week.map((c) => [c.holiday, c.workday])).toEqual([...Array(5).fill([null, true]), [null, false], [null, false]]);
    expect(cellsOf(monthGrid(2001, 10)).every((c) => c.holiday === null && c.workday === null)).toBe(true);
    expect(cellsOf(monthGrid(1582, 10, { calendar: 'julian' })).every((c) => c.workday === null)).toBe(true);
  });

  it('options.holidayData: a dataset with the next year\'s notice answers 2027 and the last week of 2026', () => {
    const data = holidayData([{
      year: 2027,
      notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知 (an illustration)', dated: null, published: null }],
      breaks: [{ festivals: [{ name: '元旦', date: '2027-01-01' }], off: ['2027-01-01', '2027-01-03'] }],
    }]);
    const cells = cellsOf(monthGrid(2027, 1, { holidayData: data }));
    expect(cells.find((c) => c.date === '2027-01-01')?.holiday).toEqual(holiday('2027-01-01', { data }));
    expect(cells.find((c) => c.date === '2026-12-28')?.workday).toBe(true); // a Monday, now known
    expect(cellsOf(monthGrid(2027, 1)).find((c) => c.date === '2027-01-01')?.workday).toBeNull();
    for (const cell of cells) expect([cell.date, cell.holiday, cell.workday]).toEqual([cell.date, ...expected(cell.date, { data })]);
    // A lunar month takes it too.
    expect(cellsOf(lunarMonthGrid(2026, 11, { holidayData: data })).find((c) => c.date === '2027-01-01')?.holiday?.festival).toBe('元旦');
  });

  it('options.holidayData must be made by holidayData()', () => {
    expect(() => monthGrid(2025, 1, { holidayData: { years: [] } as never })).toThrow(TypeError);
    expect(() => monthGrid(2025, 1, { holidayData: { years: [] } as never })).toThrow(/^monthGrid: options\.holidayData must be a dataset made by holidayData\(years\) \(huangli\/holidays\), got \{"years":\[\]\}$/);
    expect(() => lunarMonthGrid(2025, 1, { holidayData: 7 as never })).toThrow(/^lunarMonthGrid: options\.holidayData must be a dataset made by holidayData\(years\) \(huangli\/holidays\), got 7$/);
  });
});
