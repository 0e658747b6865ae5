/**
 * `huangli/grid`: the weeks of a month for a calendar page (万年历) — Gregorian (or Julian) months
 * with {@link monthGrid}, lunar months with {@link lunarMonthGrid} — each day with its lunar date,
 * the label a 万年历 prints, its solar term, festivals, fortune score and statutory-holiday flags.
 *
 * @module huangli/grid
 */
export { monthGrid } from './monthGrid';
export { lunarMonthGrid } from './lunarMonthGrid';
export type {
  GridDay, GridLabelKind, GridLayout, GridWeek, LunarMonthGrid, LunarMonthGridOptions, MonthGrid, MonthGridOptions, WeekStart,
} from './types';
