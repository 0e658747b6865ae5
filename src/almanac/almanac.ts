import { getJieNumber, getTermDisplayDay, getTermSecond } from '../astro/termInstants';
import { formatInstant } from '../astro/formatInstant';
import { formatDate } from '../calendar/julianCalendar';
import {
  caiShen, deities, deityOffsetByBranch, deityTypes, fuShen, fuShenSect1, mansionAnimals, mansionLuck, mansionOffset, mansions,
  moonPhases, naYin, officers, pengZuBranch, pengZuStem, trigramDirection, xiShen, yangGuiShen, yinGuiShen, zodiac,
} from '../data/almanac.generated';
import { toMoment } from '../input/toMoment';
import { rangeError } from '../internal/errors';
import { modFloor } from '../internal/math';
import { getReferenceYear } from '../lunar/getLunarYear';
import { toLunarDate } from '../lunar/lunarDate';
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
import { getNineStar } from './getNineStar';
import { getTaiShen } from './getTaiShen';
import { getDayGods, getDayRules, getHourRules } from './ruleTables';
import type { DailyAlmanac, Deity, HourAlmanac, MansionAnimal, MansionName, MoonPhaseName, NaYinName, Officer, Position, ZodiacAnimal } from './types';
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
   * Which month pillar keys the day's 宜/忌.
   * - `'day'` (default, the reference's default and the printed almanacs'): the month of the 节's
   *   day, so the whole day of a 节 already belongs to the new month.
   * - `'instant'` (the reference's `sect 2`): the month at the start of the day (00:00 UTC+8), so on
   *   the day of a 节 the 宜/忌 are still those of the month that is ending.
   *
   * Only 宜/忌 follow this option; 建除, 天神 and 神煞 always use the month of the day, as in the reference.
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

function positionOf(trigram: string): Position {
  return Object.freeze({ trigram, direction: trigramDirection[trigram as keyof typeof trigramDirection] as string });
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
 * the calendar facts, 宜/忌, the clash, 彭祖百忌, 建除, the day's deity, 纳音, the mansion, the Moon,
 * the day's gods and their directions, 九星, festivals, and the twelve 时辰.
 *
 * Every traditional item equals what the reference implementation (`lunar-javascript`, default
 * settings) gives for the day; the 宜/忌 come from its traditional table keyed by the month
 * branch and the day pillar (what the popular almanacs print), not from a rule engine.
 * Canonical values are Simplified Chinese; {@link localize} renders them in Traditional Chinese
 * or English.
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date` (read in UTC+8 unless `options.timeZone` names a zone). A time of day is ignored.
 * @param options - `monthBoundary` for 宜/忌, `fuShenSect`, `timeZone`; `festivals`, the traditional ones or with a set's (`gregorianFestivals` of `huangli/festivals`); `model` and `sentiment` for `fortune`, as {@link fortune} takes them.
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

  const rulesMonthBranch = monthBoundary === 'day' ? monthBranch : getMonthPillarIndex(getSolarMonthNumber(plainDay, true)) % 12;
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
    }));
  }

  const deity = deityAt(deityIndex);
  const officer = officers[modFloor(dayBranch - monthBranch, 12)] as Officer;
  const mansionName = mansions[mansion] as MansionName;
  const luck = mansionLuck[mansion] as '吉' | '凶';
  const fortune = computeFortune(fortuneSettings.model, fortuneSettings.sentiment, solarMonth, getPillar(monthIndex).name, monthBranch, dayIndex, lunar.day, epochDay);

  return Object.freeze({
    date: formatDate(epochDay, moment.calendar),
    weekday,
    lunar,
    pillars: Object.freeze({
      year: getPillar(getYearPillarIndex(getSolarYear(solarMonth))),
      month: getPillar(monthIndex),
      day: getPillar(dayIndex),
    }),
    solarTerm,
    zodiac: zodiac[modFloor(lunar.year - 4, 12)] as ZodiacAnimal,
    yi,
    ji,
    clash: getClash(dayStem, dayBranch),
    pengZu: Object.freeze([pengZuStem[dayStem] as string, pengZuBranch[dayBranch] as string] as const),
    officer,
    deity,
    naYin: naYin[dayIndex >> 1] as NaYinName,
    mansion: Object.freeze({ name: mansionName, luck, animal: mansionAnimals[mansion] as MansionAnimal }),
    moonPhase: Object.freeze({ name: moonPhases[lunar.day - 1] as MoonPhaseName, illumination: getMoonIllumination(epochDay) }),
    gods: Object.freeze({ auspicious, inauspicious }),
    directions: Object.freeze({
      xiShen: positionOf(xiShen[dayStem] as string),
      fuShen: positionOf((fuShenSect === 2 ? fuShen : fuShenSect1)[dayStem] as string),
      caiShen: positionOf(caiShen[dayStem] as string),
      yangGuiShen: positionOf(yangGuiShen[dayStem] as string),
      yinGuiShen: positionOf(yinGuiShen[dayStem] as string),
      taiShen: getTaiShen(dayIndex),
    }),
    nineStar: getNineStar(epochDay, getReferenceYear(epochDay, year)),
    festivals: getFestivals(moment, lunar, isLastDayOfYear, solarTerm, festivalSet),
    hours: Object.freeze(hours),
    fortune,
  });
}
