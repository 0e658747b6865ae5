import { getJieSecond } from '../astro/termInstants';
import { fromEpochDay, toEpochDay } from '../calendar/epochDay';
import { formatDate, getCalendarOption } from '../calendar/julianCalendar';
import { getFirstInstantAtOrAfter, getZoneFormatter, wallSecondsAt } from '../input/timeZones';
import { toMoment } from '../input/toMoment';
import { rangeError, typeError } from '../internal/errors';
import { modFloor } from '../internal/math';
import { BRANCHES, STEMS } from '../names/stemsBranches';
import { getHourPillarIndex, getMonthPillarIndex, getYearPillarIndex } from '../pillars/getPillarIndices';
import type { Branch, DateInput, DateTimeString, SolarCalendar, Stem, TimeZoneOptions } from '../types';
import { formatOffset } from './formatOffset';

/**
 * One pillar of a {@link fromBaZi} query: its name (`'庚午'`), its index in the sexagenary cycle
 * (0 = 甲子 … 59 = 癸亥), or an object with its `stem` and `branch` — a `Pillar` from
 * `pillars()` or a chart as it is.
 * @category Birth chart
 * @since 0.4.0
 */
export type PillarQuery = string | number | Readonly<{
  /** The heavenly stem. */
  stem: Stem;
  /** The earthly branch. */
  branch: Branch;
}>;

/**
 * The four pillars that {@link fromBaZi} looks for. A `MomentPillars` (the result of
 * `pillars()` for a moment) is one.
 * @category Birth chart
 * @since 0.4.0
 */
export interface FromBaZiPillars {
  /** Year pillar (年柱). */
  readonly year: PillarQuery;
  /** Month pillar (月柱). */
  readonly month: PillarQuery;
  /** Day pillar (日柱). */
  readonly day: PillarQuery;
  /** Hour pillar (时柱). */
  readonly hour: PillarQuery;
}

/**
 * Options of {@link fromBaZi}.
 * @category Birth chart
 * @since 0.4.0
 */
export interface FromBaZiOptions extends TimeZoneOptions {
  /**
   * The first moment searched, any date input of the library (a wall clock in China Standard
   * Time or in `timeZone`, or an instant); a date without a time means its 00:00. Default:
   * 1900-01-01 00:00, the start of the span most charts are asked about; any moment of the
   * supported range may be given.
   */
  readonly from?: DateInput;
  /**
   * The last moment searched, inclusive; a date without a time means the whole day, to 23:59:59.
   * Default: 2100-12-31 23:59:59.
   */
  readonly to?: DateInput;
  /**
   * Where the day pillar changes, as in `pillars()` (the 子时 question):
   * - `'midnight'` (default, the reference's sect 2): at 00:00; 23:00–24:00 keeps the day's
   *   pillar and already has the next day's 子 hour, so 子 is cut in two at midnight.
   * - `'23:00'` (早子时 school, the reference's sect 1): at 23:00, with the 子 hour, which is one window 23:00–01:00.
   */
  readonly dayBoundary?: 'midnight' | '23:00';
}

const FN = 'fromBaZi';
const NAME_EXPECTED = 'one of the 60 stem-branch pairs (甲子 … 癸亥)';
const SHAPE_EXPECTED = "a name such as '庚午', an index 0–59 or { stem, branch }";
const FIELDS = ['year', 'month', 'day', 'hour'] as const;
const EMPTY: readonly DateTimeString[] = /* @__PURE__ */ Object.freeze([]);
/** The default span searched: 1900-01-01 … 2100-12-31. */
const DEFAULT_FROM = /* @__PURE__ */ toEpochDay(1900, 1, 1);
const DEFAULT_TO = /* @__PURE__ */ toEpochDay(2100, 12, 31);
const CST_OFFSET_SECONDS = 28800;

/** The cycle index of a stem and a branch given as characters, or -1 if they are not a pair of the cycle. */
function getPairIndex(stem: string, branch: string): number {
  const s = STEMS.indexOf(stem as Stem);
  const b = BRANCHES.indexOf(branch as Branch);
  if (s < 0 || b < 0 || s % 2 !== b % 2) return -1;
  return modFloor(6 * s - 5 * b, 60); // i ≡ s (mod 10), i ≡ b (mod 12)
}

/** Reads one pillar of the query as its index 0–59, or throws naming `chart.<field>`. */
function readPillar(field: string, value: unknown): number {
  const what = `chart.${field}`;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw typeError(FN, what, 'an integer between 0 and 59', value);
    if (value < 0 || value > 59) throw rangeError(FN, what, 'an integer between 0 and 59', value);
    return value;
  }
  let index: number;
  if (typeof value === 'string') {
    index = value.length === 2 ? getPairIndex(value.charAt(0), value.charAt(1)) : -1;
  } else if (value !== null && typeof value === 'object' && typeof (value as { stem?: unknown }).stem === 'string' && typeof (value as { branch?: unknown }).branch === 'string') {
    const { stem, branch } = value as { stem: string; branch: string };
    index = getPairIndex(stem, branch);
  } else {
    throw typeError(FN, what, SHAPE_EXPECTED, value);
  }
  if (index < 0) throw rangeError(FN, what, NAME_EXPECTED, value);
  return index;
}

/** The first second of solar month `n` (`year * 12 + j`, j = 0 at 小寒 … 11 at 大雪): its 节's second. */
function getMonthStart(n: number): number {
  return getJieSecond(Math.floor(n / 12), modFloor(n, 12));
}

const two = (n: number): string => (n < 10 ? '0' : '') + String(n);

/** `'YYYY-MM-DDTHH:mm'` of seconds of UTC+8 since 1970-01-01T00:00+08:00, with `:ss` when they are not 0. */
function formatStart(seconds: number, calendar: SolarCalendar): DateTimeString {
  const epochDay = Math.floor(seconds / 86400);
  const s = seconds - epochDay * 86400;
  const text = `${formatDate(epochDay, calendar)}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}`;
  return (s % 60 === 0 ? text : `${text}:${two(s % 60)}`) as DateTimeString;
}

/**
 * Every moment whose four pillars (八字) are the given ones: the reverse of `pillars()`, as
 * the reference's `Solar.fromBaZi` — for each time the chart occurs in the range, the first
 * moment of it, a wall clock in China Standard Time.
 *
 * A chart occurs at most once in a solar month (a day pillar returns after 60 days) and in
 * years 60 apart, so 1900 … 2100 holds a handful: the search is arithmetic on the cycle (the
 * year's 60, the day's 60, the month stem fixed by the year's, 五虎遁, and the hour stem by the
 * day's, 五鼠遁), a few term instants read from the table, no scan.
 *
 * Each occurrence is one 时辰 (a two-hour window from an odd hour: 23:00, 01:00, … 21:00), or
 * the part of it that has those pillars, and is reported by its **first moment**:
 * - the window's start, `'YYYY-MM-DDTHH:mm'`;
 * - when a 节 (or 立春) cuts the window, the part after it starts at the 节's instant, to the
 *   second, `'YYYY-MM-DDTHH:mm:ss'`: the first second that `pillars()` puts in the new month
 *   (the term's instant, to the second as `solarTerms` gives it). The part before it keeps the
 *   window's start. The two parts are two charts.
 * - with `'midnight'`, 子 is cut at 00:00 into 23:00–24:00 (the day's pillar, the next day's 子
 *   hour) and 00:00–01:00;
 * - a part that began before `options.from` is reported by `from` itself.
 *
 * Every result `r` has `pillars(r, { dayBoundary })` equal to the query: it is a wall clock of
 * UTC+8, which `pillars()` and `baZi()` read as it is when no `timeZone` is given (an instant
 * given as `from` or `to` is then seen in UTC+8).
 *
 * With `options.timeZone` (an IANA name), the chart is the one `pillars()` and `baZi()` cast with
 * that `timeZone`: the day and hour on the zone's clock, the year and month at the terms' true
 * instants. `from` and `to` are read in the zone (a wall clock it skips or shows twice by
 * `options.disambiguation`), and each result is the zone's wall clock **with its offset** at that
 * moment (`'2025-12-06T16:04:37-05:00'`, or `'-04:56:02'` in local mean time): an instant, so that
 * a time shown twice in an autumn fold is still one moment, and `pillars(r, { timeZone, dayBoundary })`
 * gives the query back. A window that a clock change shortens, lengthens, or skips in part starts at
 * the first moment whose clock shows it; a window the zone skips entirely has no moment.
 *
 * The reference instead gives the even hour in the middle of
 * each window (20:00 for 戌, 19:00–21:00; sometimes an hour earlier), the 节's own instant only
 * when it falls in that hour, and misses the part of a cut window on the other side of its probe;
 * it also stops at the current year.
 *
 * A combination that cannot occur — a month stem that does not follow the year's stem, an hour
 * stem that does not follow the day's — is not an error: it has no moments, and the result is empty.
 *
 * @param chart - The four pillars `{ year, month, day, hour }`, each a name (`'庚午'`), an index 0–59 or `{ stem, branch }`.
 * @param options - `from`, `to` (default 1900-01-01 00:00 … 2100-12-31 23:59:59; any span of the supported range −0721 … 9999 may be searched), `dayBoundary` (default `'midnight'`), `timeZone` (default none: China Standard Time, UTC+8) and `disambiguation` for `from`/`to`, `calendar`.
 * @returns Frozen array, ascending, of wall clocks in China Standard Time: `'YYYY-MM-DDTHH:mm'`, or `'YYYY-MM-DDTHH:mm:ss'` for a part that starts at a 节's instant (or at a `from` with seconds); with `timeZone`, the zone's wall clocks followed by their offset (`'2025-12-06T16:04:37-05:00'`).
 * @throws {TypeError} If `chart` is not an object, a pillar is missing or of another type, `from` or `to` is not a date input, `timeZone` is not a string, or `options` is not an object.
 * @throws {RangeError} If a pillar is not one of the 60 (`'甲丑'`, 60), `from` or `to` does not exist or is outside the supported range, `to` is before `from`, `dayBoundary` or `disambiguation` is unknown, `timeZone` is not an IANA zone, or with `disambiguation: 'reject'` `from` or `to` is a wall clock the zone skips or repeats.
 * @example
 * // The chart of 1990-05-05 20:00 (庚午 庚辰 庚午 丙戌): 戌 is 19:00–21:00; it occurs again in 2050
 * fromBaZi(pillars('1990-05-05T20:00'))
 * //=> ['1990-05-05T19:00', '2050-04-20T19:00']
 * @example
 * fromBaZi({ year: '庚午', month: '辛巳', day: '庚辰', hour: '丙戌' })
 * //=> ['1930-05-30T19:00', '1990-05-15T19:00']
 * @example
 * // 子 of 壬戌 (2025-12-19) is 庚子: with 'midnight' from 00:00, with '23:00' from 23:00 the day before
 * const chart = { year: '乙巳', month: '戊子', day: '壬戌', hour: '庚子' };
 * [fromBaZi(chart, { from: '2000-01-01' }), fromBaZi(chart, { from: '2000-01-01', dayBoundary: '23:00' })]
 * //=> [['2025-12-19T00:00'], ['2025-12-18T23:00']]
 * @example
 * // 大雪 2025 falls at 05:04:37 inside 卯 (05:00–07:00): the window holds two charts
 * const in2025 = { from: '2025-01-01', to: '2025-12-31' };
 * [fromBaZi({ year: '乙巳', month: '丁亥', day: '庚戌', hour: '己卯' }, in2025),
 *  fromBaZi({ year: '乙巳', month: '戊子', day: '庚戌', hour: '己卯' }, in2025)]
 * //=> [['2025-12-07T05:00'], ['2025-12-07T05:04:37']]
 * @example
 * // On New York's clock the same 大雪 is at 16:04:37 EST on 12-06, inside 申 (15:00–17:00) of 己酉
 * const inNewYork = { timeZone: 'America/New_York', from: '2025-01-01', to: '2025-12-31' };
 * [fromBaZi({ year: '乙巳', month: '丁亥', day: '己酉', hour: '壬申' }, inNewYork),
 *  fromBaZi({ year: '乙巳', month: '戊子', day: '己酉', hour: '壬申' }, inNewYork)]
 * //=> [['2025-12-06T15:00-05:00'], ['2025-12-06T16:04:37-05:00']]
 * @example
 * // A chart cast in New York, found again on that clock (in 1930 and 1990, not 2050 as in China)
 * fromBaZi(pillars('1990-05-05T20:00', { timeZone: 'America/New_York' }), { timeZone: 'America/New_York' })
 * //=> ['1930-05-20T19:00-04:00', '1990-05-05T19:00-04:00']
 * @category Birth chart
 * @since 0.4.0
 */
export function fromBaZi(chart: FromBaZiPillars, options?: FromBaZiOptions): readonly DateTimeString[] {
  if (chart === null || typeof chart !== 'object') throw typeError(FN, 'chart', 'an object { year, month, day, hour }', chart);
  const query = chart as unknown as Record<string, unknown>;
  const [yearIndex, monthIndex, dayIndex, hourIndex] = FIELDS.map((field) => readPillar(field, query[field])) as [number, number, number, number];

  let dayBoundary: unknown = 'midnight';
  let calendar: SolarCalendar = 'iso8601';
  let zone: Intl.DateTimeFormat | undefined;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw typeError(FN, 'options', 'an object', options);
    calendar = getCalendarOption(FN, options);
    if (options.dayBoundary !== undefined) dayBoundary = options.dayBoundary;
    const timeZone: unknown = options.timeZone;
    if (timeZone !== undefined) {
      if (typeof timeZone !== 'string') throw typeError(FN, 'options.timeZone', 'a string', timeZone);
      zone = getZoneFormatter(FN, timeZone);
    }
  }
  // Instants are seconds of UTC+8; the chart's clock (day and hour) is UTC+8's, or the zone's.
  const clockOf = zone === undefined ? (t: number): number => t : (t: number): number => wallSecondsAt(zone, t - CST_OFFSET_SECONDS);
  const firstShowing = zone === undefined ? (w: number): number => w : (w: number): number => getFirstInstantAtOrAfter(zone, w) + CST_OFFSET_SECONDS;
  const format = (t: number): DateTimeString => {
    const clock = clockOf(t);
    return zone === undefined ? formatStart(t, calendar) : (`${formatStart(clock, calendar)}${formatOffset(clock - t + CST_OFFSET_SECONDS)}` as DateTimeString);
  };
  let from = firstShowing(DEFAULT_FROM * 86400);
  let to = firstShowing((DEFAULT_TO + 1) * 86400) - 1;
  if (options?.from !== undefined) {
    const start = toMoment(FN, options.from, options, 'options.from');
    from = start.hasTime ? start.cstSeconds : firstShowing(start.epochDay * 86400);
  }
  if (options?.to !== undefined) {
    const end = toMoment(FN, options.to, options, 'options.to');
    to = end.hasTime ? end.cstSeconds : firstShowing((end.epochDay + 1) * 86400) - 1;
    if (to < from) throw rangeError(FN, 'options.to', `at or after options.from (${format(from).replace(/^([^+]*?T\d\d:\d\d)(?=$|[+-])/, '$1:00')})`, options.to);
  }
  if (dayBoundary !== 'midnight' && dayBoundary !== '23:00') throw rangeError(FN, 'options.dayBoundary', "'midnight' or '23:00'", dayBoundary);

  // The 时辰 as a window [day start + offset, + length) of a day whose pillar is the day pillar.
  const hourBranch = hourIndex % 12;
  let offset: number;
  let length = 7200;
  if (hourBranch !== 0) {
    if (getHourPillarIndex(dayIndex, 2 * hourBranch) !== hourIndex) return EMPTY;
    offset = (2 * hourBranch - 1) * 3600;
  } else if (dayBoundary === '23:00') {
    if (getHourPillarIndex(dayIndex, 0) !== hourIndex) return EMPTY;
    offset = -3600; // 23:00 of the day before, already this day
  } else {
    length = 3600;
    if (getHourPillarIndex(dayIndex, 0) === hourIndex) offset = 0;
    else if (getHourPillarIndex((dayIndex + 1) % 60, 0) === hourIndex) offset = 23 * 3600; // 晚子时: the next day's 子 stem
    else return EMPTY;
  }

  // The solar month (0 = 小寒 … 11 = 大雪) of the month branch; 小寒's month ends the solar year.
  const j = ((monthIndex % 12) + 11) % 12;
  // Years whose pillar is the year pillar, from the year before `from` (its 大雪 month reaches into January).
  const fromYear = fromEpochDay(Math.floor(from / 86400)).year - 1;
  const lastYear = fromEpochDay(Math.floor(to / 86400)).year;
  const firstYear = fromYear + modFloor(yearIndex - getYearPillarIndex(fromYear), 60);
  // The month pillar of year y's month j is the same for every y of the cycle (12 × 60 ≡ 0 mod 60).
  const monthNumber = (y: number): number => (j === 0 ? (y + 1) * 12 : y * 12 + j);
  if (getMonthPillarIndex(monthNumber(firstYear)) !== monthIndex) return EMPTY;

  // Days whose pillar is the day pillar: epoch day e ≡ dayIndex − 17 (mod 60).
  const dayResidue = modFloor(dayIndex - 17, 60);
  const found: DateTimeString[] = [];
  for (let y = firstYear; y <= lastYear; y += 60) {
    const n = monthNumber(y);
    const lo = Math.max(getMonthStart(n), from);
    const hi = Math.min(getMonthStart(n + 1), to + 1); // exclusive
    if (lo >= hi) continue;
    // On the chart's clock: the first such day whose window ends after lo's clock (a day early, for
    // a zone whose clock goes back), then every 60th while the window starts before hi's; each
    // window is the instants from the first that shows its start to the first that shows its end.
    const clockLo = clockOf(lo) - (zone === undefined ? 0 : 86400);
    const clockHi = clockOf(hi - 1) + 1 + (zone === undefined ? 0 : 86400);
    const first = Math.floor((clockLo - offset - length) / 86400) + 1;
    for (let e = first + modFloor(dayResidue - first, 60); e * 86400 + offset < clockHi; e += 60) {
      const start = Math.max(firstShowing(e * 86400 + offset), lo);
      if (start < Math.min(firstShowing(e * 86400 + offset + length), hi)) found.push(format(start));
    }
  }
  return Object.freeze(found);
}
