import { getTermDisplayDay } from '../astro/termInstants';
import { modFloor } from '../internal/math';
import { getDayPillarIndex } from '../pillars/getPillarIndices';
import { getJieOfSolarMonth } from './getPentad';

/**
 * 入梅 and 出梅, the days the plum rains (梅雨) begin and end by the almanac rule of the 神枢经:
 * "芒种后逢丙入梅，小暑后逢未出梅" — 入梅 on the first 丙 day on or after the day of 芒种, 出梅 on
 * the first 未 day on or after the day of 小暑. "After" includes the term's own day, as 6tail's
 * tyme4j (by the reference's author; SolarDay#getPlumRainDay) and the almanacs that spell it out
 * count it: a 芒种 on a 丙 day is itself 入梅. So 入梅 falls 0 … 9 days after 芒种's day and 出梅
 * 0 … 11 days after 小暑's. (The reference, lunar-javascript, has no 梅雨.)
 *
 * @param epochDay - The day.
 * @param solarMonth - Its solar month (getSolarMonthNumber, by the 节's day).
 * @returns 0 on the day of 入梅, 1 on the day of 出梅, else `undefined`.
 * @internal
 */
export function getPlumRain(epochDay: number, solarMonth: number): 0 | 1 | undefined {
  const j = modFloor(solarMonth, 12);
  if (j !== 5 && j !== 6) return undefined; // the 芒种 and 小暑 months
  const days = epochDay - getTermDisplayDay(getJieOfSolarMonth(solarMonth));
  const pillar = getDayPillarIndex(epochDay);
  if (j === 5) return days < 10 && pillar % 10 === 2 ? 0 : undefined; // 丙
  return days < 12 && pillar % 12 === 7 ? 1 : undefined; // 未
}
