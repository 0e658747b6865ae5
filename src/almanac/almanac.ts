import { getJieNumber, getQiDay, getTermDisplayDay, getTermSecond } from '../astro/termInstants';
import { formatInstant } from '../astro/formatInstant';
import { formatDate, fromEpochDayIn } from '../calendar/julianCalendar';
import {
  caiShen, deities, deityOffsetByBranch, deityTypes, fuShen, fuShenSect1, liuYao, mansionAnimals, mansionLuck, mansionOffset,
  mansionPalaces, mansions, mansionZheng, moonPhases, naYin, officers, palaceBeasts, pengZuBranch, pengZuStem, pentads, seasons,
  xiShen, yangGuiShen, yinGuiShen, zodiac,
} from '../data/almanac.generated';
import { toMoment } from '../input/toMoment';
import { rangeError } from '../internal/errors';
import { modFloor } from '../internal/math';
import { getReferenceYear } from '../lunar/getLunarYear';
import { toLunarDate } from '../lunar/lunarDate';
import { DOG_DAYS_PERIODS, PLUM_RAIN_DAYS } from '../names/seasonMarkerNames';
import { SOLAR_TERM_NAMES } from '../names/solarTermNames';
import { BRANCHES, getPillar } from '../names/stemsBranches';
import { JIE_MAY_PRECEDE_MONTH,
  getDayPillarIndex, getHourPillarIndex, getMonthPillarIndex, getSolarMonthNumber, getSolarYear, getYearPillarIndex,
} from '../pillars/getPillarIndices';
import type { Branch, DateInput, SolarCalendar, SolarTerm, TimeZoneOptions } from '../types';
import { getClash } from './getClash';
import { getFestivals } from './getFestivals';
import { readFestivalsOption } from '../festivals/readFestivalsOption';
import type { FestivalSet } from '../festivals/types';
import { getMoonIllumination } from './getMoonIllumination';
import { getHourNineStar, getMonthNineStar, getNineStar, getYearNineStar } from './getNineStar';
import { getTaiShen } from './getTaiShen';
import { getTaiSui, positionAt } from './getTaiSui';
import { getWesternZodiac } from './getWesternZodiac';
import { getXunAndKong } from './getXunKong';
import { getDayGods, getDayRules, getHourRules } from './ruleTables';
import type {
  DailyAlmanac, Deity, DogDays, HourAlmanac, LiuYao, Mansion, MansionAnimal, MansionName, MoonPhaseName, NaYinName, Officer, Pentad,
  PentadName, Season, ZodiacAnimal,
} from './types';
import { getDogDays } from '../season/getDogDays';
import { getPentad } from '../season/getPentad';
import { getPlumRain } from '../season/getPlumRain';
import { getWinterNine } from '../season/getWinterNine';
import { computeFortune } from '../fortune/computeFortune';
import type { FortuneModelInput } from '../fortune/fortuneModel';
import { readFortuneSettings } from '../fortune/readFortuneSettings';

/**
 * Options of {@link almanac}.
 * @category Almanac
 * @since 0.2.0
 */
export interface AlmanacOptions extends TimeZoneOptions {
  /**
   * Which month (and, at 立春, which year) keys the day's 宜/忌, the year's and month's 九星 and 太岁.
   * - `'day'` (default, the reference's default and the printed almanacs'): the month of the 节's
   *   day, so the whole day of a 节 already belongs to the new month.
   * - `'instant'`: the month and year at the start of the day (00:00 UTC+8), so on the day of a 节
   *   they are still those that are ending — the reference's `sect 2` of 宜/忌 and `sect 3` of
   *   the year's and month's 九星 and of 太岁 (which by its default `sect 2` follow 立春 by day).
   *
   * Only these follow this option; the pillars and what they key (建除, 天神, 神煞, 旬空), as in the
   * reference, always use the month of the day, and so does `fortune` (its trade factors read the
   * 节-day month's 宜/忌, as `fortune(date)` does).
   */
  readonly monthBoundary?: 'day' | 'instant';
  /**
   * Which table places the 福神: `2` (default, the reference's default) or `1` (its alternative table).
   */
  readonly fuShenSect?: 1 | 2;
  /**
   * A fortune model for `fortune`, merged onto {@link defaultFortuneModel}, exactly as
   * `fortune(date, { model })` takes it (see {@link FortuneOptions}); validated the same way, the
   * messages naming `almanac`. Nothing else on the page depends on it.
   */
  readonly model?: FortuneModelInput;
  /** A fear-and-greed index, 0–100, for `fortune`, as `fortune(date, { sentiment })` takes it. */
  readonly sentiment?: number;
  /**
   * Which festivals `festivals` lists (docs/festivals.md):
   * - `'traditional'` (default): the reference's lunar festivals and other festivals (春节 … 除夕,
   *   寒食节, 春社, 秋社), and 清明节, 冬至节.
   * - a {@link FestivalSet}: `gregorianFestivals` of `huangli/festivals` (the reference's
   *   Gregorian and international days: 元旦节, 国庆节, 母亲节 on the second Sunday of May …) or a
   *   set made by its `festivalSet()`: the traditional ones, then the set's days, `kind` `'solar'`
   *   and `'solar-other'`, on the date as written in `calendar`. Any other object (a set changed
   *   since it was made, whose checksum no longer matches) is a `TypeError`; `'all'` of the 0.6.0
   *   drafts, which the set replaces, a `RangeError` that says where the set is.
   * @since 0.6.0
   */
  readonly festivals?: 'traditional' | FestivalSet;
}

const FN = 'almanac';
const HOUR_STARTS = ['23:00', '01:00', '03:00', '05:00', '07:00', '09:00', '11:00', '13:00', '15:00', '17:00', '19:00', '21:00'];
const HOUR_ENDS = ['00:59', '02:59', '04:59', '06:59', '08:59', '10:59', '12:59', '14:59', '16:59', '18:59', '20:59', '22:59'];

function deityAt(index: number): Deity {
  return Object.freeze({ name: deities[index] as Deity['name'], type: deityTypes[index] as Deity['type'] });
}


/** The solar term whose day (UTC+8) is the given day, if any: the two terms of its Gregorian month. */
function findSolarTermOn(epochDay: number, year: number, month: number, calendar: SolarCalendar): SolarTerm | null {
  // From 7000 on the calendar runs ahead of the Sun: the next month's 节 can fall on its last days.
  const last = year >= JIE_MAY_PRECEDE_MONTH ? 2 * month : 2 * month - 1;
  for (let k = 2 * month - 2; k <= last; k++) {
    const term = getJieNumber(year, 0) + k;
    if (getTermDisplayDay(term) === epochDay) {
      return Object.freeze({ name: SOLAR_TERM_NAMES[k % 24] as SolarTerm['name'], instant: formatInstant(getTermSecond(term), calendar) });
    }
  }
  return null;
}

/**
 * Everything on a printed almanac (黄历) page for one day, in one frozen, JSON-serialisable object:
 * the calendar facts, 宜/忌, the clash, 彭祖百忌, 建除, the day's deity, 纳音, the mansion (with its
 * palace, beast and 七政), the Moon, the day's gods and their directions, 太岁, the year's, month's,
 * day's and hours' 九星, festivals, the twelve 时辰, and the season markers: the pentad (七十二候),
 * the season, 数九, 三伏 and 入梅/出梅, with 六曜, 旬 and 旬空 and the Western zodiac sign.
 *
 * Every traditional item equals what the reference implementation (`lunar-javascript`, default
 * settings) gives for the day; the 宜/忌 come from its traditional table keyed by the month
 * branch and the day pillar (what the popular almanacs print), not from a rule engine.
 * Canonical values are Simplified Chinese; {@link localize} renders them in Traditional Chinese
 * or English.
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date` (read in UTC+8 unless `options.timeZone` names a zone). A time of day is ignored.
 * @param options - `monthBoundary` for 宜/忌, the year's and month's 九星 and 太岁, `fuShenSect`, `timeZone`, `calendar`; `festivals`, the traditional ones or with a set's (`gregorianFestivals` of `huangli/festivals`); `model` and `sentiment` for `fortune`, as {@link fortune} takes them.
 * @returns A frozen {@link DailyAlmanac}.
 * @throws {TypeError} If `date` is not one of the accepted shapes, a field is not an integer, or an option has the wrong type.
 * @throws {RangeError} If the date does not exist, is outside -000721-01-01 … 9999-12-31, or an option has an unknown value.
 * @example
 * const day = almanac('2025-12-18');
 * [day.lunar.monthName + day.lunar.dayName, day.clash.text, day.officer]
 * //=> ['十月廿九', '冲兔(乙卯)煞东', '收']
 * @example
 * almanac('2025-12-18').yi
 * //=> ['祭祀', '开光', '理发', '整手足甲', '安床', '作灶', '扫舍', '教牛马']
 * @example
 * almanac('2025-12-18').pengZu
 * //=> ['辛不合酱主人不尝', '酉不会客醉坐颠狂']
 * @example
 * almanac('2025-12-18').hours[6].pillar.name // 午时, 11:00–12:59
 * //=> '甲午'
 * @example
 * almanac('2025-12-22', { model: { weights: { tradeInYi: 3 } }, sentiment: 17 }).fortune.score // 5, +2 for two trade activities in 宜, +2 for 极恐
 * //=> 9
 * @example
 * const day = almanac('2026-01-12'); // the fifth day of 三九, in the second pentad of 小寒
 * [day.pentad, day.winterNine, day.season, day.liuYao]
 * //=> [{ name: '鹊始巢', term: '小寒', index: 2, start: '2026-01-10' }, { nine: 3, day: 5 }, '仲冬', '佛灭']
 * @example
 * const day = almanac('2025-12-18');
 * [day.yearNineStar.name, day.monthNineStar.name, day.taiSui.year.direction, day.xunKong.day, day.mansion.beast, day.westernZodiac]
 * //=> ['二黑土', '一白水', '东南', ['子', '丑'], '玄武', '射手']
 * @example
 * [almanac('2025-07-25').dogDays, almanac('2024-06-11').plumRain]
 * //=> [{ period: '初伏', day: 6 }, '入梅']
 * @category Almanac
 * @since 0.2.0
 */
export function almanac(date: DateInput, options?: AlmanacOptions): DailyAlmanac {
  return buildAlmanac(FN, date, options);
}

/**
 * {@link almanac}, with `fn` naming the public function in error messages. `fortune` builds on it
 * with `pageOptions` false: `monthBoundary` and `fuShenSect` then keep their defaults, whatever
 * the options object carries. @internal
 */
export function buildAlmanac(fn: string, date: DateInput, options: AlmanacOptions | undefined, pageOptions = true): DailyAlmanac {
  const moment = toMoment(fn, date, options);
  const monthBoundary = (pageOptions ? options?.monthBoundary : undefined) ?? 'day';
  if (monthBoundary !== 'day' && monthBoundary !== 'instant') throw rangeError(fn, 'options.monthBoundary', "'day' or 'instant'", monthBoundary);
  const fuShenSect = (pageOptions ? options?.fuShenSect : undefined) ?? 2;
  if (fuShenSect !== 1 && fuShenSect !== 2) throw rangeError(fn, 'options.fuShenSect', '1 or 2', fuShenSect);
  const fortuneSettings = readFortuneSettings(fn, options?.model, options?.sentiment);
  const festivalSet = readFestivalsOption(fn, pageOptions ? options?.festivals : undefined);

  const { epochDay, year, month } = moment;
  const plainDay = moment.hasTime ? { ...moment, hasTime: false, hour: 0, minute: 0, second: 0, cstSeconds: epochDay * 86400 } : moment;
  const solarMonth = getSolarMonthNumber(plainDay, false);
  const monthIndex = getMonthPillarIndex(solarMonth);
  const monthBranch = monthIndex % 12;
  const dayIndex = getDayPillarIndex(epochDay);
  const dayStem = dayIndex % 10;
  const dayBranch = dayIndex % 12;
  const lunar = toLunarDate(epochDay, year);
  const weekday = modFloor(epochDay + 4, 7);
  const solarTerm = findSolarTermOn(epochDay, year, month, moment.calendar);

  // The month (and year) by the 节's day, or at 00:00 with monthBoundary 'instant'.
  const boundaryMonth = monthBoundary === 'day' ? solarMonth : getSolarMonthNumber(plainDay, true);
  const boundaryMonthIndex = getMonthPillarIndex(boundaryMonth);
  const rulesMonthBranch = boundaryMonthIndex % 12;
  const boundaryYear = getSolarYear(boundaryMonth);
  const boundaryYearBranch = getYearPillarIndex(boundaryYear) % 12;
  const referenceYear = getReferenceYear(epochDay, year);
  // The hours' stars rise (阳遁) from the day of a winter solstice to that of the summer solstice.
  const risingHours = epochDay < getQiDay(referenceYear, 5) || epochDay >= getQiDay(referenceYear, 11);
  const [yi, ji] = getDayRules(rulesMonthBranch, dayIndex);
  const [auspicious, inauspicious] = getDayGods(monthBranch, dayIndex);
  const deityIndex = (dayBranch + (deityOffsetByBranch[monthBranch] as number)) % 12;
  const mansion = modFloor(epochDay + mansionOffset, 28);
  // The last day of a lunar year: the next day is 正月初一.
  const isLastDayOfYear = lunar.day >= 29 && toLunarDate(epochDay + 1, year).year !== lunar.year;

  const hours: HourAlmanac[] = [];
  for (let branch = 0; branch < 12; branch++) {
    const pillar = getPillar(getHourPillarIndex(dayIndex, branch === 0 ? 0 : 2 * branch - 1));
    const hourDeity = (branch + (deityOffsetByBranch[dayBranch] as number)) % 12;
    const [hourYi, hourJi] = getHourRules(dayIndex, branch);
    hours.push(Object.freeze({
      branch: BRANCHES[branch] as Branch,
      start: HOUR_STARTS[branch] as string,
      end: HOUR_ENDS[branch] as string,
      pillar,
      deity: deityAt(hourDeity),
      luck: deityTypes[hourDeity] === '黄道' ? '吉' : '凶',
      clash: getClash(pillar.index % 10, branch),
      yi: hourYi,
      ji: hourJi,
      nineStar: getHourNineStar(risingHours, dayBranch, branch),
    }));
  }

  const deity = deityAt(deityIndex);
  const officer = officers[modFloor(dayBranch - monthBranch, 12)] as Officer;
  const mansionName = mansions[mansion] as MansionName;
  const luck = mansionLuck[mansion] as '吉' | '凶';
  const yearIndex = getYearPillarIndex(getSolarYear(solarMonth));
  const [xun, xunKong] = getXunAndKong(yearIndex, monthIndex, dayIndex);
  const [pentadNumber, pentadStart] = getPentad(epochDay, solarMonth);
  const pentad: Pentad = Object.freeze({
    name: pentads[pentadNumber] as PentadName,
    term: SOLAR_TERM_NAMES[(Math.floor(pentadNumber / 3) + 23) % 24] as Pentad['term'], // the first pentad is 冬至's
    index: (pentadNumber % 3) + 1 as Pentad['index'],
    start: formatDate(pentadStart, moment.calendar),
  });
  const nine = getWinterNine(epochDay, solarMonth);
  const fu = getDogDays(epochDay, solarMonth);
  const plum = getPlumRain(epochDay, solarMonth);
  // The Western sign by the date as written: in the Julian calendar when the input was read in it.
  const written = moment.calendar === 'julian' ? fromEpochDayIn('julian', epochDay) : moment;
  const palace = mansionPalaces[Math.floor(mansion / 7)] as Mansion['palace'];
  const fortune = computeFortune(fortuneSettings.model, fortuneSettings.sentiment, solarMonth, getPillar(monthIndex).name, monthBranch, dayIndex, lunar.day, epochDay);

  return Object.freeze({
    date: formatDate(epochDay, moment.calendar),
    weekday,
    lunar,
    pillars: Object.freeze({
      year: getPillar(yearIndex),
      month: getPillar(monthIndex),
      day: getPillar(dayIndex),
    }),
    xun,
    xunKong,
    solarTerm,
    pentad,
    season: seasons[lunar.month - 1] as Season,
    winterNine: nine === undefined ? null : Object.freeze({ nine: Math.floor(nine / 9) + 1, day: (nine % 9) + 1 }),
    dogDays: fu === undefined ? null : Object.freeze({ period: DOG_DAYS_PERIODS[fu[0]] as DogDays['period'], day: fu[1] }),
    plumRain: plum === undefined ? null : PLUM_RAIN_DAYS[plum],
    zodiac: zodiac[modFloor(lunar.year - 4, 12)] as ZodiacAnimal,
    westernZodiac: getWesternZodiac(written.month, written.day),
    yi,
    ji,
    clash: getClash(dayStem, dayBranch),
    pengZu: Object.freeze([pengZuStem[dayStem] as string, pengZuBranch[dayBranch] as string] as const),
    officer,
    deity,
    naYin: naYin[dayIndex >> 1] as NaYinName,
    mansion: Object.freeze({
      name: mansionName, luck, animal: mansionAnimals[mansion] as MansionAnimal,
      palace, beast: palaceBeasts[palace], zheng: mansionZheng.charAt(mansion % 7) as Mansion['zheng'],
    }),
    moonPhase: Object.freeze({ name: moonPhases[lunar.day - 1] as MoonPhaseName, illumination: getMoonIllumination(epochDay) }),
    liuYao: liuYao[(lunar.month + lunar.day - 2) % 6] as LiuYao,
    gods: Object.freeze({ auspicious, inauspicious }),
    directions: Object.freeze({
      xiShen: positionAt(xiShen[dayStem] as string),
      fuShen: positionAt((fuShenSect === 2 ? fuShen : fuShenSect1)[dayStem] as string),
      caiShen: positionAt(caiShen[dayStem] as string),
      yangGuiShen: positionAt(yangGuiShen[dayStem] as string),
      yinGuiShen: positionAt(yinGuiShen[dayStem] as string),
      taiShen: getTaiShen(dayIndex),
    }),
    taiSui: getTaiSui(boundaryYearBranch, boundaryMonthIndex, dayIndex),
    nineStar: getNineStar(epochDay, referenceYear),
    yearNineStar: getYearNineStar(boundaryYear),
    monthNineStar: getMonthNineStar(boundaryYearBranch, boundaryMonthIndex % 12),
    festivals: getFestivals(moment, lunar, isLastDayOfYear, solarTerm, festivalSet),
    hours: Object.freeze(hours),
    fortune,
  });
}
