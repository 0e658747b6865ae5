/**
 * Birth charts against lunar-javascript's `EightChar` and `Yun` (the reference): every field of
 * `baZi()` but `moment` rebuilt from the reference's getters, for both 子时 sects, both sexes and
 * both start-age methods. Used by differential.test.ts (sampled, `npm test`) and the
 * differential-*.full.test.ts files (dense, `npm run test:full`).
 *
 * - Sects: `EightChar.setSect(2)` (its default) is `dayBoundary: 'midnight'`, `setSect(1)` is
 *   `'23:00'`. `getYun(gender, sect)`: gender 1 is male; sect 1 (its default) is `luckStart: 'days'`,
 *   2 is `'minutes'`. The reference's `Yun` reads only the `Lunar` (not the sect), so the luck is
 *   compared once per moment, sex and method, against the chart of either sect.
 * - Two pure functions of the reference are memoised to keep the sweep within minutes, without
 *   changing what it returns: `LiuNian.getGanZhi()` reads `lunar.getJieQiTable()['立春'].getLunar()`
 *   each time (a whole `Lunar` per 流年): that `Solar`'s `getLunar` is replaced by its first result;
 *   and `LiuYue.getGanZhi()` is a function of its 流年's pillar and its index only (lunar.js,
 *   `buildLiuYue`), so the twelve 流月 are read from the reference once per 流年 pillar.
 * - Term instants are the reference's to the second, so nothing is tolerated: every difference is
 *   reported. Around each 节 the moments include its exact second (the new month, as in the
 *   reference) and the second before it (test/support/momentsDifferential.ts does the same).
 */
import fc from 'fast-check';
import { baZi } from '../../src/bazi/index';
import type { BaZi, Luck } from '../../src/bazi/index';
import { reference } from '../support/reference';
import { SEED } from '../support/setup';

/** A wall-clock minute (or second) in China Standard Time. */
export interface ChartMomentInput { year: number; month: number; day: number; hour: number; minute: number; second?: number }

/* eslint-disable @typescript-eslint/no-explicit-any -- the reference is untyped JavaScript */
type Any = any;

const FIRST_MINUTE = Date.UTC(1900, 0, 1) / 60000;
const LAST_MINUTE = Date.UTC(2101, 0, 1) / 60000 - 1;

export const momentOfMinute = (minute: number): ChartMomentInput => {
  const d = new Date(minute * 60000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
};

/** The moment `second` seconds (possibly negative) after the start of a minute, with its seconds. */
export const momentOfSecond = (minute: number, second: number): ChartMomentInput => {
  const d = new Date(minute * 60000 + second * 1000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
};

/** `count` minutes of 1900 … 2100 (CST), uniform, with the run's seed (`salt` varies the stream). */
export function randomChartMoments(count: number, salt = 0): ChartMomentInput[] {
  return fc.sample(fc.noBias(fc.integer({ min: FIRST_MINUTE, max: LAST_MINUTE })), { seed: SEED + salt, numRuns: count }).map(momentOfMinute);
}

/** Every minute 23:00 … 01:00 (121 minutes) around the midnight after each of `days` random days, every `step` minutes. */
export function midnightWindows(days: number, step = 1, salt = 1): ChartMomentInput[] {
  const firstDay = Date.UTC(1900, 0, 1) / 86400000;
  const lastDay = Date.UTC(2100, 11, 30) / 86400000;
  const out: ChartMomentInput[] = [];
  for (const day of fc.sample(fc.noBias(fc.integer({ min: firstDay, max: lastDay })), { seed: SEED + salt, numRuns: days })) {
    const midnight = (day + 1) * 1440;
    for (let m = -60; m <= 60; m += step) out.push(momentOfMinute(midnight + m));
  }
  return out;
}

/** A 节 instant of the reference: its minute since 1970 (CST) and the second within that minute. */
export interface ReferenceJie { minute: number; second: number }

/** The reference's 节 instants of 1900 … 2100 (12 a year). */
export function referenceJie(): ReferenceJie[] {
  const out: ReferenceJie[] = [];
  for (let year = 1900; year <= 2100; year++) {
    const jds = reference.LunarYear.fromYear(year).getJieQiJulianDays();
    for (let k = 0; k < 24; k += 2) {
      const s = reference.Solar.fromJulianDay(jds[k + 2] as number);
      out.push({ minute: Date.UTC(s.getYear(), s.getMonth() - 1, s.getDay(), s.getHour(), s.getMinute()) / 60000, second: s.getSecond() });
    }
  }
  return out;
}

/**
 * Every minute within `window` minutes of each of the given 节, then the 节's exact second and
 * the second before it: 2 × window + 3 moments a 节.
 */
export function momentsAround(terms: readonly ReferenceJie[], window: number): ChartMomentInput[] {
  const out: ChartMomentInput[] = [];
  for (const t of terms) {
    for (let m = -window; m <= window; m++) out.push(momentOfMinute(t.minute + m));
    out.push(momentOfSecond(t.minute, t.second), momentOfSecond(t.minute, t.second - 1));
  }
  return out;
}

const STEM_ORDER = '甲乙丙丁戊己庚辛壬癸';
const BRANCH_ORDER = '子丑寅卯辰巳午未申酉戌亥';
const pillarOf = (name: string) => {
  const stem = STEM_ORDER.indexOf(name[0] as string);
  const branch = BRANCH_ORDER.indexOf(name[1] as string);
  return { stem: name[0], branch: name[1], name, index: (6 * stem - 5 * branch + 60) % 60 };
};
const JIE_OF_MONTH = ['立春', '惊蛰', '清明', '立夏', '芒种', '小暑', '立秋', '白露', '寒露', '立冬', '大雪', '小寒'];

function refPillar(ec: Any, part: 'Year' | 'Month' | 'Day' | 'Time') {
  const name: string = ec[`get${part}`]();
  const hidden: string[] = ec[`get${part}HideGan`]();
  const hiddenGods: string[] = ec[`get${part}ShiShenZhi`]();
  const wuXing: string = ec[`get${part}WuXing`]();
  const kong: string = ec[`get${part}XunKong`]();
  return {
    ...pillarOf(name),
    tenGod: ec[`get${part}ShiShenGan`](),
    hiddenStems: hidden.map((stem, i) => ({ stem, tenGod: hiddenGods[i] })),
    elements: { stem: wuXing[0], branch: wuXing[1] },
    naYin: ec[`get${part}NaYin`](),
    growth: ec[`get${part}DiShi`](),
    xun: ec[`get${part}Xun`](),
    xunKong: [kong[0], kong[1]],
  };
}

/** The chart fields of a reference `EightChar`, in the shape of `baZi()` (without `moment` and `luck`). */
function refChart(ec: Any) {
  return {
    pillars: { year: refPillar(ec, 'Year'), month: refPillar(ec, 'Month'), day: refPillar(ec, 'Day'), hour: refPillar(ec, 'Time') },
    taiYuan: { name: ec.getTaiYuan(), naYin: ec.getTaiYuanNaYin() },
    taiXi: { name: ec.getTaiXi(), naYin: ec.getTaiXiNaYin() },
    mingGong: { name: ec.getMingGong(), naYin: ec.getMingGongNaYin() },
    shenGong: { name: ec.getShenGong(), naYin: ec.getShenGongNaYin() },
  };
}

const monthsByYearPillar = new Map<string, unknown[]>();

/** The luck of a reference `Yun`, in the shape of `baZi().luck`. */
function refLuck(yun: Any, sex: 'male' | 'female', method: 'days' | 'minutes') {
  const decades = yun.getDaYun().map((dy: Any) => {
    const gz: string = dy.getGanZhi();
    return {
      index: dy.getIndex(),
      pillar: gz === '' ? null : pillarOf(gz),
      startYear: dy.getStartYear(), endYear: dy.getEndYear(), startAge: dy.getStartAge(), endAge: dy.getEndAge(),
      years: dy.getLiuNian().map((ln: Any) => {
        const name: string = ln.getGanZhi();
        const months = monthsByYearPillar.get(name)
          ?? ln.getLiuYue().map((ly: Any) => ({ index: ly.getIndex(), term: JIE_OF_MONTH[ly.getIndex()], pillar: pillarOf(ly.getGanZhi()) }));
        monthsByYearPillar.set(name, months);
        return { year: ln.getYear(), age: ln.getAge(), pillar: pillarOf(name), months };
      }),
      minorLuck: dy.getXiaoYun().map((xy: Any) => ({ year: xy.getYear(), age: xy.getAge(), pillar: pillarOf(xy.getGanZhi()) })),
    };
  });
  return {
    sex, method, forward: yun.isForward(),
    start: { years: yun.getStartYear(), months: yun.getStartMonth(), days: yun.getStartDay(), hours: yun.getStartHour() },
    startDate: yun.getStartSolar().toYmdHms().replace(' ', 'T'),
    decades,
  };
}

export interface ChartComparison {
  /** Charts compared (a moment counts 2 sects + 4 lucks). */
  readonly moments: number;
  /** One line per moment that differs, naming the first field that does. */
  readonly differences: readonly string[];
}

/**
 * Arrays already found equal, `a` (ours, frozen) → the `b`s (the reference side's, never changed
 * once built): the shared 流月 lists are compared once per pair, not once per year. Only arrays are
 * remembered: a set for every object compared cost more than comparing it again.
 */
const equalPairs = new WeakMap<object, WeakSet<object>>();

/**
 * The first path at which two JSON-like values differ (`.decades.3.years.0.age: 31 vs 30`), or
 * undefined. The path is built on the way back from a difference only: building it at every node
 * made this comparison most of the dense sweeps' time.
 */
function firstDifference(a: unknown, b: unknown): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const memo = Array.isArray(a) && Object.isFrozen(a);
  if (memo && equalPairs.get(a)?.has(b) === true) return undefined;
  if (Array.isArray(a) !== Array.isArray(b)) return `: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const k of Object.keys(left)) {
    const d = firstDifference(left[k], right[k]);
    if (d !== undefined) return `.${k}${d}`;
  }
  for (const k of Object.keys(right)) {
    if (!Object.hasOwn(left, k) && right[k] !== undefined) return `.${k}: undefined vs ${JSON.stringify(right[k])}`;
  }
  if (memo) {
    let set = equalPairs.get(a);
    if (set === undefined) equalPairs.set(a, (set = new WeakSet()));
    set.add(b);
  }
  return undefined;
}

/** Our chart without `moment`, `dayBoundary` and `luck` (what the reference's EightChar has). */
function ours(chart: BaZi): unknown {
  const { moment: _moment, dayBoundary: _boundary, luck: _luck, ...rest } = chart;
  return rest;
}

export function compareCharts(moments: Iterable<ChartMomentInput>): ChartComparison {
  const differences: string[] = [];
  let count = 0;
  for (const c of moments) {
    count++;
    const lunar: Any = reference.Solar.fromYmdHms(c.year, c.month, c.day, c.hour, c.minute, c.second ?? 0).getLunar();
    const liChun: Any = lunar.getJieQiTable()['立春'];
    const liChunLunar: Any = liChun.getLunar();
    liChun.getLunar = () => liChunLunar;
    const found: string[] = [];
    for (const [sect, dayBoundary] of [[2, 'midnight'], [1, '23:00']] as const) {
      const ec: Any = lunar.getEightChar();
      ec.setSect(sect);
      const mine = baZi(c, { dayBoundary });
      const d = firstDifference(ours(mine), refChart(ec));
      if (d !== undefined) found.push(`${dayBoundary} ${d}`);
      if (mine.moment.wallClock !== `${lunar.getSolar().toYmdHms().replace(' ', 'T')}`) found.push(`moment.wallClock ${mine.moment.wallClock}`);
    }
    const ec: Any = lunar.getEightChar();
    for (const [gender, sex] of [[1, 'male'], [0, 'female']] as const) {
      for (const [sect, method] of [[1, 'days'], [2, 'minutes']] as const) {
        const luck: Luck = baZi(c, { sex, luckStart: method }).luck;
        const d = firstDifference(luck, refLuck(ec.getYun(gender, sect), sex, method));
        if (d !== undefined) found.push(`${sex} ${method} luck${d}`);
      }
    }
    if (found.length > 0) differences.push(`${JSON.stringify(c)}: ${found.slice(0, 3).join('; ')}`);
  }
  return { moments: count, differences };
}
