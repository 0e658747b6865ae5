import { getPillar } from '../names/stemsBranches';
import type { DayPillars } from './pillars';

/**
 * The records by year pillar · 60 + month pillar, then day pillar, built on first use: a month
 * pillar goes with 12 of the 60 year pillars, so at most 720 · 60 records (about 1 MB, reached
 * only by days of every part of the range).
 */
let memo: ((DayPillars | undefined)[] | undefined)[] | undefined;

/**
 * The `{ year, month, day }` pillars of a day from their indices, one frozen record for each
 * combination that occurs, shared.
 * @internal
 */
export function getDayPillars(yearIndex: number, monthIndex: number, dayIndex: number): DayPillars {
  memo ??= new Array<undefined>(3600).fill(undefined);
  const days = (memo[yearIndex * 60 + monthIndex] ??= new Array<DayPillars | undefined>(60).fill(undefined));
  return (days[dayIndex] ??= Object.freeze({ year: getPillar(yearIndex), month: getPillar(monthIndex), day: getPillar(dayIndex) }));
}
