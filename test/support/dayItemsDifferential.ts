/**
 * The day, month and year items of almanac() (issue 12) against lunar-javascript, day by day:
 * 七十二候 (name, term, 初/二/三候 and the start day), 数九, 三伏, the season, 六曜, 旬 and 旬空 of
 * the three pillars, 太岁's directions, the year's, month's, day's and hours' 九星, the mansion's
 * 宫, 四兽 and 七政, and the Western zodiac. Used by test/differential/dayItems.test.ts (sampled
 * days) and dayItems.full.test.ts (every day of 1900–2100 and whole years across the range).
 *
 * Days are read as the reference reads them: a Julian date before 1582-10-15, given to both
 * (`calendar: 'julian'` for almanac()), at 00:00.
 *
 * Conventions, each counted:
 * - `xun.year` and `xunKong.year` are those of `pillars.year`, the year that begins at 立春: the
 *   reference's getYearXunByLiChun / getYearXunKongByLiChun. Its getYearXunKong() names the year
 *   at 正月初一 instead; `lunarYearXunKongDays` counts the days where the two differ, and the test
 *   checks that on each of them the 立春 year and the lunar year differ.
 * - The hours' 九星 are those of the reference's Lunar#getTimeNineStar, rising (阳遁) from each
 *   winter solstice. Its LunarTime#getNineStar (what getTimes() gives) forgets the solstice at
 *   the end of its year and falls until 31 December; `lunarTimeDays` counts the days where the
 *   two differ, and the test checks that each is on or after the day of that year's 冬至.
 * - The reference compares dates as zero-padded strings, which fails where years are not four
 *   digits (before year 1, and in 9999, whose term table reaches year 10000), and its year by
 *   立春 fails where 正月 begins in December (9–23 CE): see test/support/rangeDifferential.ts.
 *   On those days the expected value is the reference's own code run on repaired input: its
 *   Lunar with dates that compare as numbers (七十二候, the day's and hours' 九星), and the year
 *   and month pillars derived from its term table (太岁, the year's and month's 九星, 旬 and 旬空).
 *   Where its month lists of two years name a December day differently (14 years before 1 CE,
 *   see rangeDifferential.ts) the season and 六曜 are the reference's of the next year's naming,
 *   which the library follows.
 *   `repaired` counts, per item, the days where that differs from the reference as it is.
 */
import { almanac, type DailyAlmanac } from '../../src/index';
import { fromEpochDayIn, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { derivedPillars, julianDayOf, namedByNextList } from './rangeDifferential';
import { reference, type RefLunar, type RefSolar } from './reference';

/** The reference's parts that this comparison reads. */
interface NameAndIndex { getName(): string; getIndex(): number }
interface RefNineStar { toString(): string }
interface RefItemsLunar extends RefLunar {
  _p: Record<string, unknown> & { solar: RefSolar; jieQi: Record<string, RefSolar> };
  getWuHou(): string; getHou(): string; getPrevJieQi(wholeDay: boolean): { getName(): string; getSolar(): RefSolar };
  getShuJiu(): NameAndIndex | null; getFu(): NameAndIndex | null; getSeason(): string; getLiuYao(): string;
  getYearXunByLiChun(): string; getMonthXun(): string; getDayXun(): string;
  getYearXunKong(): string; getYearXunKongByLiChun(): string; getMonthXunKong(): string; getDayXunKong(): string;
  getYearPositionTaiSui(sect?: number): string; getMonthPositionTaiSui(sect?: number): string; getDayPositionTaiSui(sect?: number): string;
  getYearPositionTaiSuiDesc(sect?: number): string; getMonthPositionTaiSuiDesc(sect?: number): string; getDayPositionTaiSuiDesc(sect?: number): string;
  getYearNineStar(sect?: number): RefNineStar; getMonthNineStar(sect?: number): RefNineStar; _getYearNineStar(yearInGanZhi: string): RefNineStar;
  getGong(): string; getShou(): string; getZheng(): string; getDayZhiIndex(): number; getDayNineStar(): RefNineStar; getTimeNineStar(): RefNineStar;
  getTimes(): { getNineStar(): RefNineStar }[];
}
interface RefUtil {
  LunarUtil: { WU_HOU: string[]; JIE_QI: string[]; JIE_QI_IN_USE: string[]; NUMBER: string[]; POSITION_DESC: Record<string, string>; getXun(ganZhi: string): string; getXunKong(ganZhi: string): string };
  LunarTime: { fromYmdHms(y: number, m: number, d: number, h: number, mi: number, s: number): { getNineStar(this: unknown): RefNineStar } };
}
const { LunarUtil, LunarTime } = reference as unknown as RefUtil;

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** The reference's LunarTime#getNineStar, called with `this` = `{ _p: { lunar, zhiIndex } }` (all it reads). */
const hourNineStar = LunarTime.fromYmdHms(2000, 1, 1, 0, 0, 0).getNineStar;

/** The epoch day of a reference Solar (its Julian Day is of Beijing time). */
const dayOfSolar = (s: RefSolar): number => Math.floor(s.getJulianDay() + 0.5) - 2440588;
/** An epoch day as a string that compares as the number does (for the reference's string comparisons). */
const sortable = (epochDay: number): string => String(epochDay + 1e8).padStart(10, '0');
/** A Solar whose toYmd compares as its day number does, and so do the Solars its `next` gives. */
const withSortableYmd = (s: RefSolar): RefSolar => Object.create(s, {
  toYmd: { value: () => sortable(dayOfSolar(s)) },
  next: { value: (days: number) => withSortableYmd((s as unknown as { next(days: number): RefSolar }).next(days)) },
}) as RefSolar;

/**
 * The Lunars of the last few term days, by epoch day. The reference keeps one lunar year in its
 * cache, so its day's 九星, which asks for the Lunar of the last 冬至 (in the year before), makes
 * it compute two years for every day; a Lunar depends on its day only, so this is the same answer.
 */
const termLunars = new Map<number, RefLunar>();
function withMemoLunar(s: RefSolar): RefSolar {
  return Object.create(s, {
    getLunar: {
      value: (): RefLunar => {
        const day = dayOfSolar(s);
        let lunar = termLunars.get(day);
        if (lunar === undefined) {
          if (termLunars.size >= 64) termLunars.clear();
          termLunars.set(day, (lunar = s.getLunar()));
        }
        return lunar;
      },
    },
  }) as RefSolar;
}

/**
 * The reference's Lunar of a day, its term days' Lunars memoised (withMemoLunar) and, when
 * `repair`, every date it compares as a string replaced by one that compares as a number.
 */
function preparedLunar(l: RefItemsLunar, repair: boolean): RefItemsLunar {
  const jieQi = { ...l._p.jieQi };
  // The solstices are the terms whose Lunars the day's 九星 asks for.
  for (const [key, s] of Object.entries(jieQi)) if (repair || SOLSTICES.has(key)) jieQi[key] = withMemoLunar(repair ? withSortableYmd(s) : s);
  return Object.assign(Object.create(l) as RefItemsLunar, { _p: { ...l._p, solar: repair ? withSortableYmd(l._p.solar) : l._p.solar, jieQi } });
}
const SOLSTICES = new Set(['冬至', '夏至', 'DONG_ZHI']);

/** Our date string (as `date` writes it, in calendar 'julian') as an epoch day. */
function epochDayOf(date: string): number {
  const m = /^([+-]?\d+)-(\d\d)-(\d\d)$/.exec(date);
  if (m === null) throw new Error(`not a date: ${date}`);
  return toEpochDayIn('julian', Number(m[1]), Number(m[2]), Number(m[3]));
}

const star = (s: RefNineStar): string => s.toString();
const ourStar = (s: DailyAlmanac['nineStar']): string => s.name + s.star;
const desc = (trigram: string): string => LunarUtil.POSITION_DESC[trigram] as string;

/** The pentad of a reference Lunar: name, term, index 1–3 and start day, from getWuHou, getHou and getPrevJieQi. */
function referencePentad(l: RefItemsLunar): string {
  const [term, hou] = l.getHou().split(' ') as [string, string];
  const index = ['初候', '二候', '三候'].indexOf(hou) + 1;
  const start = dayOfSolar(l.getPrevJieQi(true).getSolar()) + 5 * (index - 1);
  return JSON.stringify([l.getWuHou(), term, index, start]);
}

/** The twelve hours' stars by Lunar#getTimeNineStar: the day's Lunar at each hour (all the method reads is the hour's branch). */
function referenceHours(l: RefItemsLunar): string {
  return JSON.stringify(Array.from({ length: 12 }, (_, z) => star((Object.create(l, { getTimeZhiIndex: { value: () => z } }) as RefItemsLunar).getTimeNineStar())));
}

/** The same by LunarTime#getNineStar, which getTimes() gives. */
function lunarTimeHours(l: RefItemsLunar): string {
  return JSON.stringify(Array.from({ length: 12 }, (_, z) => star(hourNineStar.call({ _p: { lunar: l, zhiIndex: z } }))));
}

/** The year and month items from the year pillar (by 立春) and the month pillar (by 节 day) given by name. */
function fromPillars(l: RefItemsLunar, year: string, month: string, day: string): Record<string, string> {
  const p = { ...l._p, yearZhiIndexByLiChun: BRANCHES.indexOf(year.charAt(1)), monthZhiIndex: BRANCHES.indexOf(month.charAt(1)), monthGanIndex: STEMS.indexOf(month.charAt(0)) };
  const patched = Object.assign(Object.create(l) as RefItemsLunar, { _p: p });
  const y = patched.getYearPositionTaiSui();
  const m = patched.getMonthPositionTaiSui();
  const d = patched.getDayPositionTaiSui();
  return {
    xun: JSON.stringify([LunarUtil.getXun(year), LunarUtil.getXun(month), LunarUtil.getXun(day)]),
    xunKong: JSON.stringify([LunarUtil.getXunKong(year), LunarUtil.getXunKong(month), LunarUtil.getXunKong(day)]),
    taiSui: JSON.stringify([y, desc(y), m, desc(m), d, desc(d)]),
    yearNineStar: star(l._getYearNineStar(year)),
    monthNineStar: star(patched.getMonthNineStar()),
  };
}

/** Every compared item of the reference for a day, and whether it had to be repaired. */
function expectedOf(l: RefItemsLunar, solar: RefSolar, epochDay: number, broken: boolean): { items: Record<string, string>; raw?: Record<string, string> } {
  const shuJiu = l.getShuJiu();
  const fu = l.getFu();
  // The reference as it is can throw where its dates compare wrongly (no term before the day).
  const attempt = (f: () => string): string => {
    try {
      return f();
    } catch (error) {
      return `throws ${String(error)}`;
    }
  };
  const byDates = (lunar: RefItemsLunar): Record<string, string> => ({
    pentad: attempt(() => referencePentad(lunar)),
    nineStar: attempt(() => star(lunar.getDayNineStar())),
    hourNineStars: attempt(() => referenceHours(lunar)),
  });
  const byLunarDate = (month: number, day: number): Record<string, string> => {
    const p = { _p: { ...l._p, month, day } };
    return { season: l.getSeason.call(p), liuYao: l.getLiuYao.call(p) };
  };
  const common = {
    winterNine: JSON.stringify(shuJiu === null ? null : [LunarUtil.NUMBER.indexOf(shuJiu.getName().charAt(0)), shuJiu.getIndex()]),
    dogDays: JSON.stringify(fu === null ? null : [fu.getName(), fu.getIndex()]),
    mansion: JSON.stringify([l.getGong(), l.getShou(), l.getZheng()]),
    westernZodiac: (solar as unknown as { getXingZuo(): string }).getXingZuo(),
  };
  const raw = {
    ...common, ...byDates(preparedLunar(l, false)), ...byLunarDate(l.getMonth(), l.getDay()),
    ...fromPillars(l, l.getYearInGanZhiByLiChun(), l.getMonthInGanZhi(), l.getDayInGanZhi()),
  };
  const next = solar.getMonth() >= 11 ? namedByNextList(julianDayOf(epochDay), solar.getYear()) : undefined;
  const informed = next !== undefined && (next.day !== l.getDay() || (next.leap ? -next.month : next.month) !== l.getMonth()) ? next : undefined;
  if (!broken && informed === undefined) return { items: raw };
  const [year, month] = broken ? derivedPillars(epochDay) : [l.getYearInGanZhiByLiChun(), l.getMonthInGanZhi()];
  const items = {
    ...common,
    ...byDates(preparedLunar(l, broken)),
    ...(informed === undefined ? byLunarDate(l.getMonth(), l.getDay()) : byLunarDate(informed.leap ? -informed.month : informed.month, informed.day)),
    ...fromPillars(l, year, month, l.getDayInGanZhi()),
  };
  return { items, raw };
}

function actualOf(a: DailyAlmanac): Record<string, string> {
  const t = a.taiSui;
  return {
    pentad: JSON.stringify([a.pentad.name, a.pentad.term, a.pentad.index, epochDayOf(a.pentad.start)]),
    hourNineStars: JSON.stringify(a.hours.map((h) => ourStar(h.nineStar))),
    xun: JSON.stringify([a.xun.year, a.xun.month, a.xun.day]),
    xunKong: JSON.stringify([a.xunKong.year.join(''), a.xunKong.month.join(''), a.xunKong.day.join('')]),
    taiSui: JSON.stringify([t.year.trigram, t.year.direction, t.month.trigram, t.month.direction, t.day.trigram, t.day.direction]),
    yearNineStar: ourStar(a.yearNineStar),
    monthNineStar: ourStar(a.monthNineStar),
    winterNine: JSON.stringify(a.winterNine === null ? null : [a.winterNine.nine, a.winterNine.day]),
    dogDays: JSON.stringify(a.dogDays === null ? null : [a.dogDays.period, a.dogDays.day]),
    season: a.season,
    liuYao: a.liuYao,
    nineStar: ourStar(a.nineStar),
    mansion: JSON.stringify([a.mansion.palace, a.mansion.beast, a.mansion.zheng]),
    westernZodiac: a.westernZodiac,
  };
}

/** What the compared days held, so that a test can show its days reach every value. */
export interface DayItemsCoverage {
  readonly pentads: number;
  readonly winterNines: number;
  readonly dogDays: number;
  readonly longMiddleFu: number;
  readonly shortMiddleFu: number;
  readonly liuYao: number;
  readonly seasons: number;
  readonly westernZodiac: number;
  readonly yearNineStars: number;
  readonly monthNineStars: number;
  readonly taiSuiDay: number;
}

export interface DayItemsComparison {
  readonly days: number;
  /** Up to five differing days per item, `date: ours vs reference`. */
  readonly differences: Readonly<Record<string, readonly string[]>>;
  /** Days compared with repaired input (years before 1, 9999, a lunar year ahead of the solar one). */
  readonly repairedDays: number;
  /** Per item, the repaired days on which the reference as it is gives another value. */
  readonly repaired: Readonly<Record<string, number>>;
  /** Days where the reference's getYearXunKong() (year at 正月初一) differs from xunKong.year (立春). */
  readonly lunarYearXunKongDays: number;
  /** Those of them on which the lunar year's pillar is the 立春 year's (must be 0). */
  readonly lunarYearXunKongUnexplained: number;
  /** Days where the reference's LunarTime#getNineStar differs from its Lunar#getTimeNineStar (which the hours follow). */
  readonly lunarTimeDays: number;
  /** Those of them before the day of that year's 冬至 (must be 0). */
  readonly lunarTimeUnexplained: number;
  /** Days where `monthBoundary: 'instant'` gave other year/month stars or 太岁 than the reference's sect 3. */
  readonly instantDifferences: readonly string[];
  /** Days where the instant reading differs from the default (the reference's sect 3 from sect 2). */
  readonly instantBoundaryDays: number;
  /** The 节 days (by the reference) among the days on which the instant reading was compared. */
  readonly instantJieDays: number;
  readonly coverage: DayItemsCoverage;
}

export interface CompareOptions {
  /** Also check the hours' 九星 against getTimes() (slow: 3 ms a day) on every `n`-th day. */
  readonly timesEvery?: number;
}

/** Compares the days (epoch days), read as the reference reads them. */
export function compareDayItems(epochDays: Iterable<number>, options: CompareOptions = {}): DayItemsComparison {
  const differences = new Map<string, string[]>();
  const note = (field: string, text: string): void => {
    const list = differences.get(field) ?? [];
    if (list.length < 5) list.push(text);
    differences.set(field, list);
  };
  const repaired: Record<string, number> = {};
  const instantDifferences: string[] = [];
  const seen = { pentads: new Set<string>(), winterNines: new Set<string>(), dogDays: new Set<string>(), liuYao: new Set<string>(), seasons: new Set<string>(), westernZodiac: new Set<string>(), yearNineStars: new Set<number>(), monthNineStars: new Set<number>(), taiSuiDay: new Set<string>() };
  let longMiddleFu = 0, shortMiddleFu = 0;
  let lunarTimeDays = 0, lunarTimeUnexplained = 0, instantJieDays = 0;
  let days = 0, repairedDays = 0, lunarYearXunKongDays = 0, lunarYearXunKongUnexplained = 0, instantBoundaryDays = 0;
  for (const n of epochDays) {
    days++;
    const d = fromEpochDayIn('julian', n);
    const solar = reference.Solar.fromYmd(d.year, d.month, d.day);
    const l = solar.getLunar() as RefItemsLunar;
    const broken = d.year < 1 || d.year >= 9999 || l.getYear() > d.year;
    const a = almanac(d, { calendar: 'julian' });
    const { items, raw } = expectedOf(l, solar, n, broken);
    if (raw !== undefined) repairedDays++;
    const ours = actualOf(a);
    for (const key of Object.keys(items)) {
      if (ours[key] !== items[key]) note(key, `${a.date}: ${ours[key]} vs ${items[key]}`);
      if (raw !== undefined && raw[key] !== items[key]) repaired[key] = (repaired[key] ?? 0) + 1;
    }
    if (!broken) {
      const lunarTime = lunarTimeHours(l);
      if (lunarTime !== items['hourNineStars']) {
        lunarTimeDays++;
        if (n < dayOfSolar(l._p.jieQi['DONG_ZHI'] as RefSolar)) lunarTimeUnexplained++;
      }
      // The shortcuts call the reference's methods with the day's Lunar: check them against a
      // Lunar made at each hour, and against getTimes().
      if (options.timesEvery !== undefined && n % options.timesEvery === 0) {
        const times = JSON.stringify(l.getTimes().slice(0, 12).map((t) => star(t.getNineStar())));
        if (times !== lunarTime) note('hours by getTimes()', `${a.date}: ${times} vs ${lunarTime}`);
        const atHours = JSON.stringify(Array.from({ length: 12 }, (_, z) => star((reference.Solar.fromYmdHms(d.year, d.month, d.day, z === 0 ? 0 : 2 * z - 1, 30, 0).getLunar() as RefItemsLunar).getTimeNineStar())));
        if (atHours !== items['hourNineStars']) note('hours by a Lunar at each hour', `${a.date}: ${atHours} vs ${String(items['hourNineStars'])}`);
      }
    }
    if (!broken && l.getYearXunKong() !== l.getYearXunKongByLiChun()) {
      lunarYearXunKongDays++;
      if (l.getYearInGanZhi() === l.getYearInGanZhiByLiChun()) lunarYearXunKongUnexplained++;
    }
    // monthBoundary 'instant' is the reference's sect 3 of the year/month stars and 太岁; they can
    // differ from the default on a 节 day only, early in a Gregorian month.
    if (!broken && d.day <= 9) {
      const i = almanac(d, { calendar: 'julian', monthBoundary: 'instant' });
      if (l.getJie() !== '') instantJieDays++;
      const ref = [star(l.getYearNineStar(3)), star(l.getMonthNineStar(3)), l.getYearPositionTaiSuiDesc(3), l.getMonthPositionTaiSuiDesc(3), l.getDayPositionTaiSuiDesc(3)];
      const got = [ourStar(i.yearNineStar), ourStar(i.monthNineStar), i.taiSui.year.direction, i.taiSui.month.direction, i.taiSui.day.direction];
      if (JSON.stringify(ref) !== JSON.stringify(got) && instantDifferences.length < 5) instantDifferences.push(`${a.date}: ${JSON.stringify(got)} vs ${JSON.stringify(ref)}`);
      if (JSON.stringify([got, i.yi, i.ji]) !== JSON.stringify([[ourStar(a.yearNineStar), ourStar(a.monthNineStar), a.taiSui.year.direction, a.taiSui.month.direction, a.taiSui.day.direction], a.yi, a.ji])) instantBoundaryDays++;
    }
    seen.pentads.add(a.pentad.name);
    if (a.winterNine !== null) seen.winterNines.add(`${a.winterNine.nine}/${a.winterNine.day}`);
    if (a.dogDays !== null) {
      seen.dogDays.add(a.dogDays.period);
      if (a.dogDays.period === '中伏' && a.dogDays.day === 20) longMiddleFu++;
      if (a.dogDays.period === '末伏' && a.dogDays.day === 1 && almanac(fromEpochDayIn('julian', n - 1), { calendar: 'julian' }).dogDays?.day === 10) shortMiddleFu++;
    }
    seen.liuYao.add(a.liuYao);
    seen.seasons.add(a.season);
    seen.westernZodiac.add(a.westernZodiac);
    seen.yearNineStars.add(a.yearNineStar.number);
    seen.monthNineStars.add(a.monthNineStar.number);
    seen.taiSuiDay.add(a.taiSui.day.trigram);
  }
  const coverage: DayItemsCoverage = {
    pentads: seen.pentads.size, winterNines: seen.winterNines.size, dogDays: seen.dogDays.size, longMiddleFu, shortMiddleFu,
    liuYao: seen.liuYao.size, seasons: seen.seasons.size, westernZodiac: seen.westernZodiac.size,
    yearNineStars: seen.yearNineStars.size, monthNineStars: seen.monthNineStars.size, taiSuiDay: seen.taiSuiDay.size,
  };
  return {
    days, differences: Object.fromEntries(differences), repairedDays, repaired, lunarYearXunKongDays, lunarYearXunKongUnexplained,
    lunarTimeDays, lunarTimeUnexplained, instantDifferences, instantBoundaryDays, instantJieDays, coverage,
  };
}

/** The epoch day of a Julian-reading date (as the reference reads it). */
export const julianEpochDay = (year: number, month: number, day: number): number => toEpochDayIn('julian', year, month, day);
export { julianDayOf };
