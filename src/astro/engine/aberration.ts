import { radiansPerArcsecond } from './angles';

/** The constant of aberration κ, arcsec (Meeus, *Astronomical Algorithms*, ch. 23). */
const kappa = 20.49552;

/**
 * Computes the annual aberration of the Sun's longitude, `-κ (1 + e cos M)`: `-κ / R` with the
 * Earth–Sun distance `R` in AU to first order in the eccentricity `e` (Meeus, ch. 25), with the
 * Sun's mean anomaly `M` and `e` from Meeus eq. 25.3 and 25.4.
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns The aberration in radians (about -20.5″).
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round(computeSunAberration(0) / (Math.PI / 648000) * 100) / 100
 * //=> -20.84
 * @category Astronomy
 * @since 0.2.0
 */
export function computeSunAberration(t: number): number {
  const meanAnomaly = -0.043126 + 628.301955 * t - 0.000002732 * t * t;
  const e = 0.016708634 - 0.000042037 * t - 0.0000001267 * t * t;
  return -kappa * (1 + e * Math.cos(meanAnomaly)) * radiansPerArcsecond;
}
