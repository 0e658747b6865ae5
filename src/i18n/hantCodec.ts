/**
 * The Simplified → Traditional character map as a short ASCII string (shared by
 * data/scripts/generate-i18n.ts and the library). The pairs are sorted by their Simplified code
 * point; each pair is two numbers: the gap from the previous Simplified code point (the first from
 * U+4E00), then the Traditional code point minus the Simplified one, zigzag-coded (0, -1, 1, -2, …
 * → 0, 1, 2, 3, …). The numbers are written by src/internal/numberCodec.ts (base 45, printable,
 * no escapes). Raw pairs of Han characters cost gzip twice as much.
 */
import { encodeNumbers, readNumbers, unzigzag, zigzag } from '../internal/numberCodec';

const FIRST = 0x4e00;

/** The encoded string of a character map given as (Simplified, Traditional) pairs. @internal */
export function encodeHantCharacters(pairs: readonly (readonly [hans: string, hant: string])[]): string {
  const sorted = [...pairs].map(([a, b]) => [a.codePointAt(0) as number, b.codePointAt(0) as number] as const).sort((x, y) => x[0] - y[0]);
  const numbers: number[] = [];
  let previous = FIRST;
  for (const [hans, hant] of sorted) {
    if (hans < previous || (hans === previous && numbers.length > 0)) throw new RangeError(`encodeHantCharacters: Simplified characters must be distinct and from U+4E00, got U+${hans.toString(16)}`);
    numbers.push(hans - previous, zigzag(hant - hans));
    previous = hans;
  }
  return encodeNumbers(numbers);
}

/** The character map of a string written by {@link encodeHantCharacters}. @internal */
export function decodeHantCharacters(encoded: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  let hans = FIRST;
  let gap: number | undefined;
  readNumbers(encoded, (value) => {
    if (gap === undefined) gap = value;
    else {
      hans += gap;
      map.set(String.fromCodePoint(hans), String.fromCodePoint(hans + unzigzag(value)));
      gap = undefined;
    }
  });
  return map;
}
