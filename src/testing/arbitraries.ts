import fc from 'fast-check';
import { almanac } from '../almanac/almanac';
import { formatIsoDate, fromEpochDay, toEpochDay } from '../calendar/epochDay';
import { FIRST_EPOCH_DAY, LAST_EPOCH_DAY, supportedRange } from '../calendar/supportedRange';
import { toMoment } from '../input/toMoment';
import { rangeError, typeError } from '../internal/errors';
import { PILLAR_TABLE } from '../names/stemsBranches';
import type { DailyAlmanac } from '../almanac/types';
import type { CivilDate, DateInput, Pillar } from '../types';

/**
 * Options of {@link arbitraryDate}.
 * @category Testing
 * @since 0.3.0
 */
export interface ArbitraryDateOptions {
  /**
   * First day, inclusive, in any form the library's functions accept (`'YYYY-MM-DD'`,
   * `{ year, month, day }`, a `Date`, read as the day it is in China Standard Time); default the
   * start of the supported range, 1900-01-01.
   */
  readonly min?: DateInput;
  /** Last day, inclusive, in the same forms; default the end of the supported range, 2100-12-31. */
  readonly max?: DateInput;
}

/** The epoch day of a bound, read by the library's one parser; `fallback` when it is not given. */
function toBound(fn: string, what: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const day = toMoment(fn, value, undefined, what).epochDay;
  if (day < FIRST_EPOCH_DAY || day > LAST_EPOCH_DAY) throw rangeError(fn, what, `a day within ${supportedRange.from} … ${supportedRange.to}`, value);
  return day;
}

/** The epoch day of a civil date (unmapper of {@link arbitraryDate}, so that `examples` shrink too). */
function toEpochDayOf(value: unknown): number {
  const { year, month, day } = (value ?? {}) as Partial<CivilDate>;
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') throw new Error('not a civil date');
  const epochDay = toEpochDay(year, month, day);
  const back = fromEpochDay(epochDay);
  if (back.year !== year || back.month !== month || back.day !== day) throw new Error('not a civil date');
  return epochDay;
}

/** An arbitrary of the epoch days `min … max` that shrinks towards `min` (fc.integer shrinks towards 0, 1970-01-01). */
function epochDays(min: number, max: number): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: max - min }).map((n) => min + n, (day) => {
    if (typeof day !== 'number' || !Number.isInteger(day) || day < min || day > max) throw new Error('not an epoch day of the range');
    return day - min;
  });
}

/** {@link arbitraryDate}, with `fn` naming the public function in error messages. */
function dateArbitrary(fn: string, options: ArbitraryDateOptions | undefined): fc.Arbitrary<CivilDate> {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw typeError(fn, 'options', 'an object', options);
  const given = options ?? {};
  const min = toBound(fn, 'options.min', given.min, FIRST_EPOCH_DAY);
  const max = toBound(fn, 'options.max', given.max, LAST_EPOCH_DAY);
  if (min > max) {
    const maxDay = fromEpochDay(max);
    const minDay = fromEpochDay(min);
    throw rangeError(fn, 'options.min', `on or before options.max (${formatIsoDate(maxDay.year, maxDay.month, maxDay.day)})`,
      typeof given.min === 'string' ? given.min : formatIsoDate(minDay.year, minDay.month, minDay.day));
  }
  return epochDays(min, max).map((n) => Object.freeze(fromEpochDay(n)), toEpochDayOf);
}

/**
 * A fast-check arbitrary of days within the supported range (or within `min` … `max`), as frozen
 * `{ year, month, day }`. Counterexamples shrink towards `min`: a property that fails from some
 * day on shrinks to that day.
 *
 * @param options - `min` and `max`, inclusive.
 * @returns An arbitrary of civil dates that every function of the library accepts.
 * @throws {TypeError} If `options` is not an object, or `min` or `max` is not a date input (`'2025/02/01'`, `42`).
 * @throws {RangeError} If `min` or `max` is not a supported day (`'2025-02-30'`, `'1899-12-31'`), or `min` is after `max`.
 * @example
 * fc.sample(arbitraryDate({ min: '2025-12-18', max: '2025-12-18' }), 1)
 * //=> [{ year: 2025, month: 12, day: 18 }]
 * @example
 * fc.assert(fc.property(arbitraryDate(), (d) => fromLunar(lunarDate(d)).day === d.day));
 * @example
 * // A property that fails from 2030 on shrinks to the first day it fails on.
 * fc.check(fc.property(arbitraryDate(), (d) => d.year < 2030), { seed: 1 }).counterexample
 * //=> [{ year: 2030, month: 1, day: 1 }]
 * @example
 * fc.sample(arbitraryDate({ min: { year: 2025, month: 2, day: 28 }, max: '2025-03-01' }), 3).length
 * //=> 3
 * @category Testing
 * @since 0.3.0
 */
export function arbitraryDate(options?: ArbitraryDateOptions): fc.Arbitrary<CivilDate> {
  return dateArbitrary('arbitraryDate', options);
}

/**
 * A fast-check arbitrary of the 60 stem-branch pillars, `{ stem, branch, name, index }`.
 *
 * @returns An arbitrary of pillars, shrinking towards 甲子.
 * @example
 * fc.sample(arbitraryPillar(), 3).every((p) => p.name === p.stem + p.branch)
 * //=> true
 * @category Testing
 * @since 0.3.0
 */
export function arbitraryPillar(): fc.Arbitrary<Pillar> {
  return fc.integer({ min: 0, max: 59 }).map((i) => PILLAR_TABLE[i] as Pillar);
}

/**
 * A fast-check arbitrary of whole almanac pages, `almanac(d)` for a day `d` of
 * {@link arbitraryDate} with the same options.
 *
 * @param options - `min` and `max` of the days, inclusive.
 * @returns An arbitrary of {@link DailyAlmanac}, shrinking towards the page of `min`.
 * @throws {TypeError} As {@link arbitraryDate}, if `min` or `max` is not a date input.
 * @throws {RangeError} As {@link arbitraryDate}, if `min` or `max` is not a supported day, or `min` is after `max`.
 * @example
 * fc.assert(fc.property(arbitraryAlmanac(), (a) => almanacViolations(a).length === 0));
 * @category Testing
 * @since 0.3.0
 */
export function arbitraryAlmanac(options?: ArbitraryDateOptions): fc.Arbitrary<DailyAlmanac> {
  return dateArbitrary('arbitraryAlmanac', options).map((d) => almanac(d));
}
