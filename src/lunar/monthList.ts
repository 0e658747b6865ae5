import { getCalendarNewMoonDay, getCalendarTermDay, getMonthNameShift, hasLeapElevenOverride, hasLeapTwelveOverride } from './calendarDays';
import { monthNameShifts } from '../data/calendarDays.generated';
import { boundedMemo, rangeMemo, type BoundedMemo } from '../internal/memo';

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
/** No leap month among the fifteen: a {@link getMonthListShape} leap index past them. */
const NO_LEAP = 16;

/** The lunation whose first day is on or before `epochDay` while the next one's is after it. */
function findLunation(epochDay: number): number {
  let n = Math.round((epochDay - LUNATION_ZERO_DAY) / SYNODIC_MONTH);
  while (getCalendarNewMoonDay(n) > epochDay) n--;
  while (getCalendarNewMoonDay(n + 1) <= epochDay) n++;
  return n;
}

/** Whether a month-renaming era (or the month that ends one) begins or ends within `from … to`. */
function isRenamingNear(from: number, to: number): boolean {
  for (let i = 0; i < monthNameShifts.length; i += 3) {
    if ((monthNameShifts[i] as number) <= to && (monthNameShifts[i + 1] as number) >= from) return true;
  }
  return false;
}

const monthListShapes = /* @__PURE__ */ rangeMemo(-723, 10001, computeMonthListShape); // FIRST_YEAR − 2 … LAST_YEAR + 2

/**
 * What decides the month list of `year` ({@link getMonthList}), in one integer: its first
 * lunation n₀ (the month holding the 冬至 of `year − 1`; its i-th month is lunation n₀ + i),
 * the index of its leap month (16 if none) and whether a renaming era touches it:
 * `n₀ · 64 + leap · 2 + renamed`. Read it with {@link getFirstLunation}, {@link getLeapIndex},
 * {@link isRenamedList}. Memoised: every year of the range, once computed, is kept (4 bytes a
 * year); the months themselves are {@link getCalendarNewMoonDay}'s.
 * @internal
 */
export function getMonthListShape(year: number): number {
  return monthListShapes(year);
}

function computeMonthListShape(year: number): number {
  const winter = 24 * (year - 2001) + 42; // term number of the 冬至 of year − 1
  const n0 = findLunation(getCalendarTermDay(winter));
  const start = (i: number): number => getCalendarNewMoonDay(n0 + i);
  let leapIndex = NO_LEAP;
  if (hasLeapElevenOverride(year)) leapIndex = 13;
  else if (hasLeapTwelveOverride(year)) leapIndex = 14;
  else if (start(13) <= getCalendarTermDay(winter + 24)) {
    // thirteen months: the first whose next month starts before its 中气 has none
    let i = 1;
    while (start(i + 1) > getCalendarTermDay(winter + 2 * i) && i < 13) i++;
    leapIndex = i;
  }
  // Whether a renaming era touches the list's months (lunations n₀ … n₀ + 14), judged by their
  // mean days with a month's margin (a list marked near an era is only named the slower way),
  // so that a year asked about first computes only the months it needs.
  const renamed = isRenamingNear(LUNATION_ZERO_DAY + (n0 - 1) * SYNODIC_MONTH, LUNATION_ZERO_DAY + (n0 + 16) * SYNODIC_MONTH);
  return n0 * 64 + leapIndex * 2 + (renamed ? 1 : 0);
}

/** The first lunation of a month list's shape. @internal */
export function getFirstLunation(shape: number): number {
  return Math.floor(shape / 64);
}

/** The index of a shape's leap month, 16 if none. @internal */
export function getLeapIndex(shape: number): number {
  return (shape & 63) >> 1;
}

/** Whether a renaming era touches the list: its months are named by {@link getMonthList} only. @internal */
export function isRenamedList(shape: number): boolean {
  return (shape & 1) === 1;
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

/** First day of the month that holds the 冬至 of `year − 1`: the first month of {@link getMonthList}`(year)`. @internal */
export function getWinterMonthStart(year: number): number {
  return getCalendarNewMoonDay(getFirstLunation(getMonthListShape(year)));
}

function computeMonthList(year: number): readonly LunarMonthEntry[] {
  const shape = getMonthListShape(year);
  const n0 = getFirstLunation(shape);
  const leapIndex = getLeapIndex(shape);
  const months: LunarMonthEntry[] = [];
  let labelYear = year - 1;
  let previous = -1;
  for (let i = 0; i < 15; i++) {
    const firstDay = getCalendarNewMoonDay(n0 + i);
    const position = i >= leapIndex ? i - 1 : i;
    const { shift, boundary } = getMonthNameShift(firstDay);
    const month = boundary ? 12 : (MONTH_FROM_WINTER[(position + shift) % 12] as number);
    if (previous !== -1 && month < previous) labelYear++;
    previous = month;
    const leap = i === leapIndex || boundary;
    months.push(Object.freeze({ year: labelYear, month: boundary && i !== leapIndex ? 11 : month, leap, firstDay, days: getCalendarNewMoonDay(n0 + i + 1) - firstDay }));
  }
  return Object.freeze(months);
}

/**
 * The month (0 … 14) of {@link getMonthList}`(year)` that holds `epochDay`, which must be in the
 * list, found from the list's shape without building it. @internal
 */
export function findMonthIndex(shape: number, epochDay: number): number {
  return locateInMonthList(shape, epochDay) & 15;
}

/**
 * Where `epochDay` is in the month list of a shape, in one integer: `16 · (day in the month − 1)
 * + month index`, as {@link findMonthIndex} finds the month. @internal
 */
export function locateInMonthList(shape: number, epochDay: number): number {
  const n0 = getFirstLunation(shape);
  const first = getCalendarNewMoonDay(n0);
  // Start from the month the mean lunation puts the day in, then step to it.
  let i = Math.min(14, Math.max(0, Math.floor((epochDay - first) * (1 / 29.53))));
  let start = i === 0 ? first : getCalendarNewMoonDay(n0 + i);
  while (i > 0 && epochDay < start) start = getCalendarNewMoonDay(n0 + --i);
  let next = getCalendarNewMoonDay(n0 + i + 1);
  while (i < 14 && epochDay >= next) {
    start = next;
    next = getCalendarNewMoonDay(n0 + ++i + 1);
  }
  if (epochDay >= start && epochDay < next) return 16 * (epochDay - start) + i;
  throw new RangeError(`no lunar month holds day ${epochDay}`); // unreachable: the list spans the year
}

/**
 * The month number (1–12) of month `i` of a list that no renaming era touches: 十一月 and 十二月
 * (positions 0, 1) first, a leap month repeating the one before it. @internal
 */
export function getListMonth(shape: number, i: number): number {
  return MONTH_FROM_WINTER[(i >= getLeapIndex(shape) ? i - 1 : i) % 12] as number;
}

/**
 * The lunar year of month `i` of the list of `year` that no renaming era touches: the 十一月 and
 * 十二月 that open it belong to the year before, the 正月 after the next 十二月 to the next. @internal
 */
export function getListMonthYear(shape: number, year: number, i: number): number {
  const position = i >= getLeapIndex(shape) ? i - 1 : i;
  return position < 2 ? year - 1 : position < 14 ? year : year + 1;
}
