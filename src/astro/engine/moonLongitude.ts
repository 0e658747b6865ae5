import { moonLateCorrection, moonMeanLongitude, moonPrecession } from '../../data/moonLongitudePolynomials.generated';
import { moonLongitudeSeries } from '../../data/moonLongitudeSeries.generated';
import { evaluateMoonLongitude, type MoonLongitudePolynomials } from './evaluateMoonLongitude';

const polynomials: MoonLongitudePolynomials = {
  meanLongitude: moonMeanLongitude,
  precession: moonPrecession,
  lateCorrection: moonLateCorrection,
};

/**
 * Computes the Moon's geocentric ecliptic longitude referred to the mean equinox of date (no
 * nutation, no aberration), from the truncated ELP-2000/82 series in
 * `src/data/moonLongitudeSeries.generated.ts` (Chapront-Touzé & Chapront, as fitted and truncated
 * by 寿星万年历; see data/astro/SOURCES.md).
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns The longitude in radians, not reduced to one turn (it grows by 2π a sidereal month).
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round(computeMoonLongitude(0) * 1e3) / 1e3
 * //=> 3.898
 * @category Astronomy
 * @since 0.2.0
 */
export function computeMoonLongitude(t: number): number {
  return evaluateMoonLongitude(moonLongitudeSeries, polynomials, t);
}
