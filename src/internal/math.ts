/**
 * `a mod n` with the sign of `n` (so `modFloor(-1, 60)` is 59), for integers (|a| < 2³¹, n > 0).
 * Written so that no `%` ever gives −0 (as `-60 % 60` does): one such result makes the engine
 * compute that `%` in floating point from then on, several times slower than the integer
 * remainder it otherwise uses.
 */
export function modFloor(a: number, n: number): number {
  return a >= 0 ? a % n : n - 1 - ((-a - 1) % n);
}

/**
 * `Math.floor(a / n)` for an integer `a` and a positive integer `n`: by the integer division the
 * engine makes of `(x / n) | 0` (a multiplication when `n` is a constant) wherever `a` fits in 32
 * bits, which is several times faster than a floating-point division.
 */
export function divFloor(a: number, n: number): number {
  if ((a | 0) !== a) return Math.floor(a / n);
  return a >= 0 ? (a / n) | 0 : -(((-a - 1) / n) | 0) - 1;
}
