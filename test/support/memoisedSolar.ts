/**
 * A Solar of the reference wrapped so that what the light receivers of the differential tests ask
 * of it again and again is computed once: `next(n)` gives the same wrapper of the same Solar each
 * time (wrapped the same way), and `override` replaces other methods on the wrapper (with values
 * computed once from the Solar, or repaired ones). The Solar itself is never changed.
 */
export function memoisedSolar<S extends object>(solar: S, override: (wrapper: S, solar: S) => void): S {
  const wrapper = Object.create(solar) as S & { next(days: number): S };
  override(wrapper, solar);
  const next = new Map<number, S>();
  wrapper.next = (days: number): S => {
    let s = next.get(days);
    if (s === undefined) next.set(days, (s = memoisedSolar((solar as unknown as { next(days: number): S }).next(days), override)));
    return s;
  };
  return wrapper;
}

/** `compute`, called once: its value after that. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}
