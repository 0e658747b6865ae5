/**
 * A day of the proleptic Gregorian calendar.
 * @category Calendar
 * @since 0.1.0
 */
export interface CivilDate {
  /** Year, e.g. 2025. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

/**
 * A day with a time of day on the wall clock: China Standard Time, or the zone that
 * `options.timeZone` names.
 * @category Calendar
 * @since 0.1.0
 */
export interface CivilDateTime extends CivilDate {
  /** Hour, 0–23. */
  readonly hour: number;
  /** Minute, 0–59 (0 if absent). */
  readonly minute?: number;
  /** Second, 0–59 (0 if absent). */
  readonly second?: number;
}

/**
 * The fields of a day, optionally with a time: what every function accepts as an object.
 * @category Calendar
 * @since 0.4.0
 */
export interface DateFields extends CivilDate {
  /** Hour, 0–23; with it the input carries a time. */
  readonly hour?: number;
  /** Minute, 0–59 (needs `hour`; 0 if absent). */
  readonly minute?: number;
  /** Second, 0–59 (needs `hour`; 0 if absent). */
  readonly second?: number;
}

/**
 * A plain day as an ISO 8601 string, `'YYYY-MM-DD'` (the type TypeScript can see).
 * @category Calendar
 * @since 0.4.0
 */
export type PlainDateString = `${number}-${number}-${number}`;

/**
 * A day and a time as an ISO 8601 string: `'YYYY-MM-DDTHH:mm'`, `'YYYY-MM-DD HH:mm'`, with
 * optional seconds and fraction, and optionally `Z` or an offset such as `+08:00`.
 * @category Calendar
 * @since 0.4.0
 */
export type DateTimeString = `${number}-${number}-${number}${'T' | 't' | ' '}${number}:${number}${string}`;

/**
 * Every date input the library accepts, one parser for all functions:
 * - a string: `'YYYY-MM-DD'`, or with a time `'YYYY-MM-DDTHH:mm[:ss[.sss]]'` (`T` or a space),
 *   optionally followed by `Z` or an offset `±HH:mm` (or `±HH:mm:ss`) — the output of `Date#toISOString()` and of
 *   `JSON.stringify(date)` included;
 * - an object `{ year, month, day, hour?, minute?, second? }`;
 * - a `Date`, from this realm or another (an iframe, `vm`).
 *
 * A string without an offset and an object are a **wall clock** in `options.timeZone` (China
 * Standard Time, UTC+8, when none is given); a string with an offset and a `Date` are an
 * **instant**, whose wall clock in that zone gives the day and the hour.
 * @category Calendar
 * @since 0.1.0
 */
export type DateInput = string | DateFields | Date;

/**
 * The same as {@link DateInput} (kept as the name of inputs that may carry a time).
 * @category Calendar
 * @since 0.1.0
 */
export type DateTimeInput = DateInput;

/**
 * An input that TypeScript can see carries a time: a `Date`, an object with `hour`, a {@link DateTimeString}.
 * @category Calendar
 * @since 0.4.0
 */
export type DateWithTimeInput = Date | CivilDateTime | DateTimeString;

/**
 * An input that TypeScript can see is a plain day: `{ year, month, day }` or a {@link PlainDateString}.
 * @category Calendar
 * @since 0.4.0
 */
export type PlainDateInput = PlainDateString | (CivilDate & {
  /** Absent: a plain date has no time. */
  readonly hour?: never;
  /** Absent. */
  readonly minute?: never;
  /** Absent. */
  readonly second?: never;
});

/**
 * How a solar (Western) date is read and written:
 * - `'iso8601'`: the proleptic Gregorian calendar of ISO 8601, `Date` and Temporal, on every day
 *   (the Gregorian rules carried back before 1582; the leap years are those of Gregory's rule);
 * - `'julian'`: the Julian calendar before 1582-10-15 and the Gregorian from that day, as
 *   historians, printed sources and the reference (lunar-javascript) write dates: every fourth
 *   year is a leap year before 1582, and 1582-10-04 (Julian) is followed by 1582-10-15, so
 *   1582-10-05 … 1582-10-14 do not exist.
 *
 * Either way years are astronomical: year 0 is 1 BCE and year −721 is 722 BCE, written in
 * strings as ISO 8601 expanded years (`'+000000-01-01'`, `'-000721-01-16'`).
 * @example
 * // The same physical day, the last of the Julian calendar, in each reading:
 * [pillars('1582-10-04', { calendar: 'julian' }).day.name, pillars('1582-10-14').day.name]
 * //=> ['癸酉', '癸酉']
 * @category Calendar
 * @since 0.5.0
 */
export type SolarCalendar = 'iso8601' | 'julian';

/**
 * The calendar in which dates are read and returned.
 * @example
 * // 1500 is a leap year of the Julian calendar only: 1500-02-29 exists in it, and was 初一 of 二月.
 * const l = lunarDate('1500-02-29', { calendar: 'julian' });
 * [l.year, l.month, l.day]
 * //=> [1500, 2, 1]
 * @category Calendar
 * @since 0.5.0
 */
export interface CalendarOptions {
  /**
   * The calendar of date strings and objects given, and of the dates returned (a `Date` is an
   * instant, the same in both): `'iso8601'` (default: proleptic Gregorian, as `Date` and
   * Temporal), or `'julian'` (Julian before 1582-10-15, Gregorian from then; see
   * {@link SolarCalendar}). Either way a year is −721 … 9999 in that calendar.
   */
  readonly calendar?: SolarCalendar;
}

/**
 * Options shared by every function that takes a date: its time zone and its calendar.
 * @category Calendar
 * @since 0.1.0
 */
export interface TimeZoneOptions extends CalendarOptions {
  /**
   * The IANA time zone of the wall clock: a wall-clock input (a string without offset, or an
   * object) is read as a wall clock **in this zone**, and an instant (a `Date`, or a string with
   * an offset) is seen in it. Its date is the day of the almanac; its instant is what the
   * instants of the solar terms are compared with. Default: none, a fixed UTC+8 (China Standard
   * Time, without the 1986–1991 daylight saving that the IANA zone `Asia/Shanghai` applies).
   */
  readonly timeZone?: string;
  /**
   * A wall clock that `timeZone` skips (a daylight-saving gap) or shows twice (a fold), read as
   * Temporal reads it: `'compatible'` (default: the earlier of two; a skipped time moves forward
   * by the gap), `'earlier'`, `'later'`, or `'reject'` (a `RangeError`).
   */
  readonly disambiguation?: 'compatible' | 'earlier' | 'later' | 'reject';
}

/**
 * The heavenly stems, 甲 … 癸.
 * @category Calendar
 * @since 0.1.0
 */
export type Stem = '甲' | '乙' | '丙' | '丁' | '戊' | '己' | '庚' | '辛' | '壬' | '癸';
/**
 * The earthly branches, 子 … 亥.
 * @category Calendar
 * @since 0.1.0
 */
export type Branch = '子' | '丑' | '寅' | '卯' | '辰' | '巳' | '午' | '未' | '申' | '酉' | '戌' | '亥';

/**
 * One stem-branch (干支) pillar.
 * @category Calendar
 * @since 0.1.0
 */
export interface Pillar {
  /** Heavenly stem. */
  readonly stem: Stem;
  /** Earthly branch. */
  readonly branch: Branch;
  /** Stem and branch together, e.g. `'辛酉'`. */
  readonly name: string;
  /** Position in the sexagenary cycle: 0 = 甲子 … 59 = 癸亥. */
  readonly index: number;
}

/**
 * The lunar (农历) date of a day.
 * @category Calendar
 * @since 0.1.0
 */
export interface LunarDate {
  /** Lunar year number: the Gregorian year in which its 正月初一 falls. */
  readonly year: number;
  /** Lunar month, 1–12 (a leap month has the number of the month it repeats). */
  readonly month: number;
  /** Day of the lunar month, 1–30. */
  readonly day: number;
  /** `true` in a leap month (闰月). */
  readonly leap: boolean;
  /** Chinese month name: `'正月'`, `'二月'`, … `'十月'`, `'冬月'`, `'腊月'`; `'闰二月'` in a leap month. */
  readonly monthName: string;
  /** Chinese day name: `'初一'` … `'初十'`, `'十一'` … `'二十'`, `'廿一'` … `'廿九'`, `'三十'`. */
  readonly dayName: string;
}

/**
 * The 24 solar terms (节气) in the order of a Gregorian year.
 * @category Calendar
 * @since 0.1.0
 */
export type SolarTermName =
  | '小寒' | '大寒' | '立春' | '雨水' | '惊蛰' | '春分' | '清明' | '谷雨' | '立夏' | '小满' | '芒种' | '夏至'
  | '小暑' | '大暑' | '立秋' | '处暑' | '白露' | '秋分' | '寒露' | '霜降' | '立冬' | '小雪' | '大雪' | '冬至';

/**
 * A solar term and the instant the Sun reaches its longitude.
 * @category Calendar
 * @since 0.1.0
 */
export interface SolarTerm {
  /** The term's name. */
  readonly name: SolarTermName;
  /** ISO 8601 instant in China Standard Time, e.g. `'2025-12-07T05:04:37+08:00'` (to the second; see {@link solarTerms}). */
  readonly instant: string;
}
