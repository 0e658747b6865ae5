/**
 * The festivals of `almanac(date, { festivals: gregorianFestivals })` against lunar-javascript, day by day:
 * its Lunar#getFestivals and Lunar#getOtherFestivals (kinds 'lunar' and 'lunar-other'), its
 * Solar#getFestivals and Solar#getOtherFestivals (kinds 'solar' and 'solar-other'), in its order
 * within each pair, and our 清明节 and 冬至节 (kind 'solar-term') on the days of its 清明 and 冬至.
 * Days are read as the reference reads them: Julian before 1582-10-15 (`calendar: 'julian'`).
 *
 * The reference builds a Lunar in about 18 µs and its getOtherFestivals builds two more (the
 * lunar dates of 立春 and 立秋), too slow for the 3.9 million days of the range. So the
 * reference's own festival methods are run on a light receiver: a real Lunar of the day's solar
 * year (whose 节气 table is the day's: the reference takes it from LunarYear(solar year)), with
 * the day's lunar year, month, day and Solar, the lunar date found in that LunarYear's months as
 * the reference's Lunar.fromSolar finds it; the Solars of its 节气 table are wrapped so that the
 * Lunar and the days it derives from them are built once a year (same values, memoised).
 * `compareFestivals(days, { check: true })` also asks the real reference for each day and
 * counts the days where the receiver's answer differs (the sampled test requires none).
 */
import { createRequire } from 'node:module';
import { getJieNumber, getTermDisplayDay } from '../../src/astro/termInstants';
import { fromEpochDayIn } from '../../src/calendar/julianCalendar';
import { almanac } from '../../src/index';
import { getFestivals } from '../../src/almanac/getFestivals';
import { gregorianFestivals } from '../../src/festivals/index';
import type { Festival } from '../../src/almanac/types';
import { toMoment } from '../../src/input/toMoment';
import { toLunarDate } from '../../src/lunar/lunarDate';
import { memoisedSolar, once } from './memoisedSolar';
import type { SolarTerm } from '../../src/types';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- the reference's objects, used as it uses them */
const { Solar, LunarYear } = require('lunar-javascript') as { Solar: any; LunarYear: any };

/** A Solar of the reference whose getLunar(), next(n) and toYmd() are computed once (the same values). */
const memoised = (solar: any): any => memoisedSolar(solar, (w, s) => {
  w.getLunar = once(() => s.getLunar());
  w.toYmd = once(() => s.toYmd());
});

interface ListMonth {
  readonly year: number;
  readonly month: number;
  readonly first: number;
  readonly days: number;
}

const listOf = (year: number): readonly ListMonth[] =>
  (LunarYear.fromYear(year).getMonths() as any[]).map((m) => ({ year: m.getYear(), month: m.getMonth(), first: m.getFirstJulianDay(), days: m.getDayCount() }));

interface ReferenceYear {
  readonly year: number;
  /** A Lunar of the year whose `_p` holds the day's lunar date and Solar (the rest is the year's). */
  readonly receiver: any;
  readonly months: readonly ListMonth[];
  /** The next year's list, for the days from 1 November (see {@link referenceReader}); read when first needed. */
  next: readonly ListMonth[] | undefined;
  /** Lunar#getJieQi's answer by date: the first term of the year's table on that day. */
  readonly terms: ReadonlyMap<string, string>;
}

function referenceYear(year: number): ReferenceYear {
  const base = Solar.fromYmd(year, 7, 1).getLunar();
  const jieQi: Record<string, any> = {};
  for (const key of Object.keys(base._p.jieQi)) jieQi[key] = memoised(base._p.jieQi[key]);
  base._p.jieQi = jieQi;
  const months = listOf(year);
  // getJieQi walks the table for the first key whose day is the day: the same, looked up once.
  const terms = new Map<string, string>();
  for (const key of Object.keys(jieQi)) {
    const ymd = jieQi[key].toYmd() as string;
    if (!terms.has(ymd) && jieQi[key].getYear() === year) terms.set(ymd, base._convertJieQi(key) as string);
  }
  const receiver = Object.create(base);
  receiver._p = { ...base._p };
  return { year, receiver, months, next: undefined, terms };
}

/** The reference's answers for one day. */
export interface ReferenceDay {
  /** Lunar#getFestivals, Lunar#getOtherFestivals, Solar#getFestivals, Solar#getOtherFestivals. */
  readonly lunar: readonly string[];
  readonly lunarOther: readonly string[];
  readonly solar: readonly string[];
  readonly solarOther: readonly string[];
  /** Lunar#getJieQi: the term of the day, or ''. */
  readonly term: string;
  /** The lunar month (negative for a leap month) and the days of that month. */
  readonly lunarMonth: number;
  readonly monthDays: number;
  /** Whether the day is one where the reference's lists disagree, read by the next year's list. */
  readonly contradiction: boolean;
}

/** Reads the reference's festivals for increasing days, a reference year at a time. */
export function referenceReader(): (year: number, month: number, day: number) => ReferenceDay {
  let current: ReferenceYear | undefined;
  let index = 0;
  return (year, month, day) => {
    const solar = Solar.fromYmd(year, month, day);
    if (current === undefined || current.year !== year) {
      current = referenceYear(year);
      index = 0;
    }
    const jd = Math.floor(solar.getJulianDay() + 0.5);
    // Lunar.fromSolar: the first month of LunarYear(solar year) that the day is not after.
    let m = current.months[index];
    if (m === undefined || jd < m.first) index = 0;
    while ((m = current.months[index]) !== undefined && jd - m.first >= m.days) index++;
    if (m === undefined) throw new Error(`no month of reference year ${year} holds ${year}-${month}-${day}`);
    // Where the reference contradicts itself (docs/calendar.md, test/support/rangeDifferential.ts),
    // its better-informed answer: a month that begins before 1 January is also in the next year's
    // list, whose sui holds it; in 14 Decembers before 1 CE only that list sees it is a leap month.
    let contradiction = false;
    if (month >= 11) {
      const next = (current.next ??= listOf(year + 1));
      const informed = jd >= (next[0] as ListMonth).first ? next.find((n) => jd - n.first < n.days) : undefined;
      if (informed !== undefined && (informed.year !== m.year || informed.month !== m.month || informed.first !== m.first)) {
        m = informed;
        contradiction = true;
      }
    }
    // The day's fields in the year's receiver (a Lunar's methods read them from this._p and never write them).
    const receiver = current.receiver;
    receiver._p.year = m.year;
    receiver._p.month = m.month;
    receiver._p.day = jd - m.first + 1;
    receiver._p.solar = solar;
    const ymd = solar.toYmd() as string;
    return {
      lunar: receiver.getFestivals(),
      lunarOther: receiver.getOtherFestivals(),
      solar: solar.getFestivals(),
      solarOther: solar.getOtherFestivals(),
      term: current.terms.get(ymd) ?? '',
      lunarMonth: m.month,
      monthDays: m.days,
      contradiction,
    };
  };
}

const answers = (r: Pick<ReferenceDay, 'lunar' | 'lunarOther' | 'solar' | 'solarOther' | 'term'>): string => JSON.stringify([r.lunar, r.lunarOther, r.solar, r.solarOther, r.term]);

/** The reference, asked the slow way: a real Lunar of the day. */
function referenceDirect(year: number, month: number, day: number): string {
  const solar = Solar.fromYmd(year, month, day);
  const lunar = solar.getLunar();
  return answers({ lunar: lunar.getFestivals(), lunarOther: lunar.getOtherFestivals(), solar: solar.getFestivals(), solarOther: solar.getOtherFestivals(), term: lunar.getJieQi() });
}

/**
 * The festivals the library gives for a day, without the rest of the page: getFestivals with
 * the inputs almanac() gives it (the same expressions), the term from the engine's term days.
 */
function festivalsOfDay(date: { year: number; month: number; day: number }): readonly Festival[] {
  const moment = toMoment('almanac', date, { calendar: 'julian' });
  const lunar = toLunarDate(moment.epochDay, moment.year);
  const isLastDayOfYear = lunar.day >= 29 && toLunarDate(moment.epochDay + 1, moment.year).year !== lunar.year;
  if (termYear !== moment.year) {
    termYear = moment.year;
    const first = getJieNumber(moment.year, 0);
    qingMing = getTermDisplayDay(first + 6);
    dongZhi = getTermDisplayDay(first + 23);
  }
  const term: SolarTerm | null = moment.epochDay === qingMing ? QING_MING : moment.epochDay === dongZhi ? DONG_ZHI : null;
  return getFestivals(moment, lunar, isLastDayOfYear, term, gregorianFestivals);
}
// The days of 清明 and 冬至 of the last Gregorian year asked about (the sweep goes day by day).
let termYear = Number.NaN;
let qingMing = Number.NaN;
let dongZhi = Number.NaN;
const QING_MING: SolarTerm = { name: '清明', instant: '' };
const DONG_ZHI: SolarTerm = { name: '冬至', instant: '' };

export interface FestivalComparison {
  readonly days: number;
  /** Days on which the reference lists each festival (lunar, other, Gregorian), by name. */
  readonly counts: Readonly<Record<string, number>>;
  /** 除夕 by the month it ends: '腊月 29', '腊月 30', '闰腊月 29', '闰腊月 30'. */
  readonly newYearsEves: Readonly<Record<string, number>>;
  /** Answers (a day, asked one way) where ours and the reference's differ, and the first ten of them. */
  readonly differenceCount: number;
  readonly differences: readonly string[];
  /** With `check`: days where the light receiver's answer is not the real reference's (days of contradictions aside). */
  readonly receiverMismatches: number;
  /** Days where the reference's lists of two years disagree (compared by the next year's list, as lunarDate reads them). */
  readonly contradictions: number;
  /** Those of them where its getLunar() has other festivals: `date: getLunar()'s vs the next year's list's`. */
  readonly contradictedFestivals: readonly string[];
}

export interface CompareOptions {
  /** Ask almanac() itself (default), getFestivals with almanac()'s inputs (the every-day sweep), or both. */
  readonly via?: 'almanac' | 'getFestivals' | 'both';
  /** Also ask the real reference for each day and count where the light receiver differs. */
  readonly check?: boolean;
  /** How many differing days to list (default 10). */
  readonly maxDifferences?: number;
}

/**
 * Compares the festivals of `epochDays` (in increasing order) with the reference's: the whole
 * list, `kind: name` in order, must be the reference's festivals ('lunar'), 清明节 or 冬至节 on
 * the reference's term ('solar-term'), its other festivals ('lunar-other'), its Gregorian
 * festivals ('solar'), its other Gregorian days ('solar-other'), each in the reference's order.
 */
export function compareFestivals(epochDays: Iterable<number>, options: CompareOptions = {}): FestivalComparison {
  const read = referenceReader();
  const counts = new Map<string, number>();
  const newYearsEves = new Map<string, number>();
  const differences: string[] = [];
  let differenceCount = 0;
  let receiverMismatches = 0;
  let contradictions = 0;
  const contradictedFestivals: string[] = [];
  let days = 0;
  for (const n of epochDays) {
    days++;
    const d = fromEpochDayIn('julian', n);
    const ref = read(d.year, d.month, d.day);
    if (ref.contradiction) {
      contradictions++;
      const direct = referenceDirect(d.year, d.month, d.day);
      if (direct !== answers(ref)) contradictedFestivals.push(`${d.year}-${d.month}-${d.day} (julian): ${direct} vs ${answers(ref)}`);
    } else if (options.check === true && referenceDirect(d.year, d.month, d.day) !== answers(ref)) receiverMismatches++;
    for (const name of [...ref.lunar, ...ref.lunarOther, ...ref.solar, ...ref.solarOther]) counts.set(name, (counts.get(name) ?? 0) + 1);
    if (ref.lunar.includes('除夕')) {
      const key = `${ref.lunarMonth < 0 ? '闰' : ''}腊月 ${ref.monthDays}`;
      newYearsEves.set(key, (newYearsEves.get(key) ?? 0) + 1);
    }
    const expected = [
      ...ref.lunar.map((name) => `lunar: ${name}`),
      ...(ref.term === '清明' || ref.term === '冬至' ? [`solar-term: ${ref.term}节`] : []),
      ...ref.lunarOther.map((name) => `lunar-other: ${name}`),
      ...ref.solar.map((name) => `solar: ${name}`),
      ...ref.solarOther.map((name) => `solar-other: ${name}`),
    ];
    const via = options.via ?? 'almanac';
    const ourAnswers: [string, readonly Festival[]][] = [];
    if (via !== 'getFestivals') ourAnswers.push(['almanac', almanac(d, { calendar: 'julian', festivals: gregorianFestivals }).festivals]);
    if (via !== 'almanac') ourAnswers.push(['getFestivals', festivalsOfDay(d)]);
    for (const [source, festivals] of ourAnswers) {
      const ours = festivals.map((f) => `${f.kind}: ${f.name}`);
      if (ours.join('|') === expected.join('|')) continue;
      differenceCount++;
      if (differences.length < (options.maxDifferences ?? 10)) differences.push(`${d.year}-${d.month}-${d.day} (julian), ${source}: ${JSON.stringify(ours)} vs ${JSON.stringify(expected)}`);
    }
  }
  return { days, counts: Object.fromEntries(counts), newYearsEves: Object.fromEntries(newYearsEves), differenceCount, differences, receiverMismatches, contradictions, contradictedFestivals };
}
