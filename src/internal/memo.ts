/**
 * A memo of at most `size` values computed by `compute` from an integer key: the oldest entry
 * leaves first. The values must be immutable, so the memo is unobservable but for speed.
 * @internal
 */
export function boundedMemo<T>(size: number, compute: (key: number) => T): (key: number) => T {
  const values = new Map<number, T>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = compute(key);
      if (values.size >= size) values.delete(values.keys().next().value as number);
      values.set(key, value);
    }
    return value;
  };
}
