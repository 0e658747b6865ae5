import fc from 'fast-check';
import { almanac } from '../almanac/almanac';
import { fromEpochDay, toEpochDay } from '../calendar/epochDay';
import { FIRST_EPOCH_DAY, LAST_EPOCH_DAY } from '../calendar/supportedRange';
import { rangeError } from '../internal/errors';
import { PILLAR_TABLE } from '../names/stemsBranches';
import type { DailyAlmanac } from '../almanac/types';
import type { CivilDate, Pillar } from '../types';

/** Options of {@link arbitraryDate}. */
export interface ArbitraryDateOptions {
  /** First day, `'YYYY-MM-DD'`; default the start of the supported range, 1900-01-01. */
  readonly min?: string;
  /** Last day, `'YYYY-MM-DD'`; default the end of the supported range, 2100-12-31. */
  readonly max?: string;
}

function toDay(fn: string, what: string, iso: string | undefined, fallback: number): number {
  if (iso === undefined) return fallback;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const day = match === null ? Number.NaN : toEpochDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (Number.isNaN(day) || day < FIRST_EPOCH_DAY || day > LAST_EPOCH_DAY) throw rangeError(fn, what, "a 'YYYY-MM-DD' day within 1900-01-01 … 2100-12-31", iso);
  return day;
}

/**
 * A fast-check arbitrary of days within the supported range (or within `min` … `max`), as frozen
 * `{ year, month, day }`. Shrinks towards the first day.
 *
 * @param options - `min` and `max`, inclusive.
 * @returns An arbitrary of civil dates that every function of the library accepts.
 * @throws {RangeError} If `min` or `max` is not a supported day, or `min` is after `max`.
 * @example
 * fc.sample(arbitraryDate({ min: '2025-12-18', max: '2025-12-18' }), 1)
 * //=> [{ year: 2025, month: 12, day: 18 }]
 * @example
 * fc.assert(fc.property(arbitraryDate(), (d) => fromLunar(lunarDate(d)).day === d.day));
 * @category Testing
 * @since 0.3.0
 */
export function arbitraryDate(options?: ArbitraryDateOptions): fc.Arbitrary<CivilDate> {
  const min = toDay('arbitraryDate', 'options.min', options?.min, FIRST_EPOCH_DAY);
  const max = toDay('arbitraryDate', 'options.max', options?.max, LAST_EPOCH_DAY);
  if (min > max) throw rangeError('arbitraryDate', 'options.min', `on or before options.max (${String(options?.max)})`, options?.min);
  return fc.integer({ min, max }).map((n) => Object.freeze(fromEpochDay(n)));
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
 * @returns An arbitrary of {@link DailyAlmanac}.
 * @example
 * fc.assert(fc.property(arbitraryAlmanac(), (a) => almanacViolations(a).length === 0));
 * @category Testing
 * @since 0.3.0
 */
export function arbitraryAlmanac(options?: ArbitraryDateOptions): fc.Arbitrary<DailyAlmanac> {
  return arbitraryDate(options).map((d) => almanac(d));
}
