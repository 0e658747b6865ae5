import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Minimal typing of the parts of lunar-javascript (the reference implementation) that the tests use. */
export interface RefSolar {
  getYear(): number; getMonth(): number; getDay(): number; getHour(): number; getMinute(): number; getSecond(): number;
  toYmd(): string; toYmdHms(): string; getLunar(): RefLunar; getJulianDay(): number;
}
export interface RefLunar {
  getYear(): number; getMonth(): number; getDay(): number;
  getMonthInChinese(): string; getDayInChinese(): string;
  getYearInGanZhi(): string; getYearInGanZhiByLiChun(): string; getYearInGanZhiExact(): string;
  getMonthInGanZhi(): string; getMonthInGanZhiExact(): string; getDayInGanZhi(): string; getTimeInGanZhi(): string;
  getDayInGanZhiExact(): string; getDayInGanZhiExact2(): string;
  getJieQiTable(): Record<string, RefSolar>;
  /** The 节 that falls on this day (the twelve terms that open a solar month: 小寒, 立春, 惊蛰 …), or ''. */
  getJie(): string;
  getSolar(): RefSolar;
}
export interface Reference {
  Solar: { fromYmd(y: number, m: number, d: number): RefSolar; fromYmdHms(y: number, m: number, d: number, h: number, mi: number, s: number): RefSolar; fromJulianDay(jd: number): RefSolar };
  Lunar: { fromYmd(y: number, m: number, d: number): RefLunar };
  LunarYear: { fromYear(y: number): { getJieQiJulianDays(): number[]; getLeapMonth(): number; getMonthsInYear(): RefLunarMonth[]; getMonths(): RefLunarMonth[] } };
}
/** A month of a reference lunar year; `getMonth()` is negative for a leap month. */
export interface RefLunarMonth {
  getYear(): number; getMonth(): number; getDayCount(): number; getFirstJulianDay(): number;
}

/** The reference implementation, `lunar-javascript` (CommonJS). */
export const reference = require('lunar-javascript') as Reference;

/** The almanac methods of a reference `Lunar` that the almanac differential test reads. */
export interface RefAlmanacLunar extends RefLunar {
  getDayYi(sect?: number): string[]; getDayJi(sect?: number): string[];
  getDayChongShengXiao(): string; getDayChongGan(): string; getDayChong(): string; getDaySha(): string;
  getPengZuGan(): string; getPengZuZhi(): string; getZhiXing(): string;
  getDayTianShen(): string; getDayTianShenType(): string; getDayNaYin(): string;
  getXiu(): string; getXiuLuck(): string; getAnimal(): string; getYueXiang(): string;
  getDayJiShen(): string[]; getDayXiongSha(): string[];
  getDayPositionXi(): string; getDayPositionXiDesc(): string; getDayPositionFu(sect?: number): string; getDayPositionFuDesc(sect?: number): string;
  getDayPositionCai(): string; getDayPositionCaiDesc(): string; getDayPositionYangGui(): string; getDayPositionYangGuiDesc(): string;
  getDayPositionYinGui(): string; getDayPositionYinGuiDesc(): string; getDayPositionTai(): string;
  getDayNineStar(): { toString(): string };
  getFestivals(): string[]; getOtherFestivals(): string[]; getJieQi(): string; getYearShengXiao(): string; getWeek(): number;
  getTimes(): RefLunarTime[];
  getDayLu(): string; getYearNaYin(): string; getMonthNaYin(): string;
}
export interface RefLunarTime {
  getGanZhi(): string; getTianShen(): string; getTianShenType(): string; getChongShengXiao(): string; getChongGan(): string; getChong(): string; getSha(): string;
  getYi(): string[]; getJi(): string[]; getMinHm(): string; getMaxHm(): string;
  getNaYin(): string; getXun(): string; getXunKong(): string;
  getPositionXi(): string; getPositionXiDesc(): string; getPositionFu(sect?: number): string; getPositionFuDesc(sect?: number): string;
  getPositionCai(): string; getPositionCaiDesc(): string; getPositionYangGui(): string; getPositionYangGuiDesc(): string;
  getPositionYinGui(): string; getPositionYinGuiDesc(): string;
}
