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
