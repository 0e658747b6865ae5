/**
 * The calendar of any day of the whole range (−0721 … 9999) against the reference
 * (lunar-javascript), by epoch day: the reference is given the day as a Julian Day, so it reads it
 * in its own calendar (Julian before 1582-10-15) while ours is read as ISO (the default).
 * Compared: lunar year, month, day and leap, the year (立春), month (节 day) and day pillars,
 * and the fromLunar round trip. Used by test/differential/range.test.ts (sampled) and the
 * range-*.full.test.ts sweeps (every day).
 *
 * Two defects of the reference are worked around, not followed. Its year and month pillars by
 * 立春/节 compare dates as zero-padded strings, which fails where years are not four digits:
 * before year 1 (`'-721-01-20' < '-722-12-07'`, so every day of those years gets the same pillar)
 * and in year 9999, whose term table reaches year 10000 (`'10000-01-04' < '9999-12-31'`). And its
 * year by 立春 (`_computeYear`) handles a lunar year equal to or behind the solar year, not ahead
 * of it, which happens only when 正月 begins in December (the 建丑 calendar of 9–23 CE): there it
 * gives the next year's pillar a month and a half before 立春. On those days the expected pillars
 * are derived from the reference's own term table (getJieQiJulianDays) by comparing days as
 * numbers, exactly as its code intends; `derivedPillars` is checked against its getters elsewhere.
 *
 * Where the reference contradicts itself the expected value is its better-informed answer: it
 * names a day by the month list of the day's solar year, but a month that begins before 1 January
 * is also in the next year's list, whose sui (冬至 to 冬至) holds it. The lists agree everywhere
 * but in 14 Decembers before 1 CE, where only the next year's list sees that the month is a leap
 * month: the reference names its December days 腊月 and its January days 闰冬月. The library
 * follows the next year's list; `contradictions` counts the days where that is not the
 * reference's own `getLunar()`, so a test can pin them down.
 */
import { fromLunar, lunarDate, pillars } from '../../src/index';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
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

const MONTH_NAMES = ['', '正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const DAY_NAMES = ['', '初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十', '十一', '十二', '十三', '十四', '十五',
  '十六', '十七', '十八', '十九', '二十', '廿一', '廿二', '廿三', '廿四', '廿五', '廿六', '廿七', '廿八', '廿九', '三十'];

interface ListMonth { year: number; month: number; days: number; first: number }
const lists = new Map<number, ListMonth[]>();
/** The reference's month list of a year, as plain values, kept for the last few years asked. */
function referenceList(year: number): ListMonth[] {
  let list = lists.get(year);
  if (list === undefined) {
    list = reference.LunarYear.fromYear(year).getMonths().map((m) => ({ year: m.getYear(), month: m.getMonth(), days: m.getDayCount(), first: m.getFirstJulianDay() }));
    if (lists.size >= 4) lists.delete(lists.keys().next().value as number);
    lists.set(year, list);
  }
  return list;
}

/** The reference's naming of a day by the next year's list, when that list holds the day; otherwise undefined (also read by dayItemsDifferential.ts). */
export function namedByNextList(jd: number, solarYear: number) {
  const next = referenceList(solarYear + 1);
  if (jd < (next[0] as ListMonth).first) return undefined;
  for (const m of next) {
    if (jd < m.first + m.days) {
      const day = jd - m.first + 1;
      return { year: m.year, month: Math.abs(m.month), day, leap: m.month < 0, monthName: `${m.month < 0 ? '闰' : ''}${MONTH_NAMES[Math.abs(m.month)]}月`, dayName: DAY_NAMES[day] as string };
    }
  }
  return undefined;
}

export interface RangeComparison {
  /** One line per day that differs, `date: ours vs reference`. */
  readonly differences: readonly string[];
  readonly days: number;
  /** Days whose expected pillars were derived (years before 1, 9999, and a lunar year ahead of the solar one). */
  readonly derived: number;
  /** Days where the reference's lists of two years disagree, as `ISO date: getLunar() vs next year's list`. */
  readonly contradictions: readonly string[];
}

const expectedOf = (ref: RefLunar) => ({
  year: ref.getYear(), month: Math.abs(ref.getMonth()), day: ref.getDay(), leap: ref.getMonth() < 0,
  monthName: `${ref.getMonth() < 0 ? '闰' : ''}${ref.getMonthInChinese().replace(/^闰/, '')}月`, dayName: ref.getDayInChinese(),
});

export function compareRange(epochDays: Iterable<number>): RangeComparison {
  const differences: string[] = [];
  let days = 0;
  let derived = 0;
  const contradictions: string[] = [];
  for (const n of epochDays) {
    days++;
    const solar = reference.Solar.fromJulianDay(julianDayOf(n));
    const ref = solar.getLunar();
    const d = fromEpochDay(n);
    const ours = lunarDate(d);
    const p = pillars(d);
    let yearMonth: [string, string];
    if (solar.getYear() >= 1 && solar.getYear() < 9999 && ref.getYear() <= solar.getYear()) yearMonth = [ref.getYearInGanZhiByLiChun(), ref.getMonthInGanZhi()];
    else {
      yearMonth = derivedPillars(n);
      derived++;
    }
    let lunar = expectedOf(ref);
    const informed = solar.getMonth() >= 11 ? namedByNextList(julianDayOf(n), solar.getYear()) : undefined;
    if (informed !== undefined && JSON.stringify(informed) !== JSON.stringify(lunar)) {
      contradictions.push(`${JSON.stringify(d)}: ${lunar.monthName}${lunar.dayName} vs ${informed.monthName}${informed.dayName}`);
      lunar = informed;
    }
    const expected = { ...lunar, pillars: [...yearMonth, ref.getDayInGanZhi()].join(' ') };
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
  return { differences, days, derived, contradictions };
}

/** Every epoch day from `first` to `last`, inclusive. */
export function* dayRange(first: number, last: number): Generator<number> {
  for (let n = first; n <= last; n++) yield n;
}

/** The test of one sweep: every day of `fromYear` … `toYear` (ISO), zero differences; `more` adds assertions on the result. */
export function describeRangeSweep(fromYear: number, toYear: number, more?: (result: RangeComparison) => void): void {
  describe(`every day of ${fromYear} … ${toYear} against lunar-javascript`, () => {
    it('has zero differences', () => {
      const first = toEpochDay(fromYear, 1, 1);
      const last = toEpochDay(toYear, 12, 31);
      const result = compareRange(dayRange(first, last));
      expect(result.days).toBe(last - first + 1);
      expect(result.differences.slice(0, 20)).toEqual([]);
      expect(result.differences.length).toBe(0);
      more?.(result);
    });
  });
}
