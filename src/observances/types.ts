import type { Mansion } from '../almanac/types';
import type { FestivalNameRendering } from '../festivals/types';
import type { LunarDate, TimeZoneOptions } from '../types';

/**
 * Options of {@link buddhistDay} and {@link taoistDay}: how the date is read, as `lunarDate` reads it.
 * @category Observances
 * @since 0.7.0
 */
export type ObservanceOptions = TimeZoneOptions;

/**
 * A day of the Buddhist calendar's list (`Foto#getFestivals`): a saint's birthday, a fast, a day
 * on which the gods inspect the world, with what befalls one who breaks it.
 * @example
 * buddhistDay('2025-05-05').festivals[0] // 四月初八
 * //=> { name: '释迦牟尼佛诞', result: '犯者夺纪', everyMonth: false, remark: null }
 * @category Observances
 * @since 0.7.0
 */
export interface BuddhistFestival {
  /** The day's name, e.g. `'释迦牟尼佛诞'`, `'月朔'`, `'杨公忌'`. */
  readonly name: string;
  /** What befalls one who breaks the day's abstinence (`'犯者夺纪'`: twelve years of life taken), or `null`. */
  readonly result: string | null;
  /** Whether the day recurs on this day of every month (`'月朔'`, `'四天王巡行'`, `'斗降'` …). */
  readonly everyMonth: boolean;
  /** A remark (`'宜先一日即戒'`, `'如月小，即戒廿九'`), or `null`. */
  readonly remark: string | null;
}

/**
 * The Buddhist fasting days a day is (`Foto#isMonthZhai`, `#isDayZhaiShuoWang`, `#isDayZhaiSix`,
 * `#isDayZhaiTen`, `#isDayZhaiGuanYin`).
 * @category Observances
 * @since 0.7.0
 */
export interface BuddhistFasts {
  /** In a fasting month (三长斋月): 正月, 五月 or 九月, not a leap month. */
  readonly month: boolean;
  /** A 朔望斋, the first or the fifteenth of the lunar month. */
  readonly newAndFullMoon: boolean;
  /** One of the six fasting days (六斋日): the 8th, 14th, 15th, 23rd, 29th and 30th, and the 28th of a month of 29 days. */
  readonly sixDays: boolean;
  /** One of the ten fasting days (十斋日): the 1st, 8th, 14th, 15th, 18th, 23rd, 24th, 28th, 29th and 30th. */
  readonly tenDays: boolean;
  /** A fasting day of Guanyin (观音斋), 22 lunar days of the year, not in a leap month. */
  readonly guanYin: boolean;
}

/**
 * A day in the Buddhist calendar (佛历), as `lunar-javascript`'s `Foto` gives it.
 * @category Observances
 * @since 0.7.0
 */
export interface BuddhistDay {
  /**
   * The year of the Buddhist era (佛历), as the reference (`Foto#getYear`) counts it: the solar
   * year (Julian before 1582-10-15) + 543, and one more from the lunar new year on. That is the
   * lunar year + 544 (2569 from 正月初一 2025), except on the seven days of 王莽's calendar when a
   * lunar year had begun in December (Julian 0015-12-30 … 31 and 0018-12-27 … 31): the lunar year + 542.
   */
  readonly year: number;
  /** The day's lunar date, as `lunarDate` gives it: the Buddhist calendar's months and days are the lunar ones. */
  readonly lunar: LunarDate;
  /** The day's festivals and observances in the reference's order; none in a leap month (its table is keyed by month and day, a leap month's by neither). */
  readonly festivals: readonly BuddhistFestival[];
  /** The other Buddhist days (`Foto#getOtherFestivals`): `'释迦牟尼佛圣诞'`, `'佛欢喜日'` …; none in a leap month. */
  readonly otherFestivals: readonly string[];
  /** The fasting days it is. */
  readonly fasts: BuddhistFasts;
  /** Whether it is one of the thirteen 杨公忌 (Yang Gong's taboo days), listed among `festivals`. */
  readonly yangGong: boolean;
  /**
   * The day's mansion in the Buddhist calendar's cycle of 27 (the 28 without 牛), by lunar month
   * and day (`Foto#getXiu`); a leap month counts as its month. It is not `almanac(date).mansion`,
   * the 28 by the day itself.
   */
  readonly mansion: Mansion;
}

/**
 * A festival of the Taoist calendar (`Tao#getFestivals`).
 * @example
 * taoistDay('2025-02-06').festivals[0] // 正月初九
 * //=> { name: '玉皇上帝圣诞', remark: null }
 * @category Observances
 * @since 0.7.0
 */
export interface TaoistFestival {
  /** Its name, e.g. `'玉皇上帝圣诞'`, `'天腊之辰'`. */
  readonly name: string;
  /** A remark (`'天腊，此日五帝会于东方九炁青天'`), or `null`. */
  readonly remark: string | null;
}

/**
 * A day in the Taoist calendar (道历), as `lunar-javascript`'s `Tao` gives it.
 * @category Observances
 * @since 0.7.0
 */
export interface TaoistDay {
  /** The year of the Taoist era (道历), counted from the Yellow Emperor: the lunar year + 2697, so 4722 from 正月初一 2025. */
  readonly year: number;
  /** The day's lunar date, as `lunarDate` gives it. */
  readonly lunar: LunarDate;
  /**
   * The day's festivals in the reference's order: those of its lunar day (none in a leap month),
   * 元始天尊圣诞 on 冬至's day and 灵宝天尊圣诞 on 夏至's, the deity of a 八节 term, then the 八会.
   */
  readonly festivals: readonly TaoistFestival[];
  /** A day of the 三会 (正月初七, 七月初七, 十月十五). */
  readonly sanHui: boolean;
  /** A day of the 三元 (正月十五 上元, 七月十五 中元, 十月十五 下元). */
  readonly sanYuan: boolean;
  /** The day of one of the 八节: 立春, 春分, 立夏, 夏至, 立秋, 秋分, 立冬, 冬至. */
  readonly baJie: boolean;
  /** A day of the 五腊 (正月初一, 五月初五, 七月初七, 十月初一, 腊月初八). */
  readonly wuLa: boolean;
  /** A day of the 八会, by the day pillar (丙午 天会, 壬午 地会 …). */
  readonly baHui: boolean;
  /** A 明戊 day: the day stem is 戊. */
  readonly mingWu: boolean;
  /** An 暗戊 day: the day branch is the lunar month's (正月 未, 二月 戌 … 腊月 丑; a leap month's is its month's). */
  readonly anWu: boolean;
  /** A 戊 day, 明戊 or 暗戊: days on which Taoists do not burn incense. */
  readonly wu: boolean;
  /** A 天赦 day: 戊寅 in spring (the months 寅卯辰 by their 节), 甲午 in summer, 戊申 in autumn, 甲子 in winter. */
  readonly tianShe: boolean;
}

/**
 * The Traditional Chinese and English of every name, result and remark that {@link buddhistDay}
 * and {@link taoistDay} give, keyed by the Simplified Chinese: what `localize` takes as
 * `options.names`.
 * @category Observances
 * @since 0.7.0
 */
export type ObservanceNames = Readonly<Record<string, FestivalNameRendering>>;
