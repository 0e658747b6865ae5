import { toEpochDay } from '../calendar/epochDay';
import { lunarTableFirstYear, lunarYearCodes } from '../data/lunarYears.generated';

export { lunarTableFirstYear, lunarTableLastYear } from '../data/lunarYears.generated';

/** One lunar year of the table, decoded. @internal */
export interface LunarYearInfo {
  /** Days since 1970-01-01 of 正月初一. */
  readonly firstDay: number;
  /** The leap month, or 0 when the year has none. */
  readonly leapMonth: number;
  /** Bit i set: the i-th month of the year, in calendar order, has 30 days. */
  readonly lengthBits: number;
  /** 12, or 13 with a leap month. */
  readonly monthCount: number;
}

/** Decodes lunar year `year` (1899 … 2100) from its four characters. @internal */
export function getLunarYear(year: number): LunarYearInfo {
  const i = (year - lunarTableFirstYear) * 4;
  const bits =
    ((lunarYearCodes.charCodeAt(i) - 48) << 18) | ((lunarYearCodes.charCodeAt(i + 1) - 48) << 12) |
    ((lunarYearCodes.charCodeAt(i + 2) - 48) << 6) | (lunarYearCodes.charCodeAt(i + 3) - 48);
  const leapMonth = (bits >> 13) & 15;
  return { firstDay: toEpochDay(year, 1, 21) + (bits >> 17), leapMonth, lengthBits: bits & 0x1fff, monthCount: leapMonth === 0 ? 12 : 13 };
}
