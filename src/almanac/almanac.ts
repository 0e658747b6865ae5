import { getQiDay, getTermDisplayDay, getTermSecond } from '../astro/termInstants';
import { formatInstant } from '../astro/formatInstant';
import { formatIsoDateMemoised } from '../calendar/epochDay';
import { formatDate, fromEpochDayIn } from '../calendar/julianCalendar';
import { liuYao, mansionOffset, naYin, seasons, zodiac } from '../data/almanac.generated';
import { toMoment } from '../input/toMoment';
import { rangeError } from '../internal/errors';
import { modFloor } from '../internal/math';
import { getReferenceYear } from '../lunar/getLunarYear';
import { getLunarYearOfDay, toLunarDate } from '../lunar/lunarDate';
import { DOG_DAYS_PERIODS, PLUM_RAIN_DAYS } from '../names/seasonMarkerNames';
import { SOLAR_TERM_NAMES } from '../names/solarTermNames';
import { getPillar } from '../names/stemsBranches';
import {
  getDayPillarIndex, getMonthPillarIndex, getSolarMonthNumber, getSolarYear, getYearPillarIndex,
} from '../pillars/getPillarIndices';
import type { DateInput, SolarCalendar, SolarTerm, TimeZoneOptions } from '../types';
import { getDayCellItems } from './getDayCellItems';
import { getDayPillarItems } from './getDayPillarItems';
import { getFestivals } from './getFestivals';
import { getHours } from './getHours';
import { getMansion } from './getMansion';
import { getPentadRecord } from './getPentadRecord';
import { getMoonPhase } from './getMoonPhase';
import { getMonthNineStar, getNineStarOfSolstices, getYearNineStar } from './getNineStar';
import { getTaiSui } from './getTaiSui';
import { readFestivalsOption } from '../festivals/readFestivalsOption';
import type { FestivalSet } from '../festivals/types';
import { getWesternZodiac } from './getWesternZodiac';
import { getXunAndKong } from './getXunKong';
import type { DailyAlmanac, DogDays, LiuYao, NaYinName, Season, WinterNine, ZodiacAnimal } from './types';
import { getDogDays } from '../season/getDogDays';
import { getJieOfSolarMonth, getPentadInMonth, getPentadNumber, getPentadStart } from '../season/getPentad';
import { getPlumRain } from '../season/getPlumRain';
import { getWinterNine } from '../season/getWinterNine';
import { computeFortune } from '../fortune/computeFortune';
import type { FortuneModelInput } from '../fortune/fortuneModel';
import { readFortuneSettings } from '../fortune/readFortuneSettings';
import { emptySlots } from '../internal/memo';

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
   * Which table places the 福神, of the day and of each hour (`hours[i].directions`): `2` (default,
   * the reference's default) or `1` (its alternative table).
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

/** The 81 days of 数九 and the (at most) 40 of 三伏, built on first use and shared: frozen, so no caller can tell. */
const winterNines = /* @__PURE__ */ emptySlots<WinterNine>(81);
const dogDayRecords = /* @__PURE__ */ emptySlots<DogDays>(60);

function getWinterNineRecord(days: number): WinterNine {
  return (winterNines[days] ??= Object.freeze({ nine: Math.floor(days / 9) + 1, day: (days % 9) + 1 }));
}

function getDogDaysRecord(period: number, day: number): DogDays {
  return (dogDayRecords[period * 20 + day] ??= Object.freeze({ period: DOG_DAYS_PERIODS[period] as DogDays['period'], day }));
}

/**
 * The solar term record of term `term` (numbered as getTermDisplayDay numbers them, 19 + 24n a
 * 小寒), its instant written in `calendar`.
 */
function getSolarTermRecord(term: number, calendar: SolarCalendar): SolarTerm {
  return Object.freeze({ name: SOLAR_TERM_NAMES[modFloor(term - 19, 24)] as SolarTerm['name'], instant: formatInstant(getTermSecond(term), calendar) });
}

/**
 * Everything on a printed almanac (黄历) page for one day, in one frozen, JSON-serialisable object:
 * the calendar facts, 宜/忌, the clash, 彭祖百忌, 建除, the day's deity, 纳音 (of the day, the
 * lunar year and the month), 日禄, the mansion (with its palace, beast and 七政), the Moon, the
 * day's gods and their directions, 太岁, the year's, month's, day's and hours' 九星, festivals, the
 * twelve 时辰 (with their 纳音, 旬, 旬空 and gods' directions), and the season markers: the pentad (七十二候),
 * the season, 数九, 三伏 and 入梅/出梅, with 六曜, 旬 and 旬空 and the Western zodiac sign.
 *
 * Every traditional item equals what the reference implementation (`lunar-javascript`, default
 * settings) gives for the day; the 宜/忌 come from its traditional table keyed by the month
 * branch and the day pillar (what the popular almanacs print), not from a rule engine.
 * Canonical values are Simplified Chinese; {@link localize} renders them in Traditional Chinese
 * or English.
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date` (read in UTC+8 unless `options.timeZone` names a zone). A time of day is ignored.
 * @param options - `monthBoundary` for 宜/忌, the year's and month's 九星 and 太岁, `fuShenSect`, `timeZone` (and `disambiguation`), `calendar`; `festivals`, the traditional ones or with a set's (`gregorianFestivals` of `huangli/festivals`); `model` and `sentiment` for `fortune`, as {@link fortune} takes them.
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
 * const day = almanac('2025-12-18'); // 辛酉: 辛's 禄 is 酉, and 酉 is 辛's
 * [day.lu.text, day.lu.huLu, day.lu.jinLu, day.yearNaYin, day.monthNaYin, day.naYin]
 * //=> ['酉命互禄 辛命进禄', '酉', ['辛'], '覆灯火', '霹雳火', '石榴木']
 * @example
 * const { naYin, xunKong, directions } = almanac('2025-12-18').hours[6]; // 午时, 甲午
 * [naYin, xunKong, directions.xiShen.direction, directions.fuShen.direction, directions.caiShen.direction]
 * //=> ['沙中金', ['辰', '巳'], '东北', '正北', '东北']
 * @example
 * almanac('2025-12-18', { fuShenSect: 1 }).hours[6].directions.fuShen // the hours follow the option too
 * //=> { trigram: '巽', direction: '东南' }
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
  return buildAlmanac(FN, date, options, getHours);
}

/** The hours of a page built without them (see {@link buildAlmanac}). */
const NO_HOURS: DailyAlmanac['hours'] = Object.freeze([]);

/**
 * {@link almanac}, with `fn` naming the public function in error messages (findDays' `where` builds
 * pages), and its hours by `hoursOf` (`getHours`); `null` leaves `hours` empty, for the widget's
 * card, which does not show them (so that its script tag does not carry their tables, 3 KB gzip). @internal
 */
export function buildAlmanac(fn: string, date: DateInput, options: AlmanacOptions | undefined, hoursOf: typeof getHours | null): DailyAlmanac {
  const moment = toMoment(fn, date, options);
  const monthBoundary = options?.monthBoundary ?? 'day';
  if (monthBoundary !== 'day' && monthBoundary !== 'instant') throw rangeError(fn, 'options.monthBoundary', "'day' or 'instant'", monthBoundary);
  const fuShenSect = options?.fuShenSect ?? 2;
  if (fuShenSect !== 1 && fuShenSect !== 2) throw rangeError(fn, 'options.fuShenSect', '1 or 2', fuShenSect);
  const fortuneSettings = readFortuneSettings(fn, options?.model, options?.sentiment);
  const festivalSet = readFestivalsOption(fn, options?.festivals);

  const { epochDay, year, month } = moment;
  const plainDay = moment.hasTime ? { ...moment, hasTime: false, hour: 0, minute: 0, second: 0, cstSeconds: epochDay * 86400 } : moment;
  const solarMonth = getSolarMonthNumber(plainDay, false);
  const monthIndex = getMonthPillarIndex(solarMonth);
  const monthBranch = monthIndex % 12;
  const dayIndex = getDayPillarIndex(epochDay);
  const lunar = toLunarDate(epochDay, year);
  // The terms of the day's solar month: the 节 that opens it and its 中气. A term that falls on the
  // day is one of them (a 节's day opens its month, and a 中气 falls before the next 节).
  const jie = getJieOfSolarMonth(solarMonth);
  const jieDay = getTermDisplayDay(jie);
  const qiDay = getTermDisplayDay(jie + 1);
  const solarTerm = epochDay === jieDay ? getSolarTermRecord(jie, moment.calendar) : epochDay === qiDay ? getSolarTermRecord(jie + 1, moment.calendar) : null;

  // The month (and year) by the 节's day, or at 00:00 with monthBoundary 'instant'.
  const boundaryMonth = monthBoundary === 'day' ? solarMonth : getSolarMonthNumber(plainDay, true);
  const boundaryMonthIndex = getMonthPillarIndex(boundaryMonth);
  const boundaryYear = getSolarYear(boundaryMonth);
  const boundaryYearBranch = getYearPillarIndex(boundaryYear) % 12;
  const referenceYear = getReferenceYear(epochDay, year);
  // The hours' stars rise (阳遁) from the day of a winter solstice to that of the summer solstice.
  const summer = getQiDay(referenceYear, 5);
  const winter = getQiDay(referenceYear, 11);
  const risingHours = epochDay < summer || epochDay >= winter;
  const cell = getDayCellItems(monthBranch, dayIndex);
  // 宜/忌 by the month of the boundary: the cell's own unless monthBoundary 'instant' moves it.
  const rules = boundaryMonthIndex % 12 === monthBranch ? cell : getDayCellItems(boundaryMonthIndex % 12, dayIndex);
  const pillarItems = getDayPillarItems(dayIndex, fuShenSect);
  const mansion = modFloor(epochDay + mansionOffset, 28);
  // The last day of a lunar year: the next day is 正月初一.
  const isLastDayOfYear = lunar.day >= 29 && getLunarYearOfDay(epochDay + 1, year) !== lunar.year;
  const yearIndex = getYearPillarIndex(getSolarYear(solarMonth));
  const xun = getXunAndKong(yearIndex, monthIndex, dayIndex);
  const pentad = getPentadInMonth(epochDay, jie, jieDay, qiDay);
  const nine = getWinterNine(epochDay, solarMonth);
  const fu = getDogDays(epochDay, solarMonth);
  const plum = getPlumRain(epochDay, solarMonth);
  // The Western sign by the date as written: in the Julian calendar when the input was read in it.
  const written = moment.calendar === 'julian' ? fromEpochDayIn('julian', epochDay) : moment;

  return Object.freeze({
    date: moment.calendar === 'iso8601' ? formatIsoDateMemoised(year, month, moment.day) : formatDate(epochDay, moment.calendar),
    weekday: modFloor(epochDay + 4, 7),
    lunar,
    pillars: Object.freeze({ year: getPillar(yearIndex), month: getPillar(monthIndex), day: getPillar(dayIndex) }),
    xun: xun[0],
    xunKong: xun[1],
    solarTerm,
    pentad: getPentadRecord(getPentadNumber(pentad), getPentadStart(pentad), moment),
    season: seasons[lunar.month - 1] as Season,
    winterNine: nine === undefined ? null : getWinterNineRecord(nine),
    dogDays: fu === undefined ? null : getDogDaysRecord(fu[0], fu[1]),
    plumRain: plum === undefined ? null : PLUM_RAIN_DAYS[plum],
    zodiac: zodiac[modFloor(lunar.year - 4, 12)] as ZodiacAnimal,
    westernZodiac: getWesternZodiac(written.month, written.day),
    yi: rules.yi,
    ji: rules.ji,
    clash: pillarItems.clash,
    pengZu: pillarItems.pengZu,
    officer: cell.officer,
    deity: cell.deity,
    naYin: pillarItems.naYin,
    yearNaYin: naYin[getYearPillarIndex(lunar.year) >> 1] as NaYinName,
    monthNaYin: naYin[monthIndex >> 1] as NaYinName,
    lu: pillarItems.lu,
    mansion: getMansion(mansion),
    moonPhase: getMoonPhase(lunar.day, epochDay),
    liuYao: liuYao[(lunar.month + lunar.day - 2) % 6] as LiuYao,
    gods: cell.gods,
    directions: pillarItems.directions,
    taiSui: getTaiSui(boundaryYearBranch, boundaryMonthIndex, dayIndex),
    nineStar: getNineStarOfSolstices(epochDay, getQiDay(referenceYear - 1, 11), summer, winter),
    yearNineStar: getYearNineStar(boundaryYear),
    monthNineStar: getMonthNineStar(boundaryYearBranch, boundaryMonthIndex % 12),
    festivals: getFestivals(moment, lunar, isLastDayOfYear, solarTerm, festivalSet),
    hours: hoursOf === null ? NO_HOURS : hoursOf(dayIndex, risingHours, fuShenSect),
    fortune: computeFortune(fortuneSettings.model, fortuneSettings.sentiment, solarMonth, monthIndex, dayIndex, lunar.day, epochDay),
  });
}
