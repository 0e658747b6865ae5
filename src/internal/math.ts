/** `a mod n` with the sign of `n` (so `modFloor(-1, 60)` is 59). */
export function modFloor(a: number, n: number): number {
  return ((a % n) + n) % n;
}
