import { toEpochDay } from './epochDay';

/**
 * The days every function supports, inclusive: 1900-01-01 … 2100-12-31. Outside them a
 * function throws a `RangeError` rather than extrapolate.
 *
 * @example
 * supportedRange
 * //=> { from: '1900-01-01', to: '2100-12-31' }
 * @category Calendar
 * @since 0.1.0
 */
export const supportedRange: Readonly<{
  /** First supported day, `'YYYY-MM-DD'`. */
  from: string;
  /** Last supported day, `'YYYY-MM-DD'`. */
  to: string;
}> = /* @__PURE__ */ Object.freeze({
  from: '1900-01-01',
  to: '2100-12-31',
});

/** First and last supported Gregorian years. @internal */
export const FIRST_YEAR = 1900;
/** @internal */
export const LAST_YEAR = 2100;
/** Epoch days of the range's ends. @internal */
export const FIRST_EPOCH_DAY = /* @__PURE__ */ toEpochDay(1900, 1, 1);
/** @internal */
export const LAST_EPOCH_DAY = /* @__PURE__ */ toEpochDay(2100, 12, 31);
