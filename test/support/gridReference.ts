/**
 * monthGrid() against the reference (lunar-javascript): for one month, the days of the month,
 * the layout of its weeks, and for every cell the weekday, the lunar date, the label (by the
 * documented precedence, rebuilt from the reference's own items), the term and the festivals.
 * Used by test/grid/monthGrid.test.ts (sampled months) and monthGrid.full.test.ts (every month
 * 1900–2100).
 */
import { fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
import { fromEpochDayIn } from '../../src/calendar/julianCalendar';
import { monthGrid, type GridDay, type MonthGrid, type WeekStart } from '../../src/grid/index';
import { reference, type RefAlmanacLunar } from './reference';

interface RefSolarUtil { getDaysOfMonth(year: number, month: number): number }
interface RefSolarWithWeek { getWeek(): number; getLunar(): RefAlmanacLunar }
const solarUtil = (reference as unknown as { SolarUtil: RefSolarUtil }).SolarUtil;

/**
 * The label a cell must show, from the reference's items: its first festival (Lunar#getFestivals:
 * the principal ones, 除夕 included), else its term, else the month's name on 初一, else the day.
 */
export function referenceLabel(l: RefAlmanacLunar): string {
  const festival = l.getFestivals()[0];
  if (festival !== undefined) return festival;
  if (l.getJieQi() !== '') return l.getJieQi();
  return l.getDay() === 1 ? `${l.getMonthInChinese()}月` : l.getDayInChinese();
}

const iso = (n: number): string => {
  const d = fromEpochDay(n);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};

/** What a cell holds, in the reference's terms. */
export function actualItems(cell: GridDay): unknown[] {
  const { lunar } = cell;
  return [cell.weekday, lunar.year, lunar.leap ? -lunar.month : lunar.month, lunar.day, cell.label, cell.term ?? '', cell.festivals.filter((f) => f.kind !== 'solar-term').map((f) => f.name).sort()];
}

/** What the cell of the day `epochDay` (read as the reference reads dates: Julian before 1582-10-15) must hold. */
export function expectedItems(epochDay: number): unknown[] {
  const { year, month, day } = fromEpochDayIn('julian', epochDay);
  const solar = reference.Solar.fromYmd(year, month, day) as unknown as RefSolarWithWeek;
  const l = solar.getLunar();
  return [solar.getWeek(), l.getYear(), l.getMonth(), l.getDay(), referenceLabel(l), l.getJieQi(), [...l.getFestivals(), ...l.getOtherFestivals()].sort()];
}

/**
 * The differences of `monthGrid(year, month, { weekStart })` from what the reference implies
 * ([] when none): the layout (the days 28–31 of the month in order, each cell the day after the
 * one before, `inMonth` exactly on them, the first column the week's start, no empty week) and
 * every cell's items. `onCell` sees every in-month cell (to compare more with it).
 */
export function compareMonthGrid(year: number, month: number, weekStart: WeekStart, onCell?: (cell: GridDay) => void): string[] {
  const problems: string[] = [];
  const grid: MonthGrid = monthGrid(year, month, { weekStart });
  const where = `${year}-${month} ${weekStart}`;
  const days = solarUtil.getDaysOfMonth(year, month);
  if (grid.days !== days || days < 28 || days > 31) problems.push(`${where}: days ${grid.days} vs ${days}`);
  const cells = grid.weeks.flat();
  if (grid.weeks.some((w) => w.length !== 7)) problems.push(`${where}: a week without 7 cells`);
  const first = toEpochDay(year, month, 1);
  const start = cells[0] === null || cells[0] === undefined ? Number.NaN : toEpochDay(...(cells[0].date.split('-').map(Number) as [number, number, number]));
  const inMonth = cells.filter((c) => c?.inMonth);
  if (inMonth.length !== days) problems.push(`${where}: ${inMonth.length} in-month cells`);
  if (grid.weeks.length !== Math.ceil((first - start + days) / 7) || first - start > 6 || first - start < 0) problems.push(`${where}: ${grid.weeks.length} weeks from ${iso(start)}`);
  if (JSON.stringify(grid.weekdays) !== JSON.stringify(weekStart === 'monday' ? [1, 2, 3, 4, 5, 6, 0] : [0, 1, 2, 3, 4, 5, 6])) problems.push(`${where}: weekdays ${JSON.stringify(grid.weekdays)}`);
  cells.forEach((cell, i) => {
    const n = start + i;
    if (cell === null || cell === undefined) {
      problems.push(`${where}: cell ${i} is null`);
      return;
    }
    const isIn = n >= first && n < first + days;
    if (cell.date !== iso(n) || cell.inMonth !== isIn || cell.day !== fromEpochDay(n).day || cell.weekday !== grid.weekdays[i % 7]) {
      problems.push(`${where}: cell ${i} ${JSON.stringify([cell.date, cell.inMonth, cell.day, cell.weekday])}, expected ${iso(n)} ${String(isIn)}`);
    }
    const [a, e] = [actualItems(cell), expectedItems(n)];
    if (JSON.stringify(a) !== JSON.stringify(e)) problems.push(`${cell.date}: ${JSON.stringify(a)} vs reference ${JSON.stringify(e)}`);
    if (isIn) onCell?.(cell);
  });
  return problems;
}
