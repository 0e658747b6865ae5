/**
 * Generates the Buddhist and Taoist day tables of `huangli/observances` (src/data/observances.generated.ts)
 * from the reference implementation, lunar-javascript: its `FotoUtil` (the festivals of
 * `Foto#getFestivals` with their results, every-month flags and remarks; `Foto#getOtherFestivals`;
 * the 观音斋 days; the offsets of `FotoUtil.getXiu`, read back from it) and its `TaoUtil` (the
 * festivals of `Tao#getFestivals`, the 八节 and 八会, the 三会, 三元 and 五腊 days, the 暗戊
 * branches), with the Traditional Chinese and English of every string from the reviewed glossary
 * data/sources/observances.tsv. Two Taoist festivals are written in the reference's code rather
 * than its tables (元始天尊圣诞 on 冬至's day, 灵宝天尊圣诞 on 夏至's): they are read from
 * `Tao#getFestivals` on those days and kept here with the 八节 of the same terms, in its order.
 * `--check` exits 1 if anything would change.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { root, writeOutputs } from './outputs.ts';

const require = createRequire(import.meta.url);
const { FotoUtil, TaoUtil, Solar, Lunar } = require('lunar-javascript');
const referenceVersion: string = require('lunar-javascript/package.json').version;
// The reference fills its tables' keys ('{jq.dongZhi}' → '冬至') on first use.
Solar.fromYmd(2025, 1, 1).getLunar();

function fail(message: string): never {
  throw new Error(`generate-observances: ${message}`);
}

const HAN = /\p{Script=Han}/u;
const DATE_KEY = /^(1[0-2]|[1-9])-([12]?\d|30)$/;
const dayOrder = (key: string): number => {
  const m = DATE_KEY.exec(key) ?? fail(`bad lunar date key ${key}`);
  const day = Number(m[2]);
  if (day < 1 || day > 30) fail(`bad lunar day in ${key}`);
  return Number(m[1]) * 100 + day;
};
const byDay = <T>(table: Record<string, T>): [string, T][] => Object.entries(table).sort((a, b) => dayOrder(a[0]) - dayOrder(b[0]));
const isPlaceholder = (key: string): boolean => key.startsWith('{');

// Buddhist festivals: each distinct [name, result, everyMonth, remark] once, days as indices.
const buddhist: [string, string | null, boolean, string | null][] = [];
const buddhistIndex = new Map<string, number>();
const buddhistDays: Record<string, number[]> = {};
for (const [key, list] of byDay<any[]>(FotoUtil.FESTIVAL)) {
  buddhistDays[key] = list.map((f) => {
    const record: [string, string | null, boolean, string | null] = [f.getName(), f.getResult() || null, f.isEveryMonth(), f.getRemark() || null];
    const id = JSON.stringify(record);
    if (!buddhistIndex.has(id)) {
      buddhistIndex.set(id, buddhist.length);
      buddhist.push(record);
    }
    return buddhistIndex.get(id)!;
  });
}
const buddhistOther = Object.fromEntries(byDay<string[]>(FotoUtil.OTHER_FESTIVAL));
const guanYin: string[] = [...FotoUtil.DAY_ZHAI_GUAN_YIN];
guanYin.forEach(dayOrder);

// The 27 mansions of FotoUtil.getXiu (the 28 without 牛) and each month's offset into them, read back from it.
const xiu27: string[] = FotoUtil.XIU_27;
const mansions28 = '角亢氐房心尾箕斗牛女虚危室壁奎娄胃昴毕觜参井鬼柳星张翼轸';
if (xiu27.join('') !== mansions28.replace('牛', '')) fail(`XIU_27 is ${xiu27.join('')}`);
const xiuOffsets = Array.from({ length: 12 }, (_, m) => xiu27.indexOf(FotoUtil.getXiu(m + 1, 1)));
for (let m = 1; m <= 12; m++) for (let d = 1; d <= 30; d++) {
  if (FotoUtil.getXiu(m, d) !== xiu27[(xiuOffsets[m - 1]! + d - 1) % 27]) fail(`getXiu(${m}, ${d}) does not follow the offsets`);
  if (FotoUtil.getXiu(-m, d) !== FotoUtil.getXiu(m, d)) fail(`getXiu(-${m}, ${d}) differs from the month's`);
}

// Taoist festivals: [name, remark], days as indices.
const taoist: [string, string | null][] = [];
const taoistIndex = new Map<string, number>();
const taoistDays: Record<string, number[]> = {};
for (const [key, list] of byDay<any[]>(TaoUtil.FESTIVAL)) {
  taoistDays[key] = list.map((f) => {
    const record: [string, string | null] = [f.getName(), f.getRemark() || null];
    const id = JSON.stringify(record);
    if (!taoistIndex.has(id)) {
      taoistIndex.set(id, taoist.length);
      taoist.push(record);
    }
    return taoistIndex.get(id)!;
  });
}

// The festivals Tao#getFestivals adds on a term's day, after the day's own: read on the day of each term of 2025.
const TERMS = ['冬至', '小寒', '大寒', '立春', '雨水', '惊蛰', '春分', '清明', '谷雨', '立夏', '小满', '芒种', '夏至', '小暑', '大暑', '立秋', '处暑', '白露', '秋分', '寒露', '霜降', '立冬', '小雪', '大雪'];
const termFestivals: Record<string, string[]> = {};
const table = Lunar.fromYmd(2025, 1, 1).getJieQiTable();
for (const term of TERMS) {
  const lunar = table[term].getLunar();
  if (lunar.getJieQi() !== term) fail(`${term}: getJieQi is ${lunar.getJieQi()}`);
  const own = (TaoUtil.FESTIVAL[`${lunar.getMonth()}-${lunar.getDay()}`] ?? []).length;
  const names: string[] = lunar.getTao().getFestivals().slice(own).map(String).filter((name: string) => name !== TaoUtil.BA_HUI[lunar.getDayInGanZhi()]);
  if (names.length > 0) termFestivals[term] = names;
  if ((TaoUtil.BA_JIE[term] !== undefined) !== names.includes(TaoUtil.BA_JIE[term])) fail(`${term}: 八节 not among ${names}`);
}
const baJieTerms = Object.keys(TaoUtil.BA_JIE).filter((k) => !isPlaceholder(k));
if (baJieTerms.length !== 8) fail(`八节 on ${baJieTerms}`);
const assemblies = Object.fromEntries(Object.entries(TaoUtil.BA_HUI as Record<string, string>).filter(([k]) => !isPlaceholder(k)));
if (Object.keys(assemblies).length !== 8) fail(`八会 on ${Object.keys(assemblies)}`);
const anWu: string = TaoUtil.AN_WU.join('');
if (!/^[子丑寅卯辰巳午未申酉戌亥]{12}$/.test(anWu)) fail(`AN_WU is ${anWu}`);
for (const list of [TaoUtil.SAN_HUI, TaoUtil.SAN_YUAN, TaoUtil.WU_LA]) list.forEach(dayOrder);

// The renderings of every string a day can hold.
const strings = new Set<string>();
for (const [name, result, , remark] of buddhist) for (const s of [name, result, remark]) if (s !== null) strings.add(s);
for (const list of Object.values(buddhistOther)) for (const s of list) strings.add(s);
for (const [name, remark] of taoist) for (const s of [name, remark]) if (s !== null) strings.add(s);
for (const list of Object.values(termFestivals)) for (const s of list) strings.add(s);
for (const s of Object.values(assemblies)) strings.add(s);

const glossaryPath = 'data/sources/observances.tsv';
const rows = readFileSync(root + glossaryPath, 'utf8').replace(/\n+$/, '').split('\n');
if (rows[0] !== 'zh-Hans\tzh-Hant\ten\tnote') fail(`${glossaryPath}: header is ${rows[0]}`);
const names: Record<string, { 'zh-Hant': string; en: string }> = {};
for (const [i, row] of rows.slice(1).entries()) {
  const [hans, hant, en, note, ...rest] = row.split('\t');
  if (hans === undefined || hant === undefined || en === undefined || note === undefined || rest.length > 0) fail(`${glossaryPath}:${i + 2}: four columns expected`);
  if (!strings.has(hans)) fail(`${glossaryPath}:${i + 2}: ${hans} is not a string of the reference's tables`);
  if (Object.prototype.hasOwnProperty.call(names, hans)) fail(`${glossaryPath}:${i + 2}: ${hans} twice`);
  if (hant === '' || en === '' || HAN.test(en)) fail(`${glossaryPath}:${i + 2}: ${hans} needs a Traditional Chinese and an English without Chinese`);
  names[hans] = { 'zh-Hant': hant, en };
}
const missing = [...strings].filter((s) => !Object.prototype.hasOwnProperty.call(names, s));
if (missing.length > 0) fail(`${glossaryPath} lacks ${missing.join(', ')}`);

const json = (value: unknown): string => JSON.stringify(value);
const text = `// GENERATED by data/scripts/generate-observances.ts from lunar-javascript ${referenceVersion} (FotoUtil, TaoUtil) and ${glossaryPath}. Do not edit.

/** Each distinct festival of Foto#getFestivals: [name, result (犯者…) or null, every month, remark or null]. */
export const buddhistFestivals: readonly (readonly [string, string | null, boolean, string | null])[] = ${json(buddhist)};
/** The festivals of each lunar day 'M-D' (a leap month has none), as indices into buddhistFestivals, in the reference's order. */
export const buddhistFestivalDays: Readonly<Record<string, readonly number[]>> = ${json(buddhistDays)};
/** The other Buddhist days of Foto#getOtherFestivals, by lunar day 'M-D'. */
export const buddhistOtherFestivals: Readonly<Record<string, readonly string[]>> = ${json(buddhistOther)};
/** The lunar days 'M-D' of 观音斋 (Foto#isDayZhaiGuanYin). */
export const guanYinFastDays: readonly string[] = ${json(guanYin)};
/** The 27 mansions of the Buddhist calendar (the 28 without 牛), as indices into the 28: 角 = 0. */
export const buddhistMansions: readonly number[] = ${json(xiu27.map((x) => mansions28.indexOf(x)))};
/** The mansion of lunar day d of month m is buddhistMansions[(buddhistMansionOffsets[m - 1] + d - 1) % 27] (FotoUtil.getXiu). */
export const buddhistMansionOffsets: readonly number[] = ${json(xiuOffsets)};
/** Each distinct festival of Tao#getFestivals' table: [name, remark or null]. */
export const taoistFestivals: readonly (readonly [string, string | null])[] = ${json(taoist)};
/** The festivals of each lunar day 'M-D' (a leap month has none), as indices into taoistFestivals. */
export const taoistFestivalDays: Readonly<Record<string, readonly number[]>> = ${json(taoistDays)};
/** The festivals after a day's own on the day of a term: 元始天尊圣诞 (冬至), 灵宝天尊圣诞 (夏至), then the 八节's deity. */
export const taoistTermFestivals: Readonly<Record<string, readonly string[]>> = ${json(termFestivals)};
/** The eight terms of the 八节 (Tao#isDayBaJie). */
export const taoistEightTerms: readonly string[] = ${json(baJieTerms)};
/** The 八会 by day pillar, the last festival of its day (Tao#isDayBaHui). */
export const taoistAssemblies: Readonly<Record<string, string>> = ${json(assemblies)};
/** The lunar days 'M-D' of the 三会, the 三元 and the 五腊. */
export const taoistSanHuiDays: readonly string[] = ${json(TaoUtil.SAN_HUI)};
export const taoistSanYuanDays: readonly string[] = ${json(TaoUtil.SAN_YUAN)};
export const taoistWuLaDays: readonly string[] = ${json(TaoUtil.WU_LA)};
/** The branch of 暗戊 for lunar months 1 … 12 (a leap month's is its month's). */
export const taoistAnWuBranches = ${json(anWu)};
/** The Traditional Chinese and English of every string above, from ${glossaryPath}. */
export const observanceNames: Readonly<Record<string, { readonly 'zh-Hant': string; readonly en: string }>> = ${json(names)};
`;

process.exitCode = writeOutputs([['src/data/observances.generated.ts', text]]) > 0 ? 1 : 0;
