/** A day of the proleptic Gregorian calendar. */
export interface CivilDate {
  /** Year, e.g. 2025. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

/** A day with a time of day on the wall clock (China Standard Time unless stated). */
export interface CivilDateTime extends CivilDate {
  /** Hour, 0–23. */
  readonly hour: number;
  /** Minute, 0–59. */
  readonly minute: number;
  /** Second, 0–59 (optional, 0 if absent). */
  readonly second?: number;
}

/**
 * A day: `'YYYY-MM-DD'`, a {@link CivilDate}, or a `Date`. A `Date` is an instant; it is
 * converted to the day it falls on in China Standard Time (UTC+8), or in `options.timeZone`.
 */
export type DateInput = string | CivilDate | Date;

/**
 * A day, optionally with a time: everything a {@link DateInput} accepts, plus
 * `'YYYY-MM-DDTHH:mm'` (or `…:ss`, optionally followed by `Z` or an offset such as `+08:00`,
 * which makes it an instant) and `{ year, month, day, hour, minute }`.
 */
export type DateTimeInput = DateInput | CivilDateTime;

/** Options shared by every function that takes a `Date`. */
export interface TimeZoneOptions {
  /**
   * IANA time zone in which a `Date` (or a string with an offset) is read. Default: none, a
   * fixed UTC+8 (China Standard Time, without the 1986–1991 daylight saving that the IANA zone
   * `Asia/Shanghai` applies). Plain dates and wall-clock times are never shifted.
   */
  readonly timeZone?: string;
}

/** The heavenly stems, 甲 … 癸. */
export type Stem = '甲' | '乙' | '丙' | '丁' | '戊' | '己' | '庚' | '辛' | '壬' | '癸';
/** The earthly branches, 子 … 亥. */
export type Branch = '子' | '丑' | '寅' | '卯' | '辰' | '巳' | '午' | '未' | '申' | '酉' | '戌' | '亥';

/** One stem-branch (干支) pillar. */
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

/** The lunar (农历) date of a day. */
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

/** The 24 solar terms (节气) in the order of a Gregorian year. */
export type SolarTermName =
  | '小寒' | '大寒' | '立春' | '雨水' | '惊蛰' | '春分' | '清明' | '谷雨' | '立夏' | '小满' | '芒种' | '夏至'
  | '小暑' | '大暑' | '立秋' | '处暑' | '白露' | '秋分' | '寒露' | '霜降' | '立冬' | '小雪' | '大雪' | '冬至';

/** A solar term and the instant the Sun reaches its longitude. */
export interface SolarTerm {
  /** The term's name. */
  readonly name: SolarTermName;
  /** ISO 8601 instant in China Standard Time, e.g. `'2025-12-07T05:04:30+08:00'` (to 30 seconds; see {@link solarTerms}). */
  readonly instant: string;
}
