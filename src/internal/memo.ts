/** A memoised function of an integer key, and a look into its memo that computes nothing. @internal */
export interface BoundedMemo<T> {
  (key: number): T;
  /** The memoised value of `key`, or undefined if it has not been computed (or has left the memo). */
  readonly peek: (key: number) => T | undefined;
}

/**
 * A memo of at most `size` values computed by `compute` from an integer key: the oldest entry
 * leaves first, and the last value asked for is answered without a lookup. The values must be
 * immutable, so the memo is unobservable but for speed.
 * @internal
 */
export function boundedMemo<T>(size: number, compute: (key: number) => T): BoundedMemo<T> {
  const values = new Map<number, T>();
  let lastKey = NaN;
  let lastValue: T | undefined;
  const memo = (key: number): T => {
    if (key === lastKey) return lastValue as T;
    let value = values.get(key);
    if (value === undefined) {
      value = compute(key);
      if (values.size >= size) values.delete(values.keys().next().value as number);
      values.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value;
  };
  return Object.assign(memo, { peek: (key: number): T | undefined => (key === lastKey ? lastValue : values.get(key)) });
}

/**
 * A memo of an integer-valued `compute` of integer keys, over the keys `first … last`: the values
 * sit in typed arrays (of the kind `Block`: `Int8Array`, `Int16Array` or `Int32Array`, of `bits`
 * 8, 16 or 32) of 1,024 entries each, a block allocated when one of its keys is first asked for, so the memo never
 * holds more than the range (1, 2 or 4 bytes a key), however long it is used. A key outside the
 * range, or a value the array cannot hold (or that is its least value, which marks an entry not
 * computed yet), is computed each time. The values must be those of a pure function, so the memo
 * is unobservable but for speed.
 * @internal
 */
export function rangeMemo(
  first: number, last: number, compute: (key: number) => number,
  Block: Int8ArrayConstructor | Int16ArrayConstructor | Int32ArrayConstructor = Int32Array, bits: 8 | 16 | 32 = 32,
): (key: number) => number {
  // Allocated whole (a few thousand slots at most), so that filling it keeps it an array.
  const blocks: (Int8Array | Int16Array | Int32Array | undefined)[] = Array(((last - first) >> 10) + 1).fill(undefined);
  // A value fits the array if shifting it out of 32 bits and back leaves it unchanged; the least
  // value of the array marks an entry not computed yet (one stored as it is computed again).
  const shift = 32 - bits;
  const empty = -1 << (31 - shift);
  return (key) => {
    const offset = key - first;
    if (!(offset >= 0 && key <= last)) return compute(key);
    const block = (blocks[offset >> 10] ??= new Block(1024).fill(empty));
    const i = offset & 1023;
    const stored = block[i] as number;
    if (stored !== empty) return stored;
    const value = compute(key);
    // Stored only if the array holds it exactly (it always does for the memos of this library).
    if (((value << shift) >> shift) === value) block[i] = value;
    return value;
  };
}

/**
 * `n` empty slots for a memo indexed by small integers: allocated whole, so that filling them
 * in any order never changes the array's kind of elements (an array grown by scattered stores
 * changes it, and the engine's lookups in it then stay slow).
 * @internal
 */
export function emptySlots<T>(n: number): (T | undefined)[] {
  return new Array<T | undefined>(n).fill(undefined);
}
