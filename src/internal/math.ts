/**
 * `Math.floor(a / n)` for integers (|a| < 2³¹, n > 0): by the integer division the engine makes
 * of `(x / n) | 0` (a multiplication when `n` is a constant), several times faster than a
 * floating-point division.
 */
export function divFloor(a: number, n: number): number {
  return a >= 0 ? (a / n) | 0 : ~((~a / n) | 0); // for a < 0, ~a = −a − 1 ≥ 0
}

/**
 * `a mod n` with the sign of `n` (so `modFloor(-1, 60)` is 59), for integers (|a| < 2³¹, n > 0).
 * Never −0, as `-60 % 60` is: one such result makes the engine compute that `%` in floating
 * point from then on, several times slower than the integer remainder.
 */
export function modFloor(a: number, n: number): number {
  return a - n * divFloor(a, n);
}
