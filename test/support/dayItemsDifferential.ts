/**
 * The day, month and year items of almanac() (issue 12) against lunar-javascript, day by day:
 * 七十二候 (name, term, 初/二/三候 and the start day), 数九, 三伏, the season, 六曜, 旬 and 旬空 of
 * the three pillars, 太岁's directions, the year's, month's, day's and hours' 九星, the mansion's
 * 宫, 四兽 and 七政, the Western zodiac, 日禄 (with its parts), the lunar year's and month's 纳音,
 * and the hours' 纳音, 旬, 旬空 and gods' directions (both 福神 sects, sect 1 on every 7th day). Used by test/differential/dayItems.test.ts (sampled
 * days) and the dayItems-*.full.test.ts sweeps (every day of −0721 … 9999).
 *
 * Days are read as the reference reads them: a Julian date before 1582-10-15, given to both
 * (`calendar: 'julian'` for almanac()), at 00:00.
 *
 * The reference builds a Lunar in about 20 µs, and its 数九, 三伏, 七十二候 and day's 九星 build
 * more (the Lunars of the solstices, Solars of the terms): some 350 µs a day, too slow for the
 * 3.9 million days of the range. So, as in festivalsDifferential.ts, its own methods are run on a
 * light receiver: a real Lunar of the day's solar year (whose 节气 table is the day's: the
 * reference takes it from LunarYear(solar year)), the Solars of that table wrapped so that what
 * they derive (their Lunar, toYmd, the days `next` gives) is computed once a year (same values,
 * memoised), with the day's fields set: its Solar, its lunar date found in that LunarYear's
 * months as Lunar.fromSolar finds it, and its pillar indices computed by the reference's own Lunar
 * constructor code (_computeYear, _computeMonth, _computeDay, _computeTime and _computeWeek of
 * lunar.js, compiled from its source text and called in _compute's order on the day's Solar and
 * that table). `compareDayItems(days, { check: true })` also asks the real reference (a Lunar of
 * the day) for each day and counts the days where any of the receiver's answers differs (the
 * sampled test requires none).
 *
 * Our side is almanac() itself, on every day of the sweeps too: since issue 14 its pages are a
 * small part of a sweep's time (the four sweeps of the range take 96 s on two busy cores).
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
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromEpochDayIn, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { almanac, type DailyAlmanac, type HourAlmanac } from '../../src/index';
import { derivedPillars, julianDayOf, namedByNextList } from './rangeDifferential';
import { memoisedSolar, once } from './memoisedSolar';
import { ourHourItems, referenceHourItems } from './almanacDifferential';
import { reference, type RefLunar, type RefLunarTime, type RefSolar } from './reference';

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
  getTimes(): (RefLunarTime & { getNineStar(): RefNineStar })[];
  getDayLu(): string; getYearNaYin(): string; getDayGan(): string; getDayZhi(): string;
  getCurrentJie(): { getSolar(): RefSolar } | null;
}
interface RefUtil {
  LunarUtil: {
    WU_HOU: string[]; JIE_QI: string[]; JIE_QI_IN_USE: string[]; NUMBER: string[]; POSITION_DESC: Record<string, string>; getXun(ganZhi: string): string; getXunKong(ganZhi: string): string;
    NAYIN: Record<string, string>; LU: Record<string, string>;
  };
  LunarTime: { fromYmdHms(y: number, m: number, d: number, h: number, mi: number, s: number): { getNineStar(this: unknown): RefNineStar } };
  LunarYear: { fromYear(y: number): { getMonths(): { getYear(): number; getMonth(): number; getFirstJulianDay(): number; getDayCount(): number }[] } };
  I18n: unknown;
}
const { LunarUtil, LunarTime, LunarYear, I18n } = reference as unknown as RefUtil;
const { Solar } = reference;

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** The reference's LunarTime#getNineStar, called with `this` = `{ _p: { lunar, zhiIndex } }` (all it reads). */
const hourNineStar = LunarTime.fromYmdHms(2000, 1, 1, 0, 0, 0).getNineStar;

/**
 * The part of the reference's Lunar constructor that computes a day's pillar indices from its
 * Solar, its lunar year and the 节气 table (lunar.js's _computeYear … _computeWeek, the functions
 * its _compute calls after _computeJieQi), compiled from the reference's own source: private to
 * its Lunar module, they are not otherwise reachable. Called on `o` with `o.jieQi` the table, as
 * _compute calls them (at 00:00:00, the hour of Solar.fromYmd); they write the indices into `o`.
 */
const computePillarIndices = ((): ((o: Record<string, unknown>, solar: RefSolar, year: number) => void) => {
  const source = readFileSync(createRequire(import.meta.url).resolve('lunar-javascript/lunar.js'), 'utf8');
  const from = 'var _computeYear = function(o,solar,year){';
  const to = 'var _compute = function(year,hour,minute,second,solar,ly){';
  const start = source.indexOf(from);
  const end = source.indexOf(to, start);
  const call = source.indexOf('_computeJieQi(o, ly);\n      _computeYear(o, solar, year);\n      _computeMonth(o, solar);\n      _computeDay(o, solar, hour, minute);\n      _computeTime(o, hour, minute);\n      _computeWeek(o, solar);', end);
  if (start < 0 || end < 0 || call < 0) throw new Error('lunar-javascript/lunar.js: its Lunar no longer computes a day as this test reads it (_computeYear … _compute)');
  // The reference's own text, verbatim, with the module's names it uses; then _compute's calls, but _computeJieQi's.
  return new Function('LunarUtil', 'Solar', 'I18n', `${source.slice(start, end)}
    return function (o, solar, year) { _computeYear(o, solar, year); _computeMonth(o, solar); _computeDay(o, solar, 0, 0); _computeTime(o, 0, 0); _computeWeek(o, solar); };`)(LunarUtil, Solar, I18n);
})();

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
 * it compute two years for every day; all the methods read of these Lunars is the day's pillar,
 * which depends on the day only, so this is the same answer.
 */
const termLunars = new Map<number, RefLunar>();
function termLunar(s: RefSolar): RefLunar {
  const day = dayOfSolar(s);
  let lunar = termLunars.get(day);
  if (lunar === undefined) {
    if (termLunars.size >= 64) termLunars.clear();
    termLunars.set(day, (lunar = s.getLunar()));
  }
  return lunar;
}

/** A Solar of the reference whose getLunar() (by termLunar), toYmd(), toYmdHms() and next(n) are computed once (the same values). */
const memoised = (solar: RefSolar): RefSolar => memoisedSolar(solar, (w, s) => {
  w.getLunar = once(() => termLunar(s));
  w.toYmd = once(() => s.toYmd());
  w.toYmdHms = once(() => s.toYmdHms());
});

/** The same with toYmd that compares as the day number does, and so do the Solars its `next` gives (for repaired input). */
const memoisedSortable = (solar: RefSolar): RefSolar => memoisedSolar(solar, (w, s) => {
  w.toYmd = once(() => sortable(dayOfSolar(s)));
});

/** A Solar made for the day, its toYmd and toYmdHms (read some hundred times by the Lunar's methods) replaced by their values. */
function daySolar(solar: RefSolar): RefSolar {
  const ymd = solar.toYmd();
  const ymdHms = solar.toYmdHms();
  solar.toYmd = () => ymd;
  solar.toYmdHms = () => ymdHms;
  return solar;
}

/** A term's Solar of a real Lunar whose getLunar() is termLunar's. */
const withMemoLunar = (s: RefSolar): RefSolar => Object.create(s, { getLunar: { value: () => termLunar(s) } }) as RefSolar;

/**
 * A real Lunar of the reference, its term days' Lunars memoised (withMemoLunar) and, when
 * `repair`, every date it compares as a string replaced by one that compares as a number.
 */
function preparedLunar(l: RefItemsLunar, repair: boolean): RefItemsLunar {
  const jieQi = { ...l._p.jieQi };
  // The solstices are the terms whose Lunars the day's 九星 asks for.
  for (const [key, s] of Object.entries(jieQi)) if (repair || SOLSTICES.has(key)) jieQi[key] = withMemoLunar(repair ? withSortableYmd(s) : s);
  return Object.assign(Object.create(l) as RefItemsLunar, { _p: { ...l._p, solar: repair ? withSortableYmd(l._p.solar) : l._p.solar, jieQi } });
}
const SOLSTICES = new Set(['冬至', '夏至', 'DONG_ZHI']);

interface ListMonth { readonly year: number; readonly month: number; readonly first: number; readonly days: number }

/** The light receiver of one solar year: a real Lunar of the year whose `_p` is given each day's fields. */
interface ReceiverYear {
  readonly year: number;
  readonly receiver: RefItemsLunar;
  /** The year's 节气 table with dates that compare as numbers (for repaired input), made when first needed. */
  repairedTable: Record<string, RefSolar> | undefined;
  readonly months: readonly ListMonth[];
  index: number;
}

function receiverYear(year: number): ReceiverYear {
  const base = Solar.fromYmd(year, 7, 1).getLunar() as RefItemsLunar;
  const jieQi: Record<string, RefSolar> = {};
  for (const key of Object.keys(base._p.jieQi)) jieQi[key] = memoised(base._p.jieQi[key] as RefSolar);
  const receiver = Object.create(base) as RefItemsLunar;
  receiver._p = { ...base._p, jieQi };
  // getWuHou and getHou each ask getPrevJieQi(true), and so does the pentad's start day: asked of
  // the receiver (or of the same on repaired input), its answer is computed once for the day's
  // Solar (new each day) and 节气 table.
  const prevJieQi = base.getPrevJieQi;
  let askedOf: RefSolar | undefined;
  let answer: ReturnType<RefItemsLunar['getPrevJieQi']> | undefined;
  let askedWith: Record<string, RefSolar> | undefined;
  receiver.getPrevJieQi = function (this: RefItemsLunar, wholeDay: boolean) {
    if (wholeDay !== true) return prevJieQi.call(this, wholeDay);
    if (askedOf !== this._p.solar || askedWith !== this._p.jieQi || answer === undefined) {
      askedOf = this._p.solar;
      askedWith = this._p.jieQi;
      answer = prevJieQi.call(this, true);
    }
    return answer;
  };
  const months = LunarYear.fromYear(year).getMonths().map((m) => ({ year: m.getYear(), month: m.getMonth(), first: m.getFirstJulianDay(), days: m.getDayCount() }));
  return { year, receiver, repairedTable: undefined, months, index: 0 };
}

/** A reference day: its Lunar (the receiver, or a real one) and what to run the methods on for raw and for repaired input. */
interface ReferenceDay {
  readonly lunar: RefItemsLunar;
  /** Whether the hours are asked of the day's getTimes() (of a real Lunar, on a day not compared on repaired input), rather than by its day pillar. */
  readonly askTimes: boolean;
  readonly solar: RefSolar;
  readonly prepare: (repair: boolean) => RefItemsLunar;
}

/** Reads the reference's Lunar of increasing days by the light receiver, a solar year at a time. */
function receiverReader(): (year: number, month: number, day: number) => ReferenceDay {
  let current: ReceiverYear | undefined;
  return (year, month, day) => {
    if (current === undefined || current.year !== year) current = receiverYear(year);
    const cy = current;
    const plain = Solar.fromYmd(year, month, day);
    const jd = Math.floor(plain.getJulianDay() + 0.5);
    // Lunar.fromSolar: the first month of LunarYear(solar year) the day is not after.
    let m = cy.months[cy.index];
    if (m === undefined || jd < m.first) cy.index = 0;
    while ((m = cy.months[cy.index]) !== undefined && jd - m.first >= m.days) cy.index++;
    if (m === undefined) throw new Error(`no month of reference year ${year} holds ${year}-${month}-${day}`);
    const solar = daySolar(plain);
    const l = cy.receiver;
    const p = l._p;
    p['year'] = m.year;
    p['month'] = m.month;
    p['day'] = jd - m.first + 1;
    p.solar = solar;
    computePillarIndices(p, solar, m.year);
    const prepare = (repair: boolean): RefItemsLunar => {
      if (!repair) return l;
      cy.repairedTable ??= Object.fromEntries(Object.entries(p.jieQi).map(([key, s]) => [key, memoisedSortable(s)]));
      return Object.assign(Object.create(l) as RefItemsLunar, { _p: { ...p, solar: memoisedSortable(solar), jieQi: cy.repairedTable } });
    };
    return { lunar: l, solar, prepare, askTimes: false };
  };
}

/** The reference asked the slow way: a real Lunar of the day (and its getTimes(), 3 ms, if `askTimes`). */
function realDay(year: number, month: number, day: number, askTimes: boolean): ReferenceDay {
  const solar = Solar.fromYmd(year, month, day);
  const lunar = solar.getLunar() as RefItemsLunar;
  return { lunar, solar, prepare: (repair) => preparedLunar(lunar, repair), askTimes };
}

/** Our date string (as `date` writes it, in calendar 'julian') as an epoch day. */
function epochDayOf(date: string): number {
  const m = /^([+-]?\d+)-(\d\d)-(\d\d)$/.exec(date);
  if (m === null) throw new Error(`not a date: ${date}`);
  return toEpochDayIn('julian', Number(m[1]), Number(m[2]), Number(m[3]));
}

const star = (s: RefNineStar): string => s.toString();
const ourStar = (s: DailyAlmanac['nineStar']): string => s.name + s.star;
const desc = (trigram: string): string => LunarUtil.POSITION_DESC[trigram] as string;

/**
 * Runs `f` with some fields of the Lunar (its `_p`, which all its methods read) set, then puts
 * them back: the Lunar asked at another hour, or of other pillars or another lunar date.
 */
function withFields<X>(l: RefItemsLunar, fields: Record<string, unknown>, f: () => X): X {
  const p = l._p;
  const saved = Object.keys(fields).map((key) => [key, p[key]] as const);
  Object.assign(p, fields);
  try {
    return f();
  } finally {
    for (const [key, value] of saved) p[key] = value;
  }
}

/** The pentad of a reference Lunar: name, term, index 1–3 and start day, from getWuHou, getHou and getPrevJieQi. */
function referencePentad(l: RefItemsLunar): string {
  const [term, hou] = l.getHou().split(' ') as [string, string];
  const index = ['初候', '二候', '三候'].indexOf(hou) + 1;
  const start = dayOfSolar(l.getPrevJieQi(true).getSolar()) + 5 * (index - 1);
  return `${l.getWuHou()} ${term} ${index} ${start}`;
}

/** The twelve hours' stars by Lunar#getTimeNineStar: the day's Lunar at each hour (all the method reads is the hour's branch). */
function referenceHours(l: RefItemsLunar): string {
  return withFields(l, { timeZhiIndex: 0 }, () => {
    let stars = '';
    for (let z = 0; z < 12; z++) {
      l._p['timeZhiIndex'] = z;
      stars += `${star(l.getTimeNineStar())} `;
    }
    return stars;
  });
}

/** The same by LunarTime#getNineStar, which getTimes() gives. */
function lunarTimeHours(l: RefItemsLunar): string {
  let stars = '';
  const time = { _p: { lunar: l, zhiIndex: 0 } };
  for (let z = 0; z < 12; z++) {
    time._p.zhiIndex = z;
    stars += `${star(hourNineStar.call(time))} `;
  }
  return stars;
}

/** The year and month items from the year pillar (by 立春) and the month pillar (by 节 day) given by name. */
function fromPillars(l: RefItemsLunar, year: string, month: string, day: string): { xun: string; xunKong: string; taiSui: string; yearNineStar: string; monthNineStar: string; monthNaYin: string } {
  const pillars = { yearZhiIndexByLiChun: BRANCHES.indexOf(year.charAt(1)), monthZhiIndex: BRANCHES.indexOf(month.charAt(1)), monthGanIndex: STEMS.indexOf(month.charAt(0)) };
  const [y, m, d, monthNineStar] = withFields(l, pillars, () => [l.getYearPositionTaiSui(), l.getMonthPositionTaiSui(), l.getDayPositionTaiSui(), star(l.getMonthNineStar())]);
  return {
    xun: `${LunarUtil.getXun(year)} ${LunarUtil.getXun(month)} ${LunarUtil.getXun(day)}`,
    xunKong: `${LunarUtil.getXunKong(year)} ${LunarUtil.getXunKong(month)} ${LunarUtil.getXunKong(day)}`,
    taiSui: `${y}${desc(y)} ${m}${desc(m)} ${d}${desc(d)}`,
    yearNineStar: star(l._getYearNineStar(year)),
    monthNineStar,
    // Lunar#getMonthNaYin: LunarUtil.NAYIN of the month pillar.
    monthNaYin: LunarUtil.NAYIN[month] as string,
  };
}

/** The reference as it is can throw where its dates compare wrongly (no term before the day): its error is its answer. */
function attempt(f: (l: RefItemsLunar) => string, l: RefItemsLunar): string {
  try {
    return f(l);
  } catch (error) {
    return `throws ${String(error)}`;
  }
}
const dayNineStar = (l: RefItemsLunar): string => star(l.getDayNineStar());

/** The days (epoch day ≡ 0 mod 7) on which the hours' 福神 of sect 1 are compared too. */
const SECT_1_EVERY = 7;

/** The twelve hours' 纳音, 旬, 旬空 and gods' directions (the 福神 of sect 2, then of sect 1) of getTimes() from 00:00 to 21:00. */
function timesItems(times: readonly RefLunarTime[]): { hourItems: string; hourItemsSect1: string } {
  const twelve = times.slice(0, 12);
  return {
    hourItems: twelve.map((t) => referenceHourItems(t).join(' ')).join('|'),
    hourItemsSect1: twelve.map((t) => referenceHourItems(t, 1).join(' ')).join('|'),
  };
}

/**
 * The hours' items of the reference for a day pillar (by name): LunarTime reads nothing of its
 * day but the pillar of its hour, from the day's pillar (getDayGanIndexExact, at 00:00 the day's
 * own) and the hour's branch; so the sweeps ask getTimes() (3 ms) once per day pillar, of a day
 * of 2000 that has it. The sampled test checks it against the getTimes() of a real Lunar of each
 * day (`check`).
 */
const hoursByPillar = new Map<string, ReturnType<typeof timesItems>>();
function referenceHoursOfPillar(dayPillar: string): ReturnType<typeof timesItems> {
  let items = hoursByPillar.get(dayPillar);
  if (items === undefined) {
    // 2000-01-07 (JD 2451551) is a 甲子 day.
    const index = [...Array(60).keys()].find((k) => STEMS.charAt(k % 10) + BRANCHES.charAt(k % 12) === dayPillar) as number;
    const lunar = Solar.fromJulianDay(2451551 + index).getLunar() as RefItemsLunar;
    if (lunar.getDayInGanZhi() !== dayPillar) throw new Error(`the reference's day of 2000 for ${dayPillar} is ${lunar.getDayInGanZhi()}`);
    hoursByPillar.set(dayPillar, (items = timesItems(lunar.getTimes())));
  }
  return items;
}

/** The compared items, by name: our record and the reference's hold the same keys, as strings. */
type Items = Record<string, string>;

/**
 * Every compared item of the reference for a day, and, where it had to be repaired, the
 * reference's as it is (`raw`).
 */
function expectedOf(ref: ReferenceDay, epochDay: number, broken: boolean): { items: Items; raw?: Items } {
  const { lunar: l, solar } = ref;
  const shuJiu = l.getShuJiu();
  const fu = l.getFu();
  const winterNine = shuJiu === null ? 'none' : `${LunarUtil.NUMBER.indexOf(shuJiu.getName().charAt(0))} ${shuJiu.getIndex()}`;
  const dogDays = fu === null ? 'none' : `${fu.getName()} ${fu.getIndex()}`;
  const mansion = `${l.getGong()} ${l.getShou()} ${l.getZheng()}`;
  const westernZodiac = (solar as unknown as { getXingZuo(): string }).getXingZuo();
  // 日禄 by Lunar#getDayLu, with its parts: LunarUtil.LU of the day stem (互禄) and of the day branch (进禄).
  const lu = `${LunarUtil.LU[l.getDayGan()] as string} ${LunarUtil.LU[l.getDayZhi()] ?? ''} ${l.getDayLu()}`;
  // The hours by getTimes(): of a real Lunar of the day, or by its day pillar.
  const hours = ref.askTimes && !broken ? timesItems(l.getTimes()) : referenceHoursOfPillar(l.getDayInGanZhi());
  const itemsOfLunar = (dated: RefItemsLunar, season: string, liuYao: string, yearNaYin: string, pillars: ReturnType<typeof fromPillars>): Items => ({
    pentad: attempt(referencePentad, dated), winterNine, dogDays, season, liuYao, ...pillars,
    nineStar: attempt(dayNineStar, dated), hourNineStars: attempt(referenceHours, dated), mansion, westernZodiac, lu, yearNaYin,
    // The 福神 of sect 1 on every 7th day (as almanacDifferential.ts asks the day's).
    ...(epochDay % SECT_1_EVERY === 0 ? hours : { hourItems: hours.hourItems }),
  });
  const raw = itemsOfLunar(ref.prepare(false), l.getSeason(), l.getLiuYao(), l.getYearNaYin(), fromPillars(l, l.getYearInGanZhiByLiChun(), l.getMonthInGanZhi(), l.getDayInGanZhi()));
  const next = solar.getMonth() >= 11 ? namedByNextList(julianDayOf(epochDay), solar.getYear()) : undefined;
  const informed = next !== undefined && (next.day !== l.getDay() || (next.leap ? -next.month : next.month) !== l.getMonth()) ? next : undefined;
  if (!broken && informed === undefined) return { items: raw };
  const [year, month] = broken ? derivedPillars(epochDay) : [l.getYearInGanZhiByLiChun(), l.getMonthInGanZhi()];
  const lunarDate = informed === undefined ? { month: l.getMonth(), day: l.getDay() } : { month: informed.leap ? -informed.month : informed.month, day: informed.day };
  const [season, liuYao] = withFields(l, lunarDate, () => [l.getSeason(), l.getLiuYao()]);
  // Lunar#getYearNaYin of the lunar year as the next year's list names it (its _computeYear: the pillar of year − 4).
  const yearNaYin = informed === undefined ? l.getYearNaYin()
    : withFields(l, { yearGanIndex: (((informed.year - 4) % 10) + 10) % 10, yearZhiIndex: (((informed.year - 4) % 12) + 12) % 12 }, () => l.getYearNaYin());
  return { items: itemsOfLunar(ref.prepare(broken), season, liuYao, yearNaYin, fromPillars(l, year, month, l.getDayInGanZhi())), raw };
}

/** Everything the comparison reads from the reference for a day, as plain values (so the receiver's can be checked against a real Lunar's). */
interface ReferenceAnswers {
  /** Whether the day is compared on repaired input (years before 1, 9999, a lunar year ahead of the solar one). */
  readonly broken: boolean;
  readonly items: Record<string, string>;
  /** The reference as it is, where the items had to be repaired. */
  readonly raw: Record<string, string> | undefined;
  /** Where not broken: the hours by LunarTime#getNineStar, and whether the day is on or after the day of the year's 冬至 (its DONG_ZHI). */
  readonly lunarTime: string | undefined;
  readonly fromDongZhi: boolean;
  /** Where not broken: getYearXunKong and getYearXunKongByLiChun, getYearInGanZhi and getYearInGanZhiByLiChun. */
  readonly yearXunKong: readonly [string, string, string, string] | undefined;
  /** Where not broken: getJie, and the year's and month's 九星 and the three 太岁 of sect 3. */
  readonly jie: string | undefined;
  /** Its instant, where there is one (Lunar#getCurrentJie). */
  readonly jieTime: string | undefined;
  readonly sect3: string | undefined;
}

function answersOf(ref: ReferenceDay, epochDay: number, date: { year: number }): ReferenceAnswers {
  const l = ref.lunar;
  const broken = date.year < 1 || date.year >= 9999 || l.getYear() > date.year;
  const { items, raw } = expectedOf(ref, epochDay, broken);
  const jie = broken ? undefined : l.getJie();
  return {
    broken, items, raw,
    lunarTime: broken ? undefined : lunarTimeHours(l),
    fromDongZhi: epochDay >= dayOfSolar(l._p.jieQi['DONG_ZHI'] as RefSolar),
    yearXunKong: broken ? undefined : [l.getYearXunKong(), l.getYearXunKongByLiChun(), l.getYearInGanZhi(), l.getYearInGanZhiByLiChun()],
    jie,
    jieTime: broken || jie === '' ? undefined : l.getCurrentJie()?.getSolar().toYmdHms(),
    sect3: !broken
      ? `${star(l.getYearNineStar(3))} ${star(l.getMonthNineStar(3))} ${l.getYearPositionTaiSuiDesc(3)} ${l.getMonthPositionTaiSuiDesc(3)} ${l.getDayPositionTaiSuiDesc(3)}`
      : undefined,
  };
}

/** Our answers for a day: the compared items, what monthBoundary moves (stars and 太岁, then 宜/忌), and what the coverage counts. */
interface OurDay {
  readonly date: string;
  readonly items: Record<string, string>;
  /**
   * Where the instant reading is asked: the year's and month's 九星 and the directions of 太岁
   * (year, month, day), as the reference's sect-3 answer is written, and 宜/忌.
   */
  readonly boundary: string;
  readonly rules: string;
  /** The same with monthBoundary 'instant', where asked. */
  readonly instant?: { readonly boundary: string; readonly rules: string };
  readonly pentad: string;
  readonly winterNine: string | null;
  readonly dogDays: readonly [string, number] | null;
  readonly liuYao: string;
  readonly season: string;
  readonly westernZodiac: string;
  readonly yearNineStar: number;
  readonly monthNineStar: number;
  readonly taiSuiDay: string;
}

const boundaryOf = (a: DailyAlmanac): string =>
  `${ourStar(a.yearNineStar)} ${ourStar(a.monthNineStar)} ${a.taiSui.year.direction} ${a.taiSui.month.direction} ${a.taiSui.day.direction}`;

/**
 * Our hours' 纳音, 旬, 旬空 and directions as one string, by the hours' list: almanac() shares one
 * frozen list among the days of a day pillar (and sect, and rising or falling 九星), so each list
 * is written once.
 */
const hourItemsText = new WeakMap<readonly HourAlmanac[], string>();
function ourHoursText(hours: readonly HourAlmanac[]): string {
  let text = hourItemsText.get(hours);
  if (text === undefined) hourItemsText.set(hours, (text = hours.map((h) => ourHourItems(h).join(' ')).join('|')));
  return text;
}

function fromAlmanac(a: DailyAlmanac, instant: DailyAlmanac | undefined, sect1: DailyAlmanac | undefined): OurDay {
  const t = a.taiSui;
  return {
    date: a.date,
    items: {
      pentad: `${a.pentad.name} ${a.pentad.term} ${a.pentad.index} ${epochDayOf(a.pentad.start)}`,
      hourNineStars: a.hours.map((h) => `${ourStar(h.nineStar)} `).join(''),
      xun: `${a.xun.year} ${a.xun.month} ${a.xun.day}`,
      xunKong: `${a.xunKong.year.join('')} ${a.xunKong.month.join('')} ${a.xunKong.day.join('')}`,
      taiSui: `${t.year.trigram}${t.year.direction} ${t.month.trigram}${t.month.direction} ${t.day.trigram}${t.day.direction}`,
      yearNineStar: ourStar(a.yearNineStar),
      monthNineStar: ourStar(a.monthNineStar),
      winterNine: a.winterNine === null ? 'none' : `${a.winterNine.nine} ${a.winterNine.day}`,
      dogDays: a.dogDays === null ? 'none' : `${a.dogDays.period} ${a.dogDays.day}`,
      season: a.season,
      liuYao: a.liuYao,
      nineStar: ourStar(a.nineStar),
      mansion: `${a.mansion.palace} ${a.mansion.beast} ${a.mansion.zheng}`,
      westernZodiac: a.westernZodiac,
      lu: `${a.lu.huLu} ${a.lu.jinLu.join(',')} ${a.lu.text}`,
      yearNaYin: a.yearNaYin,
      monthNaYin: a.monthNaYin,
      hourItems: ourHoursText(a.hours),
      ...(sect1 === undefined ? {} : { hourItemsSect1: ourHoursText(sect1.hours) }),
    },
    boundary: boundaryOf(a),
    rules: `${a.yi.join(',')} ${a.ji.join(',')}`,
    ...(instant === undefined ? {} : { instant: { boundary: boundaryOf(instant), rules: `${instant.yi.join(',')} ${instant.ji.join(',')}` } }),
    pentad: a.pentad.name,
    winterNine: a.winterNine === null ? null : `${a.winterNine.nine}/${a.winterNine.day}`,
    dogDays: a.dogDays === null ? null : [a.dogDays.period, a.dogDays.day],
    liuYao: a.liuYao,
    season: a.season,
    westernZodiac: a.westernZodiac,
    yearNineStar: a.yearNineStar.number,
    monthNineStar: a.monthNineStar.number,
    taiSuiDay: a.taiSui.day.trigram,
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
  /** Those of them on which the reference has no 节 (must be 0). */
  readonly instantBoundaryOffJie: number;
  /** The 节 days (by the reference) among the days on which the instant reading was compared (every day but those on repaired input). */
  readonly instantJieDays: number;
  /** The first ten 节 days on which the instant reading is the default's, with the 节's instant (the reference's Solar of it). */
  readonly instantUnmovedJieDays: readonly string[];
  /** With `check`: the days where the light receiver's answers are not those of a real Lunar of the day, and the first five. */
  readonly receiverMismatches: number;
  readonly receiverMismatchExamples: readonly string[];
  /** With `check`: the days on which the real Lunar's hours were those of its getTimes() (the receiver's, by day pillar, are checked against them). */
  readonly realTimesDays: number;
  readonly coverage: DayItemsCoverage;
}

export interface CompareOptions {
  /** Also check the hours' 九星 against getTimes() (slow: 3 ms a day) on every `n`-th day. */
  readonly timesEvery?: number;
  /** Also ask a real Lunar of the reference for each day and count where the light receiver's answers differ. */
  readonly check?: boolean;
}

/** Compares the days (epoch days, in increasing order), read as the reference reads them. */
export function compareDayItems(epochDays: Iterable<number>, options: CompareOptions = {}): DayItemsComparison {
  const read = receiverReader();
  const differences = new Map<string, string[]>();
  const note = (field: string, text: string): void => {
    const list = differences.get(field) ?? [];
    if (list.length < 5) list.push(text);
    differences.set(field, list);
  };
  const repaired: Record<string, number> = {};
  const instantDifferences: string[] = [];
  const receiverMismatchExamples: string[] = [];
  const instantUnmovedJieDays: string[] = [];
  const seen = { pentads: new Set<string>(), winterNines: new Set<string>(), dogDays: new Set<string>(), liuYao: new Set<string>(), seasons: new Set<string>(), westernZodiac: new Set<string>(), yearNineStars: new Set<number>(), monthNineStars: new Set<number>(), taiSuiDay: new Set<string>() };
  let longMiddleFu = 0, shortMiddleFu = 0;
  let lunarTimeDays = 0, lunarTimeUnexplained = 0, instantJieDays = 0, instantBoundaryOffJie = 0, receiverMismatches = 0, realTimesDays = 0;
  let days = 0, repairedDays = 0, lunarYearXunKongDays = 0, lunarYearXunKongUnexplained = 0, instantBoundaryDays = 0;
  // The day before and its dogDays, to tell a 中伏 of 10 days (末伏 day 1 after 中伏 day 10).
  let previous: { n: number; dogDays: OurDay['dogDays'] } | undefined;
  const ourDay = (d: { year: number; month: number; day: number }, instant: boolean, sect1: boolean): OurDay =>
    fromAlmanac(
      almanac(d, { calendar: 'julian' }), instant ? almanac(d, { calendar: 'julian', monthBoundary: 'instant' }) : undefined,
      sect1 ? almanac(d, { calendar: 'julian', fuShenSect: 1 }) : undefined,
    );
  for (const n of epochDays) {
    days++;
    const d = fromEpochDayIn('julian', n);
    const ref = read(d.year, d.month, d.day);
    const answers = answersOf(ref, n, d);
    if (options.check === true) {
      // The hours of the real Lunar's getTimes() on every `timesEvery`-th day (else by the day pillar, as the receiver's).
      const askTimes = options.timesEvery !== undefined && n % options.timesEvery === 0;
      const real = answersOf(realDay(d.year, d.month, d.day, askTimes), n, d);
      if (askTimes && !real.broken) realTimesDays++;
      if (JSON.stringify(real) !== JSON.stringify(answers)) {
        receiverMismatches++;
        if (receiverMismatchExamples.length < 5) receiverMismatchExamples.push(`${d.year}-${d.month}-${d.day} (julian): ${JSON.stringify(answers)} vs ${JSON.stringify(real)}`);
      }
    }
    const { items, raw } = answers;
    if (raw !== undefined) {
      repairedDays++;
      for (const key of Object.keys(items)) if (raw[key] !== items[key]) repaired[key] = (repaired[key] ?? 0) + 1;
    }
    const a = ourDay(d, answers.sect3 !== undefined, n % SECT_1_EVERY === 0);
    for (const key of Object.keys(items)) if (a.items[key] !== items[key]) note(key, `${a.date}: ${a.items[key]} vs ${items[key]}`);
    if (answers.lunarTime !== undefined && answers.lunarTime !== items['hourNineStars']) {
      lunarTimeDays++;
      if (!answers.fromDongZhi) lunarTimeUnexplained++;
    }
    // The shortcuts call the reference's methods with the day's Lunar: check them against a
    // Lunar made at each hour, and against getTimes().
    if (!answers.broken && options.timesEvery !== undefined && n % options.timesEvery === 0) {
      const l = ref.lunar;
      const times = l.getTimes().slice(0, 12).map((t) => `${star(t.getNineStar())} `).join('');
      if (times !== answers.lunarTime) note('hours by getTimes()', `${d.year}-${d.month}-${d.day}: ${times} vs ${String(answers.lunarTime)}`);
      const atHours = Array.from({ length: 12 }, (_, z) => `${star((Solar.fromYmdHms(d.year, d.month, d.day, z === 0 ? 0 : 2 * z - 1, 30, 0).getLunar() as RefItemsLunar).getTimeNineStar())} `).join('');
      if (atHours !== items['hourNineStars']) note('hours by a Lunar at each hour', `${d.year}-${d.month}-${d.day}: ${atHours} vs ${String(items['hourNineStars'])}`);
    }
    if (answers.yearXunKong !== undefined && answers.yearXunKong[0] !== answers.yearXunKong[1]) {
      lunarYearXunKongDays++;
      if (answers.yearXunKong[2] === answers.yearXunKong[3]) lunarYearXunKongUnexplained++;
    }
    // monthBoundary 'instant' is the reference's sect 3 of the year/month stars and 太岁 (and its
    // sect 2 of 宜/忌); they can differ from the default on a 节 day only, before the 节's instant.
    if (answers.sect3 !== undefined) {
      if (answers.jie !== '') instantJieDays++;
      const i = a.instant as NonNullable<OurDay['instant']>;
      if (i.boundary !== answers.sect3 && instantDifferences.length < 5) instantDifferences.push(`${a.date}: ${i.boundary} vs ${String(answers.sect3)}`);
      if (i.boundary !== a.boundary || i.rules !== a.rules) {
        instantBoundaryDays++;
        if (answers.jie === '') instantBoundaryOffJie++;
      } else if (answers.jie !== '' && instantUnmovedJieDays.length < 10) instantUnmovedJieDays.push(`${a.date} (${String(answers.jie)} at ${String(answers.jieTime)})`);
    }
    seen.pentads.add(a.pentad);
    if (a.winterNine !== null) seen.winterNines.add(a.winterNine);
    if (a.dogDays !== null) {
      seen.dogDays.add(a.dogDays[0]);
      if (a.dogDays[0] === '中伏' && a.dogDays[1] === 20) longMiddleFu++;
      if (a.dogDays[0] === '末伏' && a.dogDays[1] === 1) {
        const before = previous?.n === n - 1 ? previous.dogDays : ourDay(fromEpochDayIn('julian', n - 1), false, false).dogDays;
        if (before?.[1] === 10) shortMiddleFu++;
      }
    }
    previous = { n, dogDays: a.dogDays };
    seen.liuYao.add(a.liuYao);
    seen.seasons.add(a.season);
    seen.westernZodiac.add(a.westernZodiac);
    seen.yearNineStars.add(a.yearNineStar);
    seen.monthNineStars.add(a.monthNineStar);
    seen.taiSuiDay.add(a.taiSuiDay);
  }
  const coverage: DayItemsCoverage = {
    pentads: seen.pentads.size, winterNines: seen.winterNines.size, dogDays: seen.dogDays.size, longMiddleFu, shortMiddleFu,
    liuYao: seen.liuYao.size, seasons: seen.seasons.size, westernZodiac: seen.westernZodiac.size,
    yearNineStars: seen.yearNineStars.size, monthNineStars: seen.monthNineStars.size, taiSuiDay: seen.taiSuiDay.size,
  };
  return {
    days, differences: Object.fromEntries(differences), repairedDays, repaired, lunarYearXunKongDays, lunarYearXunKongUnexplained,
    lunarTimeDays, lunarTimeUnexplained, instantDifferences, instantBoundaryDays, instantBoundaryOffJie, instantJieDays, instantUnmovedJieDays, receiverMismatches, receiverMismatchExamples, realTimesDays, coverage,
  };
}

/** The epoch day of a Julian-reading date (as the reference reads it). */
export const julianEpochDay = (year: number, month: number, day: number): number => toEpochDayIn('julian', year, month, day);
export { julianDayOf };

/** Every day (epoch days, read as the reference reads them: Julian before 1582-10-15) of the years `from` … `to`. */
export function* everyDayOfYears(from: number, to: number): Generator<number> {
  const last = to >= 9999 ? LAST_EPOCH_DAY : julianEpochDay(to + 1, 1, 1) - 1;
  for (let n = julianEpochDay(from, 1, 1); n <= last; n++) yield n;
}

/** What an every-day sweep finds, as the run counted it (each file states its own). */
export interface SweepExpectations {
  readonly days: number;
  readonly repairedDays: number;
  readonly repaired: Readonly<Record<string, number>>;
  readonly lunarYearXunKongDays: number;
  readonly lunarTimeDays: number;
  readonly instantJieDays: number;
  readonly instantUnmovedJieDays: readonly string[];
  /** Years whose 中伏 has 20 days (the others' has 10). */
  readonly longMiddleFu: number;
}

/**
 * The test of one every-day sweep (npm run test:full): every day of the years `from` … `to`,
 * our items as almanac() computes them against the reference's methods on the light receiver
 * (dayItems.test.ts checks both on sampled days), zero differences, and the counts of the
 * conventions as `expected` states them; getTimes() is also asked on every 2003rd day.
 */
export function describeDayItemsSweep(from: number, to: number, expected: SweepExpectations): void {
  const years = to - from + 1;
  describe(`the day items of almanac() for every day of ${from} … ${to} against lunar-javascript`, () => {
    let result: DayItemsComparison;
    beforeAll(() => {
      result = compareDayItems(everyDayOfYears(from, to), { timesEvery: 2003 });
    });

    it(`compares the ${expected.days.toLocaleString('en-US')} days, ${expected.repairedDays.toLocaleString('en-US')} of them on repaired input`, () => {
      expect([result.days, result.repairedDays]).toEqual([expected.days, expected.repairedDays]);
      // Per item, the repaired days on which the reference as it is would give another value.
      expect(result.repaired).toEqual(expected.repaired);
    });

    it("has zero differences in 七十二候, 数九, 三伏, season, 六曜, 旬, 旬空, 太岁, the four 九星, 宫/四兽/七政, the Western zodiac, 日禄, the year and month 纳音 and the hours' 纳音, 旬, 旬空 and directions", () => {
      expect(result.differences).toEqual({});
    });

    it("gives the reference's sect 3 with monthBoundary: 'instant', different from the default on 节 days only", () => {
      expect(result.instantDifferences).toEqual([]);
      expect(result.instantBoundaryOffJie).toBe(0);
      expect(result.instantJieDays).toBe(expected.instantJieDays);
      // A 节 at 00:00:00 has already begun the month at the start of its day.
      expect(result.instantUnmovedJieDays).toEqual(expected.instantUnmovedJieDays);
      expect(result.instantBoundaryDays).toBe(expected.instantJieDays - expected.instantUnmovedJieDays.length);
    });

    it('counts the documented conventions: 旬空 of the 立春 year, the hours after 冬至', () => {
      // Days between 立春 and 正月初一 on which the two years' 旬 differ.
      expect(result.lunarYearXunKongUnexplained).toBe(0);
      expect(result.lunarYearXunKongDays).toBe(expected.lunarYearXunKongDays);
      // The days from 冬至 to 31 December, on which LunarTime#getNineStar falls instead of rising.
      expect(result.lunarTimeUnexplained).toBe(0);
      expect(result.lunarTimeDays).toBe(expected.lunarTimeDays);
    });

    it(`reaches every value of each item, and one 三伏 a year (${years} years)`, () => {
      expect(result.coverage).toMatchObject({ pentads: 72, winterNines: 81, dogDays: 3, liuYao: 6, seasons: 12, westernZodiac: 12, yearNineStars: 9, monthNineStars: 9, taiSuiDay: 8 });
      expect([result.coverage.longMiddleFu, result.coverage.longMiddleFu + result.coverage.shortMiddleFu]).toEqual([expected.longMiddleFu, years]);
    });
  });
}
