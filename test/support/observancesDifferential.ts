/**
 * `buddhistDay` and `taoistDay` (huangli/observances) against lunar-javascript's `Foto` and `Tao`,
 * day by day, every item as the reference gives it: the era year, the festivals (name, result,
 * every-month flag, remark) in order, the other festivals, the fasting days, 杨公忌, the 27
 * mansions with their luck, 七政, animal, palace and beast; the Taoist festivals (name, remark) in
 * order and the nine kinds of day. Days are read as the reference reads them: Julian before
 * 1582-10-15.
 *
 * `via: 'reference'` asks the real reference (`Lunar#getFoto`, `#getTao`: about 60 µs a day).
 * `via: 'light'` runs the reference's own Foto and Tao code on a light Lunar whose inputs (lunar
 * year, month with its leap sign, day; the solar year; the term of the day; the day pillar and
 * the month branch) are ours — the values the every-day sweeps of the calendar, the pillars and
 * the festivals compare with the reference on every day of the range — so that the whole range
 * runs in seconds. `compareObservances(days, { via: 'light', check: true })` also asks the real
 * reference and counts the days where the light Lunar's answer differs (the sampled test requires none).
 */
import { createRequire } from 'node:module';
import { fromEpochDayIn } from '../../src/calendar/julianCalendar';
import { buddhistDay, taoistDay } from '../../src/observances/index';
import type { BuddhistDay, TaoistDay } from '../../src/observances/index';
import { getDayItems } from '../../src/grid/getDayItems';
import { getDayPillarIndex } from '../../src/pillars/getPillarIndices';
import { getPillar } from '../../src/names/stemsBranches';
import { derivedPillars, julianDayOf, namedByNextList } from './rangeDifferential';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- the reference's objects, used as it uses them */
const { Solar, Foto, Tao, FotoUtil, TaoUtil } = require('lunar-javascript') as { Solar: any; Foto: any; Tao: any; FotoUtil: any; TaoUtil: any };
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** One day's observances, as plain comparable values. */
export interface ObservanceValues {
  readonly buddhist: unknown;
  readonly taoist: unknown;
}

function fromReferenceParts(foto: any, tao: any, epochDay: number): ObservanceValues {
  const f: FotoAnswers = fotoAnswers(foto);
  return {
    buddhist: { year: foto.getYear() as number, ...f, fasts: [f.fasts[0], f.fasts[1], sixDays(foto, epochDay), f.fasts[3], f.fasts[4]] },
    taoist: { year: tao.getYear() as number, ...taoAnswers(tao) },
  };
}
const fromReference = fromReferenceParts;

/**
 * The days where the reference contradicts itself on the six fasting days: `Foto#isDayZhaiSix`
 * asks on the 28th whether the month has 30 days by `LunarMonth.fromYm(year, month)`, the
 * reference's month list, which misses a leap month in the 25 years REF_SPLIT_YEARS
 * (test/support/lunarYearDifferential.ts). On the 28th of that leap month it throws (`Cannot read
 * properties of null (reading 'getDayCount')`); on the 28th of the months after it, in the same
 * year, it reads the length of another month. There the answer is that of the reference's own
 * Lunar of the days (the month has 30 days if the day two days later is its 30th), which the
 * calendar follows everywhere; each such day is listed here, with what isDayZhaiSix said.
 */
export const sixDaysContradictions = new Map<string, boolean | string>();

/** Foto#isDayZhaiSix of a day other than the 28th (it reads the day only), by month and day. */
const sixMemo = new Map<string, boolean>();

/** Foto#isDayZhaiSix, checked on the 28th against the reference's Lunar. */
function sixDays(foto: any, epochDay: number): boolean {
  let asked: boolean | string;
  try {
    asked = foto.isDayZhaiSix() as boolean;
  } catch (e) {
    asked = (e as Error).message;
  }
  if (foto.getDay() !== 28) return asked as boolean;
  const { year, month, day } = fromEpochDayIn('julian', epochDay);
  const byLunar = Solar.fromYmd(year, month, day).next(2).getLunar().getDay() !== 30;
  if (asked !== byLunar) sixDaysContradictions.set(`${year}-${month}-${day} (lunar ${foto.getLunar().getYear()})`, asked);
  return byLunar;
}

/** Our answers in the same shape. */
export function fromOurs(b: BuddhistDay, t: TaoistDay): ObservanceValues {
  const { fasts, mansion: m } = b;
  return {
    buddhist: {
      year: b.year,
      festivals: b.festivals.map((f) => [f.name, f.result, f.everyMonth, f.remark]),
      otherFestivals: b.otherFestivals,
      fasts: [fasts.month, fasts.newAndFullMoon, fasts.sixDays, fasts.tenDays, fasts.guanYin],
      yangGong: b.yangGong,
      mansion: [m.name, m.luck, m.zheng, m.animal, m.palace, m.beast],
    },
    taoist: {
      year: t.year,
      festivals: t.festivals.map((f) => [f.name, f.remark]),
      kinds: [t.sanHui, t.sanYuan, t.baJie, t.wuLa, t.baHui, t.mingWu, t.anWu, t.wu, t.tianShe],
    },
  };
}

/**
 * The reference's answers for the day `epochDay`, from its own Lunar, with two corrections that
 * follow the reference's own data where it contradicts itself (docs/calendar.md):
 * - `informed`: in the 74 December days before 1 CE where its `Lunar` and its next year's month
 *   list name the day differently (腊月 vs 闰冬月), the calendar follows the next year's list, and so
 *   do the observances: Foto and Tao are asked on the Lunar with that list's month and day
 *   (`namedByNextList`, as the festival and day-item sweeps do);
 * - `corrected`: before 1 CE its month pillar is known to be wrong (its padded-string dates): there
 *   天赦, which reads the month's branch, is asked with the branch of the month pillar derived from
 *   the reference's own term table (`derivedPillars`, as the day-item sweeps do).
 */
export function referenceObservances(epochDay: number): ObservanceValues & { corrected: boolean; informed: boolean } {
  const { year, month, day } = fromEpochDayIn('julian', epochDay);
  const lunar = Solar.fromYmd(year, month, day).getLunar();
  const next = month >= 11 ? namedByNextList(julianDayOf(epochDay), year) : undefined;
  const nextMonth = next === undefined ? 0 : next.leap ? -next.month : next.month;
  const informed = next !== undefined && (next.day !== lunar.getDay() || nextMonth !== lunar.getMonth());
  const named = informed ? Object.assign(Object.create(lunar), { getYear: () => next!.year, getMonth: () => nextMonth, getDay: () => next!.day }) : lunar;
  const branch = year < 1 ? derivedPillars(epochDay)[1].charAt(1) : lunar.getMonthZhi();
  const corrected = branch !== lunar.getMonthZhi();
  const tao = Tao.fromLunar(corrected ? Object.assign(Object.create(named), { getMonthZhi: () => branch }) : named);
  return { ...fromReference(Foto.fromLunar(named), tao, epochDay), corrected, informed };
}

/**
 * The reference's Foto and Tao code on a light Lunar of the day `epochDay` (see the file's header).
 * What does not read the year is asked once per combination of the light Lunar's other inputs
 * (its answer can depend on nothing else: the light Lunar has no other method), with a Lunar whose
 * year methods throw, so that a memoised answer that did read the year fails the test; the year
 * (`Foto#getYear`, `Tao#getYear`) and the six fasting days (`Foto#isDayZhaiSix`, which asks the
 * reference's LunarMonth of the year on the 28th) are asked every day.
 */
export function lightObservances(epochDay: number): ObservanceValues {
  const items = getDayItems(epochDay);
  const { lunar } = items;
  const pillar = getPillar(getDayPillarIndex(epochDay));
  const solarYear = fromEpochDayIn('julian', epochDay).year;
  const month = lunar.leap ? -lunar.month : lunar.month;
  const term = items.term ?? '';
  const branch = BRANCHES.charAt(items.monthBranch);
  const light = (withYear: boolean): object => ({
    getYear: withYear ? () => lunar.year : yearRead,
    getSolar: withYear ? () => ({ getYear: () => solarYear }) : yearRead,
    getMonth: () => month,
    getDay: () => lunar.day,
    getJieQi: () => term,
    getDayInGanZhi: () => pillar.name,
    getDayGan: () => pillar.stem,
    getDayZhi: () => pillar.branch,
    getMonthZhi: () => branch,
  });
  const fotoKey = `${month}|${lunar.day}`;
  let foto = fotoMemo.get(fotoKey);
  if (foto === undefined) fotoMemo.set(fotoKey, (foto = fotoAnswers(Foto.fromLunar(light(false)))));
  const taoKey = `${month}|${lunar.day}|${term}|${pillar.name}|${branch}`;
  let tao = taoMemo.get(taoKey);
  if (tao === undefined) taoMemo.set(taoKey, (tao = taoAnswers(Tao.fromLunar(light(false)))));
  // The years read the solar and the lunar year only; the six fasting days read the year's month on the 28th only.
  const yearKey = `${solarYear}|${lunar.year}`;
  let years = yearMemo.get(yearKey);
  if (years === undefined) yearMemo.set(yearKey, (years = [Foto.fromLunar(light(true)).getYear(), Tao.fromLunar(light(true)).getYear()]));
  let six: boolean | undefined;
  if (lunar.day === 28) six = sixDays(Foto.fromLunar(light(true)), epochDay);
  else if ((six = sixMemo.get(fotoKey)) === undefined) sixMemo.set(fotoKey, (six = sixDays(Foto.fromLunar(light(false)), epochDay)));
  return {
    buddhist: { year: years[0], ...foto, fasts: [foto.fasts[0], foto.fasts[1], six, foto.fasts[3], foto.fasts[4]] },
    taoist: { year: years[1], ...tao },
  };
}

const yearMemo = new Map<string, [number, number]>();
const yearRead = (): never => {
  throw new Error('observancesDifferential: a memoised Foto or Tao method read the year');
};
/** Foto's answers but the year; `fasts[2]` (the six days) is asked every day. */
interface FotoAnswers {
  readonly festivals: unknown[];
  readonly otherFestivals: string[];
  readonly fasts: readonly (boolean | null)[];
  readonly yangGong: boolean;
  readonly mansion: string[];
}
/** Tao's answers but the year. */
interface TaoAnswers {
  readonly festivals: unknown[];
  readonly kinds: boolean[];
}
const fotoMemo = new Map<string, FotoAnswers>();
const taoMemo = new Map<string, TaoAnswers>();

function fotoAnswers(foto: any): FotoAnswers {
  return {
    festivals: foto.getFestivals().map((f: any) => [f.getName(), f.getResult() || null, f.isEveryMonth(), f.getRemark() || null]),
    otherFestivals: foto.getOtherFestivals(),
    fasts: [foto.isMonthZhai(), foto.isDayZhaiShuoWang(), null, foto.isDayZhaiTen(), foto.isDayZhaiGuanYin()],
    yangGong: foto.isDayYangGong(),
    mansion: [foto.getXiu(), foto.getXiuLuck(), foto.getZheng(), foto.getAnimal(), foto.getGong(), foto.getShou()],
  };
}

function taoAnswers(tao: any): TaoAnswers {
  return {
    festivals: tao.getFestivals().map((f: any) => [f.getName(), f.getRemark() || null]),
    kinds: [tao.isDaySanHui(), tao.isDaySanYuan(), tao.isDayBaJie(), tao.isDayWuLa(), tao.isDayBaHui(), tao.isDayMingWu(), tao.isDayAnWu(), tao.isDayWu(), tao.isDayTianShe()],
  };
}

/** Ours for the day `epochDay`, read as the reference reads it, and the day's lunar year. */
export function ourObservances(epochDay: number): ObservanceValues & { lunarYear: number } {
  const date = fromEpochDayIn('julian', epochDay);
  const b = buddhistDay(date, { calendar: 'julian' });
  return { ...fromOurs(b, taoistDay(date, { calendar: 'julian' })), lunarYear: b.lunar.year };
}

export interface ObservanceComparison {
  readonly days: number;
  /** The first differences, `date: ours vs the reference's` (at most 20). */
  readonly differences: string[];
  readonly differenceCount: number;
  /** With `check`, the days where the light Lunar's answer differs from the real reference's. */
  readonly lightDifferences: number;
  /** How many days hold each festival name, Buddhist and Taoist, and each kind of day. */
  readonly counts: Record<string, number>;
  /** The days (epoch days) whose Buddhist year is not the lunar year + 544. */
  readonly otherEraYears: number[];
  /** The days (epoch days; all before 1 CE) where the reference's 天赦 was asked with the derived month branch (see {@link referenceObservances}). */
  readonly corrected: number[];
  /** The days (epoch days) where the reference was asked on the Lunar its next year's list names (see {@link referenceObservances}). */
  readonly informed: number[];
}

export function compareObservances(days: Iterable<number>, { via, check = false }: { via: 'reference' | 'light'; check?: boolean }): ObservanceComparison {
  let count = 0;
  let differenceCount = 0;
  let lightDifferences = 0;
  const otherEraYears: number[] = [];
  const corrected: number[] = [];
  const informed: number[] = [];
  const differences: string[] = [];
  const counts: Record<string, number> = {};
  const tally = (key: string): void => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const epochDay of days) {
    count++;
    let theirs: ObservanceValues;
    if (via === 'reference') {
      const { corrected: c, informed: i, ...values } = referenceObservances(epochDay);
      if (c) corrected.push(epochDay);
      if (i) informed.push(epochDay);
      theirs = values;
    } else theirs = lightObservances(epochDay);
    if (check) {
      const { corrected: c, informed: i, ...values } = referenceObservances(epochDay);
      if (c) corrected.push(epochDay);
      if (i) informed.push(epochDay);
      if (JSON.stringify(theirs) !== JSON.stringify(values)) lightDifferences++;
    }
    const { lunarYear, ...ours } = ourObservances(epochDay);
    const a = JSON.stringify(ours);
    const b = JSON.stringify(theirs);
    if (a !== b) {
      differenceCount++;
      if (differences.length < 20) {
        const { year, month, day } = fromEpochDayIn('julian', epochDay);
        differences.push(`${year}-${month}-${day}: ${a} vs ${b}`);
      }
    }
    const o = ours as { buddhist: { festivals: [string][]; otherFestivals: string[]; year: number }; taoist: { festivals: [string][]; kinds: boolean[] } };
    for (const [name] of o.buddhist.festivals) tally(`佛 ${name}`);
    for (const name of o.buddhist.otherFestivals) tally(`佛 ${name}`);
    for (const [name] of o.taoist.festivals) tally(`道 ${name}`);
    o.taoist.kinds.forEach((on, i) => on && tally(`道 kind ${i}`));
    if (o.buddhist.year !== lunarYear + 544) otherEraYears.push(epochDay);
  }
  return { days: count, differences, differenceCount, lightDifferences, counts, otherEraYears, corrected, informed };
}

/** Every name the reference's Foto and Tao tables hold, and the two Taoist festivals of its code. */
export function referenceFestivalNames(): { buddhist: string[]; taoist: string[] } {
  return {
    buddhist: [...new Set([
      ...Object.values(FotoUtil.FESTIVAL as Record<string, any[]>).flat().map((f) => f.getName() as string),
      ...Object.values(FotoUtil.OTHER_FESTIVAL as Record<string, string[]>).flat(),
    ])],
    taoist: [...new Set([
      ...Object.values(TaoUtil.FESTIVAL as Record<string, any[]>).flat().map((f) => f.getName() as string),
      ...Object.entries(TaoUtil.BA_JIE as Record<string, string>).filter(([k]) => !k.startsWith('{')).map(([, v]) => v),
      ...Object.entries(TaoUtil.BA_HUI as Record<string, string>).filter(([k]) => !k.startsWith('{')).map(([, v]) => v),
      '元始天尊圣诞', '灵宝天尊圣诞',
    ])],
  };
}
