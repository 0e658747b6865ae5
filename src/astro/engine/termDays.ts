import { approximateNewMoonTime, refineNewMoonTime } from './approximateNewMoonInstant';
import { approximateSolarTermTime, refinedTerms, refineSolarTermTime } from './approximateTermInstant';
import { computeNewMoonInstantCompact } from './computeNewMoonInstantCompact';
import { computeSolarTermInstant } from './computeSolarTermInstant';
import { computeDeltaTDays } from './deltaT';
import { fromJulianCenturies, unixEpochJulianDay } from './julianCenturies';


/**
 * How far, in seconds, each of the three estimates must be from a UTC+8 midnight for its day to
 * be taken, as a function of its Julian centuries t from J2000: at least 2.2 times the largest
 * difference from the instant that defines the day (the precise term instant; the compact
 * new-moon instant) that scripts/verify-term-days.ts measures over every term and new moon of
 * −726 … 10003 (it fails if an error exceeds half its margin). The first two of terms and the
 * first of new moons grow after 5000, where their truncated series miss more.
 * @internal
 */
export const termDayMargins = [(t: number) => 2100 + 0.15 * t * t, (t: number) => 130 + 0.05 * t * t, () => 2] as const;
/** The same margins for new moons (kept apart so that a bundle without the calendar leaves them out). @internal */
export const newMoonDayMargins = [(t: number) => 700 + 0.06 * t * t, () => 4, () => 0.05] as const;

/**
 * The UTC+8 day (days since 1970-01-01) of instant `t` (Julian centuries, TT), if the instant is
 * farther than `margin` seconds from midnight.
 */
function dayClearOfMidnight(t: number, margin: number, shift = 0): number | undefined {
  const jde = fromJulianCenturies(t);
  const x = jde - computeDeltaTDays(jde) - unixEpochJulianDay + 1 / 3 + shift;
  const day = Math.floor(x);
  return x - day > margin / 86400 && day + 1 - x > margin / 86400 ? day : undefined;
}

/**
 * The civil day in UTC+8 (days since 1970-01-01) of solar term `k` (numbered as
 * {@link computeSolarTermInstant}): exactly `Math.floor(instant + 8 h)` of the precise instant.
 *
 * Fast (a fortieth of the precise instant's time): the day of a cheap estimate
 * ({@link approximateSolarTermTime}, minutes off) when it is clear of midnight (95 % of terms),
 * else of a Newton step on more terms of the series, else of one on the whole series (a second
 * off), else (1 term in 10,000) of the precise instant.
 *
 * With `ofRoundedSecond`, the day of the instant rounded to the second, as it is shown (an
 * instant in the last half second of a day shows on the next). Only the last step differs: an
 * estimate's day is taken only when the estimate is at least 2 s from midnight and within half
 * its margin of the instant, so the instant is then more than a second from midnight.
 * @internal
 */
export function getTermDay(k: number, ofRoundedSecond = false): number {
  const [margin1, margin2, margin3] = termDayMargins;
  const t1 = approximateSolarTermTime(k);
  const day1 = dayClearOfMidnight(t1, margin1(t1));
  if (day1 !== undefined) return day1;
  const t2 = refineSolarTermTime(k, t1, refinedTerms);
  const day2 = dayClearOfMidnight(t2, margin2(t2));
  if (day2 !== undefined) return day2;
  const day3 = dayClearOfMidnight(refineSolarTermTime(k, t2), margin3());
  if (day3 !== undefined) return day3;
  const x = computeSolarTermInstant(k) - unixEpochJulianDay + 1 / 3;
  return ofRoundedSecond ? Math.floor(Math.round(x * 86400) / 86400) : Math.floor(x);
}

/**
 * The civil day in UTC+8 (days since 1970-01-01) of new moon `n` (numbered as
 * {@link computeNewMoonInstant}) for the calendar: exactly `Math.floor(instant + 8 h)` of the
 * COMPACT instant ({@link computeNewMoonInstantCompact}), which is minutes from the precise one,
 * so that the lunar calendar needs only the compact Moon series. Its day is not always that of
 * the precise instant (a new moon within minutes of midnight); the calendar's stored offsets
 * (src/data/calendarDays.generated.ts, TIMING-EDGE) are measured against it.
 *
 * Fast, as {@link getTermDay}: the day of the closed-form estimate
 * ({@link approximateNewMoonTime}) for 98 % of new moons, else of a Newton step on the compact
 * series, else of a second one, else of the compact instant itself. With `shift` (days), the
 * day of `instant + 8 h + shift`: the day on which a calendar that starts a month late in the
 * day (the Tang–Song 进朔) begins it.
 * @internal
 */
export function getNewMoonDay(n: number, shift = 0): number {
  const [margin1, margin2, margin3] = newMoonDayMargins;
  const t1 = approximateNewMoonTime(n);
  const day1 = dayClearOfMidnight(t1, margin1(t1), shift);
  if (day1 !== undefined) return day1;
  const t2 = refineNewMoonTime(n, t1);
  const day2 = dayClearOfMidnight(t2, margin2(), shift);
  if (day2 !== undefined) return day2;
  const day3 = dayClearOfMidnight(refineNewMoonTime(n, t2), margin3(), shift);
  return day3 ?? Math.floor(computeNewMoonInstantCompact(n) - unixEpochJulianDay + 1 / 3 + shift);
}
