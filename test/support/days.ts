/**
 * The days that the differential tests compare with the reference, as two lists: `everyDay()`
 * (1900-01-01 … 2100-12-31, for `npm run test:full`) and `sampledDays()` (for `npm test`), chosen
 * where the calendar turns — every day of every leap month and the day on each side, every 节
 * (the month pillar changes) with the day before and after, every 正月初一 with its neighbours
 * (every 立春 is a 节) — plus a dense random sample drawn with the run's fast-check seed.
 *
 * The turning points come from the reference (lunar-javascript), not from the code under test, so
 * a leap month that we miss is still sampled. `coverageCounter` counts what the compared days
 * actually held, so that a test can prove its sample covers them all.
 */
import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
import type { CivilDate } from '../../src/types';
import { FIRST_DAY, LAST_DAY } from './arbitraries';
import { reference, type RefLunar } from './reference';
import { SEED } from './setup';

/** Every day of the supported range, as `{ year, month, day }`, in order. */
export function* everyDay(fromYear = 1900, toYear = 2100): Generator<CivilDate> {
  for (let n = toEpochDay(fromYear, 1, 1); n <= toEpochDay(toYear, 12, 31); n++) yield fromEpochDay(n);
}

/** Days in the supported range 1900 … 2100 (1,900 + 201 years). */
export const DAYS_IN_RANGE = LAST_DAY - FIRST_DAY + 1;

/** What the days of a comparison held: the turning points of the calendar that were checked. */
export interface Coverage {
  readonly days: number;
  /** Distinct leap months (by the reference) with at least one day compared. */
  readonly leapMonths: number;
  readonly leapMonthDays: number;
  /** Days on which a 节 falls (by the reference), 立春 among them. */
  readonly jieDays: number;
  readonly liChunDays: number;
  /** Days that are 正月初一 (by the reference). */
  readonly lunarNewYears: number;
}

/** The coverage of the whole range, which the sample must match on every turning point. */
export const FULL_COVERAGE: Coverage = {
  days: DAYS_IN_RANGE, leapMonths: 74, leapMonthDays: 2166, jieDays: 201 * 12, liChunDays: 201, lunarNewYears: 201,
};

/** Counts, day by day, the turning points that a comparison saw (pass each day's reference `Lunar`). */
export function coverageCounter(): { add(lunar: RefLunar): void; counts(): Coverage } {
  const leapMonths = new Set<string>();
  let days = 0, leapMonthDays = 0, jieDays = 0, liChunDays = 0, lunarNewYears = 0;
  return {
    add(lunar) {
      days++;
      if (lunar.getMonth() < 0) {
        leapMonthDays++;
        leapMonths.add(`${lunar.getYear()}/${lunar.getMonth()}`);
      }
      const jie = lunar.getJie();
      if (jie !== '') jieDays++;
      if (jie === '立春') liChunDays++;
      if (lunar.getMonth() === 1 && lunar.getDay() === 1) lunarNewYears++;
    },
    counts: () => ({ days, leapMonths: leapMonths.size, leapMonthDays, jieDays, liChunDays, lunarNewYears }),
  };
}

export interface DaySample {
  /** Every sampled day once, in order. */
  readonly days: readonly CivilDate[];
  /** The random part alone, in order (for statistics that the turning points would bias). */
  readonly randomDays: readonly CivilDate[];
  /** The fast-check seed the random part was drawn with (FC_SEED, or DEFAULT_SEED). */
  readonly seed: number;
}

const dayOfJulianDay = (jd: number): number => {
  const s = reference.Solar.fromJulianDay(jd);
  return toEpochDay(s.getYear(), s.getMonth(), s.getDay());
};

/**
 * The days `npm test` compares with the reference: the turning points of 1900 … 2100 with their
 * neighbours, and `randomCount` days drawn uniformly with the run's seed.
 */
export function sampledDays(randomCount = 4000): DaySample {
  const picked = new Set<number>();
  const pick = (n: number): void => {
    if (n >= FIRST_DAY && n <= LAST_DAY) picked.add(n);
  };
  for (let year = 1899; year <= 2100; year++) {
    const lunarYear = reference.LunarYear.fromYear(year);
    for (const month of lunarYear.getMonthsInYear()) {
      const first = dayOfJulianDay(month.getFirstJulianDay());
      // Every day of a leap month, and the day on each side of it.
      if (month.getMonth() < 0) for (let n = first - 1; n <= first + month.getDayCount(); n++) pick(n);
      // 正月初一 and its neighbours.
      if (month.getMonth() === 1) for (let n = first - 1; n <= first + 1; n++) pick(n);
    }
    // The reference's term table of a year starts with 大雪 and 冬至 of the year before: indices
    // 2 … 25 are 小寒 … 冬至 of `year`, and the 节 (小寒, 立春, 惊蛰 …) are the even ones of those.
    if (year >= 1900) {
      const jds = lunarYear.getJieQiJulianDays();
      for (let k = 0; k < 24; k += 2) {
        const day = dayOfJulianDay(jds[k + 2] as number);
        for (let n = day - 1; n <= day + 1; n++) pick(n);
      }
    }
  }
  const random = fc.sample(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), { seed: SEED, numRuns: randomCount });
  for (const n of random) picked.add(n);
  const inOrder = (set: Iterable<number>): CivilDate[] => [...set].sort((a, b) => a - b).map((n) => fromEpochDay(n));
  return { days: inOrder(picked), randomDays: inOrder(random), seed: SEED };
}
