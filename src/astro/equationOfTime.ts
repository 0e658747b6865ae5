import { computeNutationInLongitude } from './engine/nutation';
import { toJulianCenturies } from './engine/julianCenturies';
import { computeMeanObliquity, computeNutationInObliquity } from './obliquity';
import { computeSunApparentRightAscension } from './sunApparentRightAscension';
import { computeSunMeanLongitude } from './sunMeanLongitude';

/** 0.0057183° (Meeus eq. 28.1): the aberration (20.49552″) and the FK5 frame correction (0.09033″) that L0 omits. */
const meanLongitudeOffset = (0.0057183 * Math.PI) / 180;
const turn = 2 * Math.PI;
/** Seconds of time in one radian of hour angle (24 h = 2π). */
const secondsPerRadian = 86400 / turn;

/**
 * Computes the equation of time E: apparent solar time minus mean solar time, the hour angle of
 * the true Sun less that of the mean Sun (Meeus, *Astronomical Algorithms*, ch. 28, eq. 28.1):
 * `E = L0 − 0.0057183° − α + Δψ cos ε`, with the Sun's mean longitude L0 (eq. 28.2), its
 * apparent right ascension α (the engine's VSOP87D Sun, nutation and aberration), the nutation in
 * longitude Δψ (the engine's ten IAU 1980 terms) and the true obliquity ε. The result is reduced
 * to one turn (±12 h); over the year it runs from about −14.3 min (mid-February) to +16.4 min
 * (early November) and is zero about April 15, June 13, September 1 and December 25.
 *
 * Agrees with astronomia 4.2 (the full VSOP87 and IAU 1980 nutation) within 0.05 s over
 * 1900–2100 (0.042 s at most, every 6 hours; scripts/verify-equation-of-time.ts). The example is
 * Meeus' example 28.a: 1992-10-13T00:00 TT, E = 13m 42.6s.
 *
 * @param jde - Julian Ephemeris Day (TT); from an instant, {@link toJulianEphemerisDay}.
 * @returns E in seconds of time, positive when the sundial is ahead of the mean clock.
 * Example (run by test/astro/equationOfTime.test.ts):
 * Math.round(computeEquationOfTime(2448908.5) * 10) / 10
 * //=> 822.6
 * @category Astronomy
 * @since 0.4.0
 */
export function computeEquationOfTime(jde: number): number {
  const t = toJulianCenturies(jde);
  const obliquity = computeMeanObliquity(t) + computeNutationInObliquity(t);
  const e =
    computeSunMeanLongitude(t) - meanLongitudeOffset - computeSunApparentRightAscension(t) + computeNutationInLongitude(t) * Math.cos(obliquity);
  return (e - turn * Math.round(e / turn)) * secondsPerRadian;
}
