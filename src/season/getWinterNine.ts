import { getTermDisplayDay } from '../astro/termInstants';
import { modFloor } from '../internal/math';
import { getJieOfSolarMonth } from './getPentad';

/**
 * 数九: the day's place in the 81 days from the day of the winter solstice (冬至), as the
 * reference (lunar-javascript's Lunar#getShuJiu) counts it: the solstice's day is the first day
 * of 一九, and 九九 ends 80 days later.
 *
 * @param epochDay - The day.
 * @param solarMonth - Its solar month (getSolarMonthNumber, by the 节's day).
 * @returns Days since the solstice's day, 0 … 80, or `undefined` outside the nines.
 * @internal
 */
export function getWinterNine(epochDay: number, solarMonth: number): number | undefined {
  const j = modFloor(solarMonth, 12);
  // The nines run from the 冬至 in the 大雪 month (j = 11) through the 小寒, 立春 and 惊蛰 months.
  if (j > 2 && j < 11) return undefined;
  const daXueMonth = j === 11 ? solarMonth : solarMonth - j - 1;
  const days = epochDay - getTermDisplayDay(getJieOfSolarMonth(daXueMonth) + 1);
  return days >= 0 && days < 81 ? days : undefined;
}
