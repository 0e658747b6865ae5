import { getTermDisplayDay } from '../astro/termInstants';
import { modFloor } from '../internal/math';
import { getDayPillarIndex } from '../pillars/getPillarIndices';
import { getJieOfSolarMonth } from './getPentad';

/** The stem of 庚 (0 = 甲). */
const GENG = 6;

/**
 * 三伏, the dog days, as the reference (lunar-javascript's Lunar#getFu) counts them: 初伏 begins on
 * the third 庚 day counted from the day of the summer solstice (夏至; the solstice's own day
 * counts when it is a 庚 day), 中伏 ten days later; 末伏 begins on the first 庚 day on or after
 * the day of 立秋, so 中伏 has 20 days when the fifth 庚 day is before 立秋's day, else 10; each
 * of 初伏 and 末伏 has 10.
 *
 * @param epochDay - The day.
 * @param solarMonth - Its solar month (getSolarMonthNumber, by the 节's day).
 * @returns `[period, day]`: 0 初伏, 1 中伏, 2 末伏, and the day in it (1 … 10, 1 … 20 in a long
 *   中伏), or `undefined` outside the dog days.
 * @internal
 */
export function getDogDays(epochDay: number, solarMonth: number): readonly [number, number] | undefined {
  const j = modFloor(solarMonth, 12);
  // From 夏至 + 20 (in the 小暑 month, j = 6) to 立秋 + 19 at most (in the 立秋 month, j = 7).
  if (j !== 6 && j !== 7) return undefined;
  const xiaoShuMonth = solarMonth - j + 6;
  const xiaZhi = getTermDisplayDay(getJieOfSolarMonth(xiaoShuMonth - 1) + 1);
  // The first 庚 day on or after 夏至's day, then two more.
  let start = xiaZhi + modFloor(GENG - getDayPillarIndex(xiaZhi), 10) + 20;
  let days = epochDay - start;
  if (days < 0) return undefined;
  if (days < 10) return [0, days + 1];
  if (days < 20) return [1, days - 9];
  start += 20;
  days -= 20;
  if (getTermDisplayDay(getJieOfSolarMonth(xiaoShuMonth + 1)) > start) {
    // 立秋 after the fifth 庚 day: 中伏 has 20 days, 末伏 begins on the sixth.
    if (days < 10) return [1, days + 11];
    days -= 10;
  }
  return days < 10 ? [2, days + 1] : undefined;
}
