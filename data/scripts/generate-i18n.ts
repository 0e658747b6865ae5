/**
 * Generates src/data/i18n.generated.ts — the Traditional Chinese and English forms of every term
 * the almanac and the birth chart can output — from data/sources/glossary.tsv (hand-written and reviewed; see
 * data/sources/SOURCES.md). English is stored aligned with the library's own term lists
 * (src/i18n/canonicalTerms.ts); Traditional Chinese as a character map plus the terms it does not
 * cover. Fails if any term lacks a row, or if a composed form (pillars, lunar days, leap months,
 * 胎神 places) would differ from the glossary's. `--check` exits 1 if the output would change.
 */
import { readFileSync } from 'node:fs';
import { getGrowthStage } from '../../src/bazi/growth.ts';
import { getTenGod } from '../../src/bazi/tenGods.ts';
import { canonicalTerms, splitTaiShen, taiShenOfPillars } from '../../src/i18n/canonicalTerms.ts';
import { composeEnglish, toTraditional } from '../../src/i18n/compose.ts';
import { decodeHantCharacters, encodeHantCharacters } from '../../src/i18n/hantCodec.ts';
import { LEAP_MONTH_NAMES, LUNAR_DAY_NAMES } from '../../src/names/lunarNames.ts';
import { PILLAR_TABLE } from '../../src/names/stemsBranches.ts';
import { root, writeOutputs } from './outputs.ts';

const taiShen = taiShenOfPillars();
const HAN = /\p{Script=Han}/u;
const rows = readFileSync(`${root}data/sources/glossary.tsv`, 'utf8').trimEnd().split('\n').slice(1).map((line, i) => {
  const [category = '', zhHans = '', zhHant = '', en = ''] = line.split('\t');
  if (!category || !zhHans || !zhHant || !en) throw new Error(`glossary.tsv line ${i + 2}: empty field`);
  if (HAN.test(en)) throw new Error(`glossary.tsv line ${i + 2}: Han character in English "${en}"`);
  if ([...zhHans].length !== [...zhHant].length) throw new Error(`glossary.tsv line ${i + 2}: the two Chinese forms differ in length`);
  return { category, zhHans, zhHant, en };
});
const rowOf = (category: string, term: string): { zhHant: string; en: string } => {
  const row = rows.find((r) => r.category === category && r.zhHans === term);
  if (row === undefined) throw new Error(`glossary.tsv lacks ${category} "${term}"`);
  return row;
};

// The chart's terms are written out in canonicalTerms (the script-tag bundle does not carry huangli/bazi):
// they must be the chart's own, the ten gods of 甲 against 甲 … 癸 and 甲's stages from its 长生 at 亥.
const chartTerms = {
  'ten-god': [...Array.from({ length: 10 }, (_, stem) => getTenGod(0, stem)), '日主'],
  growth: Array.from({ length: 12 }, (_, i) => getGrowthStage(0, (11 + i) % 12)),
};
for (const [category, terms] of Object.entries(chartTerms)) {
  if (canonicalTerms()[category]?.join() !== terms.join()) throw new Error(`canonicalTerms ${category}: ${canonicalTerms()[category]?.join()} is not the chart's ${terms.join()}`);
}

// 胎神 places: the glossary has whole phrases ("Kitchen stove and door, outside to the southeast"); split them.
const fetusParts: Record<string, Map<string, string>> = { 'fetus-place': new Map(), 'fetus-location': new Map() };
const fetusHant = new Map<string, string>();
for (const term of taiShen) {
  const row = rowOf('fetus-god', term);
  const [place, location] = splitTaiShen(term);
  const comma = row.en.lastIndexOf(', ');
  for (const [category, zh, en] of [['fetus-place', place, row.en.slice(0, comma)], ['fetus-location', location, row.en.slice(comma + 2)]] as const) {
    const seen = fetusParts[category]!.get(zh);
    if (seen !== undefined && seen !== en) throw new Error(`胎神 ${zh}: "${seen}" and "${en}"`);
    fetusParts[category]!.set(zh, en);
  }
  fetusHant.set(term, row.zhHant);
}

// English, aligned with the canonical lists. God names (神煞) drop the glossary's pinyin in
// parentheses: they come in long lists, where "Heavenly Grace" reads better than
// "Heavenly Grace (Tian'en)"; the names must stay distinct without it.
const withoutPinyin = (en: string): string => en.replace(/ \([^)]*\)$/, '');
const english: Record<string, string[]> = {};
for (const [category, terms] of Object.entries(canonicalTerms())) {
  english[category] = terms.map((term) => {
    const en = fetusParts[category]?.get(term) ?? rowOf(category, term).en;
    return category === 'god' ? withoutPinyin(en) : en;
  });
}
// Stored as one string, a line per category in canonicalTerms() order and the terms joined by '|'
// (a list of strings costs a quote, comma, quote per term, a record its keys again).
const piped = Object.values(english).flat().filter((en) => en.includes('|') || en.includes('\n'));
if (piped.length > 0) throw new Error(`'|' or a line break in English: ${piped.join(', ')}`);
const godEnglish = english['god'] ?? [];
const clashes = godEnglish.filter((en, i) => godEnglish.indexOf(en) !== i);
if (clashes.length > 0) throw new Error(`god names not distinct without pinyin: ${clashes.join(', ')}`);

// Traditional Chinese: the most common mapping of each character, then the terms it gets wrong.
const allPairs: [string, string][] = rows.map((r) => [r.zhHans, r.zhHant]);
const votes = new Map<string, Map<string, number>>();
for (const [hans, hant] of allPairs) {
  const a = [...hans];
  const b = [...hant];
  a.forEach((ch, i) => {
    if (ch === b[i]) return;
    const v = votes.get(ch) ?? new Map<string, number>();
    v.set(b[i]!, (v.get(b[i]!) ?? 0) + 1);
    votes.set(ch, v);
  });
}
const neededTerms = new Set<string>();
for (const [category, terms] of Object.entries(canonicalTerms())) if (!category.startsWith('fetus-')) for (const term of terms) neededTerms.add(term);
for (const term of taiShen) neededTerms.add(term);
for (const p of PILLAR_TABLE) neededTerms.add(p.name);
for (const m of [...LEAP_MONTH_NAMES.slice(1), ...LUNAR_DAY_NAMES.slice(1)]) neededTerms.add(m);
const neededCharacters = new Set([...neededTerms].flatMap((term) => [...term]));
const charPairs: [string, string][] = [];
for (const [ch, v] of [...votes].filter(([c]) => neededCharacters.has(c)).sort(([a], [b]) => (a < b ? -1 : 1))) {
  const [best] = [...v].sort((x, y) => y[1] - x[1])[0]!;
  // Keep the character when leaving it unchanged is right more often than the best mapping.
  const unchanged = allPairs.filter(([hans, hant]) => [...hans].some((c, i) => c === ch && [...hant][i] === ch)).length;
  if (v.get(best)! > unchanged) charPairs.push([ch, best]);
}
const exceptions: Record<string, string> = {};
const needed = new Map<string, string>();
for (const [category, terms] of Object.entries(canonicalTerms())) {
  if (category.startsWith('fetus-')) continue;
  for (const term of terms) needed.set(term, rowOf(category, term).zhHant);
}
for (const [term, hant] of fetusHant) needed.set(term, hant);
for (const p of PILLAR_TABLE) needed.set(p.name, rowOf('pillar', p.name).zhHant);
for (const m of [...LEAP_MONTH_NAMES.slice(1), ...LUNAR_DAY_NAMES.slice(1)]) needed.set(m, rowOf(m.length === 3 || m.startsWith('闰') ? 'lunar-month' : 'lunar-day', m).zhHant);
const encodedCharacters = encodeHantCharacters(charPairs);
// The library reads the map back with the decoder: check the round trip here.
const characterMap = decodeHantCharacters(encodedCharacters);
if (characterMap.size !== charPairs.length || charPairs.some(([hans, hant]) => characterMap.get(hans) !== hant)) throw new Error('hantCodec: the character map does not round-trip');
for (const [term, hant] of needed) if (toTraditional(term, characterMap, {}) !== hant) exceptions[term] = hant;

// The composed English forms must equal the glossary's.
const canonical = canonicalTerms();
const dictionary = (category: string, term: string): string | undefined => {
  const i = canonical[category]?.indexOf(term) ?? -1;
  return i < 0 ? undefined : english[category]?.[i];
};
for (const p of PILLAR_TABLE) {
  const composed = composeEnglish('pillar', p.name, dictionary);
  if (composed !== rowOf('pillar', p.name).en) throw new Error(`pillar ${p.name}: composed "${composed}" vs glossary "${rowOf('pillar', p.name).en}"`);
}
for (const name of LEAP_MONTH_NAMES.slice(1)) {
  const composed = composeEnglish('lunar-month', name, dictionary);
  if (composed !== rowOf('lunar-month', name).en) throw new Error(`${name}: composed "${composed}" vs glossary "${rowOf('lunar-month', name).en}"`);
}
for (const name of LUNAR_DAY_NAMES.slice(1)) {
  const composed = composeEnglish('lunar-day', name, dictionary);
  if (composed !== rowOf('lunar-day', name).en) throw new Error(`${name}: composed "${composed}" vs glossary "${rowOf('lunar-day', name).en}"`);
}

const ts = `// GENERATED by data/scripts/generate-i18n.ts from data/sources/glossary.tsv. Do not edit.

/** English of every term, aligned with canonicalTerms() (src/i18n/canonicalTerms.ts): a line per category in its order, the terms joined by '|'. */
export const englishTerms = ${JSON.stringify(Object.values(english).map((terms) => terms.join('|')).join('\n'))};
/** Simplified → Traditional, character by character: ${charPairs.length} pairs (encoding: src/i18n/hantCodec.ts). */
export const hantCharacters = ${JSON.stringify(encodedCharacters)};
/** Traditional forms that the character map does not give. */
export const hantExceptions: Readonly<Record<string, string>> = ${JSON.stringify(exceptions)};
`;
const stale = writeOutputs([['src/data/i18n.generated.ts', ts]]);
console.log(`i18n: ${Object.values(english).reduce((n, xs) => n + xs.length, 0)} English terms, ${charPairs.length} characters mapped, ${Object.keys(exceptions).length} exceptions`);
if (stale) process.exit(1);
