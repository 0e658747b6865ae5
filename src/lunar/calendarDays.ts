/**
 * The calendar days of the reference implementation's lunar calendar (lunar-javascript 1.7.7,
 * after 寿星万年历): the first day of each lunation and the day of each solar term as its
 * `ShouXingUtil.calcShuo` / `calcQi` place them, from one code path and generated data
 * (data/scripts/generate-calendar.ts; eras, offsets and their provenance in data/calendar/):
 *
 * - in the 平朔 eras (−722-12 … 619-01) and the 平气 eras (−221-11 … 1645-09) the base is the
 *   era's mean-motion line, `floor(b + k·⌊(x − b)/k⌋ + 0.5)`, with the reference's (b, k) from
 *   `SHUO_KB` / `QI_KB`, read at the item's argument x;
 * - everywhere else the base is the astronomical day ({@link getNewMoonDay}, {@link getTermDay}:
 *   the UTC+8 day of the compact new-moon instant, minutes from the precise one, and of the
 *   precise term instant);
 * - the day is the base plus a stored offset of ±1 where the reference's calendar differs from
 *   it (the categories of data/calendar/SOURCES.md: HISTORICAL, the dynasties' 定朔 of 619–1959
 *   and the Qing 定气 of 1645–1959; MEAN-EXCEPTION, one 太初历 new moon; REFERENCE-FAST-SERIES,
 *   the reference's fast series after 8000; TIMING-EDGE, instants near midnight that the base
 *   rounds to the other day).
 *
 * The offsets cover the lunations and terms of the years −725 … 10002; outside them the day is
 * the astronomical one.
 */
import { getNewMoonDay, getTermDay } from '../astro/engine/termDays';
import { rangeMemo } from '../internal/memo';
import { readNumbers } from '../internal/numberCodec';
import {
  calendarFirstLunation,
  calendarFirstTerm,
  leapElevenYears,
  leapTwelveYears,
  monthNameShifts,
  newMoonLateEra,
  newMoonMeanEras,
  newMoonOffsets,
  termMeanEras,
  termOffsets,
} from '../data/calendarDays.generated';

/** Julian Day Number of 1970-01-01 (the day numbers of the reference count from noon). */
const EPOCH_JDN = 2440588;

/**
 * Offset lists: each entry is one number, 2·(gap to the previous entry, less one) + (1 if the
 * offset is −1, 0 if +1), the first entry's gap counted from `first − 1`.
 */
function readOffsets(lists: readonly string[], first: number): Map<number, number> {
  const offsets = new Map<number, number>();
  for (const list of lists) {
    let index = first - 1;
    readNumbers(list, (v) => {
      index += (v >> 1) + 1;
      offsets.set(index, v & 1 ? -1 : 1);
    });
  }
  return offsets;
}

/** A sorted list of years, each stored as its gap to the previous one, less one (the first from 0). */
function readYears(encoded: string): Set<number> {
  const years = new Set<number>();
  let year = 0;
  readNumbers(encoded, (v) => years.add((year += v + 1)));
  return years;
}

/**
 * The day (days since 1970-01-01) of the mean-motion line that covers `x` (a Julian Day: the
 * reference's argument plus its lead), or undefined outside the eras. `eras` is
 * [b₀, k₀, b₁, k₁, …, end]: era i covers bᵢ ≤ x < bᵢ₊₁ (the last, up to end).
 */
function meanDay(eras: readonly number[], x: number): number | undefined {
  if (!(x >= (eras[0] as number) && x < (eras[eras.length - 1] as number))) return undefined;
  let i = 0;
  while (x >= (eras[i + 2] as number)) i += 2;
  const b = eras[i] as number;
  const k = eras[i + 1] as number;
  return Math.floor(b + k * Math.floor((x - b) / k) + 0.5) - EPOCH_JDN;
}

let moonOffsets: Map<number, number> | undefined;
let termDayOffsets: Map<number, number> | undefined;
let leapEleven: Set<number> | undefined;
let leapTwelve: Set<number> | undefined;

/** Days since 1970-01-01 of the new moon of 2000-01-06 (lunation 0), and the mean synodic month. */
const LUNATION_ZERO_DAY = 10962;
const SYNODIC_MONTH = 29.530588853;
/** The lunations of the years FIRST_YEAR − 3 … LAST_YEAR + 3, which {@link getCalendarNewMoonDay} memoises. */
const FIRST_LUNATION = -33696; // ⌊(FIRST_YEAR − 3 − 2000) · 12.37⌋
const LAST_LUNATION = 98985; // ⌈(LAST_YEAR + 3 − 2000) · 12.37⌉

function estimateNewMoonDay(n: number): number {
  return LUNATION_ZERO_DAY + Math.floor(n * SYNODIC_MONTH);
}

/** The first day of lunation `n` less its mean estimate (days at most), memoised in an Int16Array. */
const newMoonDayOffset = /* @__PURE__ */ rangeMemo(FIRST_LUNATION, LAST_LUNATION, (n) => {
  // 进朔: in newMoonLateEra a conjunction late in the day starts the month the next day.
  const [lateFirst, lateLast, quarterHours] = newMoonLateEra as readonly [number, number, number];
  const base = meanDay(newMoonMeanEras, 2451565 + 29.5306 * n) ?? getNewMoonDay(n, n >= lateFirst && n <= lateLast ? quarterHours / 96 : 0);
  return base + ((moonOffsets ??= readOffsets(newMoonOffsets, calendarFirstLunation)).get(n) ?? 0) - estimateNewMoonDay(n);
}, Int16Array, 16);

/**
 * First day (days since 1970-01-01, UTC+8) of lunation `n` (0 = the new moon of 2000-01-06) in
 * the reference's calendar: what its `calcShuo` gives for the arguments `LunarYear` passes
 * (near the lunation's first day). In a 平朔 era the era's line is read at
 * x = 2451565 + 29.5306·n, the reference's grid point of the lunation plus its 14-day lead.
 * Memoised: every lunation of the supported years, once computed, is kept (2 bytes each, 270 KB
 * for all of them).
 * @internal
 */
export function getCalendarNewMoonDay(n: number): number {
  return estimateNewMoonDay(n) + newMoonDayOffset(n);
}

/**
 * Day (days since 1970-01-01, UTC+8) of term `k` (0 = the March equinox of 1999, 24·(y − 2000)
 * + 42 the 冬至 of year y) as the reference's calendar places it: what its `calcQi` gives for the
 * arguments `LunarYear` passes (the 冬至 estimate plus 15.2184 days a term). In a 平气 era the
 * era's line is read at x = 2451907 + 15.218425·(k − 42), the argument of the 冬至 of 2000 plus
 * the 7-day lead, moved by k − 42 mean terms.
 * @internal
 */
export function getCalendarTermDay(k: number): number {
  const base = meanDay(termMeanEras, 2451907 + 15.218425 * (k - 42)) ?? getTermDay(k);
  return base + ((termDayOffsets ??= readOffsets(termOffsets, calendarFirstTerm)).get(k) ?? 0);
}

/** Lunar years whose reference month list has a leap 11th month at index 13 (`_LEAP_11`). @internal */
export function hasLeapElevenOverride(year: number): boolean {
  return (leapEleven ??= readYears(leapElevenYears)).has(year);
}

/** Lunar years with a leap 12th month at index 14 (`_LEAP_12`). @internal */
export function hasLeapTwelveOverride(year: number): boolean {
  return (leapTwelve ??= readYears(leapTwelveYears)).has(year);
}

/** How the month beginning on a day is named, see {@link getMonthNameShift}. @internal */
export interface MonthNameShift {
  /** Added to the month's position before naming it (十一月, 十二月, 正月 …): 1 in a 建丑 era. */
  readonly shift: number;
  /**
   * The month that ends a 建丑 era: counted as 十二月 (for the year count), then stored as a leap
   * 十一月 unless it is the year's leap month anyway.
   */
  readonly boundary: boolean;
}

const UNSHIFTED: MonthNameShift = /* @__PURE__ */ Object.freeze({ shift: 0, boundary: false });
const BOUNDARY: MonthNameShift = /* @__PURE__ */ Object.freeze({ shift: 0, boundary: true });
const SHIFTED: MonthNameShift[] = [];

/**
 * The reference's month-naming exceptions (`LunarYear._compute`) for the month whose first day is
 * `firstEpochDay` (days since 1970-01-01): in 9–23 CE (王莽) and 237–239 (景初) the calendar made
 * the month of 大寒 (建丑) its first month, so the names move by one; the month that begins on
 * the day such an era ends is the boundary month.
 * @internal
 */
export function getMonthNameShift(firstEpochDay: number): MonthNameShift {
  for (let i = 0; i < monthNameShifts.length; i += 3) {
    const end = monthNameShifts[i + 1] as number;
    if (firstEpochDay === end) return BOUNDARY;
    if (firstEpochDay >= (monthNameShifts[i] as number) && firstEpochDay < end) {
      const shift = monthNameShifts[i + 2] as number;
      return (SHIFTED[shift] ??= Object.freeze({ shift, boundary: false }));
    }
  }
  return UNSHIFTED;
}
