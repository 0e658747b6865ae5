import { getDateValue } from './dateValue';

/** Renders a value for an error message: strings quoted, everything else as JavaScript shows it. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  const time = getDateValue(value);
  if (time !== undefined) return Number.isNaN(time) ? 'Invalid Date' : `Date(${new Date(time).toISOString()})`;
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return describeObject(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'function') return 'a function';
  return String(value);
}

/** A small object as JSON (`{"year":2025,"month":12}`); anything longer or not JSON as 'an object'. */
function describeObject(o: object): string {
  try {
    const json = JSON.stringify(o);
    if (json.length <= 80) return json;
  } catch {
    // cyclic, or holds a BigInt: no short form
  }
  return 'an object';
}

/** `TypeError` for a value of the wrong type or shape: `fn: what must be expected, got value`. */
export function typeError(fn: string, what: string, expected: string, got: unknown): TypeError {
  return new TypeError(`${fn}: ${what} must be ${expected}, got ${describe(got)}`);
}

/** `RangeError` for a well-formed value outside what is supported: `fn: what must be expected, got value`. */
export function rangeError(fn: string, what: string, expected: string, got: unknown): RangeError {
  return new RangeError(`${fn}: ${what} must be ${expected}, got ${describe(got)}`);
}

/**
 * Checks that `value` is an integer (TypeError otherwise) within `min … max` (RangeError
 * otherwise). `context` adds to the message (" in 2025-02"); it is a function so that the
 * text is only built when there is an error to report.
 */
export function assertInteger(fn: string, what: string, value: unknown, min: number, max: number, context?: () => string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw typeError(fn, what, 'an integer', value);
  if (value < min || value > max) throw rangeError(fn, what, `between ${min} and ${max}${context === undefined ? '' : context()}`, value);
  return value;
}
