/**
 * The Simplified → Traditional character map as a short ASCII string (shared by
 * data/scripts/generate-i18n.ts and the library). The pairs are sorted by their Simplified code
 * point; each pair is two numbers: the gap from the previous Simplified code point (the first from
 * U+4E00), then the Traditional code point minus the Simplified one, zigzag-coded (0, -1, 1, -2, …
 * → 0, 1, 2, 3, …). A number is written in base 45, most significant digit first: digits 45–89 go
 * on, digits 0–44 end it. Digit d is the character of code 35 + d, skipping the backslash
 * (92), so the string needs no escape. Raw pairs of Han characters cost gzip twice as much.
 */

const BASE = 45;
const FIRST = 0x4e00;
const digitChar = (d: number): string => String.fromCharCode(35 + d + (35 + d >= 92 ? 1 : 0));

/** The encoded string of a character map given as (Simplified, Traditional) pairs. @internal */
export function encodeHantCharacters(pairs: readonly (readonly [hans: string, hant: string])[]): string {
  const sorted = [...pairs].map(([a, b]) => [a.codePointAt(0) as number, b.codePointAt(0) as number] as const).sort((x, y) => x[0] - y[0]);
  let out = '';
  const put = (n: number): void => {
    let digits = digitChar(n % BASE);
    for (let rest = Math.floor(n / BASE); rest > 0; rest = Math.floor(rest / BASE)) digits = digitChar(BASE + (rest % BASE)) + digits;
    out += digits;
  };
  let previous = FIRST;
  for (const [hans, hant] of sorted) {
    if (hans < previous || (hans === previous && out !== '')) throw new RangeError(`encodeHantCharacters: Simplified characters must be distinct and from U+4E00, got U+${hans.toString(16)}`);
    put(hans - previous);
    const delta = hant - hans;
    put(delta < 0 ? -2 * delta - 1 : 2 * delta);
    previous = hans;
  }
  return out;
}

/** The character map of a string written by {@link encodeHantCharacters}. @internal */
export function decodeHantCharacters(encoded: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  let hans = FIRST;
  let value = 0;
  let gap: number | undefined;
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    const digit = code - (code > 92 ? 36 : 35);
    if (digit >= BASE) {
      value = value * BASE + digit - BASE;
      continue;
    }
    value = value * BASE + digit;
    if (gap === undefined) gap = value;
    else {
      hans += gap;
      map.set(String.fromCodePoint(hans), String.fromCodePoint(hans + ((value >> 1) ^ -(value & 1))));
      gap = undefined;
    }
    value = 0;
  }
  return map;
}
