import { toMoment } from '../input/toMoment';
import { rangeError } from '../internal/errors';
import { getPillar } from '../names/stemsBranches';
import type { DateInput, DateWithTimeInput, Pillar, PlainDateInput, TimeZoneOptions } from '../types';
import {
  getDayPillarIndex, getHourPillarIndex, getMonthPillarIndex, getSolarMonthNumber, getSolarYear, getYearPillarIndex,
} from './getPillarIndices';

/**
 * Options of {@link pillars}.
 * @category Calendar
 * @since 0.1.0
 */
export interface PillarsOptions extends TimeZoneOptions {
  /**
   * Where the day pillar changes, for inputs with a time (the 子时 question).
   * - `'midnight'` (default, the reference's): the day pillar changes at 00:00; the hour
   *   23:00–23:59 (晚子时) is already the 子 hour of the next day, so it takes the next day's
   *   hour stem while the day pillar stays.
   * - `'23:00'`: the day pillar changes at 23:00 with the hour (早子时 school, used by many 八字 charts).
   */
  readonly dayBoundary?: 'midnight' | '23:00';
  /**
   * Where the year pillar changes: `'lichun'` (the only value, and the default), at 立春 — by its
   * day for a plain date, by its instant when a time is given. Until 0.4 `'lunar-new-year'` changed
   * it at 正月初一; since 0.5, which computes every year, that needs the whole lunar calendar, which
   * `pillars` does not carry (an app that imports only `pillars` stays under 9 KB): the year named
   * at 正月初一 (ordinary speech, GB/T 33661) is {@link yearPillar}`(lunarDate(date).year)`, and
   * `'lunar-new-year'` is a `RangeError` that says so.
   */
  readonly yearBoundary?: 'lichun';
}

/**
 * The year, month and day pillars of a day (the pillars of a plain date, which has no hour).
 * @category Calendar
 * @since 0.4.0
 */
export interface DayPillars {
  /** Year pillar (年柱). */
  readonly year: Pillar;
  /** Month pillar (月柱), the solar month from one 节 to the next. */
  readonly month: Pillar;
  /** Day pillar (日柱). */
  readonly day: Pillar;
}

/**
 * The four pillars of a moment: a {@link DayPillars} and the hour pillar.
 * @category Calendar
 * @since 0.4.0
 */
export interface MomentPillars extends DayPillars {
  /** Hour pillar (时柱). */
  readonly hour: Pillar;
}

/**
 * The four pillars (四柱) of a day or a moment; `hour` is present only when the input has a time.
 * @category Calendar
 * @since 0.1.0
 */
export interface Pillars extends DayPillars {
  /** Hour pillar (时柱), only for inputs with a time. */
  readonly hour?: Pillar;
}

const FN = 'pillars';

/**
 * The stem-branch (干支) pillars of a day or of a moment.
 *
 * For a plain date (`'2025-12-18'`, `{ year, month, day }`) the conventions are those of printed
 * almanacs: the year pillar changes on the **day** of 立春 and the month pillar on the day of each
 * 节 (小寒, 立春, 惊蛰, … 大雪); the day of the term already belongs to the new month.
 *
 * For a moment (`'2025-12-07T03:00'`, `{ year, month, day, hour, minute }`, or a `Date`, which is
 * an instant) the year and month change at the **instant** of the term (to the second, as
 * {@link solarTerms} gives it), and an `hour` pillar is added; `options.dayBoundary` chooses the 子时
 * convention. A wall clock (a string without offset, an object) is read in `options.timeZone`,
 * China Standard Time (UTC+8) when none is named; a `Date` or a string with an offset is an
 * instant seen in that zone. The day and hour pillars follow the zone's clock, the year and month
 * the true instant: 1990-05-05 20:00 in New York is 1990-05-06 08:00 in China, after 立夏.
 *
 * The return type says what TypeScript can see: `hour` is present for a `Date`, an object with
 * `hour` or a `'YYYY-MM-DDTHH:mm'` literal, absent for `{ year, month, day }` or a `'YYYY-MM-DD'`
 * literal, and optional otherwise.
 *
 * @param date - A day, or a day with a time.
 * @param options - `dayBoundary`, `yearBoundary`, `timeZone` and `disambiguation`, `calendar`.
 * @returns Frozen `{ year, month, day, hour? }`, each `{ stem, branch, name, index }`.
 * @throws {TypeError} If `date` is not one of the accepted shapes, a field is not an integer, or `options` (or its `timeZone`) has the wrong type.
 * @throws {RangeError} If the date or time does not exist, is outside -000721-01-01 … 9999-12-31, or `dayBoundary`, `yearBoundary`, `calendar`, `timeZone` or `disambiguation` is not one of its values (whatever its type).
 * @example
 * const p = pillars('2025-12-18');
 * [p.year.name, p.month.name, p.day.name]
 * //=> ['乙巳', '戊子', '辛酉']
 * @example
 * // 大雪 2025 is at 05:04 on 12-07: the month changes at that instant when a time is given
 * [pillars('2025-12-07T03:00').month.name, pillars('2025-12-07T06:00').month.name, pillars('2025-12-07').month.name]
 * //=> ['丁亥', '戊子', '戊子']
 * @example
 * // Any day of the range: 722 BCE began in the 戊午 year (立春 had not come), 9999 ends in 己亥
 * [pillars('-000721-01-01').year.name, pillars('9999-12-31').year.name]
 * //=> ['戊午', '己亥']
 * @example
 * pillars('2025-12-18T23:30').hour
 * //=> { stem: '庚', branch: '子', name: '庚子', index: 36 }
 * @example
 * pillars('2025-12-18T23:30', { dayBoundary: '23:00' }).day.name
 * //=> '壬戌'
 * @example
 * // A wall clock in New York: 20:00 on 1990-05-05 is after 立夏 (1990-05-06 02:35 in China)
 * [pillars('1990-05-05T20:00', { timeZone: 'America/New_York' }).month.name, pillars('1990-05-05T20:00').month.name]
 * //=> ['辛巳', '庚辰']
 * @category Calendar
 * @since 0.1.0
 */
export function pillars(date: DateWithTimeInput, options?: PillarsOptions): MomentPillars;
export function pillars(date: PlainDateInput, options?: PillarsOptions): DayPillars;
export function pillars(date: DateInput, options?: PillarsOptions): Pillars;
export function pillars(date: DateInput, options?: PillarsOptions): Pillars {
  const moment = toMoment(FN, date, options);
  const dayBoundary = options?.dayBoundary ?? 'midnight';
  if (dayBoundary !== 'midnight' && dayBoundary !== '23:00') throw rangeError(FN, 'options.dayBoundary', "'midnight' or '23:00'", dayBoundary);
  const yearBoundary = options?.yearBoundary ?? 'lichun';
  if (yearBoundary !== 'lichun') {
    throw rangeError(FN, 'options.yearBoundary', yearBoundary === 'lunar-new-year'
      ? "'lichun' (for the year that changes at 正月初一, use yearPillar(lunarDate(date).year))"
      : "'lichun'", yearBoundary);
  }

  const solarMonth = getSolarMonthNumber(moment, moment.hasTime);
  const pillarYear = getSolarYear(solarMonth);
  const dayIndex = getDayPillarIndex(moment.epochDay);
  const lateZi = moment.hasTime && moment.hour === 23;
  const year = getPillar(getYearPillarIndex(pillarYear));
  const month = getPillar(getMonthPillarIndex(solarMonth));
  const day = getPillar(lateZi && dayBoundary === '23:00' ? (dayIndex + 1) % 60 : dayIndex);
  if (!moment.hasTime) return Object.freeze({ year, month, day });
  const hour = getPillar(getHourPillarIndex(lateZi ? (dayIndex + 1) % 60 : dayIndex, moment.hour));
  return Object.freeze({ year, month, day, hour });
}
