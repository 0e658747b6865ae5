import { computeSunAberration } from './aberration';
import { computeEarthLongitude } from './earthLongitude';
import { computeNutationInLongitude } from './nutation';

/**
 * Computes the Sun's apparent geocentric ecliptic longitude: the Earth's heliocentric longitude
 * (truncated VSOP87D) turned by π, plus the nutation in longitude and the annual aberration
 * (Meeus, *Astronomical Algorithms*, ch. 25, "higher accuracy").
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns The longitude in radians, not reduced to one turn.
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round((computeSunApparentLongitude(0) % (2 * Math.PI)) * 180 / Math.PI * 1e3) / 1e3
 * //=> 280.368
 * @category Astronomy
 * @since 0.2.0
 */
export function computeSunApparentLongitude(t: number): number {
  return computeEarthLongitude(t) + Math.PI + computeNutationInLongitude(t) + computeSunAberration(t);
}
