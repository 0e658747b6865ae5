import { taiSuiDay, taiSuiMonth, taiSuiYear, trigramDirection } from '../data/almanac.generated';
import type { Position, ThreePillars } from './types';

/** The nine positions (eight trigrams and 中), built on first use and shared: frozen, so no caller can tell. */
let positions: ReadonlyMap<string, Position> | undefined;

/** The frozen {@link Position} of a trigram (or 中). @internal */
export function positionAt(trigram: string): Position {
  positions ??= new Map(Object.entries(trigramDirection).map(([t, direction]) => [t, Object.freeze({ trigram: t, direction })]));
  return positions.get(trigram) as Position;
}

/**
 * Where 太岁 stands for the year, the month and the day, as the reference reads it
 * (lunar-javascript's Lunar#getYearPositionTaiSui, #getMonthPositionTaiSui, #getDayPositionTaiSui):
 * the year's by its branch; the month's by its pillar (艮, the month stem's, 坤, 巽 in turn from
 * the 寅 month); the day's by its pillar on five runs of six days (甲子 … 己巳 in 震, 丙子 … 辛巳
 * in 离, 戊子 … 癸巳 in the centre, 庚子 … 乙巳 in 兑, 壬子 … 丁巳 in 坎), else the year's.
 * @internal
 */
export function getTaiSui(yearBranch: number, monthPillar: number, dayPillar: number): ThreePillars<Position> {
  const year = positionAt(taiSuiYear[yearBranch] as string);
  const day = taiSuiDay.charAt(dayPillar);
  return Object.freeze({ year, month: positionAt(taiSuiMonth.charAt(monthPillar)), day: day === '.' ? year : positionAt(day) });
}
