/**
 * Prints the figures that docs/calendar.md quotes about the range, ΔT and the data, so that
 * anyone can re-measure them:
 *
 *   npx tsx scripts/calendar-figures.ts
 *
 * The precision of the instants against the reference is measured by scripts/verify-engine.ts
 * (every term and new moon, about a minute), the historical calendars by
 * scripts/verify-calendar-days.ts, the fast term days by scripts/verify-term-days.ts.
 */
import { readFileSync } from 'node:fs';
import { computeDeltaT } from '../src/astro/engine/deltaT.ts';
import { solarTerms } from '../src/astro/solarTerms.ts';
import { supportedRange } from '../src/calendar/supportedRange.ts';

const root = new URL('../', import.meta.url);
const rows = (path: string): string[][] =>
  readFileSync(new URL(path, root), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));

console.log(`range: ${supportedRange.from} … ${supportedRange.to}`);
console.log('ΔT (TT − UT) by the reference\'s model:');
for (const year of [-721, 0, 500, 1000, 1500, 1900, 2000, 2025, 2050, 2100, 3000, 5000, 9999]) {
  const s = computeDeltaT(year);
  const text = Math.abs(s) >= 3600 ? `${(s / 3600).toFixed(1)} h` : Math.abs(s) >= 60 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`;
  console.log(`  ${String(year).padStart(5)}: ${text}`);
}
const corrections = rows('data/astro/term-corrections.tsv');
console.log(`term corrections: ${corrections.filter((r) => r[3] === 'SECOND').length} SECOND (1900–2100), ${corrections.filter((r) => r[3] === 'DAY').length} DAY`);
const offsets = rows('data/calendar/day-offsets.tsv');
const byCategory = new Map<string, number>();
for (const r of offsets) {
  const key = `${r[0]} ${r.find((c) => /^[A-Z-]+$/.test(c)) ?? '?'}`;
  byCategory.set(key, (byCategory.get(key) ?? 0) + 1);
}
console.log('historical-calendar offsets:', Object.fromEntries(byCategory));
const eras = rows('data/calendar/eras.tsv');
console.log(`eras: ${eras.filter((r) => r[0] === 'new moon').length} for new moons, ${eras.filter((r) => r[0] === 'term').length} for terms`);
console.log(`冬至 at the ends: ${solarTerms(-721)[23]?.instant}, ${solarTerms(9999)[23]?.instant}`);
