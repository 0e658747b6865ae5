/**
 * The calendar of any day of the whole range (−0721 … 9999) against the reference
 * (lunar-javascript), by epoch day: the reference is given the day as a Julian Day, so it reads it
 * in its own calendar (Julian before 1582-10-15) while ours is read as ISO (the default).
 * Compared: lunar year, month, day and leap, the year (立春), month (节 day) and day pillars,
 * and the fromLunar round trip. Used by test/differential/range.test.ts (sampled) and the
 * range-*.full.test.ts sweeps (every day).
 *
 * One defect of the reference is worked around, not followed: for years before 1 its year and
 * month pillars by 立春/节 compare dates as zero-padded strings (`'-721-01-20' < '-722-12-07'`),
 * so it returns the same pillar for every day of those years. There the expected pillars are
 * derived from the reference's own term table (getJieQiJulianDays) by comparing days as numbers,
 * exactly as its code intends; `derivedPillars` is checked against its getters on years ≥ 1.
 */
import { fromLunar, lunarDate, pillars } from '../../src/index';
import { fromEpochDay } from '../../src/calendar/epochDay';
import { reference, type RefLunar } from './reference';

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** Julian Day number (noon) of the day `epochDay` days after 1970-01-01. */
export const julianDayOf = (epochDay: number): number => epochDay + 2440588;
const dayOfJulianDay = (jd: number): number => Math.floor(reference.Solar.fromJulianDay(jd).getJulianDay() + 0.5) - 2440588;

const mod = (a: number, n: number): number => ((a % n) + n) % n;
const pillarName = (stem: number, branch: number): string => `${STEMS[mod(stem, 10)]}${BRANCHES[mod(branch, 12)]}`;

/**
 * The year pillar by 立春 and the month pillar by 节 day of `epochDay`, from the reference's term
 * table of the day's year, comparing days as numbers.
 */
export function derivedPillars(epochDay: number): [string, string] {
  const solarYear = reference.Solar.fromJulianDay(julianDayOf(epochDay)).getYear();
  const jds = reference.LunarYear.fromYear(solarYear).getJieQiJulianDays();
  // Indices 0, 2, … 30 of the table are the 节: 大雪 of the year before, 小寒, 立春 (4) … 大雪, 小寒, 立春 (28), 惊蛰 (30).
  let index = -1;
  for (let i = 0; i < jds.length; i += 2) if (dayOfJulianDay(jds[i] as number) <= epochDay) index = i;
  // The solar year of the month: it begins at 立春 (index 4 of this table, 28 of the next year's).
  const year = index >= 28 ? solarYear + 1 : index >= 4 ? solarYear : solarYear - 1;
  const yearStem = mod(year - 4, 10);
  // Months from 寅 (立春) = 0; 大雪 opens 子 (10), 小寒 丑 (11) of the solar year before.
  const m = mod(index / 2 - 2, 12);
  return [pillarName(year - 4, year - 4), pillarName(yearStem * 2 + 2 + m, m + 2)];
}

export interface RangeComparison {
  /** One line per day that differs, `date: ours vs reference`. */
  readonly differences: readonly string[];
  readonly days: number;
  /** Days whose expected pillars were derived (years before 1). */
  readonly derived: number;
}

const expectedOf = (ref: RefLunar) => ({
  year: ref.getYear(), month: Math.abs(ref.getMonth()), day: ref.getDay(), leap: ref.getMonth() < 0,
  monthName: `${ref.getMonth() < 0 ? '闰' : ''}${ref.getMonthInChinese().replace(/^闰/, '')}月`, dayName: ref.getDayInChinese(),
});

export function compareRange(epochDays: Iterable<number>): RangeComparison {
  const differences: string[] = [];
  let days = 0;
  let derived = 0;
  for (const n of epochDays) {
    days++;
    const solar = reference.Solar.fromJulianDay(julianDayOf(n));
    const ref = solar.getLunar();
    const d = fromEpochDay(n);
    const ours = lunarDate(d);
    const p = pillars(d);
    let yearMonth: [string, string];
    if (solar.getYear() >= 1) yearMonth = [ref.getYearInGanZhiByLiChun(), ref.getMonthInGanZhi()];
    else {
      yearMonth = derivedPillars(n);
      derived++;
    }
    const expected = { ...expectedOf(ref), pillars: [...yearMonth, ref.getDayInGanZhi()].join(' ') };
    const actual = { ...ours, pillars: [p.year.name, p.month.name, p.day.name].join(' ') };
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) differences.push(`${JSON.stringify(d)} (${solar.toYmd()} in the reference): ${a} vs ${e}`);
    try {
      const back = fromLunar(ours);
      if (back.year !== d.year || back.month !== d.month || back.day !== d.day) differences.push(`${JSON.stringify(d)}: fromLunar gives ${JSON.stringify(back)}`);
    } catch (error) {
      differences.push(`${JSON.stringify(d)}: fromLunar throws ${String(error)}`);
    }
  }
  return { differences, days, derived };
}

/** Every epoch day from `first` to `last`, inclusive. */
export function* dayRange(first: number, last: number): Generator<number> {
  for (let n = first; n <= last; n++) yield n;
}
