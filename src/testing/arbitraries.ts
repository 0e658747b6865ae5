import fc from 'fast-check';
import { almanac } from '../almanac/almanac';
import { toEpochDay } from '../calendar/epochDay';
import { formatDate, fromEpochDayIn, getCalendarOption, toEpochDayIn } from '../calendar/julianCalendar';
import { LAST_EPOCH_DAY, formatSupportedRange, getFirstEpochDay } from '../calendar/supportedRange';
import { toMoment } from '../input/toMoment';
import { rangeError, typeError } from '../internal/errors';
import { PILLAR_TABLE } from '../names/stemsBranches';
import type { DailyAlmanac } from '../almanac/types';
import type { CivilDate, DateInput, Pillar, SolarCalendar } from '../types';

/**
 * Options of {@link arbitraryDate} and {@link arbitraryAlmanac}.
 *
 * The days default to 1900-01-01 … 2100-12-31, the span most properties are about, which keeps
 * counterexamples readable and a project's seeds drawing the same days as before the range grew;
 * the whole supported range, −0721-01-01 … 9999-12-31, is reached with
 * `{ min: supportedRange.from, max: supportedRange.to }`. A default never empties the range: `min`
 * alone after 2100-12-31 runs to 9999-12-31, `max` alone before 1900-01-01 starts at −0721-01-01.
 * @category Testing
 * @since 0.3.0
 */
export interface ArbitraryDateOptions {
  /**
   * First day, inclusive, in any form the library's functions accept (`'YYYY-MM-DD'`, an expanded
   * year `'-000721-01-01'`, `{ year, month, day }`, a `Date`, read as the day it is in China
   * Standard Time); default 1900-01-01 (or −0721-01-01, see above).
   */
  readonly min?: DateInput;
  /** Last day, inclusive, in the same forms; default 2100-12-31 (or 9999-12-31, see above). */
  readonly max?: DateInput;
  /**
   * The calendar `min` and `max` are read in and the dates are written in, as the library's
   * `options.calendar`: `'iso8601'` (default, proleptic Gregorian) or `'julian'` (Julian before
   * 1582-10-15, as the reference and historians write dates). Pass the same option to the
   * functions under test.
   * @since 0.5.0
   */
  readonly calendar?: SolarCalendar;
}

/** The default days of the arbitraries (1900-01-01 … 2100-12-31), as epoch days; the same in both calendars. */
const DEFAULT_FIRST_EPOCH_DAY = /* @__PURE__ */ toEpochDay(1900, 1, 1);
const DEFAULT_LAST_EPOCH_DAY = /* @__PURE__ */ toEpochDay(2100, 12, 31);

/**
 * The epoch day of a bound, read by the library's one parser in `calendar`; `undefined` when it
 * is not given. A day outside the range is refused in words that name the range.
 */
function toBound(fn: string, what: string, value: unknown, calendar: SolarCalendar): number | undefined {
  if (value === undefined) return undefined;
  const outside = (): RangeError => rangeError(fn, what, `a day within ${formatSupportedRange(calendar)}`, value);
  let day: number;
  try {
    day = toMoment(fn, value, { calendar }, what).epochDay;
  } catch (thrown) {
    // The parser names the year's bounds (−721 and 9999); a bound is a day, so name the days.
    if (thrown instanceof RangeError && thrown.message.startsWith(`${fn}: ${what}.year must be between`)) throw outside();
    throw thrown;
  }
  if (day < getFirstEpochDay(calendar) || day > LAST_EPOCH_DAY) throw outside();
  return day;
}

/** The epoch day of a date written in `calendar` (unmapper of {@link arbitraryDate}, so that `examples` shrink too). */
function toEpochDayOf(calendar: SolarCalendar, value: unknown): number {
  const { year, month, day } = (value ?? {}) as Partial<CivilDate>;
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') throw new Error('not a civil date');
  const epochDay = toEpochDayIn(calendar, year, month, day);
  const back = fromEpochDayIn(calendar, epochDay);
  if (back.year !== year || back.month !== month || back.day !== day) throw new Error(`not a date of calendar '${calendar}'`);
  return epochDay;
}

/** An arbitrary of the epoch days `min … max` that shrinks towards `min` (fc.integer shrinks towards 0, 1970-01-01). */
function epochDays(min: number, max: number): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: max - min }).map((n) => min + n, (day) => {
    if (typeof day !== 'number' || !Number.isInteger(day) || day < min || day > max) throw new Error('not an epoch day of the range');
    return day - min;
  });
}

/** {@link arbitraryDate}, with `fn` naming the public function in error messages; also returns the calendar. */
function dateArbitrary(fn: string, options: ArbitraryDateOptions | undefined): [fc.Arbitrary<CivilDate>, SolarCalendar] {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw typeError(fn, 'options', 'an object', options);
  const calendar = getCalendarOption(fn, options);
  const given = options ?? {};
  const minGiven = toBound(fn, 'options.min', given.min, calendar);
  const maxGiven = toBound(fn, 'options.max', given.max, calendar);
  // A default never empties the range: past the default span, it is the range's own end.
  const min = minGiven ?? (maxGiven !== undefined && maxGiven < DEFAULT_FIRST_EPOCH_DAY ? getFirstEpochDay(calendar) : DEFAULT_FIRST_EPOCH_DAY);
  const max = maxGiven ?? (minGiven !== undefined && minGiven > DEFAULT_LAST_EPOCH_DAY ? LAST_EPOCH_DAY : DEFAULT_LAST_EPOCH_DAY);
  if (min > max) {
    throw rangeError(fn, 'options.min', `on or before options.max (${formatDate(max, calendar)})`,
      typeof given.min === 'string' ? given.min : formatDate(min, calendar));
  }
  const arbitrary = epochDays(min, max).map((n) => Object.freeze(fromEpochDayIn(calendar, n)), (value) => toEpochDayOf(calendar, value));
  return [arbitrary, calendar];
}

/**
 * A fast-check arbitrary of days, as frozen `{ year, month, day }`: by default 1900-01-01 …
 * 2100-12-31, or `min` … `max`, any days of the supported range −0721-01-01 … 9999-12-31 (see
 * {@link ArbitraryDateOptions}), drawn as fast-check draws integers (so the first and last days
 * come up more often than the rest). Counterexamples shrink towards `min`: a property that fails
 * from some day on shrinks to that day.
 *
 * @param options - `min` and `max`, inclusive; `calendar`, in which they are read and the dates written.
 * @returns An arbitrary of civil dates that every function of the library accepts (with the same `calendar`).
 * @throws {TypeError} If `options` is not an object, `min` or `max` is not a date input (`'2025/02/01'`, `42`), or `calendar` is not a string.
 * @throws {RangeError} If `min` or `max` is not a day (`'2025-02-30'`) or outside the supported range (`'-000722-12-31'`), `min` is after `max`, or `calendar` is unknown.
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
 * // The whole range: here a property that fails before 1 CE shrinks to the range's first day.
 * fc.check(fc.property(arbitraryDate({ min: supportedRange.from, max: supportedRange.to }), (d) => d.year > 0), { seed: 1 }).counterexample
 * //=> [{ year: -721, month: 1, day: 1 }]
 * @example
 * // Julian dates, for functions given { calendar: 'julian' }: 1582-10-04 is followed by 1582-10-15.
 * const days = fc.sample(arbitraryDate({ min: '1582-10-04', max: '1582-10-15', calendar: 'julian' }), { numRuns: 20, seed: 1 });
 * [...new Set(days.map((d) => d.day))].sort((a, b) => a - b)
 * //=> [4, 15]
 * @example
 * fc.sample(arbitraryDate({ min: { year: 2025, month: 2, day: 28 }, max: '2025-03-01' }), 3).length
 * //=> 3
 * @category Testing
 * @since 0.3.0
 */
export function arbitraryDate(options?: ArbitraryDateOptions): fc.Arbitrary<CivilDate> {
  return dateArbitrary('arbitraryDate', options)[0];
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
 * A fast-check arbitrary of whole almanac pages, `almanac(d, { calendar })` for a day `d` of
 * {@link arbitraryDate} with the same options (by default 1900-01-01 … 2100-12-31).
 *
 * @param options - `min` and `max` of the days, inclusive; `calendar`, in which they are read and the pages are made.
 * @returns An arbitrary of {@link DailyAlmanac}, shrinking towards the page of `min`.
 * @throws {TypeError} As {@link arbitraryDate}: if `options` is not an object, `min` or `max` is not a date input, or `calendar` is not a string.
 * @throws {RangeError} As {@link arbitraryDate}: if `min` or `max` is not a supported day, `min` is after `max`, or `calendar` is unknown.
 * @example
 * fc.assert(fc.property(arbitraryAlmanac(), (a) => almanacViolations(a).length === 0));
 * @example
 * fc.assert(fc.property(arbitraryAlmanac({ min: '9000-01-01', max: supportedRange.to }), (a) => a.lunar.day <= 30), { numRuns: 20 });
 * @category Testing
 * @since 0.3.0
 */
export function arbitraryAlmanac(options?: ArbitraryDateOptions): fc.Arbitrary<DailyAlmanac> {
  const [days, calendar] = dateArbitrary('arbitraryAlmanac', options);
  return calendar === 'iso8601' ? days.map((d) => almanac(d)) : days.map((d) => almanac(d, { calendar }));
}
