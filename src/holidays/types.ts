import type { TimeZoneOptions } from '../types';

/**
 * A festival of China's statutory holidays (法定节假日), named as the State Council's notices name
 * them, and `'抗战胜利纪念日'` for the one-off day of 2015-09-03 (the 70th anniversary of the
 * victory in the War of Resistance, by the State Council's notice of 2015-05-13). The notices of
 * 2002–2007 call 劳动节 and 国庆节 “五一” and “十一”.
 * @category Holidays
 * @since 0.6.0
 */
export type HolidayFestival = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节' | '抗战胜利纪念日';

/**
 * A notice of the State Council (国务院, or its General Office 国务院办公厅) that sets a year's days
 * off and make-up workdays, or changes them (the SARS notice of 2003, the COVID-19 extension of
 * 2020). Dates are `'YYYY-MM-DD'`.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayNotice {
  /** The title, e.g. `'国务院办公厅关于2025年部分节假日安排的通知'`. */
  readonly title: string;
  /** The document number (文号) where confirmed, e.g. `'国办发明电〔2024〕12号'`. */
  readonly document?: string;
  /** The date the notice bears (its 成文日期, printed under it), or `null` where it is not confirmed. */
  readonly dated: string | null;
  /**
   * The day it was made public (its page on www.gov.cn, or the Xinhua dispatch carrying it), or
   * `null` where no dated publication was found or an earlier one is known but not its day.
   */
  readonly published: string | null;
  /** Where its text can be read: its page on www.gov.cn where there is one. */
  readonly url?: string;
  /** What the data owes to it, or what could not be confirmed. */
  readonly note?: string;
}

/**
 * A festival of a break, with the festival's own day: 元旦 01-01, 春节 正月初一, 清明节 the day of
 * the 清明 solar term, 劳动节 05-01, 端午节 五月初五, 中秋节 八月十五, 国庆节 10-01.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayFestivalDay {
  /** The festival. */
  readonly name: HolidayFestival;
  /** Its own day, `'YYYY-MM-DD'`; it is one of the break's days off. */
  readonly date: string;
}

/**
 * One break (假期) of a year: a run of consecutive days off, and the weekend days that are worked
 * to make it up (调休上班). The run includes the weekend days it joins (“与周末连休”), as the
 * reference (HolidayUtil) lists them. A break shared by two festivals (中秋节 within 国庆节's
 * week) lists both, in the notice's order.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayBreak {
  /** The festivals of the break, in the notice's order: one, or two for a merged break. */
  readonly festivals: readonly HolidayFestivalDay[];
  /** The first and the last day off, `['YYYY-MM-DD', 'YYYY-MM-DD']`; every day between is off. */
  readonly off: readonly [string, string];
  /** The make-up workdays, each a Saturday or a Sunday, in order (none: `[]`). */
  readonly workdays: readonly string[];
}

/**
 * A break as a caller writes it: {@link HolidayBreak} with `workdays` optional.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayBreakInput {
  /** The festivals of the break, in the notice's order. */
  readonly festivals: readonly HolidayFestivalDay[];
  /** The first and the last day off. */
  readonly off: readonly [string, string];
  /** The make-up workdays (default `[]`). */
  readonly workdays?: readonly string[];
}

/**
 * A year's schedule as a caller writes it (the shape of data/holidays/schedules.json): the year,
 * the notices it comes from, its breaks. A {@link HolidaySchedule} (what {@link holidays} returns)
 * is accepted too; its `days` are ignored, being derived from the breaks.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayYearInput {
  /** The year of the notice (its breaks' days are in it, but for 元旦's, which may begin in the last days of December before). */
  readonly year: number;
  /** The notices, the main one first, then any that changed it. */
  readonly notices: readonly HolidayNotice[];
  /** The breaks, one a festival (or a merged pair). */
  readonly breaks: readonly HolidayBreakInput[];
  /** Ignored (what {@link holidays} adds): the days are derived from `breaks`. */
  readonly days?: readonly HolidayDay[];
}

/**
 * A day off or a make-up workday.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayDay {
  /** The day, `'YYYY-MM-DD'`. */
  readonly date: string;
  /** `'off'`: a day off of a break (weekend days of the break included); `'workday'`: a weekend day worked to make a break up. */
  readonly kind: 'off' | 'workday';
  /** The festival of its break; the first the notice names for a merged break. */
  readonly festival: HolidayFestival;
  /** Every festival of its break (two for a merged break, e.g. `['国庆节', '中秋节']`). */
  readonly festivals: readonly HolidayFestival[];
  /** The year of the schedule it belongs to: 2023 for 2022-12-31, a day of 2023's 元旦. */
  readonly year: number;
}

/**
 * A year's schedule: its notices, its breaks, and every day off and make-up workday.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidaySchedule {
  /** The year of the notice. */
  readonly year: number;
  /** The notices it comes from: the year's notice, then any that changed it. */
  readonly notices: readonly HolidayNotice[];
  /** The breaks, in order of their first day. */
  readonly breaks: readonly HolidayBreak[];
  /** Every day off and make-up workday of the breaks, in order of date (2023's begins with 2022-12-31). */
  readonly days: readonly HolidayDay[];
}

/**
 * A validated set of schedules, made by {@link holidayData}: what `options.data` takes.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayData {
  /** The schedules, in order of year. */
  readonly years: readonly HolidaySchedule[];
}

/**
 * The dataset option of the holiday functions.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayDataOption {
  /**
   * The schedules to use, made by {@link holidayData} (for instance with the next year's notice,
   * published after this release). Default: the bundled data (data/holidays/schedules.json).
   */
  readonly data?: HolidayData;
}

/**
 * Options of {@link holidays}.
 * @category Holidays
 * @since 0.6.0
 */
export type HolidaysOptions = HolidayDataOption;

/**
 * Options of {@link holiday} and {@link isWorkday}: how the date is read (as every function reads
 * dates), and the dataset.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayOptions extends TimeZoneOptions, HolidayDataOption {}
