import { moonAberration } from '../../data/moonLongitudePolynomials.generated';
import { computeSunAberration } from './aberration';
import { computeEarthLongitudeForMoon } from './earthLongitude';
import { computeMoonLongitude } from './moonLongitude';

/**
 * Computes the apparent Moon's longitude minus the apparent Sun's: zero at a new moon. The
 * nutation in longitude moves both bodies alike and cancels; each keeps its aberration. The Sun
 * here is summed from the largest VSOP87 terms only, as the reference does for new moons.
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns The elongation in longitude, radians, not reduced to one turn (it grows by 2π a
 *   synodic month; about -1 rad at J2000.0).
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round(computeMoonSunElongation(0) * 1e3) / 1e3
 * //=> -0.996
 * @category Astronomy
 * @since 0.2.0
 */
export function computeMoonSunElongation(t: number): number {
  return computeMoonLongitude(t) + moonAberration - (computeEarthLongitudeForMoon(t) + Math.PI + computeSunAberration(t));
}
