import { getTermDisplayDay } from '../astro/termInstants';
import { modFloor } from '../internal/math';

/**
 * The term number (as {@link getTermDisplayDay} numbers them) of the 节 that opens a solar month
 * (`year * 12 + j`, j = 0 at 小寒): 24 (year − 2000) + 19 + 2j. @internal
 */
export function getJieOfSolarMonth(solarMonth: number): number {
  return 2 * solarMonth - 47981;
}

/**
 * The pentad (候) of a day, as the reference (lunar-javascript's Lunar#getWuHou and #getHou)
 * counts them: the term that last fell on or before the day (by its day in UTC+8) opens its first
 * pentad on its own day, the second 5 days later, the third 10 days later, which lasts until the
 * next term (5, 6 or 7 days, the terms being 14 to 16 days apart).
 *
 * @param epochDay - The day.
 * @param solarMonth - Its solar month (getSolarMonthNumber, by the 节's day).
 * @returns `[number, start]`: the pentad's number, 0 (冬至's first, 蚯蚓结) … 71 (大雪's third),
 *   which is also `3 × (term from 冬至) + (0, 1 or 2)`, and the epoch day it starts on.
 * @internal
 */
export function getPentad(epochDay: number, solarMonth: number): readonly [number, number] {
  const jie = getJieOfSolarMonth(solarMonth);
  const qiDay = getTermDisplayDay(jie + 1);
  const term = epochDay >= qiDay ? jie + 1 : jie;
  const termDay = term === jie ? getTermDisplayDay(jie) : qiDay;
  const third = Math.min(2, Math.floor((epochDay - termDay) / 5));
  // Term 18 (mod 24) is a 冬至: 19 + 24n is the 小寒 after it.
  return [modFloor(term - 18, 24) * 3 + third, termDay + 5 * third];
}
