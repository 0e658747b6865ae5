const getTime = Date.prototype.getTime;

/**
 * The time value (Unix milliseconds, `NaN` for an Invalid Date) of a `Date` from any realm (an
 * iframe, `vm`), or `undefined` for anything else. No `instanceof`: it asks the built-in
 * `Date.prototype.getTime`, which accepts exactly the objects that hold a date value.
 */
export function getDateValue(value: unknown): number | undefined {
  if (value === null || typeof value !== 'object' || typeof (value as { getTime?: unknown }).getTime !== 'function') return undefined;
  try {
    return getTime.call(value);
  } catch {
    return undefined;
  }
}
