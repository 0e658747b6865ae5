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
  let lastKey = Number.NaN;
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

/** Entries per block of a {@link RangeMemo}. */
const BLOCK_BITS = 10;
const BLOCK = 1 << BLOCK_BITS;

/**
 * A memo of an integer-valued `compute` of integer keys, over the keys `first … last`: the values
 * sit in typed arrays (`Int8Array`, `Int16Array` or `Int32Array` by `bits`) of 1,024 entries
 * each, a block allocated when one of its keys is first asked for, so the memo never holds more
 * than the range (1, 2 or 4 bytes a key), however long it is used. A key outside the range, or a value the
 * array cannot hold exactly (or that is the array's least value, which marks an entry not
 * computed yet), is computed each time. The values must be those of a pure function, so the memo
 * is unobservable but for speed. (A class, so that every memo shares one `get` that the compiler
 * can inline.)
 * @internal
 */
export class RangeMemo {
  private readonly blocks: (Int8Array | Int16Array | Int32Array | undefined)[];
  private readonly empty: number;

  constructor(
    private readonly first: number,
    private readonly last: number,
    private readonly compute: (key: number) => number,
    private readonly bits: 8 | 16 | 32 = 32,
  ) {
    this.blocks = new Array<undefined>(Math.ceil((last - first + 1) / BLOCK)).fill(undefined);
    this.empty = -(2 ** (bits - 1));
  }

  /** The value of `key`. */
  get(key: number): number {
    const offset = key - this.first;
    if (offset >= 0 && key <= this.last) {
      const stored = this.blocks[offset >> BLOCK_BITS]?.[offset & (BLOCK - 1)];
      if (stored !== undefined && stored !== this.empty) return stored;
      return this.fill(key, offset);
    }
    return this.compute(key);
  }

  private fill(key: number, offset: number): number {
    const b = offset >> BLOCK_BITS;
    let block = this.blocks[b];
    if (block === undefined) {
      block = this.bits === 8 ? new Int8Array(BLOCK) : this.bits === 16 ? new Int16Array(BLOCK) : new Int32Array(BLOCK);
      block.fill(this.empty);
      this.blocks[b] = block;
    }
    const value = this.compute(key);
    if (Number.isInteger(value) && value > this.empty && value < -this.empty) block[offset & (BLOCK - 1)] = value;
    return value;
  }
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
