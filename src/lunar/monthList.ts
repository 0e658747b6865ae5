import { getCalendarNewMoonDay, getCalendarTermDay, getMonthNameShift, hasLeapElevenOverride, hasLeapTwelveOverride } from './calendarDays';
import { boundedMemo } from '../internal/memo';

/** One lunar month of a {@link getMonthList}. @internal */
export interface LunarMonthEntry {
  /** The lunar year the month belongs to. */
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly leap: boolean;
  /** Days since 1970-01-01 of its first day (初一). */
  readonly firstDay: number;
  /** 29 or 30 (fewer where a historical calendar changed). */
  readonly days: number;
}

/** Month numbers from the month that holds 冬至: 十一月, 十二月, 正月 … 十月. */
const MONTH_FROM_WINTER = [11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Days since 1970-01-01 of the new moon of 2000-01-06 (lunation 0). */
const LUNATION_ZERO_DAY = 10962;
const SYNODIC_MONTH = 29.530588853;

/** The lunation whose first day is on or before `epochDay` while the next one's is after it. */
function findLunation(epochDay: number): number {
  let n = Math.round((epochDay - LUNATION_ZERO_DAY) / SYNODIC_MONTH);
  while (getCalendarNewMoonDay(n) > epochDay) n--;
  while (getCalendarNewMoonDay(n + 1) <= epochDay) n++;
  return n;
}

/**
 * The fifteen lunar months that begin with the month holding the 冬至 of `year − 1`, numbered,
 * dated and flagged as the reference implementation's `LunarYear(year)` has them: the month
 * starts and the 中气 days are the reference calendar's (src/lunar/calendarDays.ts), a sui
 * (冬至 to 冬至) of thirteen months repeats its first month without a 中气, the listed years
 * of a leap 11th or 12th month override that rule, and the historical renamings are data.
 * Memoised per year (bounded).
 * @internal
 */
export const getMonthList: (year: number) => readonly LunarMonthEntry[] = /* @__PURE__ */ boundedMemo(64, computeMonthList);

/** First day of the month that holds the 冬至 of `year − 1`: the first month of {@link getMonthList}`(year)`. @internal */
export function getWinterMonthStart(year: number): number {
  return getCalendarNewMoonDay(findLunation(getCalendarTermDay(24 * (year - 2001) + 42)));
}

function computeMonthList(year: number): readonly LunarMonthEntry[] {
  const winter = 24 * (year - 2001) + 42; // term number of the 冬至 of year − 1
  const n0 = findLunation(getCalendarTermDay(winter));
  const starts: number[] = [];
  for (let i = 0; i < 16; i++) starts.push(getCalendarNewMoonDay(n0 + i));
  let leapIndex = 16;
  if (hasLeapElevenOverride(year)) leapIndex = 13;
  else if (hasLeapTwelveOverride(year)) leapIndex = 14;
  else if ((starts[13] as number) <= getCalendarTermDay(winter + 24)) {
    // thirteen months: the first whose next month starts before its 中气 has none
    let i = 1;
    while ((starts[i + 1] as number) > getCalendarTermDay(winter + 2 * i) && i < 13) i++;
    leapIndex = i;
  }
  const months: LunarMonthEntry[] = [];
  let labelYear = year - 1;
  let previous = -1;
  for (let i = 0; i < 15; i++) {
    const firstDay = starts[i] as number;
    const position = i >= leapIndex ? i - 1 : i;
    const { shift, boundary } = getMonthNameShift(firstDay);
    const month = boundary ? 12 : (MONTH_FROM_WINTER[(position + shift) % 12] as number);
    if (previous !== -1 && month < previous) labelYear++;
    previous = month;
    const leap = i === leapIndex || boundary;
    months.push(Object.freeze({ year: labelYear, month: boundary && i !== leapIndex ? 11 : month, leap, firstDay, days: (starts[i + 1] as number) - firstDay }));
  }
  return Object.freeze(months);
}
