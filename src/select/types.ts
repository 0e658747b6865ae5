import type { AlmanacOptions } from '../almanac/almanac';
import type { Activity, DailyAlmanac, DeityName, MansionName, Officer, ZodiacAnimal } from '../almanac/types';
import type { FortuneModelInput } from '../fortune/fortuneModel';
import type { HolidayData } from '../holidays/types';
import type { DateInput, Pillar, TimeZoneOptions } from '../types';

/**
 * The two entries of the 宜/忌 tables that are not activities but say something about all the
 * others: `'诸事不宜'` ("nothing is suitable") and `'馀事勿取'` ("take up nothing else").
 * {@link isGoodFor} and {@link isBadFor} read them; they cannot be asked about themselves.
 * @category Day selection
 * @since 0.6.0
 */
export type ActivityMarker = '诸事不宜' | '馀事勿取';

/**
 * An activity of the 宜/忌 tables that is a real activity: every {@link Activity} but the two
 * {@link ActivityMarker}s (114 of them).
 * @category Day selection
 * @since 0.6.0
 */
export type PlainActivity = Exclude<Activity, ActivityMarker>;

/**
 * Whom a day must not clash with (`FindDaysQuery.notClash`), read as the earthly branch of a year:
 * - a zodiac animal, `'马'`;
 * - a birth year, `1990` (its branch: 1984 is 子, 鼠). A year number names the animal of most of
 *   that year; for a birth in January or early February give the birth date instead;
 * - `{ birth, yearBoundary? }`: a birth date or moment (any date input, read with the options'
 *   `calendar` and `timeZone`), whose year pillar changes at 立春 (`yearBoundary: 'lichun'`, the
 *   default: by its day for a plain date, by its instant when a time is given, as `pillars()`
 *   and `baZi()` give the chart's year) or at 正月初一 (`'lunar-new-year'`: the zodiac of
 *   ordinary speech and of `almanac().zodiac`, GB/T 33661);
 * - `{ yearPillar }`: a year pillar, `'庚午'` or a `Pillar` (`pillars(birth).year`), by its branch.
 * @category Day selection
 * @since 0.6.0
 */
export type ClashTarget =
  | ZodiacAnimal
  | number
  | Readonly<{
    /** The birth day or moment. */
    birth: DateInput;
    /** Where the birth year changes: `'lichun'` (default) or `'lunar-new-year'`. */
    yearBoundary?: 'lichun' | 'lunar-new-year';
  }>
  | Readonly<{
    /** A year pillar: its name (`'庚午'`) or `{ stem, branch }` (a `Pillar`). */
    yearPillar: string | Pick<Pillar, 'stem' | 'branch'>;
  }>;

/**
 * What {@link findDays} looks for: a range of days and any combination of criteria. A day
 * matches when its almanac (`almanac(date, options)`) satisfies every criterion given; an absent
 * criterion (or an empty `yi` / `notJi`) constrains nothing. docs/select.md gives each one's
 * exact meaning.
 * @category Day selection
 * @since 0.6.0
 */
export interface FindDaysQuery {
  /** The first day searched (any date input; a time of day is ignored), within −0721-01-01 … 9999-12-31. */
  readonly from: DateInput;
  /** The last day searched, inclusive; not before `from`. */
  readonly to: DateInput;
  /** Activities that must all be good: {@link isGoodFor} (listed in 宜, the markers read as they mean). */
  readonly yi?: readonly PlainActivity[];
  /** Activities none of which may be bad: not {@link isBadFor} (not in 忌, and not excluded by a marker). */
  readonly notJi?: readonly PlainActivity[];
  /** `true`: skip the days whose 宜 or 忌 list says `'诸事不宜'`. */
  readonly skipNothingGood?: boolean;
  /** The day must not clash (冲) with this person's year branch, nor (with `sha`) have its 煞 on it. */
  readonly notClash?: ClashTarget;
  /**
   * With `notClash`: also skip the days whose 煞 direction (`clash.direction`) is the direction of
   * the person's branch (寅卯辰 东, 巳午未 南, 申酉戌 西, 亥子丑 北), the day's 三煞. Default `true`;
   * `false` skips only the clash.
   */
  readonly sha?: boolean;
  /** The day's 建除 officer must be one of these. */
  readonly officers?: readonly Officer[];
  /** `true`: only 黄道 days (the day's deity is 黄道); `false`: only 黑道 days. */
  readonly huangDao?: boolean;
  /** The luck of the day's mansion (二十八宿) must be this. */
  readonly mansionLuck?: '吉' | '凶';
  /** The day's fortune score (`almanac(date, options).fortune.score`, −10 … 10) must be at least this integer. */
  readonly minScore?: number;
  /** The day of the week must be one of these: 0 = Sunday … 6 = Saturday (as `almanac().weekday`). */
  readonly weekdays?: readonly number[];
  /**
   * `true`: only working days; `false`: only days off — as `isWorkday()` of `huangli/holidays`
   * says (Monday to Friday unless a day off of a statutory holiday, and the Saturdays and Sundays
   * worked to make one up), from the holiday data (`options.holidayData`, else the bundled
   * 2002 … 2026). Every year of the range must have its schedule in the data.
   */
  readonly workday?: boolean;
  /**
   * Called with the day's almanac (`almanac(date, options)`) for each day that passes every other
   * criterion, in order; a truthy result keeps the day (as `Array#filter`).
   */
  readonly where?: (day: DailyAlmanac) => unknown;
  /** At most this many days (a positive integer): the search stops at the last one. */
  readonly limit?: number;
}

/**
 * Options of {@link findDays}: those of `almanac()`, for the almanac that every criterion reads,
 * and the holiday data of `query.workday`. `calendar` reads `from`, `to` and a birth date and
 * writes the dates found; `timeZone` reads them when they are instants; `monthBoundary` chooses
 * the month of 宜/忌; `model` and `sentiment` the fortune score; `fuShenSect` only the almanac
 * given to `where`.
 * @category Day selection
 * @since 0.6.0
 */
export interface FindDaysOptions extends AlmanacOptions {
  /** A fortune model for `minScore` and for the almanac given to `where`, as `almanac(date, { model })` takes it (merged onto the default). */
  readonly model?: FortuneModelInput;
  /** For `query.workday`: a dataset made by `holidayData()` of `huangli/holidays` (default: the bundled one). */
  readonly holidayData?: HolidayData;
}

/**
 * Why a day matched: one entry per criterion of the query, named as its field, with the day's
 * value that satisfied it.
 * @category Day selection
 * @since 0.6.0
 */
export type FindDaysReason =
  | Readonly<{
    /** `query.yi`: every activity is good on the day. */
    criterion: 'yi';
    /** The activities asked for. */
    activities: readonly PlainActivity[];
  }>
  | Readonly<{
    /** `query.notJi`: no activity is bad on the day. */
    criterion: 'notJi';
    /** The activities asked about. */
    activities: readonly PlainActivity[];
  }>
  | Readonly<{
    /** `query.skipNothingGood`: neither list says 诸事不宜. */
    criterion: 'skipNothingGood';
  }>
  | Readonly<{
    /** `query.notClash` (and `query.sha`): the day does not clash with the person. */
    criterion: 'notClash';
    /** The person's animal. */
    zodiac: ZodiacAnimal;
    /** The day's clash, as `almanac().clash.text`: `'冲兔(乙卯)煞东'`. */
    clash: string;
    /** Whether the 煞 was checked too (`query.sha`). */
    sha: boolean;
  }>
  | Readonly<{
    /** `query.officers`. */
    criterion: 'officers';
    /** The day's 建除 officer. */
    officer: Officer;
  }>
  | Readonly<{
    /** `query.huangDao`. */
    criterion: 'huangDao';
    /** The day's deity (十二天神). */
    deity: DeityName;
    /** Its type. */
    type: '黄道' | '黑道';
  }>
  | Readonly<{
    /** `query.mansionLuck`. */
    criterion: 'mansionLuck';
    /** The day's mansion (二十八宿). */
    mansion: MansionName;
    /** Its luck. */
    luck: '吉' | '凶';
  }>
  | Readonly<{
    /** `query.minScore`. */
    criterion: 'minScore';
    /** The day's fortune score. */
    score: number;
  }>
  | Readonly<{
    /** `query.weekdays`. */
    criterion: 'weekdays';
    /** The day of the week, 0 = Sunday … 6 = Saturday. */
    weekday: number;
  }>
  | Readonly<{
    /** `query.workday`. */
    criterion: 'workday';
    /** Whether the day is a working day. */
    workday: boolean;
  }>
  | Readonly<{
    /** `query.where`: the predicate kept the day. */
    criterion: 'where';
  }>;

/**
 * A day that {@link findDays} found: the date, written in the options' calendar, and the reasons,
 * in the order of the query's fields as {@link FindDaysQuery} lists them.
 * @category Day selection
 * @since 0.6.0
 */
export interface FoundDay {
  /** `'YYYY-MM-DD'` (an expanded year outside 0000–9999), as `almanac().date`. */
  readonly date: string;
  /** One entry per criterion given. */
  readonly reasons: readonly FindDaysReason[];
}

/**
 * Options of {@link isGoodFor} and {@link isBadFor}: how a date is read, and which month's 宜/忌
 * it takes, as `almanac()` takes them. Ignored when the day is given as an almanac.
 * @category Day selection
 * @since 0.6.0
 */
export interface IsGoodForOptions extends TimeZoneOptions {
  /** As `AlmanacOptions.monthBoundary`: `'day'` (default) or `'instant'`. */
  readonly monthBoundary?: 'day' | 'instant';
}

/**
 * Options of {@link isBadFor}: the same as {@link IsGoodForOptions}.
 * @category Day selection
 * @since 0.6.0
 */
export type IsBadForOptions = IsGoodForOptions;
