import { getJieSecond } from '../astro/termInstants';
import { fromEpochDay, toEpochDay } from '../calendar/epochDay';
import { formatDate, getCalendarOption } from '../calendar/julianCalendar';
import { toMoment } from '../input/toMoment';
import { rangeError, typeError } from '../internal/errors';
import { modFloor } from '../internal/math';
import { BRANCHES, STEMS } from '../names/stemsBranches';
import { getHourPillarIndex, getMonthPillarIndex, getYearPillarIndex } from '../pillars/getPillarIndices';
import type { Branch, CalendarOptions, DateInput, DateTimeString, SolarCalendar, Stem } from '../types';

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
export interface FromBaZiOptions extends CalendarOptions {
  /**
   * The first moment searched, any date input of the library (a wall clock in China Standard
   * Time, or an instant); a date without a time means its 00:00. Default: 1900-01-01 00:00, the
   * start of the span most charts are asked about; any moment of the supported range may be given.
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
 * UTC+8, which `pillars()` and `baZi()` read as it is when no `timeZone` is given (there is no
 * `timeZone` here; an instant given as `from` or `to` is seen in UTC+8). The reference instead gives the even hour in the middle of
 * each window (20:00 for 戌, 19:00–21:00; sometimes an hour earlier), the 节's own instant only
 * when it falls in that hour, and misses the part of a cut window on the other side of its probe;
 * it also stops at the current year.
 *
 * A combination that cannot occur — a month stem that does not follow the year's stem, an hour
 * stem that does not follow the day's — is not an error: it has no moments, and the result is empty.
 *
 * @param chart - The four pillars `{ year, month, day, hour }`, each a name (`'庚午'`), an index 0–59 or `{ stem, branch }`.
 * @param options - `from`, `to` (default 1900-01-01 00:00 … 2100-12-31 23:59:59; any span of the supported range −0721 … 9999 may be searched), `dayBoundary` (default `'midnight'`).
 * @returns Frozen array, ascending, of wall clocks in China Standard Time: `'YYYY-MM-DDTHH:mm'`, or `'YYYY-MM-DDTHH:mm:ss'` for a part that starts at a 节's instant (or at a `from` with seconds).
 * @throws {TypeError} If `chart` is not an object, a pillar is missing or of another type, `from` or `to` is not a date input, or `options` is not an object.
 * @throws {RangeError} If a pillar is not one of the 60 (`'甲丑'`, 60), `from` or `to` does not exist or is outside the supported range, `to` is before `from`, or `dayBoundary` is unknown.
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
 * @category Birth chart
 * @since 0.4.0
 */
export function fromBaZi(chart: FromBaZiPillars, options?: FromBaZiOptions): readonly DateTimeString[] {
  if (chart === null || typeof chart !== 'object') throw typeError(FN, 'chart', 'an object { year, month, day, hour }', chart);
  const query = chart as unknown as Record<string, unknown>;
  const [yearIndex, monthIndex, dayIndex, hourIndex] = FIELDS.map((field) => readPillar(field, query[field])) as [number, number, number, number];

  let from = DEFAULT_FROM * 86400;
  let to = DEFAULT_TO * 86400 + 86399;
  let dayBoundary: unknown = 'midnight';
  let calendar: SolarCalendar = 'iso8601';
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw typeError(FN, 'options', 'an object', options);
    calendar = getCalendarOption(FN, options);
    if (options.dayBoundary !== undefined) dayBoundary = options.dayBoundary;
    if (options.from !== undefined) from = toMoment(FN, options.from, { calendar }, 'options.from').cstSeconds;
    if (options.to !== undefined) {
      const end = toMoment(FN, options.to, { calendar }, 'options.to');
      to = end.hasTime ? end.cstSeconds : end.cstSeconds + 86399;
      if (to < from) throw rangeError(FN, 'options.to', `at or after options.from (${formatStart(from, calendar).padEnd(19, ':00')})`, options.to);
    }
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
    // The first such day whose window ends after lo, then every 60th while the window starts before hi.
    const first = Math.floor((lo - offset - length) / 86400) + 1;
    for (let e = first + modFloor(dayResidue - first, 60); e * 86400 + offset < hi; e += 60) {
      found.push(formatStart(Math.max(e * 86400 + offset, lo), calendar));
    }
  }
  return Object.freeze(found);
}
