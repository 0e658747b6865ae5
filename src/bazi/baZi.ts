import { toEpochDay } from '../calendar/epochDay';
import { getJieSecond } from '../astro/termInstants';
import { naYin } from '../data/almanac.generated';
import type { NaYinName } from '../data/almanac.generated';
import { getZoneFormatter, getZoneWallClock, toWallSeconds } from '../input/timeZones';
import { toMoment } from '../input/toMoment';
import { rangeError, typeError } from '../internal/errors';
import { modFloor } from '../internal/math';
import { getPillar, BRANCHES, STEMS } from '../names/stemsBranches';
import {
  getDayPillarIndex, getHourPillarIndex, getMonthPillarIndex, getSolarMonthNumber, getSolarYear, getYearPillarIndex,
} from '../pillars/getPillarIndices';
import type { Branch, DateInput, Stem } from '../types';
import {
  getMingGongIndex, getShenGongIndex, getTaiXiIndex, getTaiYuanIndex, getXunStart,
} from './derivedPillars';
import { BRANCH_ELEMENTS, STEM_ELEMENTS } from './elements';
import { formatOffset } from './formatOffset';
import { formatWallSeconds } from './formatWallSeconds';
import { getGrowthStage } from './growth';
import { HIDDEN_STEMS } from './hiddenStems';
import { computeLuck } from './luck';
import { getTenGod } from './tenGods';
import { computeSolarTime } from './trueSolarTime';
import type {
  BaZi, BaZiOptions, BaZiWithLuck, ChartMoment, ChartPillar, ChartSolarTime, DayBoundary, DayMaster, DerivedPillar, LuckStartMethod,
  Sex, TenGod, XunName,
} from './types';

const FN = 'baZi';
const DAY_SECONDS = 86400;
const CST_OFFSET_SECONDS = 28800; // 8 h
const EXPECTED_MOMENT = "a date with a time ('YYYY-MM-DDTHH:mm[:ss]', { year, month, day, hour, minute?, second? } or a Date)";

/** One pillar of the chart with what the day master `dayStem` reads in it. */
function toChartPillar<G extends TenGod | DayMaster>(index: number, dayStem: number, tenGod: G): ChartPillar<G> {
  const stem = index % 10;
  const branch = index % 12;
  const xun = getXunStart(index);
  return Object.freeze({
    ...getPillar(index),
    tenGod,
    hiddenStems: Object.freeze((HIDDEN_STEMS[branch] as readonly number[]).map((s) => Object.freeze({ stem: STEMS[s] as Stem, tenGod: getTenGod(dayStem, s) }))),
    elements: Object.freeze({ stem: STEM_ELEMENTS[stem] as ChartPillar['elements']['stem'], branch: BRANCH_ELEMENTS[branch] as ChartPillar['elements']['branch'] }),
    naYin: naYin[index >> 1] as NaYinName,
    growth: getGrowthStage(dayStem, branch),
    xun: (STEMS[0] as string) + (BRANCHES[xun % 12] as string) as XunName,
    xunKong: Object.freeze([BRANCHES[(xun + 10) % 12], BRANCHES[(xun + 11) % 12]]) as readonly [Branch, Branch],
  });
}

function toDerivedPillar(index: number): DerivedPillar {
  return Object.freeze({ name: getPillar(index).name, naYin: naYin[index >> 1] as NaYinName });
}

interface SolarTimeOption {
  readonly longitude: number;
  readonly equationOfTime: boolean;
}

/** Validates `options.trueSolarTime`. */
function readSolarTimeOption(value: unknown): SolarTimeOption | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw typeError(FN, 'options.trueSolarTime', 'an object { longitude, equationOfTime? }', value);
  const o = value as Record<string, unknown>;
  const longitude = o['longitude'];
  if (typeof longitude !== 'number' || !Number.isFinite(longitude)) throw typeError(FN, 'options.trueSolarTime.longitude', 'a finite number of degrees east', longitude);
  if (longitude < -180 || longitude > 180) throw rangeError(FN, 'options.trueSolarTime.longitude', 'between -180 and 180', longitude);
  const eot = o['equationOfTime'];
  if (eot !== undefined && typeof eot !== 'boolean') throw typeError(FN, 'options.trueSolarTime.equationOfTime', 'a boolean', eot);
  return { longitude, equationOfTime: eot !== false };
}

/**
 * The chart of a birth moment (八字): the four pillars with their ten gods (十神), hidden stems
 * (藏干), elements (五行), 纳音, stages of life (十二长生) and 旬/旬空; 胎元, 胎息, 命宫 and 身宫;
 * and, with `sex`, the luck: the start age (起运), the ten decades (大运) with their years (流年),
 * months (流月) and minor luck (小运). Agrees field by field with lunar-javascript's `EightChar`
 * and `Yun` (see docs/bazi.md).
 *
 * Conventions, all explicit: the year pillar changes at the **instant** of 立春 and the month
 * pillar at the instant of each 节 (to the second, as `solarTerms` in `huangli` gives it), always; the
 * 子时 by `options.dayBoundary` (default `'midnight'`); the start age by `options.luckStart`
 * (default `'days'`: 3 days = 1 year). A wall clock (a string without an offset, an object) is
 * read in `options.timeZone` (China Standard Time, a fixed UTC+8, when none is named; the IANA
 * zone `Asia/Shanghai` applies China's 1986–1991 daylight saving); an instant (a `Date`, a string
 * with an offset) is seen in it. With `options.trueSolarTime` the chart is cast on the solar time
 * of a longitude. The day and hour pillars follow the chart's clock, the year and month the instant.
 *
 * @param moment - The birth: a date with a time, in any form the library reads.
 * @param options - `sex`, `dayBoundary`, `luckStart`, `timeZone`, `disambiguation`, `trueSolarTime`, `calendar`.
 * @returns A frozen, JSON-safe chart; `luck` only when `sex` is given.
 * @throws {TypeError} If `moment` has no time or is not an accepted shape, or `options`, `timeZone` or `trueSolarTime` (or its `longitude`) has the wrong type.
 * @throws {RangeError} If the moment does not exist or is outside -000721-01-01 … 9999-12-31, or `sex`, `dayBoundary`, `luckStart`, `calendar`, `timeZone`, `disambiguation` or the longitude is not one of its values (whatever its type).
 * @example
 * const chart = baZi('1990-05-05T20:00');
 * [chart.pillars.year.name, chart.pillars.month.name, chart.pillars.day.name, chart.pillars.hour.name]
 * //=> ['庚午', '庚辰', '庚午', '丙戌']
 * @example
 * const { hour } = baZi('1990-05-05T20:00').pillars;
 * [hour.tenGod, hour.hiddenStems.map((h) => h.stem + h.tenGod), hour.naYin, hour.growth, hour.xunKong]
 * //=> ['七杀', ['戊偏印', '辛劫财', '丁正官'], '屋上土', '衰', ['午', '未']]
 * @example
 * // 23:30 keeps the day pillar by default; the 23:00 school starts the next day
 * [baZi('1990-05-05T23:30').pillars.day.name, baZi('1990-05-05T23:30', { dayBoundary: '23:00' }).pillars.day.name]
 * //=> ['庚午', '辛未']
 * @example
 * const { luck } = baZi('1990-05-05T20:00', { sex: 'female' });
 * [luck.forward, luck.start, luck.startDate, luck.decades[1].pillar.name]
 * //=> [false, { years: 10, months: 1, days: 20, hours: 0 }, '2000-06-25T20:00:00', '己卯']
 * @category Birth chart
 * @since 0.4.0
 */
export function baZi(moment: DateInput, options: BaZiOptions & { readonly sex: Sex }): BaZiWithLuck;
export function baZi(moment: DateInput, options?: BaZiOptions): BaZi;
export function baZi(moment: DateInput, options?: BaZiOptions): BaZi {
  const civil = toMoment(FN, moment, options, 'moment');
  if (!civil.hasTime) throw typeError(FN, 'moment', EXPECTED_MOMENT, moment);
  const dayBoundary: DayBoundary = options?.dayBoundary ?? 'midnight';
  if (dayBoundary !== 'midnight' && dayBoundary !== '23:00') throw rangeError(FN, 'options.dayBoundary', "'midnight' or '23:00'", dayBoundary);
  const sex: unknown = options?.sex;
  if (sex !== undefined && sex !== 'male' && sex !== 'female') throw rangeError(FN, 'options.sex', "'male' or 'female'", sex);
  const method: LuckStartMethod = options?.luckStart ?? 'days';
  if (method !== 'days' && method !== 'minutes') throw rangeError(FN, 'options.luckStart', "'days' or 'minutes'", method);
  const solarOption = readSolarTimeOption(options?.trueSolarTime);
  const timeZone = options?.timeZone;
  const calendar = civil.calendar;

  // The instant, the civil wall clock, and the clock the chart is cast on (wall seconds).
  const unix = civil.cstSeconds - CST_OFFSET_SECONDS;
  const civilWall = toWallSeconds(civil.epochDay, civil.hour, civil.minute, civil.second);
  let toChartClock: (unixSeconds: number) => number;
  let solarTime: ChartSolarTime | null = null;
  if (solarOption !== undefined) {
    const { longitude, equationOfTime } = solarOption;
    toChartClock = (u) => {
      const r = computeSolarTime(u, longitude);
      return Math.floor(equationOfTime ? r.apparentSolarSeconds : r.meanSolarSeconds);
    };
    const r = computeSolarTime(unix, longitude);
    solarTime = Object.freeze({
      longitude, equationOfTime,
      meanSolarTime: formatWallSeconds(Math.floor(r.meanSolarSeconds), calendar),
      apparentSolarTime: formatWallSeconds(Math.floor(r.apparentSolarSeconds), calendar),
      equationOfTimeSeconds: Math.round(r.equationOfTimeSeconds * 10) / 10,
    });
  } else if (timeZone !== undefined) {
    const format = getZoneFormatter(FN, timeZone);
    toChartClock = (u) => {
      const [y, mo, d, h, mi, s] = getZoneWallClock(format, u);
      return toWallSeconds(toEpochDay(y, mo, d), h, mi, s);
    };
  } else {
    toChartClock = (u) => u + CST_OFFSET_SECONDS;
  }
  const chartWall = solarOption === undefined ? civilWall : toChartClock(unix);
  const chartDay = Math.floor(chartWall / DAY_SECONDS);
  const chartHour = Math.floor((chartWall - chartDay * DAY_SECONDS) / 3600);

  // Year and month by the instant; day and hour by the chart's clock.
  const solarMonth = getSolarMonthNumber(civil, true); // by the instant's date in China, whatever the zone
  const yearIndex = getYearPillarIndex(getSolarYear(solarMonth));
  const monthIndex = getMonthPillarIndex(solarMonth);
  const calendarDay = getDayPillarIndex(chartDay);
  const lateZi = chartHour === 23;
  const dayIndex = lateZi && dayBoundary === '23:00' ? (calendarDay + 1) % 60 : calendarDay;
  const hourIndex = getHourPillarIndex(lateZi ? (calendarDay + 1) % 60 : calendarDay, chartHour);
  const dayStem = dayIndex % 10;
  const yearStem = yearIndex % 10;

  const chartMoment: ChartMoment = Object.freeze({
    wallClock: formatWallSeconds(civilWall, calendar),
    timeZone: timeZone ?? null,
    utcOffset: formatOffset(civilWall - unix),
    instant: `${formatWallSeconds(unix, calendar)}Z`,
    solarTime,
    chartClock: formatWallSeconds(chartWall, calendar),
  });
  const chart = {
    moment: chartMoment,
    dayBoundary,
    pillars: Object.freeze({
      year: toChartPillar(yearIndex, dayStem, getTenGod(dayStem, yearStem)),
      month: toChartPillar(monthIndex, dayStem, getTenGod(dayStem, monthIndex % 10)),
      day: toChartPillar(dayIndex, dayStem, '日主'),
      hour: toChartPillar(hourIndex, dayStem, getTenGod(dayStem, hourIndex % 10)),
    }),
    taiYuan: toDerivedPillar(getTaiYuanIndex(monthIndex)),
    taiXi: toDerivedPillar(getTaiXiIndex(dayIndex)),
    mingGong: toDerivedPillar(getMingGongIndex(yearStem, monthIndex % 12, hourIndex % 12)),
    shenGong: toDerivedPillar(getShenGongIndex(yearStem, monthIndex % 12, hourIndex % 12)),
  };
  if (sex === undefined) return Object.freeze(chart);

  // 阳男阴女 forward to the next 节, 阴男阳女 backward to the 节 that opened the birth month.
  const forward = (yearStem % 2 === 0) === (sex === 'male');
  const jieMonth = forward ? solarMonth + 1 : solarMonth;
  const jieUnix = getJieSecond(Math.floor(jieMonth / 12), modFloor(jieMonth, 12)) - CST_OFFSET_SECONDS;
  const luck = computeLuck({ sex, method, forward, birth: chartWall, jie: toChartClock(jieUnix), monthPillar: monthIndex, hourPillar: hourIndex, calendar });
  return Object.freeze({ ...chart, luck });
}
