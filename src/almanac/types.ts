import type { DayPillars } from '../pillars/pillars';
import type { Fortune } from '../fortune/types';
import type { XunName } from '../bazi/types';
import type { Branch, LunarDate, Pillar, SolarTerm, SolarTermName, Stem } from '../types';
import type {
  Activity, AuspiciousGod, DeityName, InauspiciousGod, LiuYao, MansionAnimal, MansionName, MoonPhaseName, NaYinName, Officer, PentadName,
  Season, WesternZodiac, ZodiacAnimal,
} from '../data/almanac.generated';

export type { XunName } from '../bazi/types';
// The closed sets of the tables, generated with them (data/scripts/generate-almanac.ts).
export type {
  Activity, AuspiciousGod, DeityName, InauspiciousGod, LiuYao, MansionAnimal, MansionName, MoonPhaseName, NaYinName, Officer, PentadName,
  Season, WesternZodiac, ZodiacAnimal,
} from '../data/almanac.generated';

/**
 * The direction of a 煞.
 * @category Almanac
 * @since 0.4.0
 */
export type ShaDirection = '东' | '南' | '西' | '北';

/**
 * The clash (冲煞) of a day or an hour.
 * @category Almanac
 * @since 0.2.0
 */
export interface Clash {
  /** Zodiac animal of the clashing branch, e.g. `'兔'`. */
  readonly zodiac: ZodiacAnimal;
  /** The clashing pillar (天克地冲: stem + 4, branch + 6), e.g. `'乙卯'`. */
  readonly pillar: string;
  /** Direction of the 煞: `'东'`, `'南'`, `'西'` or `'北'`. */
  readonly direction: ShaDirection;
  /** The printed form, e.g. `'冲兔(乙卯)煞东'`. */
  readonly text: string;
}

/**
 * One of the twelve day or hour deities (十二天神 / 黄黑道).
 * @category Almanac
 * @since 0.2.0
 */
export interface Deity {
  /** Name, e.g. `'明堂'`. */
  readonly name: DeityName;
  /** `'黄道'` (auspicious) or `'黑道'` (inauspicious). */
  readonly type: '黄道' | '黑道';
}

/**
 * The lunar mansion (二十八宿) of the day.
 * @category Almanac
 * @since 0.2.0
 */
export interface Mansion {
  /** Name, e.g. `'斗'`. */
  readonly name: MansionName;
  /** `'吉'` or `'凶'`. */
  readonly luck: '吉' | '凶';
  /** Its animal, e.g. `'獬'`. */
  readonly animal: MansionAnimal;
  /** Its palace (宫), the quarter of the sky its seven mansions make: `'东'`, `'北'`, `'西'` or `'南'`. */
  readonly palace: '东' | '北' | '西' | '南';
  /** The palace's beast (四象, 四兽): 东 `'青龙'`, 北 `'玄武'`, 西 `'白虎'`, 南 `'朱雀'`. */
  readonly beast: '青龙' | '玄武' | '白虎' | '朱雀';
  /** Its luminary (七政): `'日'` Sun, `'月'` Moon, `'火'` Mars, `'水'` Mercury, `'木'` Jupiter, `'金'` Venus or `'土'` Saturn. */
  readonly zheng: '日' | '月' | '火' | '水' | '木' | '金' | '土';
}

/**
 * The Moon on the day.
 * @category Almanac
 * @since 0.2.0
 */
export interface MoonPhase {
  /** Traditional name of the lunar day's moon, e.g. `'晓'` on day 29, `'望'` on day 15. */
  readonly name: MoonPhaseName;
  /**
   * Illuminated fraction of the Moon's disc at 12:00 China Standard Time, 0 … 1, to 3 decimals.
   * Computed from Meeus' phase-angle series (Astronomical Algorithms, ch. 48); within 0.005 of an
   * ephemeris (tested against the engine's new moons 1900–2100).
   */
  readonly illumination: number;
}

/**
 * A direction given by a trigram of the Later Heaven arrangement (后天八卦).
 * @category Almanac
 * @since 0.2.0
 */
export interface Position {
  /** Trigram (or `'中'`), e.g. `'坤'`. */
  readonly trigram: string;
  /** Its direction, e.g. `'西南'`, `'正东'`, `'中宫'`. */
  readonly direction: string;
}

/**
 * Where the gods of the day are: 喜神, 福神, 财神, 阳贵神, 阴贵神, and the 胎神's place.
 * @category Almanac
 * @since 0.2.0
 */
export interface Directions {
  /** 喜神 (god of joy). */
  readonly xiShen: Position;
  /** 福神 (god of fortune); see `AlmanacOptions.fuShenSect`. */
  readonly fuShen: Position;
  /** 财神 (god of wealth). */
  readonly caiShen: Position;
  /** 阳贵神 (daytime noble). */
  readonly yangGuiShen: Position;
  /** 阴贵神 (night-time noble). */
  readonly yinGuiShen: Position;
  /** 胎神 (fetus god): where it stays today, e.g. `'厨灶门 外东南'`. */
  readonly taiShen: string;
}

/**
 * Where the gods are in an hour, a lunar month or a lunar year: 喜神, 福神, 财神, 阳贵神 and 阴贵神,
 * placed by its stem by the same tables as the day's by the day stem (without the day's 胎神).
 * @category Almanac
 * @since 0.6.0
 */
export type GodDirections = Omit<Directions, 'taiShen'>;

/**
 * 日禄, the day's 禄 (emolument): 互禄 for those born under the branch that is the day stem's 禄
 * (its 临官), and 进禄 for those born under the stems whose 禄 the day branch is (none for
 * 辰, 戌, 丑, 未, which are no stem's 禄) — the reference's Lunar#getDayLu.
 * @category Almanac
 * @since 0.6.0
 */
export interface DayLu {
  /** 互禄: the branch that is the day stem's 禄, e.g. `'酉'` on a 辛 day. */
  readonly huLu: Branch;
  /** 进禄: the stems whose 禄 the day branch is, e.g. `['辛']` on a 酉 day, `['丙', '戊']` on a 巳 day; `[]` on a 辰, 戌, 丑 or 未 day. */
  readonly jinLu: readonly Stem[];
  /** The printed form, e.g. `'酉命互禄 辛命进禄'`, `'午命互禄 丙,戊命进禄'` (己巳), or `'午命互禄'` alone on a 辰, 戌, 丑 or 未 day. */
  readonly text: string;
}

/**
 * The flying star (九星) of a year, a month, a day or a 时辰.
 * @category Almanac
 * @since 0.2.0
 */
export interface NineStar {
  /** 1 … 9. */
  readonly number: number;
  /** Number, colour and element, e.g. `'三碧木'`. */
  readonly name: string;
  /** The star of the Northern Dipper that goes with it, e.g. `'天玑'`. */
  readonly star: string;
  /** Colour: 白, 黑, 碧, 绿, 黄, 赤, 紫. */
  readonly color: string;
  /** Element (五行). */
  readonly element: string;
  /** Its palace, e.g. `{ trigram: '震', direction: '正东' }`. */
  readonly position: Position;
  /** The star in 玄空 (flying-star feng shui) and its luck: `{ star: '禄存', luck: '凶' }`. */
  readonly xuanKong: {
    /** 贪狼, 巨门, 禄存, 文曲, 廉贞, 武曲, 破军, 左辅, 右弼 for 一 … 九. */
    readonly star: string;
    /** `'吉'` or `'凶'`. */
    readonly luck: string;
  };
  /** The star in 奇门遁甲, its luck, gate and 阴阳: `{ star: '天冲', luck: '小吉', gate: '伤', yinYang: '阳' }`. */
  readonly qiMen: {
    /** 天蓬, 天芮, 天冲, 天辅, 天禽, 天心, 天柱, 天任, 天英 for 一 … 九. */
    readonly star: string;
    /** `'大吉'`, `'小吉'`, `'小凶'` or `'大凶'`. */
    readonly luck: string;
    /** Its gate of the 八门: `'休'`, `'生'`, `'伤'`, `'杜'`, `'景'`, `'死'`, `'惊'`, `'开'`; `null` for 五黄, in the centre. */
    readonly gate: string | null;
    /** `'阴'` or `'阳'`. */
    readonly yinYang: string;
  };
  /** The star in 太乙 and its spirit: `{ star: '轩辕', spirit: '安神' }`. */
  readonly taiYi: {
    /** 太乙, 摄提, 轩辕, 招摇, 天符, 青龙, 咸池, 太阴, 天乙 for 一 … 九. */
    readonly star: string;
    /** `'吉神'`, `'凶神'` or `'安神'`. */
    readonly spirit: string;
  };
}

/**
 * One of the 72 pentads (七十二候), the three five-day 候 of each solar term.
 * @category Almanac
 * @since 0.5.0
 */
export interface Pentad {
  /** Its name, e.g. `'蚯蚓结'` (earthworms curl up), the first of 冬至. */
  readonly name: PentadName;
  /** The solar term it belongs to. */
  readonly term: SolarTermName;
  /** 1 初候, 2 二候 or 3 三候 of the term. */
  readonly index: 1 | 2 | 3;
  /** Its first day, written like `date`: the term's day, or 5 or 10 days after it. */
  readonly start: string;
}

/**
 * A day of 数九, the nine nines of winter from the day of the winter solstice (冬至).
 * @category Almanac
 * @since 0.5.0
 */
export interface WinterNine {
  /** Which nine: 1 (一九) … 9 (九九). */
  readonly nine: number;
  /** The day in it, 1 … 9. */
  readonly day: number;
}

/**
 * A day of 三伏, the dog days.
 * @category Almanac
 * @since 0.5.0
 */
export interface DogDays {
  /** `'初伏'`, `'中伏'` or `'末伏'`. */
  readonly period: '初伏' | '中伏' | '末伏';
  /** The day in it: 1 … 10, or 1 … 20 in a 中伏 of 20 days. */
  readonly day: number;
}

/**
 * The same item for the year, the month and the day.
 * @category Almanac
 * @since 0.5.0
 */
export interface ThreePillars<T> {
  /** Of the year. */
  readonly year: T;
  /** Of the month. */
  readonly month: T;
  /** Of the day. */
  readonly day: T;
}

/**
 * A festival on the day.
 * @category Almanac
 * @since 0.2.0
 */
export interface Festival {
  /** Name, e.g. `'中秋节'`. */
  readonly name: string;
  /**
   * `'lunar'` (春节, 元宵节, 端午节, 中秋节, 除夕 …), `'lunar-other'` (lesser traditional days, and
   * 寒食节, 春社, 秋社, which follow the solar terms), or `'solar-term'` (清明节 and 冬至节, on the
   * day of the term); with a festival set, `almanac(date, { festivals: gregorianFestivals })`
   * (`huangli/festivals`), also `'solar'` (Gregorian festivals: 元旦节, 国庆节, 母亲节 on the second
   * Sunday of May …, since 0.6.0) and `'solar-other'` (other Gregorian and international days:
   * 世界地球日, 记者节 …, since 0.6.0). See docs/festivals.md.
   */
  readonly kind: 'lunar' | 'lunar-other' | 'solar-term' | 'solar' | 'solar-other';
}

/**
 * One of the twelve double hours (时辰) of the day.
 * @category Almanac
 * @since 0.2.0
 */
export interface HourAlmanac {
  /** Branch, 子 … 亥. */
  readonly branch: Branch;
  /** Start on the clock, China Standard Time: `'23:00'` (子, the evening before), `'01:00'`, … `'21:00'`. */
  readonly start: string;
  /** End on the clock: `'00:59'`, `'02:59'`, … `'22:59'`. */
  readonly end: string;
  /** The hour pillar (its stem from the day's, 五鼠遁). */
  readonly pillar: Pillar;
  /** The hour's deity (keyed by the day branch). */
  readonly deity: Deity;
  /** `'吉'` for a 黄道 hour, `'凶'` for a 黑道 hour. */
  readonly luck: '吉' | '凶';
  /** The hour's clash. */
  readonly clash: Clash;
  /** Activities favoured in this hour ([] when the table lists none). */
  readonly yi: readonly Activity[];
  /** Activities to avoid in this hour. */
  readonly ji: readonly Activity[];
  /** The hour's flying star (时九星). */
  readonly nineStar: NineStar;
  /** 纳音 of the hour pillar, e.g. `'沙中金'` for 甲午 (the reference's LunarTime#getNaYin). @since 0.6.0 */
  readonly naYin: NaYinName;
  /** The 旬 of the hour pillar, named by its first pillar, e.g. `'甲午'` (LunarTime#getXun). @since 0.6.0 */
  readonly xun: XunName;
  /** The 旬空 (空亡) of the hour pillar: the two branches its 旬 lacks, e.g. `['辰', '巳']` (LunarTime#getXunKong). @since 0.6.0 */
  readonly xunKong: readonly [Branch, Branch];
  /** Directions of the hour's gods, by the hour stem; the 福神 follows `AlmanacOptions.fuShenSect` as the day's does (LunarTime#getPositionXi … #getPositionYinGui and their `…Desc`). @since 0.6.0 */
  readonly directions: GodDirections;
}

/**
 * Everything on a printed almanac (黄历) page for one day.
 * @category Almanac
 * @since 0.2.0
 */
export interface DailyAlmanac {
  /** The day, `'YYYY-MM-DD'` (an expanded year outside 0000–9999: `'-000721-01-01'`), in the calendar of `options.calendar`. */
  readonly date: string;
  /** Day of the week, 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  /** The lunar date, as {@link lunarDate} gives it. */
  readonly lunar: LunarDate;
  /** Year, month and day pillars, as {@link pillars} gives them for a plain date. */
  readonly pillars: DayPillars;
  /** The 旬 of each of the three pillars, named by its first pillar: `{ year: '甲午', month: '甲申', day: '甲寅' }`. */
  readonly xun: ThreePillars<XunName>;
  /** The 旬空 (空亡) of each pillar: the two branches its 旬 lacks, e.g. `{ …, day: ['子', '丑'] }`. */
  readonly xunKong: ThreePillars<readonly [Branch, Branch]>;
  /** The solar term that falls on the day, or `null`. */
  readonly solarTerm: SolarTerm | null;
  /** The pentad (七十二候) the day is in. */
  readonly pentad: Pentad;
  /** The season of the lunar month (孟春 … 季冬), e.g. `'孟冬'` in the tenth month. */
  readonly season: Season;
  /** 数九: the nine and day from the day of 冬至 (81 days), or `null`. */
  readonly winterNine: WinterNine | null;
  /** 三伏: the period and day, or `null`. */
  readonly dogDays: DogDays | null;
  /** `'入梅'` or `'出梅'` on the day the plum rains begin or end by the almanac rule, else `null`. */
  readonly plumRain: '入梅' | '出梅' | null;
  /** The zodiac animal of the lunar year (which begins at 正月初一), e.g. `'蛇'`. */
  readonly zodiac: ZodiacAnimal;
  /** The sign of the Western zodiac (星座) of the date, e.g. `'射手'`. */
  readonly westernZodiac: WesternZodiac;
  /** Activities favoured today (宜), in the table's order; `[]` where the table has none (the reference's `['无']`). */
  readonly yi: readonly Activity[];
  /** Activities to avoid today (忌), in the table's order; `[]` where the table has none. */
  readonly ji: readonly Activity[];
  /** The day's clash (冲煞). */
  readonly clash: Clash;
  /** 彭祖百忌: the taboo of the day stem, then of the day branch. */
  readonly pengZu: readonly [string, string];
  /** 建除十二值星: 建, 除, 满, 平, 定, 执, 破, 危, 成, 收, 开, 闭. */
  readonly officer: Officer;
  /** The day's deity (十二天神), 黄道 or 黑道. */
  readonly deity: Deity;
  /** 纳音 of the day pillar, e.g. `'石榴木'`. */
  readonly naYin: NaYinName;
  /**
   * 纳音 of the lunar year's pillar, e.g. `'覆灯火'` in 乙巳 (the reference's Lunar#getYearNaYin): the
   * year that begins at 正月初一, as `zodiac` — not `pillars.year`, which begins at 立春, on the
   * days between the two.
   * @since 0.6.0
   */
  readonly yearNaYin: NaYinName;
  /** 纳音 of the month pillar (`pillars.month`), e.g. `'霹雳火'` for 戊子 (Lunar#getMonthNaYin). @since 0.6.0 */
  readonly monthNaYin: NaYinName;
  /** 日禄: the day's 互禄 and 进禄 (Lunar#getDayLu). @since 0.6.0 */
  readonly lu: DayLu;
  /** The lunar mansion (二十八宿). */
  readonly mansion: Mansion;
  /** The Moon: traditional name and illuminated fraction. */
  readonly moonPhase: MoonPhase;
  /** 六曜 (Japanese rokuyō), from the lunar month and day. */
  readonly liuYao: LiuYao;
  /** 吉神宜趋 and 凶煞宜忌; `[]` where the table has none. */
  readonly gods: {
    /** 吉神宜趋: the auspicious gods of the day. */
    readonly auspicious: readonly AuspiciousGod[];
    /** 凶煞宜忌: the inauspicious influences of the day. */
    readonly inauspicious: readonly InauspiciousGod[];
  };
  /** Directions of the day's gods and the place of the 胎神. */
  readonly directions: Directions;
  /** Where 太岁 stands for the year, the month and the day. */
  readonly taiSui: ThreePillars<Position>;
  /** The day's flying star (日九星). */
  readonly nineStar: NineStar;
  /** The year's flying star (年九星), of the year that begins at 立春. */
  readonly yearNineStar: NineStar;
  /** The month's flying star (月九星), of the solar month. */
  readonly monthNineStar: NineStar;
  /** Festivals on the day: the traditional ones, the lunar ones first; the days of `options.festivals` (the Gregorian and international days of `gregorianFestivals`, 元旦节, 国庆节 …) follow. */
  readonly festivals: readonly Festival[];
  /** The twelve 时辰, 子 … 亥. */
  readonly hours: readonly HourAlmanac[];
  /** The heuristic market fortune of the day under the library's model (calendar only), as {@link fortune} gives it. */
  readonly fortune: Fortune;
}
