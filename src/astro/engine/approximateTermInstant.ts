import { earthLongitudeCorrection } from '../../data/earthLongitudeSeries.generated';
import { earthLongitudeSeries } from './earthLongitudeSeries';
import { computeSunAberration } from './aberration';
import { radiansPerArcsecond } from './angles';
import { evaluateEarthLongitude } from './evaluateEarthLongitude';
import { evaluateNutationInLongitude } from './evaluateNutationInLongitude';
import { computeNutationInLongitude, nutationSeries } from './nutation';

/**
 * How many leading terms per power of τ of the Earth series (of 186, 38, 32, 8, 4, 4) the first
 * estimate sums: within 1000 years of J2000, where the terms in τ³ … τ⁵ stay below 1″, and beyond.
 */
const estimateTerms = [3, 3, 2, 0, 0, 0];
const estimateTermsFar = [3, 3, 3, 2, 2, 1];
/** … and the second estimate, everywhere. @internal */
export const refinedTerms = [40, 10, 10, 4, 4, 3];
/** The constant of aberration κ, radians (as {@link computeSunAberration}). */
const aberration = 20.49552 * radiansPerArcsecond;
/** The leading row of the nutation series (17″ in Ω; the next is 1.3″). */
const leadingNutation = /* @__PURE__ */ nutationSeries.slice(0, 5);

/** The Sun's mean anomaly, radians, at `t` Julian centuries (TT) from J2000.0. */
const meanAnomaly = (t: number) => 6.24006 + 628.301946 * t - 2.68e-6 * t * t;

/**
 * The rate of the Sun's apparent longitude, radians per Julian century, from the sine and cosine
 * of its mean anomaly: the mean motion and the derivative of the equation of centre (its two
 * leading harmonics, the eccentricity decreasing; Meeus, *Astronomical Algorithms*, ch. 25), to
 * about 0.1 %.
 */
function computeSunLongitudeRate(t: number, sinM: number, cosM: number): number {
  return 628.331965 + 628.30195 * ((0.033417 - 8.4e-5 * t) * cosM + 6.98e-4 * (1 - 2 * sinM * sinM));
}

/**
 * Estimates the instant of solar term `k` (numbered as {@link computeSolarTermInstant}) cheaply:
 * the mean longitude's polynomial and the equation of centre give a first guess (within 0.2 day
 * over −726 … 10003), then one Newton step on the Sun's apparent longitude summed from the 8
 * leading terms of the engine's Earth series (14 beyond 1000 … 3000; of 272), the leading
 * nutation term and the aberration: within 21 minutes of the precise instant (measured for every
 * term by scripts/verify-term-days.ts).
 *
 * @param k - Integer count of 15° steps of the Sun's longitude from the 1999 March equinox.
 * @returns Julian centuries (TT) from J2000.0.
 * @internal
 */
export function approximateSolarTermTime(k: number): number {
  const w = (k * Math.PI) / 12;
  // the mean longitude 4.895063 + 628.331965 t + 5.24e-6 t² …, inverted by one step
  let t = (w - 4.895063) / 628.331965;
  t -= (t * t * (5.24e-6 - 1.3e-10 * t - 1.14e-10 * t * t)) / 628.331965;
  // the equation of centre 2e sin M + 1.25 e² sin 2M, at the mean instant
  const m = meanAnomaly(t);
  const sinM = Math.sin(m);
  const cosM = Math.cos(m);
  t -= ((0.033417 - 8.4e-5 * t + 6.98e-4 * cosM) * sinM) / 628.331965;
  const terms = Math.abs(t) < 10 ? estimateTerms : estimateTermsFar;
  const longitude =
    evaluateEarthLongitude(earthLongitudeSeries, earthLongitudeCorrection, t / 10, terms) +
    Math.PI +
    evaluateNutationInLongitude(leadingNutation, t) -
    aberration * (1 + 0.0167 * cosM);
  return t + (w - longitude) / computeSunLongitudeRate(t, sinM, cosM);
}

/**
 * One Newton step from an estimate `t` of term `k` on the Sun's apparent longitude: the engine's
 * (as computeSunApparentLongitude) if `terms` is not given, else with only the first `terms[p]`
 * terms of the Earth series of power p.
 *
 * @param k - The term.
 * @param t - An estimate, Julian centuries (TT), within an hour.
 * @param terms - How many leading terms to sum per power of τ (all if not given).
 * @returns Julian centuries (TT) from J2000.0.
 * @internal
 */
export function refineSolarTermTime(k: number, t: number, terms?: readonly number[]): number {
  const longitude =
    evaluateEarthLongitude(earthLongitudeSeries, earthLongitudeCorrection, t / 10, terms) +
    Math.PI +
    computeNutationInLongitude(t) +
    computeSunAberration(t);
  const m = meanAnomaly(t);
  return t + ((k * Math.PI) / 12 - longitude) / computeSunLongitudeRate(t, Math.sin(m), Math.cos(m));
}
