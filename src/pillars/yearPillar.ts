import { assertInteger } from '../internal/errors';
import { getPillar } from '../names/stemsBranches';
import type { Pillar } from '../types';

/**
 * The stem-branch pillar of a year number: 1984 is 甲子, one step a year, 0 (1 BCE) is 庚申. With a
 * lunar year it names the year as people say it, changing at 正月初一 (GB/T 33661); `pillars()`
 * changes the year pillar at 立春 instead, as almanacs and birth charts do.
 *
 * It is arithmetic on the cycle, so it takes any year a JavaScript number holds exactly, within
 * the supported range or not.
 *
 * @param year - An integer year (astronomical: 0 is 1 BCE), a safe integer (`Number.isSafeInteger`).
 * @returns A frozen `{ stem, branch, name, index }`.
 * @throws {TypeError} If `year` is not an integer.
 * @throws {RangeError} If `year` is beyond ±9,007,199,254,740,991 (where integers are no longer exact).
 * @example
 * yearPillar(2025).name
 * //=> '乙巳'
 * @example
 * // The lunar year 乙巳 begins at 正月初一 (2025-01-29), the 立春 year at 2025-02-03
 * [yearPillar(lunarDate('2025-01-28').year).name, pillars('2025-01-28').year.name, yearPillar(lunarDate('2025-01-30').year).name]
 * //=> ['甲辰', '甲辰', '乙巳']
 * @category Calendar
 * @since 0.5.0
 */
export function yearPillar(year: number): Pillar {
  // (year − 4) mod 60 as getYearPillarIndex, but exact for every safe integer (year − 4 may not be).
  return getPillar(((assertInteger('yearPillar', 'year', year, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) % 60) + 116) % 60);
}
