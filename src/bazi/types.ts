import type { NaYinName } from '../data/almanac.generated';
import type { FiveElement } from '../fortune/types';
import type { Branch, Pillar, SolarTermName, Stem, TimeZoneOptions } from '../types';

/**
 * The ten gods (十神): what a stem is to the day master (日主), by the five elements (same,
 * produced by it, overcome by it, overcoming it, producing it) and by polarity (the same
 * yin/yang as the day master: the first of each pair; the other polarity: the second).
 * @category Birth chart
 * @since 0.4.0
 */
export type TenGod = '比肩' | '劫财' | '食神' | '伤官' | '偏财' | '正财' | '七杀' | '正官' | '偏印' | '正印';

/**
 * What the day pillar's own stem is called in a chart: the day master (日主) itself.
 * @category Birth chart
 * @since 0.4.0
 */
export type DayMaster = '日主';

/**
 * The twelve stages of life (十二长生) of a stem through the branches, 长生 … 养.
 * @category Birth chart
 * @since 0.4.0
 */
export type GrowthStage = '长生' | '沐浴' | '冠带' | '临官' | '帝旺' | '衰' | '病' | '死' | '墓' | '绝' | '胎' | '养';

/**
 * The six decades (旬) of the sexagenary cycle, each named by its first pillar.
 * @category Birth chart
 * @since 0.4.0
 */
export type XunName = '甲子' | '甲戌' | '甲申' | '甲午' | '甲辰' | '甲寅';

/**
 * The sex of the person whose chart it is; with the year stem's polarity it sets the direction of the luck decades.
 * @category Birth chart
 * @since 0.4.0
 */
export type Sex = 'male' | 'female';

/**
 * Where the day pillar changes (the 子时 question); see {@link BaZiOptions.dayBoundary}.
 * @category Birth chart
 * @since 0.4.0
 */
export type DayBoundary = 'midnight' | '23:00';

/**
 * How the start of the luck decades (起运) is counted; see {@link BaZiOptions.luckStart}.
 * @category Birth chart
 * @since 0.4.0
 */
export type LuckStartMethod = 'days' | 'minutes';

/**
 * Options of {@link baZi}.
 * @category Birth chart
 * @since 0.4.0
 */
export interface BaZiOptions extends TimeZoneOptions {
  /**
   * The person's sex. With it the chart has `luck` (大运, 流年, 流月, 小运): forward for a male
   * born in a yang year (甲丙戊庚壬) or a female born in a yin year, backward otherwise.
   */
  readonly sex?: Sex;
  /**
   * Where the day pillar changes (the 子时 question). The hour 23:00–23:59 is always the 子 hour
   * of the next day, with the next day's hour stem (五鼠遁 from the next day's stem).
   * - `'midnight'` (default; the reference's `EightChar` sect 2): the day pillar changes at 00:00,
   *   so a birth at 23:30 keeps the day's pillar (晚子时 read as the end of the day).
   * - `'23:00'` (the reference's sect 1; the 早/晚子时 school that starts the day with the 子 hour):
   *   the day pillar changes at 23:00 with the hour.
   */
  readonly dayBoundary?: DayBoundary;
  /**
   * How the age at which the luck decades start (起运) is counted from the time between the birth
   * and the 节 (the next one going forward, the previous one going backward). Both read the two
   * moments on the chart's clock.
   * - `'days'` (default; the reference's `getYun` sect 1): whole days and 时辰 between them, 3
   *   days = 1 year, 1 day = 4 months, 1 时辰 (two hours) = 10 days.
   * - `'minutes'` (sect 2): minutes between them, 4,320 minutes (3 days) = 1 year, 360 = 1 month,
   *   12 = 1 day, 1 minute = 2 hours.
   */
  readonly luckStart?: LuckStartMethod;
  /**
   * Cast the chart on the birthplace's solar time instead of the civil clock: the instant's
   * local mean solar time at `longitude` (degrees east, −180 … 180; 4 minutes per degree), plus
   * the equation of time (apparent, "true" solar time, 真太阳时) unless `equationOfTime` is
   * `false`. The day and hour pillars follow that clock; the year and month still change at the
   * instants of 立春 and the 节.
   */
  readonly trueSolarTime?: {
    /** Degrees east of Greenwich, −180 … 180 (west is negative), e.g. 116.4 for Beijing. */
    readonly longitude: number;
    /** Add the equation of time (default `true`: apparent solar time); `false`: mean solar time only. */
    readonly equationOfTime?: boolean;
  };
}

/**
 * A stem hidden in a branch (藏干) and its ten god.
 * @category Birth chart
 * @since 0.4.0
 */
export interface HiddenStem {
  /** The hidden stem. */
  readonly stem: Stem;
  /** Its ten god against the day master. */
  readonly tenGod: TenGod;
}

/**
 * One pillar of a chart: the stem-branch {@link Pillar} and what a chart reads from it.
 * @typeParam G - The type of `tenGod`: {@link TenGod}, or {@link DayMaster} for the day pillar.
 * @category Birth chart
 * @since 0.4.0
 */
export interface ChartPillar<G extends TenGod | DayMaster = TenGod> extends Pillar {
  /** The stem's ten god (十神) against the day master; `'日主'` for the day pillar. */
  readonly tenGod: G;
  /** The branch's hidden stems (藏干) in the traditional order (本气 first), each with its ten god. */
  readonly hiddenStems: readonly HiddenStem[];
  /** The five elements (五行) of the stem and of the branch. */
  readonly elements: {
    /** The stem's element. */
    readonly stem: FiveElement;
    /** The branch's element. */
    readonly branch: FiveElement;
  };
  /** The pillar's 纳音. */
  readonly naYin: NaYinName;
  /** The day master's stage of life (十二长生, 地势) at this pillar's branch. */
  readonly growth: GrowthStage;
  /** The 旬 the pillar belongs to, named by its first pillar. */
  readonly xun: XunName;
  /** The 旬's two void branches (空亡): the two after its tenth pillar's branch. */
  readonly xunKong: readonly [Branch, Branch];
}

/**
 * The four pillars of a chart.
 * @category Birth chart
 * @since 0.4.0
 */
export interface ChartPillars {
  /** Year pillar (年柱), from 立春 to 立春 by the instant. */
  readonly year: ChartPillar;
  /** Month pillar (月柱), from one 节 to the next by the instant. */
  readonly month: ChartPillar;
  /** Day pillar (日柱): its stem is the day master. */
  readonly day: ChartPillar<DayMaster>;
  /** Hour pillar (时柱). */
  readonly hour: ChartPillar;
}

/**
 * A pillar derived from the four (胎元, 胎息, 命宫, 身宫): its name and 纳音.
 * @category Birth chart
 * @since 0.4.0
 */
export interface DerivedPillar {
  /** Stem and branch, e.g. `'丙申'`. */
  readonly name: string;
  /** Its 纳音. */
  readonly naYin: NaYinName;
}

/**
 * The age at which the luck decades start (起运), as the reference counts it.
 * @category Birth chart
 * @since 0.4.0
 */
export interface LuckStart {
  /** Years. */
  readonly years: number;
  /** Months, 0–11. */
  readonly months: number;
  /** Days, 0–29. */
  readonly days: number;
  /** Hours (even, 0–22; always 0 with `luckStart: 'days'`). */
  readonly hours: number;
}

/**
 * One of the twelve months of a year of luck (流月): the solar month that opens at a 节.
 * @category Birth chart
 * @since 0.4.0
 */
export interface LuckMonth {
  /** 0 for the month that opens at 立春 (寅月, 正月) … 11 for the one that opens at 小寒 (丑月, 腊月). */
  readonly index: number;
  /** The 节 that opens it: 立春, 惊蛰, … 大雪, 小寒. */
  readonly term: SolarTermName;
  /** Its pillar (the stem from the year stem, 五虎遁). */
  readonly pillar: Pillar;
}

/**
 * A year of luck (流年): a Gregorian year, the age in it, its pillar and its twelve months.
 * @category Birth chart
 * @since 0.4.0
 */
export interface LuckYear {
  /** The Gregorian year (its pillar is the one from its 立春). */
  readonly year: number;
  /** The nominal age (虚岁) in that year: 1 in the year of birth. */
  readonly age: number;
  /** The year's pillar. */
  readonly pillar: Pillar;
  /** The twelve months of luck (流月), from the 立春 month. */
  readonly months: readonly LuckMonth[];
}

/**
 * A year of minor luck (小运): the hour pillar moved one step a year in the luck's direction.
 * @category Birth chart
 * @since 0.4.0
 */
export interface MinorLuck {
  /** The Gregorian year. */
  readonly year: number;
  /** The nominal age (虚岁) in that year. */
  readonly age: number;
  /** The minor luck pillar: the hour pillar ± the age. */
  readonly pillar: Pillar;
}

/**
 * A luck decade (大运). Decade 0 is the time before the luck starts and has no pillar.
 * @category Birth chart
 * @since 0.4.0
 */
export interface LuckDecade {
  /** 0 (before the luck starts) … 9. */
  readonly index: number;
  /** The month pillar moved `index` steps in the luck's direction; `null` for decade 0. */
  readonly pillar: Pillar | null;
  /** First Gregorian year of the decade. */
  readonly startYear: number;
  /** Last Gregorian year of the decade (for decade 0, the year before the luck starts). */
  readonly endYear: number;
  /** Nominal age (虚岁) in `startYear`. */
  readonly startAge: number;
  /** Nominal age in `endYear`. */
  readonly endAge: number;
  /** The years of luck (流年) of the decade, `startYear` … `endYear`. */
  readonly years: readonly LuckYear[];
  /** The years of minor luck (小运) of the decade, `startYear` … `endYear`. */
  readonly minorLuck: readonly MinorLuck[];
}

/**
 * The luck (运) of a chart: when it starts, its direction and its decades.
 * @category Birth chart
 * @since 0.4.0
 */
export interface Luck {
  /** The sex it was cast for. */
  readonly sex: Sex;
  /** How its start was counted. */
  readonly method: LuckStartMethod;
  /** `true` when the decades step forward through the cycle (阳男, 阴女), `false` backward (阴男, 阳女). */
  readonly forward: boolean;
  /** The age at which the first decade starts (起运). */
  readonly start: LuckStart;
  /** When it starts, on the chart's clock: the birth plus `start`, `'YYYY-MM-DDTHH:mm:ss'` (an expanded year past 9999: the luck of a birth in 9999 is arithmetic on the cycle, `'+010010-…'`). */
  readonly startDate: string;
  /** Ten decades: 0 (before the luck starts) and the nine luck decades 1 … 9. */
  readonly decades: readonly LuckDecade[];
}

/**
 * The solar times of a birth, when the chart is cast on them.
 * @category Birth chart
 * @since 0.4.0
 */
export interface ChartSolarTime {
  /** The longitude, degrees east. */
  readonly longitude: number;
  /** Whether the chart is cast on apparent solar time (`true`) or on mean solar time (`false`). */
  readonly equationOfTime: boolean;
  /** Local mean solar time at the longitude, `'YYYY-MM-DDTHH:mm:ss'` (an expanded year outside 0000–9999; at the ends of the range it may be a day outside it). */
  readonly meanSolarTime: string;
  /** Local apparent (true) solar time, `'YYYY-MM-DDTHH:mm:ss'` (as `meanSolarTime`): the mean solar time plus the equation of time. */
  readonly apparentSolarTime: string;
  /** The equation of time at the instant, apparent minus mean, in seconds (to 0.1 s). */
  readonly equationOfTimeSeconds: number;
}

/**
 * The moment a chart is cast on, after every correction.
 * @category Birth chart
 * @since 0.4.0
 */
export interface ChartMoment {
  /** The civil wall clock of the birth in `timeZone`, `'YYYY-MM-DDTHH:mm:ss'` (an expanded year outside 0000–9999; a skipped clock time as moved by `disambiguation`). */
  readonly wallClock: string;
  /** The IANA zone of the wall clock, or `null` for the default, China Standard Time (a fixed UTC+8). */
  readonly timeZone: string | null;
  /** The zone's offset from UTC at that instant, `'+08:00'` (`'+09:00'` in China's daylight saving of 1986–1991). */
  readonly utcOffset: string;
  /** The instant, in UTC: `'YYYY-MM-DDTHH:mm:ssZ'` (an expanded year outside 0000–9999; in UTC a birth of the range's first day may fall on −0722-12-31). */
  readonly instant: string;
  /** The solar times, when `trueSolarTime` was asked for; otherwise `null`. */
  readonly solarTime: ChartSolarTime | null;
  /** The clock the day and hour pillars (and the luck's start) are read on: `wallClock`, or the solar time used. */
  readonly chartClock: string;
}

/**
 * The chart of a birth moment (八字), as {@link baZi} returns it: frozen, JSON-safe.
 * @category Birth chart
 * @since 0.4.0
 */
export interface BaZi {
  /** The moment the chart is cast on. */
  readonly moment: ChartMoment;
  /** The 子时 convention used. */
  readonly dayBoundary: DayBoundary;
  /** The four pillars. */
  readonly pillars: ChartPillars;
  /** 胎元 (conception): the month pillar's stem + 1, branch + 3. */
  readonly taiYuan: DerivedPillar;
  /** 胎息: the day pillar's combining stem (五合) and combining branch (六合). */
  readonly taiXi: DerivedPillar;
  /** 命宫 (life palace), from the month and hour branches, the stem by 五虎遁 from the year stem. */
  readonly mingGong: DerivedPillar;
  /** 身宫 (body palace), likewise. */
  readonly shenGong: DerivedPillar;
  /** The luck, when `sex` is given. */
  readonly luck?: Luck;
}

/**
 * A chart cast with `sex`: {@link BaZi} whose `luck` is present.
 * @category Birth chart
 * @since 0.4.0
 */
export interface BaZiWithLuck extends BaZi {
  /** The luck (大运, 流年, 流月, 小运). */
  readonly luck: Luck;
}
