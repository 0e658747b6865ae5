/**
 * The compact list encoding of the generated almanac tables (src/data/almanac.generated.ts),
 * shared by the generator and the decoder. Each list entry is an index into a vocabulary
 * ordered by frequency, written as one printable ASCII character — or, for the rare index 90
 * and up, as '~' and a second character — so the tables stay one byte per entry and gzip well.
 * Lists are ',' separated, and a table stores all first lists, '|', then all second lists.
 * @internal
 */
import { emptySlots } from '../internal/memo';

const ALPHABET = /* @__PURE__ */ (() => {
  let s = '';
  for (let c = 0x21; c < 0x7e; c++) if (c !== 0x22 && c !== 0x2c && c !== 0x5c && c !== 0x7c) s += String.fromCharCode(c); // not " , \ |
  return s;
})();
const ESCAPE = '~';

/** The characters of list entry `index`. @internal */
export function encodeListIndex(index: number): string {
  const n = ALPHABET.length;
  if (index < n) return ALPHABET.charAt(index);
  if (index < 2 * n) return ESCAPE + ALPHABET.charAt(index - n);
  throw new RangeError(`list index ${index} does not fit the encoding`);
}

/** Encodes a table of [first, second] index lists. @internal */
export function encodeListPairs(pairs: readonly (readonly [readonly number[], readonly number[]])[]): string {
  const lists = (which: 0 | 1): string => pairs.map((pair) => pair[which].map(encodeListIndex).join('')).join(',');
  return `${lists(0)}|${lists(1)}`;
}

/** Decodes one list of entry codes into frozen names. @internal */
export function decodeList(s: string, names: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const escaped = s.charAt(i) === ESCAPE;
    if (escaped) i++;
    out.push(names[ALPHABET.indexOf(s.charAt(i)) + (escaped ? ALPHABET.length : 0)] as string);
  }
  return Object.freeze(out);
}

/**
 * Decodes a table written by {@link encodeListPairs} into frozen `[first, second]` name lists per
 * cell, the first indexing `firstVocabulary`, the second `vocabulary`. Runs once per table (the
 * callers memoize it). @internal
 */
export function decodeListPairs(
  table: string, vocabulary: readonly string[], firstVocabulary: readonly string[] = vocabulary,
): readonly (readonly [readonly string[], readonly string[]])[] {
  const [firsts = '', seconds = ''] = table.split('|');
  const second = seconds.split(',');
  return Object.freeze(firsts.split(',').map((s, i) => Object.freeze([decodeList(s, firstVocabulary), decodeList(second[i] ?? '', vocabulary)] as const)));
}

/**
 * A lookup of the cells of a table written by {@link encodeListPairs}, decoding each cell on its
 * first use into a `[first, second]` pair of frozen name lists and returning that same pair
 * afterwards. The table is only split into its cells up front, so the first almanac of a process
 * decodes two lists, not 1,440 (the memo is bounded by the table's size). The pair, which callers
 * only read, is a plain array: the engine reads a frozen array's elements several times slower.
 * @internal
 */
export function lookupListPairs(
  table: string, vocabulary: readonly string[], firstVocabulary: readonly string[] = vocabulary,
): (cell: number) => readonly [readonly string[], readonly string[]] {
  let firsts: string[] | undefined;
  let seconds: string[] | undefined;
  let decoded: (readonly [readonly string[], readonly string[]] | undefined)[] | undefined;
  return (cell) => {
    const hit = decoded?.[cell];
    if (hit !== undefined) return hit;
    if (firsts === undefined || seconds === undefined || decoded === undefined) {
      const bar = table.indexOf('|');
      firsts = table.slice(0, bar).split(',');
      seconds = table.slice(bar + 1).split(',');
      decoded = emptySlots(firsts.length);
    }
    const pair = [decodeList(firsts[cell] ?? '', firstVocabulary), decodeList(seconds[cell] ?? '', vocabulary)] as const;
    decoded[cell] = pair;
    return pair;
  };
}
