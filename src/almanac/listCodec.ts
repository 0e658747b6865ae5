/**
 * The character code of list entry `index` in the generated almanac tables: indices 0–78 are
 * '0' … '~' (ASCII), 79 and up continue at '¡' (U+00A1), skipping the C1 control characters.
 * Shared by the generator and the decoder. @internal
 */
export function encodeListIndex(index: number): string {
  return String.fromCharCode(index < 79 ? 0x30 + index : 0xa1 + index - 79);
}

/** Inverse of {@link encodeListIndex} on a character code. @internal */
export function decodeListIndex(code: number): number {
  return code < 0x7f ? code - 0x30 : code - 0xa1 + 79;
}

/** Separates the two lists of one cell. @internal */
export const LIST_SEPARATOR = ',';
/** Separates cells. @internal */
export const CELL_SEPARATOR = ' ';

/**
 * Decodes a table of cells, each holding two lists of indices (the first into `firstVocabulary`,
 * the second into `vocabulary`), into frozen arrays of names: `[first, second]` per cell. Runs once per table (the callers memoize it).
 * @internal
 */
export function decodeListPairs(
  table: string, vocabulary: readonly string[], firstVocabulary: readonly string[] = vocabulary,
): readonly (readonly [readonly string[], readonly string[]])[] {
  const decode = (s: string, names: readonly string[]): readonly string[] =>
    Object.freeze([...s].map((ch) => names[decodeListIndex(ch.charCodeAt(0))] as string));
  return Object.freeze(
    table.split(CELL_SEPARATOR).map((cell) => {
      const [first = '', second = ''] = cell.split(LIST_SEPARATOR);
      return Object.freeze([decode(first, firstVocabulary), decode(second, vocabulary)] as const);
    }),
  );
}
