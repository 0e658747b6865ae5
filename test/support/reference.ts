import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Minimal typing of the parts of lunar-javascript (the reference implementation) that the tests use. */
export interface RefSolar {
  getYear(): number; getMonth(): number; getDay(): number; getHour(): number; getMinute(): number; getSecond(): number;
  toYmd(): string; toYmdHms(): string; getLunar(): RefLunar;
}
export interface RefLunar {
  getYear(): number; getMonth(): number; getDay(): number;
  getMonthInChinese(): string; getDayInChinese(): string;
  getYearInGanZhi(): string; getYearInGanZhiByLiChun(): string; getYearInGanZhiExact(): string;
  getMonthInGanZhi(): string; getMonthInGanZhiExact(): string; getDayInGanZhi(): string; getTimeInGanZhi(): string;
  getDayInGanZhiExact(): string; getDayInGanZhiExact2(): string;
  getJieQiTable(): Record<string, RefSolar>;
  getSolar(): RefSolar;
}
export interface Reference {
  Solar: { fromYmd(y: number, m: number, d: number): RefSolar; fromYmdHms(y: number, m: number, d: number, h: number, mi: number, s: number): RefSolar; fromJulianDay(jd: number): RefSolar };
  Lunar: { fromYmd(y: number, m: number, d: number): RefLunar };
  LunarYear: { fromYear(y: number): { getJieQiJulianDays(): number[]; getLeapMonth(): number; getMonthsInYear(): unknown[] } };
}

/** The reference implementation, `lunar-javascript` (CommonJS). */
export const reference = require('lunar-javascript') as Reference;

/** Every day of the supported range, as `{ year, month, day }`, in order. */
export function* everyDay(fromYear = 1900, toYear = 2100): Generator<{ year: number; month: number; day: number }> {
  for (let t = Date.UTC(fromYear, 0, 1); t <= Date.UTC(toYear, 11, 31); t += 86400000) {
    const d = new Date(t);
    yield { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
}
