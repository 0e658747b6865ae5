import { computeSolarTermInstant } from './engine/computeSolarTermInstant';
import { getTermDay } from './engine/termDays';
import { termCorrections, termCorrectionsFirst } from '../data/termCorrections.generated';
import { readNumbers, unzigzag } from '../internal/numberCodec';
import { rangeMemo } from '../internal/memo';
import { unixEpochJulianDay } from './engine/julianCenturies';

/** The corrected terms and their seconds (internal, plain arrays: the engine reads a frozen array's elements several times slower). */
const corrections = /* @__PURE__ */ decodeCorrections();

function decodeCorrections(): readonly [number[], number[]] {
  const terms: number[] = [];
  const seconds: number[] = [];
  let k = termCorrectionsFirst;
  let more = false;
  readNumbers(termCorrections, (v) => {
    if (more) {
      seconds.push(unzigzag(v));
      more = false;
      return;
    }
    terms.push((k += Math.floor(v / 3)));
    // −1 s or +1 s (nearly all), or the seconds follow
    if (v % 3 === 2) more = true;
    else seconds.push(2 * (v % 3) - 1);
  });
  return [terms, seconds];
}

/** Seconds to add to term `k`'s rounded engine instant (0 for nearly every term). */
function getCorrection(k: number): number {
  const [terms, seconds] = corrections;
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = terms[mid] as number;
    if (value === k) return seconds[mid] as number;
    if (value < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * The terms of the years −723 … 10001 (FIRST_YEAR − 2 … LAST_YEAR + 2: 24 (−723 − 2000) …
 * 24 (10002 − 2000) − 1), which the memos below hold.
 */
const FIRST_TERM = -65352;
const LAST_TERM = 192047;

/**
 * Term k's second less 1,314,872 k (a mean term, 15.218425 days, in seconds): within days of
 * 921,974,400 (1999-03-21T00:00+08:00, the day of term 0), so an Int32Array holds it exactly.
 */
const termSecondOffset = /* @__PURE__ */ rangeMemo(FIRST_TERM, LAST_TERM, (k) =>
  Math.round((computeSolarTermInstant(k) - unixEpochJulianDay + 1 / 3) * 86400) + getCorrection(k) - 1314872 * k);

/**
 * The instant of solar term `k` (k = 0 is the 1999 March equinox, k = 24 (y − 2000) + 19 the
 * 小寒 of year y) as seconds of UTC+8 since 1970-01-01T00:00+08:00: the engine's instant rounded
 * to the second, corrected to the reference's second where data/astro/term-corrections.tsv lists
 * it. Memoised: every term of the supported years, once computed, is kept (4 bytes a term, about
 * 1 MB for all of them, allocated by blocks of 43 years as they are asked for).
 * @internal
 */
export function getTermSecond(k: number): number {
  return 1314872 * k + termSecondOffset(k);
}

/** Term k's day less ⌊15.218425 k⌋ (a mean term): within days of 10,671 (1999-03-21, term 0's day), held in an Int16Array. */
const termDayOffset = /* @__PURE__ */ rangeMemo(FIRST_TERM, LAST_TERM, (k) =>
  (getCorrection(k) === 0 ? getTermDay(k, true) : Math.floor(getTermSecond(k) / 86400)) - Math.floor(15.218425 * k), Int16Array, 16);

/**
 * The day (UTC+8, days since 1970-01-01) on which term `k` falls: the day of {@link getTermSecond},
 * found without solving for the instant unless it is near midnight or corrected. Memoised as
 * {@link getTermSecond} (2 bytes a term).
 * @internal
 */
export function getTermDisplayDay(k: number): number {
  return Math.floor(15.218425 * k) + termDayOffset(k);
}

/** The term number of the `j`-th 节 (0 = 小寒 … 11 = 大雪) of Gregorian year `year`. @internal */
export function getJieNumber(year: number, j: number): number {
  return 24 * (year - 2000) + 19 + 2 * j;
}

/** Day of the `j`-th 节 of `year`. @internal */
export function getJieDay(year: number, j: number): number {
  return getTermDisplayDay(getJieNumber(year, j));
}

/** Day of the `j`-th 中气 (0 = 大寒 … 11 = 冬至) of `year`. @internal */
export function getQiDay(year: number, j: number): number {
  return getTermDisplayDay(getJieNumber(year, j) + 1);
}

/** Instant (seconds of UTC+8) of the `j`-th 节 of `year`. @internal */
export function getJieSecond(year: number, j: number): number {
  return getTermSecond(getJieNumber(year, j));
}

/** Instant (seconds of UTC+8) of the `j`-th 中气 of `year`. @internal */
export function getQiSecond(year: number, j: number): number {
  return getTermSecond(getJieNumber(year, j) + 1);
}
