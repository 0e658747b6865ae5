/**
 * Generates the reference calendar's days as data: the eras of its new moons and solar terms
 * (mean-motion lines or astronomy), the days where its calendar differs from that base, its leap
 * 11th/12th-month year lists and its month-naming exceptions. Readable copies go to
 * `data/calendar/`, the compact encoding to `src/data/calendarDays.generated.ts`, read by
 * `src/lunar/calendarDays.ts`. Provenance: data/calendar/SOURCES.md.
 *
 *   npx tsx data/scripts/generate-calendar.ts           # rewrite the files (about a minute)
 *   npx tsx data/scripts/generate-calendar.ts --check   # exit 1 if any of them would change
 *
 * Everything is computed from lunar-javascript (the devDependency): `ShouXingUtil.calcShuo` /
 * `calcQi` at each lunation's and term's argument, against the engine's astronomical day
 * (as src/astro/engine/termDays.ts defines it: the UTC+8 day of the precise term instant, of the
 * compact new-moon instant) or the era's mean-motion line. The two year lists and the
 * naming exceptions are private to `LunarYear`, so they are read from the text of lunar.js.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { computeNewMoonInstantCompact } from '../../src/astro/engine/computeNewMoonInstantCompact.ts';
import { computeSolarTermInstant } from '../../src/astro/engine/computeSolarTermInstant.ts';
import { encodeNumbers } from '../../src/internal/numberCodec.ts';
import { check, writeOutputs } from './outputs.ts';

const require = createRequire(import.meta.url);
const lunar = require('lunar-javascript') as { ShouXingUtil: Record<string, any>; Solar: any; LunarYear: any };
const S = lunar.ShouXingUtil;
const referenceVersion: string = require('lunar-javascript/package.json').version;
const referencePath: string = require.resolve('lunar-javascript/lunar.js');
const source = readFileSync(referencePath, 'utf8');
const origin = `lunar-javascript ${referenceVersion}`;
const started = Date.now();

/**
 * The engine's day, by the definition of src/astro/engine/termDays.ts: the UTC+8 day of the
 * precise term instant, and of the COMPACT new-moon instant (computeNewMoonInstantCompact, minutes
 * from the precise one: the calendar needs only the compact Moon series, and a new moon whose
 * compact instant falls on the other side of midnight is one more TIMING-EDGE offset). Computed
 * here from the instants themselves so that the data does not depend on how termDays.ts makes it
 * fast; the library calls termDays.ts, and scripts/verify-calendar-days.ts checks the two agree
 * with the reference.
 */
const UNIX_EPOCH_JD = 2440587.5;
const getTermDay = (k: number) => Math.floor(computeSolarTermInstant(k) - UNIX_EPOCH_JD + 1 / 3);
const getNewMoonDay = (n: number, shift = 0) => Math.floor(computeNewMoonInstantCompact(n) - UNIX_EPOCH_JD + 1 / 3 + shift);

const J2000 = 2451545;
/** Julian Day Number of 1970-01-01. */
const EPOCH_JDN = 2440588;
/** 1960-01-01: from here both calcShuo and calcQi use astronomy again (`f3` in the reference). */
const MODERN = 2436935;

// ---- the covered range: the lunations and terms of the years −725 … 10002 ----
const FIRST_YEAR = -725;
const LAST_YEAR = 10002;
const N_FIRST = Math.floor((FIRST_YEAR - 2000) * 12.368267);
const N_LAST = Math.ceil((LAST_YEAR + 1 - 2000) * 12.368267);
const K_FIRST = 24 * (FIRST_YEAR - 1999);
const K_LAST = 24 * (LAST_YEAR + 1 - 1999);

/**
 * Where the library reads each item's mean-motion line (its argument plus the reference's lead,
 * a Julian Day); src/lunar/calendarDays.ts uses the same expressions. New moons: the reference's
 * grid point 2451551 + 29.5306 n plus 14; `LunarYear` passes the previous first day plus
 * 29.5306, within a day or two of it. Terms: the 冬至 estimate of 2000 (J2000 + 355) plus 7, plus
 * 15.218425 a term; `LunarYear` passes its estimate plus 15.2184 a term, within 0.001 day of it.
 */
const moonX = (n: number) => 2451565 + 29.5306 * n;
const termX = (k: number) => 2451907 + 15.218425 * (k - 42);

// ---- the reference's tables ----
const SHUO_KB = S['SHUO_KB'] as number[];
const QI_KB = S['QI_KB'] as number[];
const SB = S['SB'] as string;
const QB = S['QB'] as string;
if (SHUO_KB.length !== 23 || QI_KB.length !== 71) throw new Error('SHUO_KB / QI_KB: unexpected length');
for (const name of ['calcShuo', 'calcQi']) {
  const text = String(S[name]);
  if (!text.includes('2436935') || !text.includes('d === 1683460')) throw new Error(`${name}: not the expected method boundaries / exception`);
}

/**
 * Era names of the mean-motion segments: the calendar that sxwnl's comments name for each fit
 * (lunar-javascript ships the tables without them), with the date of the segment's first line
 * point as the reference reads it (astronomical years, Julian). sxwnl's comments date the first
 * two 平朔 segments −721-12-17 and −479-12-11, one year later than the Julian Days say.
 */
const SHUO_ERAS: readonly (readonly [from: string, name: string])[] = [
  ['-722-12-17', '春秋 (古历)'],
  ['-480-12-11', '战国 (古历)'],
  ['-221-10-31', '秦汉 (古历, 颛顼历)'],
  ['-216-11-04', '秦汉 (古历, 颛顼历)'],
  ['-104-12-25', '太初历 (汉书·律历志), 平气平朔'],
  ['85-02-13', '四分历 (后汉书·律历志)'],
  ['237-02-12', '景初历 (晋书·律历志)'],
  ['445-01-24', '元嘉历 (宋书·律历志, 何承天)'],
  ['510-01-26', '大明历 (宋书·律历志, 祖冲之)'],
  ['590-02-10', '开皇历 (隋书·律历志)'],
  ['597-01-24', '大业历 (隋书·律历志)'],
];
const QI_ERAS: readonly (readonly [from: string, name: string])[] = [
  ['-221-11-09', '秦汉 (古历)'],
  ['-216-11-09', '秦汉 (古历)'],
  ['-104-12-25', '太初历 (汉书·律历志), year 365.25'],
  ['85-02-23', '四分历 (后汉书·律历志), year 365.25'],
  ['237-02-22', '景初历 (晋书·律历志), year 365.24689'],
  ['445-02-03', '元嘉历 (宋书·律历志, 何承天), year 365.24670'],
  ['510-02-03', '大明历 (宋书·律历志, 祖冲之), year 365.24278'],
  ['590-02-17', '开皇历 (隋书·律历志), year 365.24220'],
  ['597-02-03', '大业历 (隋书·律历志), year 365.24321'],
  ['619-02-03', '戊寅元历 (新唐书·历志), 平气定朔, year 365.24460'],
  ['666-02-17', '麟德历 (新唐书·历志), year 365.24480'],
  ['729-02-16', '大衍历, 至德历 (新唐书·历志), year 365.24433'],
  ['762-10-03', '五纪历 (新唐书·历志), year 365.24474'],
  ['784-02-01', '正元历, 观象历 (新唐书·历志), year 365.24484'],
  ['822-02-01', '宣明历 (新唐书·历志), year 365.24463'],
  ['893-01-31', '崇玄历 (新唐书·历志), year 365.24447'],
  ['956-02-16', '钦天历 (旧五代史·历志), year 365.24220'],
  ['964-02-16', '应天历 (宋史·律历志), year 365.24437'],
  ['983-02-16', '乾元历 (宋史·律历志), year 365.24474'],
  ['1001-01-31', '仪天历, 崇天历 (宋史·律历志), year 365.24457'],
  ['1064-12-15', '明天历 (宋史·律历志), year 365.24220'],
  ['1068-02-15', '崇天历 (宋史·律历志), year 365.24220'],
  ['1075-01-30', '奉元历 (李锐补修), year 365.24438'],
  ['1094-01-30', '(宋史·律历志), year 365.24220'],
  ['1103-02-14', '占天历 (李锐补修), year 365.24220'],
  ['1106-02-14', '纪元历 (宋史·律历志), year 365.24347'],
  ['1136-02-14', '统元历, 乾道历, 淳熙历 (宋史·律历志), year 365.24334'],
  ['1191-01-29', '会元历 (宋史·律历志), year 365.24220'],
  ['1199-01-29', '统天历 (宋史·律历志), year 365.24220'],
  ['1208-01-30', '开禧历 (宋史·律历志), year 365.24308'],
  ['1252-05-15', '淳祐历, year 365.24220'],
  ['1253-02-13', '会天历, year 365.24270'],
  ['1271-02-13', '成天历 (宋史·律历志), year 365.24220'],
  ['1277-02-12', '本天历, year 365.24220'],
  ['1280-02-13', '授时历 (元史·历志, 郭守敬), year 365.24250'],
];
if (SHUO_ERAS.length * 2 + 1 !== SHUO_KB.length || QI_ERAS.length * 2 + 1 !== QI_KB.length) throw new Error('era names: not one per segment');

// ---- dates (the reference's reading: Julian before 1582-10-15) ----
const ymd = (jdn: number): string => lunar.Solar.fromJulianDay(jdn).toYmd();
const epochYmd = (epochDay: number) => ymd(epochDay + EPOCH_JDN);
for (const [eras, kb] of [[SHUO_ERAS, SHUO_KB], [QI_ERAS, QI_KB]] as const) {
  eras.forEach(([from], i) => {
    // sxwnl's comment dates are those of the segment's first line point (within a day)
    const at = Math.floor((kb[2 * i] as number) + 0.5);
    const near = [-1, 0, 1].map((d) => ymd(at + d).replace(/^(-?)0+(?=\d)/, '$1'));
    if (!near.includes(from)) throw new Error(`era ${from}: the table's segment ${i} starts on ${near[1]}`);
  });
}

// ---- the reference's private lists, read from the text of lunar.js ----
function readArray(name: string): number[] {
  const m = new RegExp(`var ${name} = \\[([0-9,\\s]+)\\];`).exec(source);
  if (!m) throw new Error(`${name} not found in lunar.js`);
  const values = m[1]!.split(',').map((s) => Number(s.trim()));
  if (values.some((v, i) => !Number.isInteger(v) || (i > 0 && v <= values[i - 1]!))) throw new Error(`${name}: not increasing integers`);
  return values;
}
const LEAP_11 = readArray('_LEAP_11');
const LEAP_12 = readArray('_LEAP_12');
/** The naming exceptions of `LunarYear._compute`: two ranges of first days (JD) whose month names move by one, and the boundary days. */
const compute = /_compute:function\(\)\{([\s\S]*?)\n {8}\}/.exec(source)?.[1] ?? '';
const ranges = [...compute.matchAll(/if \((\d+) <= dm && dm < (\d+)\) \{\s*mc = _YMC\[\(v2 \+ (\d+)\) % 12\];/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
const boundaryTest = /else if \(dm === (\d+) \|\| dm === (\d+)\) \{\s*mc = 12;/.exec(compute);
const storedAs = /\} else if \(dm === (\d+) \|\| dm === (\d+)\) \{\s*mc = -11;/.exec(compute);
if (ranges.length !== 2 || !boundaryTest || !storedAs) throw new Error('LunarYear._compute: the naming exceptions are not as expected');
const boundaries = [Number(boundaryTest[1]), Number(boundaryTest[2])];
if (boundaries.join() !== ranges.map((r) => r[1]).join() || [storedAs[1], storedAs[2]].map(Number).join() !== boundaries.join()) {
  throw new Error('LunarYear._compute: the boundary months are not the ends of the renamed ranges');
}
if (/_inLeap\(_LEAP_11, currentYear\)\) \{\s*leapIndex = 13;[\s\S]*_inLeap\(_LEAP_12, currentYear\)\) \{\s*leapIndex = 14;/.test(compute) === false) {
  throw new Error('LunarYear._compute: the leap lists are not used as expected');
}
// the boundary months, as the reference stores them (a leap 十一月)
for (const day of boundaries) {
  const y = Number(ymd(day).slice(0, ymd(day).indexOf('-', 1)));
  const month = lunar.LunarYear.fromYear(y + 1).getMonths().find((m: any) => m.getFirstJulianDay() === day);
  if (!month || month.getMonth() !== -11) throw new Error(`boundary month ${day}: the reference does not store it as -11`);
}

// ---- the reference's method for an argument (as calcShuo / calcQi choose it) ----
interface Kind {
  name: 'new moon' | 'term';
  lead: number;
  kb: number[];
  x: (i: number) => number;
  calc: (argument: number) => number;
  engine: (i: number) => number;
  /** The reference's most precise day (its full series, no fast-series shortcut): JD number. */
  precise: (i: number) => number;
  first: number;
  last: number;
}
const kinds: Kind[] = [
  {
    name: 'new moon', lead: 14, kb: SHUO_KB, x: moonX, first: N_FIRST, last: N_LAST,
    calc: (a) => S['calcShuo'](a), engine: getNewMoonDay,
    precise: (n) => {
      const t = S['msaLonT'](2 * Math.PI * n) * 36525;
      return Math.floor(J2000 + t - S['dtT'](t) + 1 / 3 + 0.5);
    },
  },
  {
    name: 'term', lead: 7, kb: QI_KB, x: termX, first: K_FIRST, last: K_LAST,
    calc: (a) => S['calcQi'](a), engine: getTermDay,
    precise: (k) => Math.floor(J2000 + S['qiAccurate']((k * Math.PI) / 12) + 0.5),
  },
];

type Method = 'astronomical-before' | 'mean' | 'corrected' | 'astronomical';
function methodOf(kind: Kind, x: number): { method: Method; segment: number } {
  const jd = x - kind.lead;
  const kb = kind.kb;
  if (jd < kb[0]! - kind.lead) return { method: 'astronomical-before', segment: -1 };
  if (jd >= MODERN) return { method: 'astronomical', segment: -1 };
  if (jd >= kb[kb.length - 1]! - kind.lead) return { method: 'corrected', segment: -1 };
  let i = 0;
  while (x >= kb[i + 2]!) i += 2;
  return { method: 'mean', segment: i / 2 };
}
/** The mean-motion day (JD number) of segment s at x, without the reference's exception; and x's distance (days) to the nearest step of the line or segment edge. */
function meanLine(kb: number[], s: number, x: number): { day: number; margin: number } {
  const b = kb[2 * s]!;
  const k = kb[2 * s + 1]!;
  const q = (x - b) / k;
  const frac = q - Math.floor(q);
  const margin = Math.min(frac * k, (1 - frac) * k, x - b, kb[2 * s + 2]! - x);
  return { day: Math.floor(b + k * Math.floor(q) + 0.5), margin };
}

/**
 * 进朔. The Tang and Song calendars began a month on the day after the conjunction when it fell
 * late in the day; the 授时历 (1281) dropped the rule. Within the corrected new-moon era the
 * generator fits it as data: the lunations first … last (on a grid of 12 from the era's start)
 * and the hour after which a conjunction starts the month the next day (a shift of the day's
 * start by `quarterHours` quarters of an hour back from midnight) that leave the fewest offsets.
 * Inside it the base is the day of the compact instant plus the shift.
 */
const LATE = (() => {
  const moon = kinds[0]!;
  const items: number[] = [];
  for (let n = moon.first; n <= moon.last; n++) if (methodOf(moon, moon.x(n)).method === 'corrected') items.push(n);
  const instant = items.map((n) => computeNewMoonInstantCompact(n) - UNIX_EPOCH_JD + 1 / 3);
  const reference = items.map((n) => moon.calc(moon.x(n) - moon.lead - J2000) + J2000 - EPOCH_JDN);
  const misses = (shift: number) => {
    const sums = [0];
    for (let i = 0; i < items.length; i++) sums.push(sums[i]! + (Math.floor(instant[i]! + shift) !== reference[i] ? 1 : 0));
    return sums;
  };
  const plain = misses(0);
  let best = { total: plain[items.length]!, first: 0, last: -1, quarterHours: 0 };
  for (let quarterHours = 16; quarterHours <= 28; quarterHours++) {
    const late = misses(quarterHours / 96);
    for (let i = 0; i < items.length; i += 12) {
      for (let j = i + 12; j <= items.length; j += 12) {
        const total = plain[i]! + (late[j]! - late[i]!) + (plain[items.length]! - plain[j]!);
        if (total < best.total) best = { total, first: items[i]!, last: items[j - 1]!, quarterHours };
      }
    }
  }
  console.log(`进朔: lunations ${best.first} … ${best.last}, a day starts ${best.quarterHours / 4} h before midnight (UTC+8); corrected-era offsets ${plain[items.length]} → ${best.total}`);
  return best;
})();
/** The clock (UTC+8) from which a conjunction starts the month the next day, `'18:30'`. */
const lateClock = `${24 - Math.ceil(LATE.quarterHours / 4)}:${String((4 - (LATE.quarterHours % 4)) % 4 * 15).padStart(2, '0')}`;
const isLate = (kind: Kind, i: number) => kind.name === 'new moon' && i >= LATE.first && i <= LATE.last;

type Category = 'HISTORICAL' | 'MEAN-EXCEPTION' | 'REFERENCE-FAST-SERIES' | 'TIMING-EDGE';
interface Offset { index: number; referenceDay: number; baseDay: number; offset: number; category: Category; era: number }
interface Era { method: Method; segment: number; first: number; last: number }
const result = new Map<Kind, { eras: Era[]; offsets: Offset[]; minMargin: number; sensitive: number[] }>();

for (const kind of kinds) {
  const eras: Era[] = [];
  const offsets: Offset[] = [];
  let minMargin = Infinity;
  const sensitive: number[] = [];
  for (let i = kind.first; i <= kind.last; i++) {
    const x = kind.x(i);
    const found = methodOf(kind, x);
    const method = found.method;
    // The 进朔 lunations are an era of their own inside the corrected one (segment 1; after it, 2).
    const segment = method === 'corrected' && kind.name === 'new moon' ? (i < LATE.first ? 0 : i <= LATE.last ? 1 : 2) : found.segment;
    const last = eras.at(-1);
    if (last && last.method === method && last.segment === segment) last.last = i;
    else eras.push({ method, segment, first: i, last: i });
    const reference = kind.calc(x - kind.lead - J2000) + J2000; // JD number
    let base: number;
    if (method === 'mean') {
      const line = meanLine(kind.kb, segment, x);
      base = line.day;
      minMargin = Math.min(minMargin, line.margin);
    } else {
      base = (isLate(kind, i) ? getNewMoonDay(i, LATE.quarterHours / 96) : kind.engine(i)) + EPOCH_JDN;
      // the reference's day depends on the item only (not on where in its window the argument is)
      for (const d of [-1, 1]) if (kind.calc(x - kind.lead - J2000 + d) + J2000 !== reference) sensitive.push(i);
    }
    if (reference === base) continue;
    const offset = reference - base;
    if (Math.abs(offset) !== 1) throw new Error(`${kind.name} ${i}: offset ${offset} (the encoding holds ±1)`);
    let category: Category;
    if (method === 'mean') {
      if (base !== 1683460) throw new Error(`${kind.name} ${i}: a mean day differs from the line, not at 1683460`);
      category = 'MEAN-EXCEPTION';
    } else if (method === 'corrected') category = 'HISTORICAL';
    else {
      const precise = kind.precise(i);
      if (precise === reference) category = 'TIMING-EDGE';
      else if (precise === base) category = 'REFERENCE-FAST-SERIES';
      else throw new Error(`${kind.name} ${i}: engine, reference and its precise day all differ`);
    }
    offsets.push({ index: i, referenceDay: reference - EPOCH_JDN, baseDay: base - EPOCH_JDN, offset, category, era: eras.length - 1 });
  }
  // LunarYear's arguments sit within 0.002 day (terms) or about 2 days (new moons) of x
  const needed = kind.name === 'term' ? 0.01 : 3;
  if (minMargin < needed) throw new Error(`${kind.name}: a mean-motion argument is ${minMargin} days from a step of its line`);
  if (sensitive.length > 0) throw new Error(`${kind.name}: the reference's day moves within ±1 day of the argument at ${sensitive.slice(0, 5).join(', ')}`);
  result.set(kind, { eras, offsets, minMargin, sensitive });
}

// ---- encodings ----
const putNumber = (n: number): string => encodeNumbers([n]);
function encodeOffsets(list: readonly Offset[], first: number): string {
  let previous = first - 1;
  let out = '';
  for (const o of list) {
    out += putNumber(2 * (o.index - previous - 1) + (o.offset < 0 ? 1 : 0));
    previous = o.index;
  }
  return out;
}
function encodeYears(years: readonly number[]): string {
  let previous = 0;
  return years.map((y) => {
    const s = putNumber(y - previous - 1);
    previous = y;
    return s;
  }).join('');
}

// ---- readable copies ----
const CATEGORY_NOTE: Record<Category, string> = {
  HISTORICAL: 'the historical calendar (sxwnl SB/QB: its low-precision series and the dynasty\'s 定朔/定气 as printed) against the engine',
  'MEAN-EXCEPTION': 'calcShuo/calcQi: a mean day of 1683460 is moved to 1683461 (太初历, the 朔 of −103-01-24 as recorded)',
  'REFERENCE-FAST-SERIES': 'after 1960 the reference rounds its fast series (shuoHigh/qiHigh), which drifts past midnight away from its precise value',
  'TIMING-EDGE': 'the instant is near midnight and the base falls on the other day than the reference\'s precise series (new moons: the compact instant, minutes from the precise one; terms: the precise instant, within seconds of midnight)',
};
function eraLabel(kind: Kind, era: Era): { rule: string; b: string; k: string; name: string; source: string } {
  const isMoon = kind.name === 'new moon';
  switch (era.method) {
    case 'astronomical-before':
      return { rule: 'astronomical', b: '', k: '', name: isMoon ? 'before the 春秋 line: 定朔 by astronomy' : 'before the 秦汉 line: 定气 by astronomy', source: `${isMoon ? 'calcShuo: shuoHigh' : 'calcQi: qiHigh'} (argument < ${isMoon ? 'SHUO_KB' : 'QI_KB'}[0] − ${kind.lead})` };
    case 'mean': {
      const names = isMoon ? SHUO_ERAS : QI_ERAS;
      return {
        rule: 'mean', b: String(kind.kb[2 * era.segment]), k: String(kind.kb[2 * era.segment + 1]),
        name: `${names[era.segment]![1]}, ${isMoon ? '平朔' : '平气'}`,
        source: `${isMoon ? 'SHUO_KB' : 'QI_KB'} segment ${era.segment} (from ${names[era.segment]![0]})`,
      };
    }
    case 'corrected':
      if (isMoon && era.segment === 1) {
        return { rule: `astronomical, day from ${lateClock}`, b: '', k: '', name: '进朔: the Tang–Song 定朔, a conjunction late in the day starts the month the next day', source: 'calcShuo: shuoLow + SB correction string, as offsets against the engine\'s instant plus the fitted shift' };
      }
      return isMoon
        ? { rule: 'astronomical', b: '', k: '', name: "each dynasty's 定朔 as printed (戊寅元历 … 时宪历, 民国)", source: 'calcShuo: shuoLow + SB correction string (from 619-01-21), as offsets against the engine' }
        : { rule: 'astronomical', b: '', k: '', name: 'Qing 定气 (时宪历) as printed', source: 'calcQi: qiLow + QB correction string (from 1645-09-23), as offsets against the engine' };
    case 'astronomical':
      return { rule: 'astronomical', b: '', k: '', name: isMoon ? '定朔 by modern astronomy' : '定气 by modern astronomy', source: `${isMoon ? 'calcShuo: shuoHigh' : 'calcQi: qiHigh'} (argument ≥ 2436935, 1960-01-01)` };
  }
}
const dayOf = (kind: Kind, i: number) => kind.calc(kind.x(i) - kind.lead - J2000) + J2000 - EPOCH_JDN;
const erasRows: string[] = [];
const offsetRows: string[] = [];
for (const kind of kinds) {
  const { eras, offsets } = result.get(kind)!;
  for (const era of eras) {
    const l = eraLabel(kind, era);
    const count = offsets.filter((o) => eras[o.era] === era).length;
    erasRows.push([kind.name, era.first, era.last, epochYmd(dayOf(kind, era.first)), epochYmd(dayOf(kind, era.last)), l.rule, l.b, l.k, count, l.name, l.source].join('\t'));
  }
  for (const o of offsets) {
    offsetRows.push([kind.name, o.index, epochYmd(o.referenceDay), o.referenceDay, o.baseDay, o.offset > 0 ? '+1' : '-1', o.category, eraLabel(kind, eras[o.era]!).name].join('\t'));
  }
}
const erasTsv =
  `# GENERATED by data/scripts/generate-calendar.ts from ${origin}. The reference calendar's eras: rule mean = day floor(b + k·⌊(x − b)/k⌋ + 0.5), astronomical = the engine's UTC+8 day; offsets = entries in day-offsets.tsv. Dates Julian before 1582-10-15.\n` +
  `kind\tfirst\tlast\tfirst_day\tlast_day\trule\tb\tk\toffsets\tera\tsource\n${erasRows.join('\n')}\n`;
const offsetsTsv =
  `# GENERATED by data/scripts/generate-calendar.ts from ${origin}. Days where the reference calendar differs from the era's base (engine or mean line): reference = base + offset. Days since 1970-01-01; dates Julian before 1582-10-15.\n` +
  `kind\tindex\tdate\treference_day\tbase_day\toffset\tcategory\tera\n${offsetRows.join('\n')}\n`;

// ---- the compact module ----
const CATEGORIES: Category[] = ['HISTORICAL', 'MEAN-EXCEPTION', 'REFERENCE-FAST-SERIES', 'TIMING-EDGE'];
function offsetLists(kind: Kind): { code: string; doc: string } {
  const { offsets } = result.get(kind)!;
  const lists = CATEGORIES.map((c) => ({ c, list: offsets.filter((o) => o.category === c) })).filter((x) => x.list.length > 0);
  return {
    code: `[\n${lists.map(({ c, list }) => `  // ${c}: ${list.length}\n  ${JSON.stringify(encodeOffsets(list, kind.first))},`).join('\n')}\n]`,
    doc: lists.map(({ c, list }) => `${c} ${list.length} (${CATEGORY_NOTE[c]})`).join('; '),
  };
}
const [moonKind, termKind] = kinds as [Kind, Kind];
const moonLists = offsetLists(moonKind);
const termLists = offsetLists(termKind);
const kbList = (kb: number[], eras: readonly (readonly [string, string])[]) =>
  `[\n${eras.map(([from, name], i) => `  ${kb[2 * i]}, ${kb[2 * i + 1]}, // ${from} ${name}`).join('\n')}\n  ${kb.at(-1)},\n]`;
const toEpoch = (jd: number) => jd - EPOCH_JDN;
const generated =
  `// GENERATED by data/scripts/generate-calendar.ts from ${origin} (readable copies: data/calendar/eras.tsv, data/calendar/day-offsets.tsv). Do not edit.\n` +
  `\n/** First lunation (0 = 2000-01-06) of the offset lists: the years ${FIRST_YEAR} … ${LAST_YEAR}. */\nexport const calendarFirstLunation = ${N_FIRST};\n` +
  `/** First term (0 = the March equinox of 1999) of the offset lists. */\nexport const calendarFirstTerm = ${K_FIRST};\n` +
  `/** Last lunation and last term of the offset lists (after them: the engine's day). */\nexport const calendarLastLunation = ${N_LAST};\nexport const calendarLastTerm = ${K_LAST};\n` +
  `\n/**\n * 平朔 eras: the reference's SHUO_KB, [b, k] per segment (first line point, Julian Day; mean month,\n * days), then the end. Era names after sxwnl's comments; from the end, each dynasty's 定朔.\n */\n` +
  `export const newMoonMeanEras: readonly number[] = ${kbList(SHUO_KB, SHUO_ERAS)};\n` +
  `\n/** 平气 eras: the reference's QI_KB, [b, k] per segment (k = mean term, days), then the end (1645, 定气). */\n` +
  `export const termMeanEras: readonly number[] = ${kbList(QI_KB, QI_ERAS)};\n` +
  `\n/** Lunations whose calendar day is the base (line or engine) ±1, one list per category: ${moonLists.doc}. */\n` +
  `export const newMoonOffsets: readonly string[] = ${moonLists.code};\n` +
  `/** 进朔: the lunations [first, last] whose base is the day of the compact instant plus quarterHours / 96 day (the day starts ${LATE.quarterHours / 4} h before midnight). */\n` +
  `export const newMoonLateEra: readonly number[] = [${LATE.first}, ${LATE.last}, ${LATE.quarterHours}];\n` +
  `\n/** Terms whose calendar day is the base ±1: ${termLists.doc}. */\n` +
  `export const termOffsets: readonly string[] = ${termLists.code};\n` +
  `\n/** LunarYear's _LEAP_11 (${LEAP_11.length} years: a leap 十一月, month index 13, whatever the 中气 say), as gaps. */\n` +
  `export const leapElevenYears = ${JSON.stringify(encodeYears(LEAP_11))};\n` +
  `\n/** LunarYear's _LEAP_12 (${LEAP_12.length} years: a leap 十二月, month index 14). */\n` +
  `export const leapTwelveYears = ${JSON.stringify(encodeYears(LEAP_12))};\n` +
  `\n/**\n * LunarYear's month-naming exceptions, [from, to, shift] in days since 1970-01-01: months whose\n * first day is in [from, to) are named \`shift\` positions later (建丑); the month beginning on \`to\`\n * is the boundary month. ${ranges.map((r) => `JD ${r[0]} … ${r[1]} (${ymd(r[0])} … ${ymd(r[1])})`).join(', ')}.\n */\n` +
  `export const monthNameShifts: readonly number[] = [${ranges.flatMap((r) => [toEpoch(r[0]), toEpoch(r[1]), r[2]]).join(', ')}];\n`;

const outputs: [string, string][] = [
  ['data/calendar/eras.tsv', erasTsv],
  ['data/calendar/day-offsets.tsv', offsetsTsv],
  ['src/data/calendarDays.generated.ts', generated],
];

for (const kind of kinds) {
  const { eras, offsets, minMargin } = result.get(kind)!;
  const byCategory = CATEGORIES.map((c) => `${c} ${offsets.filter((o) => o.category === c).length}`).join(', ');
  console.log(`${kind.name}s ${kind.first} … ${kind.last}: ${eras.length} eras, ${offsets.length} offsets (${byCategory}); mean-line margin ${minMargin.toFixed(3)} d`);
}
console.log(`SB ${SB.length} characters, QB ${QB.length}; _LEAP_11 ${LEAP_11.length} years, _LEAP_12 ${LEAP_12.length}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
const stale = writeOutputs(outputs);

// ---- round trip: the library reads back what was written ----
if (!check) {
  const lib = await import('../../src/lunar/calendarDays.ts');
  for (const kind of kinds) {
    const f = kind.name === 'new moon' ? lib.getCalendarNewMoonDay : lib.getCalendarTermDay;
    const { eras, offsets } = result.get(kind)!;
    for (const o of offsets) if (f(o.index) !== o.referenceDay) throw new Error(`round trip: ${kind.name} ${o.index}`);
    for (const era of eras) {
      if (era.method !== 'mean') continue;
      for (let i = era.first; i <= era.last; i++) if (f(i) !== dayOf(kind, i)) throw new Error(`round trip: ${kind.name} ${i} (mean)`);
    }
  }
  for (let y = -800; y <= 10100; y++) {
    if (lib.hasLeapElevenOverride(y) !== LEAP_11.includes(y) || lib.hasLeapTwelveOverride(y) !== LEAP_12.includes(y)) throw new Error(`round trip: leap lists at ${y}`);
  }
  console.log('round trip: every offset, every mean day and both year lists read back');
}
if (check && stale > 0) process.exit(1);
