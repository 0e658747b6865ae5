import { taiSuiYear, zodiac, type ZodiacAnimal } from '../data/almanac.generated';
import { getStemDirections } from '../almanac/getDayPillarItems';
import { getMonthNineStar, getYearNineStar } from '../almanac/getNineStar';
import { positionAt } from '../almanac/getTaiSui';
import type { GodDirections, NineStar, Position } from '../almanac/types';
import { formatDate, getCalendarOption } from '../calendar/julianCalendar';
import { getDayMoment } from '../input/toMoment';
import { getDayPillarIndex, getMonthPillarIndex, getSolarMonthNumber, getYearPillarIndex } from '../pillars/getPillarIndices';
import { LAST_YEAR } from '../calendar/supportedRange';
import { assertInteger, rangeError, typeError } from '../internal/errors';
import { modFloor } from '../internal/math';
import { LEAP_MONTH_NAMES, LUNAR_MONTH_NAMES } from '../names/lunarNames';
import { countNumeral, JIU_YUN, SAN_YUAN, ZAO_MA_TOU } from '../names/lunarYearNames';
import { getPillar } from '../names/stemsBranches';
import type { CalendarOptions, Pillar } from '../types';
import { getLunarYearMonths } from './getLunarYear';
import type { LunarMonthEntry } from './monthList';

/**
 * One month of a {@link LunarYear}.
 * @category Calendar
 * @since 0.6.0
 */
export interface LunarYearMonth {
  /** 1–12. */
  readonly month: number;
  /** Whether it is the leap month (闰月) repeating `month`. */
  readonly leap: boolean;
  /** `'正月'` … `'腊月'`, `'闰六月'`: as {@link lunarDate}'s `monthName`. */
  readonly monthName: string;
  /** 29 or 30 (fewer in a few months where a historical calendar was reformed). */
  readonly days: number;
  /** Its first day (初一), ISO 8601 in the calendar of `options.calendar`, e.g. `'2025-07-25'`. */
  readonly start: string;
  /**
   * The lunar month's own stem-branch (正月 is a 寅 month, its stem by the year's, 五虎遁; a leap month
   * shares its month's), as lunar-javascript's `LunarMonth#getGanZhi`. The almanac's month pillar
   * (`pillars().month`) is the solar month's, from 节 to 节, instead.
   */
  readonly pillar: Pillar;
  /** Its flying star, by the year's branch and its own (`LunarMonth#getNineStar`). */
  readonly nineStar: NineStar;
  /** Directions of its gods (喜神, 福神 by `fuShenSect`, 财神, 阳贵神, 阴贵神), by its stem. */
  readonly directions: GodDirections;
  /** Where 太岁 stands in it: 艮 in 正月, 五月, 九月; 坤 in 三月, 七月, 冬月; 巽 in 四月, 八月, 腊月; else the palace of the stem of the solar month its 初一 is in. */
  readonly taiSui: Position;
}

/**
 * One count of the 灶马头 (the year's page printed on the kitchen god's print): `'七龙治水'` is
 * `{ name: '几龙治水', counts: [7], text: '七龙治水' }`.
 * @category Calendar
 * @since 0.6.0
 */
export interface ZaoMaTou {
  /** The phrase with 几 for each count: `'几鼠偷粮'`, `'草子几分'`, `'几牛耕田'`, `'花收几分'`, `'几龙治水'`, `'几马驮谷'`, `'几鸡抢米'`, `'几姑看蚕'`, `'几屠共猪'`, `'甲田几分'`, `'几人分饼'`, `'几日得金'`, `'几人几丙'`, `'几人几锄'`. */
  readonly name: string;
  /** The counts, 1–12 (a branch's) or 1–10 (a stem's): the day of 正月 on which the first day of that branch or stem falls, 初一 counting as one. */
  readonly counts: readonly number[];
  /** The phrase as printed: `'七龙治水'`, `'五人十锄'`. */
  readonly text: string;
}

/**
 * A lunar year (农历年) as a calendar and an almanac's year page give it.
 * @category Calendar
 * @since 0.6.0
 */
export interface LunarYear {
  /** The lunar year: the year of its 正月初一 (astronomical: 0 is 1 BCE). */
  readonly year: number;
  /** Its stem-branch name, as people say it: from 正月初一 (GB/T 33661), as {@link yearPillar}. */
  readonly pillar: Pillar;
  /** Its 生肖 by the same reading. */
  readonly zodiac: ZodiacAnimal;
  /** Its 正月初一, ISO 8601 in the calendar of `options.calendar`. */
  readonly start: string;
  /** The number of days: 353–355 in a common year, 383–385 in a leap year (fewer in the reform years of `months`). */
  readonly days: number;
  /** The number of the month it repeats as a leap month, or `null`. */
  readonly leapMonth: number | null;
  /**
   * Its months in order, a leap month after the one it repeats: 12, or 13 with a leap month, but in
   * three reform years as the reference reconstructs them: 8 (no 腊月: 王莽's 建丑 calendar made it
   * the 正月 of 9), 236 (a 腊月 of 28 days) and 237 (景初: no third month, 11 months, 325 days).
   */
  readonly months: readonly LunarYearMonth[];
  /** The era (三元) of 60 years it is in: `'上元'` (1864–1923), `'中元'`, `'下元'` (1984–2043), and so on every 180 years. */
  readonly sanYuan: string;
  /** The period (九运) of 20 years it is in: `'一运'` (1864–1883) … `'九运'` (2024–2043). */
  readonly jiuYun: string;
  /** The year's flying star (年九星), of the lunar year. */
  readonly nineStar: NineStar;
  /** Directions of the year's gods (喜神, 福神, 财神, 阳贵神, 阴贵神), by its stem. */
  readonly directions: GodDirections;
  /** Where 太岁 stands this year, by its branch. */
  readonly taiSui: Position;
  /** The fourteen counts of the 灶马头, `'七龙治水'` among them, in lunar-javascript's order. */
  readonly zaoMaTou: readonly ZaoMaTou[];
}

/**
 * Options of {@link lunarYear}.
 * @category Calendar
 * @since 0.6.0
 */
export interface LunarYearOptions extends CalendarOptions {
  /** The 福神 of the year's and each month's `directions`, as `almanac`'s option: `2` (default, the reference's default) or `1`. */
  readonly fuShenSect?: 1 | 2;
}

const FN = 'lunarYear';

/** The palace of each stem pair: 甲乙 震, 丙丁 离, 戊己 中, 庚辛 兑, 壬癸 坎. */
const STEM_PALACES = '震离中兑坎';

/** Where 太岁 stands in lunar month `month` (1–12) whose 初一 is `firstDay`, as LunarMonth#getPositionTaiSui. */
function monthTaiSui(month: number, firstDay: number): string {
  if (month % 4 === 1) return '艮';
  if (month % 4 === 3) return '坤';
  if (month % 4 === 0) return '巽';
  return STEM_PALACES.charAt((getMonthPillarIndex(getSolarMonthNumber(getDayMoment(firstDay), false)) % 10) >> 1);
}

/**
 * A lunar year: its months (with the leap month and their lengths, each with its own pillar, 九星
 * and directions), its days, its name and 生肖, and its page in the almanac — 三元 and 九运, the
 * year's 九星, the directions of its gods and of 太岁, and the 灶马头's counts (`'七龙治水'`,
 * `'四牛耕田'`, `'四日得金'` …), each as lunar-javascript's `LunarYear` and `LunarMonth` give it.
 *
 * The year is named from 正月初一, as people say it (GB/T 33661); `pillars()` and the almanac's
 * year pillar change at 立春 instead. Every lunar year whose 正月初一 is in the supported range can
 * be asked for: −721 … 9999 (the last months of 9999 run into the year 10000; their first days
 * do not). The first 36 days of the range belong to lunar year −722, whose 正月初一 is before it:
 * `lunarDate` and `lunarMonthGrid` give its last two months, `lunarYear(-722)` is a RangeError.
 *
 * @param year - The lunar year (that of its 正月初一; astronomical: 0 is 1 BCE), −721 … 9999.
 * @param options - `calendar`: `'iso8601'` (default, proleptic Gregorian) or `'julian'` (Julian before 1582-10-15) for the dates; `fuShenSect`: `2` (default) or `1`.
 * @returns A frozen {@link LunarYear}.
 * @throws {TypeError} If `year` is not an integer, `options` is not an object, or `options.calendar` is not a string.
 * @throws {RangeError} If `year` is outside −721 … 9999, `options.calendar` is unknown, or `options.fuShenSect` is not 1 or 2.
 * @example
 * const y = lunarYear(2025);
 * [y.pillar.name, y.zodiac, y.start, y.days, y.leapMonth, y.months.length]
 * //=> ['乙巳', '蛇', '2025-01-29', 384, 6, 13]
 * @example
 * lunarYear(2025).months.slice(6, 8).map(({ month, leap, monthName, days, start, pillar }) => [month, leap, monthName, days, start, pillar.name])
 * //=> [[6, true, '闰六月', 29, '2025-07-25', '癸未'], [7, false, '七月', 30, '2025-08-23', '甲申']]
 * @example
 * // The year's page: 三元九运 and the 灶马头
 * const page = lunarYear(2025);
 * [page.sanYuan, page.jiuYun, page.nineStar.name, page.zaoMaTou.map((z) => z.text).filter((t) => /龙|牛|饼|金/.test(t))]
 * //=> ['下元', '九运', '二黑土', ['四牛耕田', '七龙治水', '九人分饼', '四日得金']]
 * @example
 * // 2033: the leap month after the eleventh
 * lunarYear(2033).months.slice(10, 13).map((m) => m.monthName)
 * //=> ['冬月', '闰冬月', '腊月']
 * @example
 * // The first year of the range, as historians date it (Julian) and in ISO 8601
 * [lunarYear(-721, { calendar: 'julian' }).start, lunarYear(-721).start, lunarYear(-721).pillar.name]
 * //=> ['-000721-02-14', '-000721-02-06', '己未']
 * @category Calendar
 * @since 0.6.0
 */
export function lunarYear(year: number, options?: LunarYearOptions): LunarYear {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw typeError(FN, 'options', 'an object', options);
  const calendar = getCalendarOption(FN, options);
  const fuShenSect = options?.fuShenSect ?? 2;
  if (fuShenSect !== 1 && fuShenSect !== 2) throw rangeError(FN, 'options.fuShenSect', '1 or 2', fuShenSect);
  assertInteger(FN, 'year', year, -721, LAST_YEAR);
  const entries = getLunarYearMonths(year);
  // Every lunar year −721 … 9999 has a 正月, its first day within the range in either calendar
  // (the reference's every year, test/lunar/lunarYear.full.test.ts).
  const first = entries.find((m) => m.month === 1 && !m.leap) as LunarMonthEntry;
  const pillarIndex = getYearPillarIndex(year);
  const stem = pillarIndex % 10;
  const branch = pillarIndex % 12;
  const months = entries.map((m) => {
    // Month m of lunar year Y has the pillar of solar month 12·Y + m (寅 for 正月, its stem by 五虎遁).
    const monthPillar = getMonthPillarIndex(12 * year + m.month);
    return Object.freeze({
      month: m.month, leap: m.leap, monthName: (m.leap ? LEAP_MONTH_NAMES : LUNAR_MONTH_NAMES)[m.month] as string, days: m.days, start: formatDate(m.firstDay, calendar),
      pillar: getPillar(monthPillar),
      nineStar: getMonthNineStar(branch, monthPillar % 12),
      directions: getStemDirections(monthPillar % 10, fuShenSect),
      taiSui: positionAt(monthTaiSui(m.month, m.firstDay)),
    });
  });
  const leap = entries.find((m) => m.leap);
  // The 灶马头 counts from the pillar of 正月初一.
  const firstDayPillar = getDayPillarIndex(first.firstDay);
  const zaoMaTou = ZAO_MA_TOU.map(([name = '', ...counted]) => {
    const counts = counted.map((c) => {
      const [modulus, start] = c.charAt(0) === 'b' ? [12, firstDayPillar % 12] : [10, firstDayPillar % 10];
      return modFloor(Number(c.slice(1)) - start, modulus) + 1;
    });
    let text = name;
    for (const count of counts) text = text.replace('几', countNumeral(count));
    return Object.freeze({ name, counts: Object.freeze(counts), text });
  });
  const cycle = (size: number, length: number): number => modFloor(Math.floor((year - 1864) / size), length);
  return Object.freeze({
    year: year + 0, // -0 is 0
    pillar: getPillar(pillarIndex),
    zodiac: zodiac[branch] as ZodiacAnimal,
    start: formatDate(first.firstDay, calendar),
    days: entries.reduce((sum, m) => sum + m.days, 0),
    leapMonth: leap === undefined ? null : leap.month,
    months: Object.freeze(months),
    sanYuan: SAN_YUAN[cycle(60, 3)] as string,
    jiuYun: JIU_YUN[cycle(20, 9)] as string,
    nineStar: getYearNineStar(year),
    directions: getStemDirections(stem, fuShenSect),
    taiSui: positionAt(taiSuiYear[branch] as string),
    zaoMaTou: Object.freeze(zaoMaTou),
  });
}
