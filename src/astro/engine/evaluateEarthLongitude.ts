import { evaluatePolynomial, radiansPerArcsecond } from './angles';

/**
 * Sums a VSOP87 longitude series: `Σₚ τᵖ Σ A cos(φ + ω τ)`, plus a frame correction polynomial.
 *
 * @param series - One flat list of `[A, φ, ω]` triples per power of τ; `A` in units of 1e-10 rad,
 *   `φ` in rad, `ω` in rad per Julian millennium.
 * @param correction - Arcseconds, a polynomial in τ, added to the sum.
 * @param tau - Julian millennia (TT) from J2000.0.
 * @param counts - If given, only the first `counts[p]` terms of the series of power p are summed.
 * @returns The longitude in radians, not reduced to one turn.
 * Example (run by test/astro/engine/examples.test.ts):
 * evaluateEarthLongitude([[1e10, 0, 1]], [], 0.5) === Math.cos(0.5) * 1e10 / 1e10
 * //=> true
 * @category Astronomy
 * @since 0.2.0
 */
export function evaluateEarthLongitude(
  series: readonly (readonly number[])[],
  correction: readonly number[],
  tau: number,
  counts?: readonly number[],
): number {
  let v = 0;
  for (let p = series.length - 1; p >= 0; p--) {
    const s = series[p]!;
    const n = counts ? 3 * counts[p]! : s.length;
    let c = 0;
    for (let i = 0; i < n; i += 3) c += s[i]! * Math.cos(s[i + 1]! + s[i + 2]! * tau);
    v = v * tau + c;
  }
  return v / 1e10 + evaluatePolynomial(correction, tau) * radiansPerArcsecond;
}
