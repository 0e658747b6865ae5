import { radiansPerArcsecond } from './angles';

/**
 * Sums a nutation-in-longitude series of `[φ₀, φ₁, φ₂, A, A₁]` rows:
 * `Σ (A + A₁ t) sin(φ₀ + φ₁ t + φ₂ t²)`, amplitudes in 0.01 arcsec.
 *
 * @param series - Flat rows of five numbers.
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns Δψ in radians.
 * Example (run by test/astro/engine/examples.test.ts):
 * evaluateNutationInLongitude([Math.PI / 2, 0, 0, 100, 0], 0) / (Math.PI / 648000)
 * //=> 1
 * @category Astronomy
 * @since 0.2.0
 */
export function evaluateNutationInLongitude(series: readonly number[], t: number): number {
  let v = 0;
  for (let i = 0; i < series.length; i += 5) {
    v += (series[i + 3]! + series[i + 4]! * t) * Math.sin(series[i]! + series[i + 1]! * t + series[i + 2]! * t * t);
  }
  return (v / 100) * radiansPerArcsecond;
}
