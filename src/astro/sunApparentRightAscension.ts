import { computeSunApparentLongitude } from './engine/sunApparentLongitude';
import { computeMeanObliquity, computeNutationInObliquity } from './obliquity';

/**
 * Computes the Sun's apparent right ascension α: its apparent ecliptic longitude λ (the engine's
 * truncated VSOP87D with nutation and aberration) carried to the true equator of date through
 * the true obliquity ε = ε0 + Δε, `tan α = cos ε sin λ / cos λ` (Meeus, *Astronomical
 * Algorithms*, eq. 25.6 with β = 0). The Sun's ecliptic latitude (under 1.2″) is neglected: it
 * moves α by less than 0.5″ (0.03 s of time). For Meeus' example 25.b (1992-10-13T00:00 TT, the
 * example below) it gives 198.378037°, 0.3″ from his full-VSOP87 198.378121°.
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns α in radians, in (−π, π].
 * Example (run by test/astro/equationOfTime.test.ts):
 * Math.round((computeSunApparentRightAscension((2448908.5 - 2451545) / 36525) * 180 / Math.PI + 360) * 1e4) / 1e4
 * //=> 198.378
 * @category Astronomy
 * @since 0.4.0
 */
export function computeSunApparentRightAscension(t: number): number {
  const longitude = computeSunApparentLongitude(t);
  const obliquity = computeMeanObliquity(t) + computeNutationInObliquity(t);
  return Math.atan2(Math.cos(obliquity) * Math.sin(longitude), Math.cos(longitude));
}
