import { earthLongitudeCorrection, earthLongitudeTermsForMoon } from '../../data/earthLongitudeSeries.generated';
import { earthLongitudeSeries } from './earthLongitudeSeries';
import { evaluateEarthLongitude } from './evaluateEarthLongitude';


/**
 * Computes the Earth's heliocentric ecliptic longitude referred to the mean equinox of date, from
 * the truncated VSOP87 series in `src/data/earthLongitudeSeries.generated.ts` (VSOP87D, Bretagnon &
 * Francou 1988, as truncated by 寿星万年历; see data/astro/SOURCES.md for the truncation).
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns The longitude in radians, not reduced to one turn (it grows by 2π a year).
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round(computeEarthLongitude(0) * 1e4) / 1e4
 * //=> 1.7519
 * @category Astronomy
 * @since 0.2.0
 */
export function computeEarthLongitude(t: number): number {
  return evaluateEarthLongitude(earthLongitudeSeries, earthLongitudeCorrection, t / 10);
}

/**
 * Computes the Earth's heliocentric longitude as {@link computeEarthLongitude} does, from the
 * largest terms only: the ones 寿星万年历 sums for the Sun when it places a new moon (its
 * `eLon(t, 60)`), so that the engine's new moons follow the reference's.
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns The longitude in radians, not reduced to one turn.
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.abs(computeEarthLongitudeForMoon(0) - computeEarthLongitude(0)) < 1e-5
 * //=> true
 * @category Astronomy
 * @since 0.2.0
 */
export function computeEarthLongitudeForMoon(t: number): number {
  return evaluateEarthLongitude(earthLongitudeSeries, earthLongitudeCorrection, t / 10, earthLongitudeTermsForMoon);
}
