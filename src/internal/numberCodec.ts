/**
 * Non-negative integers as printable text, for generated data: each number in base 45, most
 * significant digit first; digits 45–89 mean "more follows", 0–44 end the number; digit d is the
 * character of code 35 + d, skipping the backslash (92), so a string needs no escapes. Shared by
 * the generators (encodeNumbers) and the library (readNumbers), so that the two cannot drift apart.
 * @internal
 */
const BASE = 45;

const digitChar = (d: number): string => String.fromCharCode(d + 35 + (d + 35 >= 92 ? 1 : 0));

/** The text of `values` (non-negative integers). @internal */
export function encodeNumbers(values: readonly number[]): string {
  let text = '';
  for (const n of values) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`encodeNumbers: ${n} is not a non-negative integer`);
    let digits = digitChar(n % BASE);
    for (let rest = Math.floor(n / BASE); rest > 0; rest = Math.floor(rest / BASE)) digits = digitChar(BASE + (rest % BASE)) + digits;
    text += digits;
  }
  return text;
}

/** Calls `each` with every number of a text written by {@link encodeNumbers}, in order. @internal */
export function readNumbers(encoded: string, each: (value: number) => void): void {
  let value = 0;
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    const digit = code - (code > 92 ? 36 : 35);
    value = value * BASE + (digit % BASE);
    if (digit < BASE) {
      each(value);
      value = 0;
    }
  }
}

/** Zigzag: 0, −1, 1, −2, 2 … as 0, 1, 2, 3, 4 …, so signed numbers can be written. @internal */
export const zigzag = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n);
/** The inverse of {@link zigzag}. @internal */
export const unzigzag = (z: number): number => (z & 1 ? -(z + 1) / 2 : z / 2);
