import type { FortuneModel } from './fortuneModel';

/**
 * The models read last from plain inputs (`options.model` given as an object, not made by
 * createFortuneModel), each beside a snapshot of its input: a deep copy of the input's own
 * properties (enumerable or not, in their order), frozen. An input equal to a snapshot, read property by property as the validation
 * reads it, validates to the same model, so that model is returned without validating again or
 * building it anew: a caller who passes the same settings on every call, as one object or as a
 * fresh literal each time, pays one walk over them. An input that changed since is simply not
 * equal, and is validated. At most {@link SIZE} entries, the most recently used first: the memo is
 * unobservable but for speed. An input frozen all the way down is kept by identity instead
 * ({@link frozenInputs}).
 */
const recent: { readonly snapshot: unknown; readonly model: FortuneModel }[] = [];
const SIZE = 4;

/**
 * Inputs frozen all the way down (they cannot change), by identity: such an input passed again is
 * given its model in one lookup. A WeakMap, so it holds nothing a caller has let go of.
 */
const frozenInputs = /* @__PURE__ */ new WeakMap<object, FortuneModel>();

/** Whether every object and array of `value` is frozen, with data properties only (a getter could answer differently each time). */
function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  return Object.getOwnPropertyNames(value).every((key) => {
    const property = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    return 'value' in property && isDeepFrozen(property.value);
  });
}

/** An object's own string keys, enumerable or not, in their order, and the snapshots of their values. */
class ObjectSnapshot {
  constructor(readonly keys: readonly string[], readonly values: readonly unknown[]) {
    Object.freeze(this);
  }
}

/** A frozen deep copy of an input: arrays as arrays, objects as {@link ObjectSnapshot}s. */
function snapshotOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(Array.from(value, snapshotOf));
  const keys = Object.freeze(Object.getOwnPropertyNames(value));
  return new ObjectSnapshot(keys, Object.freeze(keys.map((key) => snapshotOf((value as Record<string, unknown>)[key]))));
}

/** The plain object of a snapshot, as the validation reads it (own properties, none inherited). */
function toPlain(snapshot: unknown): unknown {
  if (Array.isArray(snapshot)) return snapshot.map(toPlain);
  if (!(snapshot instanceof ObjectSnapshot)) return snapshot;
  const out: Record<string, unknown> = {};
  snapshot.keys.forEach((key, i) => Object.defineProperty(out, key, { value: toPlain(snapshot.values[i]), enumerable: true }));
  return out;
}

/** Whether `value` has, now, exactly the own properties (in the same order) and values of `snapshot`. */
function isEqualTo(snapshot: unknown, value: unknown): boolean {
  if (snapshot instanceof ObjectSnapshot) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    const keys = Object.getOwnPropertyNames(value);
    const expected = snapshot.keys;
    if (keys.length !== expected.length) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (key !== expected[i] || !isEqualTo(snapshot.values[i], (value as Record<string, unknown>)[key])) return false;
    }
    return true;
  }
  if (Array.isArray(snapshot)) {
    if (!Array.isArray(value) || value.length !== snapshot.length) return false;
    for (let i = 0; i < snapshot.length; i++) if (!isEqualTo(snapshot[i], value[i])) return false;
    return true;
  }
  return Object.is(snapshot, value);
}

/**
 * The model that `read` (the validation) gives `input`, or the one it gave an equal input among
 * the last few. `read` throws for an invalid input, which is then not kept. What is kept is the
 * snapshot with the model read from the snapshot itself, so that the two agree even if reading
 * the input twice would not (a getter). @internal
 */
export function readModelInput(input: unknown, read: (input: unknown) => FortuneModel): FortuneModel {
  if (typeof input === 'object' && input !== null && Object.isFrozen(input)) {
    const known = frozenInputs.get(input);
    if (known !== undefined) return known;
    if (isDeepFrozen(input)) {
      const model = read(input);
      frozenInputs.set(input, model);
      return model;
    }
  }
  for (let i = 0; i < recent.length; i++) {
    const entry = recent[i] as (typeof recent)[number];
    if (isEqualTo(entry.snapshot, input)) {
      if (i > 0) recent.unshift(...recent.splice(i, 1));
      return entry.model;
    }
  }
  const model = read(input);
  try {
    const snapshot = snapshotOf(input);
    recent.unshift({ snapshot, model: read(toPlain(snapshot)) });
    if (recent.length > SIZE) recent.pop();
  } catch {
    // Changed while read (a getter) into something invalid, or without end: read again on each call, never kept.
  }
  return model;
}
