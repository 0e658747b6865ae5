/**
 * Generates `gregorianFestivals` (huangli/festivals): the reference implementation's Gregorian and
 * international days, from lunar-javascript (`SolarUtil.FESTIVAL`, `SolarUtil.WEEK_FESTIVAL`,
 * `SolarUtil.OTHER_FESTIVAL`, read by its `Solar#getFestivals` and `Solar#getOtherFestivals`),
 * with the Traditional Chinese and English of each name from the reviewed glossary
 * (data/sources/glossary.tsv, category `festival`), in the shape of a `FestivalSet`
 * (src/festivals/types.ts), checked and sealed with its checksum by festivalSet (as a caller's set
 * is), into data/almanac/solar-festivals.json (readable: the set as JSON) and
 * src/data/festivals.generated.ts (compact: the names once, their English aligned, their
 * Traditional Chinese by a character map and exceptions, the tables as keys; see
 * src/festivals/decodeFestivalSet.ts, whose reading of it is checked here).
 * `--check` exits 1 if anything would change.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { decodeFestivalSet } from '../../src/festivals/decodeFestivalSet.ts';
import { festivalSet } from '../../src/festivals/festivalSet.ts';
import { getChecksum } from '../../src/festivals/getChecksum.ts';
import { root, writeOutputs } from './outputs.ts';

const require = createRequire(import.meta.url);
const { SolarUtil } = require('lunar-javascript');
const referenceVersion: string = require('lunar-javascript/package.json').version;

function fail(message: string): never {
  throw new Error(`generate-festivals: ${message}`);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A table keyed 'M-D' (a date of the Gregorian year, as the reference keys it), in date order, each a list of names. */
function byDate(table: Record<string, string | string[]>): Record<string, string[]> {
  const entries = Object.entries(table).map(([key, names]) => {
    const [month, day, ...rest] = key.split('-').map(Number);
    if (month === undefined || day === undefined || rest.length > 0 || !(month >= 1 && month <= 12) || !(day >= 1 && day <= DAYS_IN_MONTH[month - 1]!)) fail(`bad date key ${key}`);
    return [month * 100 + day, key, Array.isArray(names) ? names : [names]] as const;
  });
  return Object.fromEntries(entries.sort((a, b) => a[0] - b[0]).map(([, key, names]) => [key, names]));
}

/**
 * The week rules, keyed 'M-W-D' in the reference: month, the week of the month (1–5, ceil(day / 7);
 * 0 for the last seven days, here -1), weekday (0 = Sunday). Sorted by month and weekday, a week's
 * rule before the last week's: the order in which Solar#getFestivals asks them on a day.
 */
function byWeek(table: Record<string, string>): { month: number; week: number; weekday: number; names: string[] }[] {
  return Object.entries(table).map(([key, name]) => {
    const [month, week, weekday, ...rest] = key.split('-').map(Number);
    if (rest.length > 0 || !(month! >= 1 && month! <= 12) || !(week! >= 0 && week! <= 5) || !(weekday! >= 0 && weekday! <= 6)) fail(`bad week key ${key}`);
    return { month: month!, week: week === 0 ? -1 : week!, weekday: weekday!, names: [name] };
  }).sort((a, b) => a.month - b.month || a.weekday - b.weekday || (a.week < 0 ? 6 : a.week) - (b.week < 0 ? 6 : b.week));
}

const fixed = byDate(SolarUtil.FESTIVAL);
const weekdays = byWeek(SolarUtil.WEEK_FESTIVAL);
const other = byDate(SolarUtil.OTHER_FESTIVAL);
// Solar#getFestivals pushes one name per fixed day: the set holds one too.
for (const [key, names] of Object.entries(fixed)) if (names.length !== 1) fail(`${key} has ${names.length} festivals`);

const glossary = new Map<string, { 'zh-Hant': string; en: string }>();
for (const line of readFileSync(`${root}data/sources/glossary.tsv`, 'utf8').trimEnd().split('\n').slice(1)) {
  const [category, zhHans = '', zhHant = '', en = ''] = line.split('\t');
  if (category === 'festival') glossary.set(zhHans, { 'zh-Hant': zhHant, en });
}
const all = [...Object.values(fixed).flat(), ...weekdays.flatMap((r) => r.names), ...Object.values(other).flat()];
if (new Set(all).size !== all.length) fail('a name is listed twice');
const names = Object.fromEntries(all.map((name) => {
  const row = glossary.get(name);
  if (row === undefined) fail(`glossary.tsv lacks festival "${name}"`);
  return [name, row];
}));

const set = festivalSet({ fixed, weekdays: weekdays as never, other, names });

// The compact form: names in the set's order (fixed, weekdays, other: the tables take them in turn).
const order = [...Object.values(set.fixed).flat(), ...set.weekdays.flatMap((r) => r.names), ...Object.values(set.other).flat()];
if (order.join('|') !== Object.keys(set.names).join('|')) fail('the names are not in the order the set lists them');
if (order.some((name) => name.includes('|')) || Object.values(set.names).some((r) => r.en.includes('|'))) fail("a name holds '|'");
const keys = (table: Readonly<Record<string, readonly string[]>>): string => Object.entries(table).map(([key, list]) => (list.length === 1 ? key : `${key}*${list.length}`)).join(',');
// Traditional Chinese: each character's most common form among the names, then the names it gets wrong.
const votes = new Map<string, Map<string, number>>();
for (const name of order) {
  const a = [...name];
  const b = [...set.names[name]!['zh-Hant']];
  if (a.length !== b.length || a.some((ch) => ch.length !== 1) || b.some((ch) => ch.length !== 1)) fail(`${name}: the two Chinese forms differ in length or leave the BMP`);
  a.forEach((ch, i) => {
    if (ch === b[i]) return;
    const v = votes.get(ch) ?? new Map<string, number>();
    v.set(b[i]!, (v.get(b[i]!) ?? 0) + 1);
    votes.set(ch, v);
  });
}
const pairs = [...votes].sort(([x], [y]) => (x < y ? -1 : 1)).map(([ch, v]) => ch + [...v].sort((x, y) => y[1] - x[1])[0]![0]).join('');
const map = new Map([...pairs.matchAll(/../gu)].map(([p]) => [p.charAt(0), p.charAt(1)] as const));
const hantExceptions = Object.fromEntries(order.filter((name) => [...name].map((ch) => map.get(ch) ?? ch).join('') !== set.names[name]!['zh-Hant']).map((name) => [name, set.names[name]!['zh-Hant']]));
const compact = {
  names: order.join('|'),
  english: order.map((name) => set.names[name]!.en).join('|'),
  hantPairs: pairs,
  hantExceptions,
  fixed: keys(set.fixed),
  weekdays: set.weekdays.map((r) => (r.names.length === 1 ? `${r.month}/${r.week}/${r.weekday}` : `${r.month}/${r.week}/${r.weekday}*${r.names.length}`)).join(','),
  other: keys(set.other),
  checksum: set.checksum,
};
const decoded = decodeFestivalSet(compact);
if (!isDeepStrictEqual(decoded, set) || getChecksum(decoded) !== set.checksum) fail('decodeFestivalSet does not read the compact form back');

const ts = `// GENERATED by data/scripts/generate-festivals.ts from lunar-javascript ${referenceVersion} and data/sources/glossary.tsv (readable copy: data/almanac/solar-festivals.json). Do not edit.
import type { CompactFestivalSet } from '../festivals/decodeFestivalSet';

/**
 * The reference's Gregorian and international days as a festival set, written compactly (read by
 * src/festivals/decodeFestivalSet.ts): fixed (SolarUtil.FESTIVAL), weekdays (SolarUtil.WEEK_FESTIVAL;
 * week -1 is its 0, the last seven days), other (SolarUtil.OTHER_FESTIVAL), the glossary's zh-Hant
 * (${map.size} character pairs, ${Object.keys(hantExceptions).length} exceptions) and English of each name, and the checksum that
 * festivalSet() wrote.
 */
export const gregorianFestivalData: CompactFestivalSet = ${JSON.stringify(compact)};
`;

const stale = writeOutputs([
  ['data/almanac/solar-festivals.json', JSON.stringify(set, null, 2) + '\n'],
  ['src/data/festivals.generated.ts', ts],
]);
console.log(`gregorian festivals: ${Object.keys(fixed).length} fixed days, ${weekdays.length} week rules, ${Object.values(other).flat().length} other days, ${all.length} names`);
if (stale) process.exit(1);
