import { taiSuiDay, taiSuiMonth, taiSuiYear, trigramDirection } from '../data/almanac.generated';
import type { Position, ThreePillars } from './types';
import { emptySlots } from '../internal/memo';

/** The nine positions (eight trigrams and 中), built on first use and shared: frozen, so no caller can tell. */
let positions: ReadonlyMap<string, Position> | undefined;

/** The frozen {@link Position} of a trigram (or 中). @internal */
export function positionAt(trigram: string): Position {
  positions ??= new Map(Object.entries(trigramDirection).map(([t, direction]) => [t, Object.freeze({ trigram: t, direction })]));
  return positions.get(trigram) as Position;
}

/** The nine positions in a fixed order, to number their combinations. */
const TRIGRAMS = '坎艮震巽离坤兑乾中';
/** One frozen record for each of the 9 · 9 · 9 combinations of positions, built on first use. */
const memo = /* @__PURE__ */ emptySlots<ThreePillars<Position>>(729);
/** The number in TRIGRAMS of the year's (by branch, 0–11), the month's (12 + pillar) and the day's (72 + pillar, −1 for the year's) trigram. */
let codes: readonly number[] | undefined;

/**
 * Where 太岁 stands for the year, the month and the day, as the reference reads it
 * (lunar-javascript's Lunar#getYearPositionTaiSui, #getMonthPositionTaiSui, #getDayPositionTaiSui):
 * the year's by its branch; the month's by its pillar (艮, the month stem's, 坤, 巽 in turn from
 * the 寅 month); the day's by its pillar on five runs of six days (甲子 … 己巳 in 震, 丙子 … 辛巳
 * in 离, 戊子 … 癸巳 in the centre, 庚子 … 乙巳 in 兑, 壬子 … 丁巳 in 坎), else the year's.
 * @internal
 */
export function getTaiSui(yearBranch: number, monthPillar: number, dayPillar: number): ThreePillars<Position> {
  codes ??= [...taiSuiYear.join(''), taiSuiMonth, taiSuiDay].join('').split('').map((trigram) => TRIGRAMS.indexOf(trigram));
  const year = codes[yearBranch] as number;
  const month = codes[12 + monthPillar] as number;
  const dayCode = codes[72 + dayPillar] as number;
  const day = dayCode === -1 ? year : dayCode; // '.': the year's
  return (memo[year * 81 + month * 9 + day] ??= Object.freeze({
    year: positionAt(TRIGRAMS.charAt(year)), month: positionAt(TRIGRAMS.charAt(month)), day: positionAt(TRIGRAMS.charAt(day)),
  }));
}
