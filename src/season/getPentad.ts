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
 * @returns The pentad's number, 0 (冬至's first, 蚯蚓结) … 71 (大雪's third), which is also
 *   `3 × (term from 冬至) + (0, 1 or 2)`, and the epoch day it starts on, in one integer (no
 *   array to allocate): `72 × start + number`; {@link getPentadNumber} and {@link getPentadStart}
 *   read it.
 * @internal
 */
export function getPentad(epochDay: number, solarMonth: number): number {
  const jie = getJieOfSolarMonth(solarMonth);
  return getPentadInMonth(epochDay, jie, getTermDisplayDay(jie), getTermDisplayDay(jie + 1));
}

/**
 * {@link getPentad} from the 节 that opens the day's solar month (its term number and day) and the
 * day of its 中气, for a caller that has them. @internal
 */
export function getPentadInMonth(epochDay: number, jie: number, jieDay: number, qiDay: number): number {
  const term = epochDay >= qiDay ? jie + 1 : jie;
  const termDay = term === jie ? jieDay : qiDay;
  const third = Math.min(2, Math.floor((epochDay - termDay) / 5));
  // Term 18 (mod 24) is a 冬至: 19 + 24n is the 小寒 after it.
  return 72 * (termDay + 5 * third) + modFloor(term - 18, 24) * 3 + third;
}

/** The pentad number (0–71) of a {@link getPentad} result. @internal */
export function getPentadNumber(pentad: number): number {
  return modFloor(pentad, 72);
}

/** The epoch day on which the pentad of a {@link getPentad} result starts. @internal */
export function getPentadStart(pentad: number): number {
  return (pentad - modFloor(pentad, 72)) / 72;
}
