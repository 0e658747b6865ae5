import { evaluatePolynomial } from './engine/angles';

/**
 * The Sun's geometric mean longitude L0 in degrees, a polynomial in Julian millennia τ, referred
 * to the mean equinox of date (Meeus, *Astronomical Algorithms*, 2nd ed., eq. 28.2, from VSOP87).
 */
const meanLongitudeDegrees = [280.4664567, 360007.6982779, 0.03032028, 1 / 49931, -1 / 15300, -1 / 2000000] as const;

/**
 * Computes the Sun's geometric mean longitude L0, referred to the mean equinox of date: the
 * longitude the Sun would have if it moved uniformly along the ecliptic, the "mean Sun" that
 * mean solar time follows (Meeus, *Astronomical Algorithms*, eq. 28.2).
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns L0 in radians, not reduced to one turn.
 * Example (run by test/astro/equationOfTime.test.ts):
 * Math.round(computeSunMeanLongitude(0) * 180 / Math.PI * 1e7) / 1e7
 * //=> 280.4664567
 * @category Astronomy
 * @since 0.4.0
 */
export function computeSunMeanLongitude(t: number): number {
  return (evaluatePolynomial(meanLongitudeDegrees, t / 10) * Math.PI) / 180;
}
