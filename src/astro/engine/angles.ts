/** Radians in one arcsecond. */
export const radiansPerArcsecond = Math.PI / 648000;

/**
 * Sums a power series `c[0] + c[1] x + c[2] x² + …` by Horner's rule.
 *
 * @param c - Coefficients, lowest power first.
 * @param x - The argument.
 * @returns The value of the polynomial.
 * Example (run by test/astro/engine/examples.test.ts):
 * evaluatePolynomial([1, 2, 3], 2)
 * //=> 17
 * @category Astronomy
 * @since 0.2.0
 */
export function evaluatePolynomial(c: readonly number[], x: number): number {
  let v = 0;
  for (let i = c.length - 1; i >= 0; i--) v = v * x + c[i]!;
  return v;
}
