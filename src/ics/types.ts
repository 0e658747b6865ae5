import type { FestivalSet } from '../festivals/types';
import type { HolidayData } from '../holidays/types';
import type { Locale } from '../i18n/localize';
import type { DateInput } from '../types';

/**
 * What {@link toICalendar} puts in the calendar, one all-day event each:
 * - `'terms'`: the 24 solar terms (节气), on their day in China, with the instant in the description;
 * - `'festivals'`: every traditional festival of the day, as `almanac(date).festivals` lists them
 *   (the principal ones, the lesser ones, 清明节 and 冬至节), and a festival set's days with
 *   {@link ToICalendarOptions.festivals};
 * - `'holidays'`: China's statutory holidays (huangli/holidays): each day off of a break and each
 *   make-up workday (调休上班), with its festival, its break and the State Council's notice; every
 *   year of the range must have a schedule in the holiday data;
 * - `'yiji'`: one event per day: its 宜 and 忌 (the first three of each in the summary, all of them
 *   in the description, with the lunar date and the day's clash);
 * - `'buddhist'` (since 0.7.0): the Buddhist days of huangli/observances' `buddhistDay`, each of the
 *   day's festivals (with what befalls one who breaks it and its remark in the description) and
 *   other festivals, and one event for its fasting days (朔望斋, 六斋日, 十斋日, 观音斋) when it has any;
 * - `'taoist'` (since 0.7.0): the festivals of `taoistDay`, with their remarks.
 * @category iCalendar
 * @since 0.6.0
 */
export type ICalendarInclude = 'terms' | 'festivals' | 'holidays' | 'yiji' | 'buddhist' | 'taoist';

/**
 * Options of {@link toICalendar}.
 * @category iCalendar
 * @since 0.6.0
 */
export interface ToICalendarOptions {
  /** The first day, `'YYYY-MM-DD'` (or any {@link DateInput}: its day in China Standard Time), 0000-01-01 … 9999-12-31. */
  readonly from: DateInput;
  /** The last day, included; not before `from`. */
  readonly to: DateInput;
  /** What to include, at least one: default `['terms', 'festivals']`. */
  readonly include?: readonly ICalendarInclude[];
  /** The language of the summaries and descriptions: `'zh-Hans'` (default), `'zh-Hant'` or `'en'`. */
  readonly lang?: Locale;
  /**
   * The `DTSTAMP` of every event, an instant (a `Date`): the library never reads the clock. Default
   * `1970-01-01T00:00:00Z` (`19700101T000000Z`), so that the same call always gives the same file.
   */
  readonly now?: Date;
  /**
   * The holiday data for `'holidays'`: a dataset made by `holidayData(years)` of huangli/holidays
   * (for instance with next year's notice). Default: the bundled data (2002 … 2026).
   */
  readonly holidayData?: HolidayData;
  /**
   * Which festivals `'festivals'` gives, as `almanac(date, { festivals })` takes it: `'traditional'`
   * (default) or a festival set of huangli/festivals (`gregorianFestivals`, or one made by
   * `festivalSet()`), whose days follow the traditional ones, named in `lang` from the set.
   */
  readonly festivals?: 'traditional' | FestivalSet;
}
