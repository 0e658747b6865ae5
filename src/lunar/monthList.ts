import { getCalendarNewMoonDay, getCalendarTermDay, getMonthNameShift, hasLeapElevenOverride, hasLeapTwelveOverride } from './calendarDays';
import { monthNameShifts } from '../data/calendarDays.generated';
import { boundedMemo, type BoundedMemo } from '../internal/memo';

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
export const getMonthList: BoundedMemo<readonly LunarMonthEntry[]> = /* @__PURE__ */ boundedMemo(512, computeMonthList);

/** First day of the month that holds the 冬至 of `year − 1`: the first month of {@link getMonthList}`(year)`. Memoised (bounded). @internal */
export const getWinterMonthStart: (year: number) => number = /* @__PURE__ */ boundedMemo(512, (year) =>
  getCalendarNewMoonDay(findLunation(getCalendarTermDay(24 * (year - 2001) + 42))));

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

/** Whether a month-renaming era (or the month that ends one) begins or ends within `from … to`. */
function isRenamingNear(from: number, to: number): boolean {
  for (let i = 0; i < monthNameShifts.length; i += 3) {
    if ((monthNameShifts[i] as number) <= to && (monthNameShifts[i + 1] as number) >= from) return true;
  }
  return false;
}

/**
 * The month of {@link getMonthList}`(year)` that holds `epochDay`,
 * without building the list: only the month starts and 中气 it needs, for a year asked about
 * once (a cold lookup). The same answer as scanning the list; undefined where the lazy reading
 * does not apply (a day outside the list, a renaming era nearby), for the caller to scan instead.
 * @internal
 */
export function findInMonthList(year: number, epochDay: number): LunarMonthEntry | undefined {
  const winter = 24 * (year - 2001) + 42;
  const winterDay = getCalendarTermDay(winter);
  // Month starts by index from the 冬至 month, each computed once.
  const starts: number[] = [];
  let n0 = Math.round((winterDay - LUNATION_ZERO_DAY) / SYNODIC_MONTH);
  let first = getCalendarNewMoonDay(n0);
  while (first > winterDay) first = getCalendarNewMoonDay(--n0);
  let second = getCalendarNewMoonDay(n0 + 1);
  while (second <= winterDay) {
    first = second;
    second = getCalendarNewMoonDay(++n0 + 1);
  }
  starts[0] = first;
  starts[1] = second;
  const start = (i: number): number => (starts[i] ??= getCalendarNewMoonDay(n0 + i));
  if (epochDay < first) return undefined;
  let i = Math.floor((epochDay - first) / SYNODIC_MONTH);
  while (i > 0 && start(i) > epochDay) i--;
  while (start(i + 1) <= epochDay) i++;
  if (i > 14 || isRenamingNear(first, start(i + 1))) return undefined;
  // The leap month matters only if it is this month or an earlier one.
  let leapIndex = 16;
  if (hasLeapElevenOverride(year)) leapIndex = 13;
  else if (hasLeapTwelveOverride(year)) leapIndex = 14;
  else if (i >= 1 && start(13) <= getCalendarTermDay(winter + 24)) {
    let j = 1;
    while (j <= i && j < 13 && start(j + 1) > getCalendarTermDay(winter + 2 * j)) j++;
    leapIndex = j;
  }
  const position = i >= leapIndex ? i - 1 : i;
  const month = MONTH_FROM_WINTER[position % 12] as number;
  // 十一月 and 十二月 (positions 0, 1) belong to the year before, the 正月 after the next 十二月 (14) to the next.
  const labelYear = position < 2 ? year - 1 : position < 14 ? year : year + 1;
  return Object.freeze({ year: labelYear, month, leap: i === leapIndex, firstDay: start(i), days: start(i + 1) - start(i) });
}
