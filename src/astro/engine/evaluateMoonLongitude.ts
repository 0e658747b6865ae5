import { evaluatePolynomial, radiansPerArcsecond } from './angles';

/** The polynomial parts of the Moon's longitude (see data/astro/polynomials.tsv). */
export interface MoonLongitudePolynomials {
  /** Mean longitude, rad, in t. */
  readonly meanLongitude: readonly number[];
  /** Precession in longitude, arcsec, in t. */
  readonly precession: readonly number[];
  /** Empirical correction, arcsec, in `t - 10`, applied only when `t > 10`. */
  readonly lateCorrection: readonly number[];
}

/**
 * Sums an ELP-2000/82 longitude series in the form 寿星万年历 uses:
 * `Σₚ tᵖ Σ A cos(φ + ω t + c₂ t²/1e4 + c₃ t³/1e8 + c₄ t⁴/1e8)`, added to the polynomials.
 *
 * @param series - One flat list of `[A, φ, ω, c₂, c₃, c₄]` sextuples per power of t; `A` in arcsec.
 * @param polynomials - The mean longitude, the precession and the late correction.
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns The longitude in radians, not reduced to one turn.
 * Example (run by test/astro/engine/examples.test.ts):
 * evaluateMoonLongitude([], { meanLongitude: [1], precession: [], lateCorrection: [] }, 0)
 * //=> 1
 * @category Astronomy
 * @since 0.2.0
 */
export function evaluateMoonLongitude(
  series: readonly (readonly number[])[],
  polynomials: MoonLongitudePolynomials,
  t: number,
): number {
  const t2 = (t * t) / 1e4;
  const t3 = (t * t * t) / 1e8;
  const t4 = (t * t * t * t) / 1e8;
  let v = 0;
  for (let p = series.length - 1; p >= 0; p--) {
    const s = series[p]!;
    let c = 0;
    for (let i = 0; i < s.length; i += 6) {
      c += s[i]! * Math.cos(s[i + 1]! + s[i + 2]! * t + s[i + 3]! * t2 + s[i + 4]! * t3 + s[i + 5]! * t4);
    }
    v = v * t + c;
  }
  v += evaluatePolynomial(polynomials.precession, t);
  if (t > 10) v += evaluatePolynomial(polynomials.lateCorrection, t - 10);
  return evaluatePolynomial(polynomials.meanLongitude, t) + v * radiansPerArcsecond;
}
