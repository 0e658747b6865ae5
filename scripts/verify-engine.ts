/**
 * Measures the astronomical engine (src/astro/engine) against the reference, lunar-javascript:
 * every solar term and every new moon of -0721 … 9999, to the reference's most precise values
 * (ShouXingUtil.qiAccurate: the full truncated VSOP87 of 寿星万年历; msaLonT: its full ELP and a
 * 60-term VSOP87), both with the same ΔT. Prints the largest |difference| per range and kind,
 * the days that differ, and the speed.
 *
 *   npx tsx scripts/verify-engine.ts            # every year (about a minute)
 *   npx tsx scripts/verify-engine.ts --every 10 # every 10th year
 *
 * Exit code 1 if a limit of issue 10 is exceeded: 1 s over 1900–2100, 60 s elsewhere.
 */
import { createRequire } from 'node:module';
import { computeNewMoonInstant } from '../src/astro/engine/computeNewMoonInstant.ts';
import { computeSolarTermInstant } from '../src/astro/engine/computeSolarTermInstant.ts';

const require = createRequire(import.meta.url);
const { ShouXingUtil: S } = require('lunar-javascript') as { ShouXingUtil: Record<string, (...a: number[]) => number> };
const J2000 = 2451545;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const every = arg('--every', 1);
const FIRST = -721;
const LAST = 9999;

/** The reference's instants as Julian Days in UTC+8 (its "Beijing" JD: J2000 + days + 1/3). */
const referenceTerm = (k: number) => J2000 + S['qiAccurate']!((k * Math.PI) / 12);
const referenceMoon = (n: number) => {
  const t = S['msaLonT']!(2 * Math.PI * n) * 36525;
  return J2000 + t - S['dtT']!(t) + 1 / 3;
};
/** The values the reference's calendar rounds to days: qiHigh / shuoHigh (fast series, exact near midnight). */
const referenceTermDay = (k: number) => Math.floor(J2000 + S['qiHigh']!((k * Math.PI) / 12) + 0.5);
const referenceMoonDay = (n: number) => Math.floor(J2000 + S['shuoHigh']!(2 * Math.PI * n) + 0.5);

interface Stat { count: number; max: number; at: string; dayDiffs: number; highDayDiffs: number; nearMidnight: number; examples: string[] }
const stat = (): Stat => ({ count: 0, max: 0, at: '', dayDiffs: 0, highDayDiffs: 0, nearMidnight: 0, examples: [] });
const stats = { modern: { term: stat(), moon: stat() }, rest: { term: stat(), moon: stat() } };
const rangeOf = (year: number) => (year >= 1900 && year <= 2100 ? 'modern' : 'rest');

function record(s: Stat, ours: number, theirs: number, highDay: number, label: string) {
  const d = (ours - theirs) * 86400;
  s.count++;
  if (Math.abs(d) > Math.abs(s.max)) { s.max = d; s.at = label; }
  const dayOurs = Math.floor(ours + 0.5);
  if (dayOurs !== Math.floor(theirs + 0.5)) s.dayDiffs++;
  if (dayOurs !== highDay) s.highDayDiffs++;
  if ((dayOurs !== Math.floor(theirs + 0.5) || dayOurs !== highDay) && s.examples.length < 12) {
    const secondsFromMidnight = (((theirs + 0.5) % 1) + 1) % 1 * 86400;
    s.examples.push(`${label}: accurate ${(secondsFromMidnight > 43200 ? secondsFromMidnight - 86400 : secondsFromMidnight).toFixed(1)} s from midnight, ours ${d.toFixed(1)} s off, calendar day ${highDay - Math.floor(theirs + 0.5)} from the accurate one`);
  }
  const frac = (theirs + 0.5) % 1;
  if (Math.min(frac, 1 - frac) * 86400 < 1) s.nearMidnight++;
}

const yearOf = (jd: number) => 2000 + (jd - J2000) / 365.2425;
const started = Date.now();
for (let year = FIRST; year <= LAST; year += every) {
  // terms: k counts 15° from the 1999 March equinox; the year's 24 from its 小寒 (k = 24 (y − 2000) + 19)
  for (let k = 24 * (year - 2000) + 19; k < 24 * (year - 2000) + 43; k++) {
    const ours = computeSolarTermInstant(k) + 1 / 3;
    const theirs = referenceTerm(k);
    record(stats[rangeOf(Math.floor(yearOf(theirs)))].term, ours, theirs, referenceTermDay(k), `term k=${k} (${yearOf(theirs).toFixed(2)})`);
  }
  const n0 = Math.ceil((year - 2000) * 12.368267 - 0.02);
  const n1 = Math.ceil((year + 1 - 2000) * 12.368267 - 0.02);
  for (let n = n0; n < n1; n++) {
    const ours = computeNewMoonInstant(n) + 1 / 3;
    const theirs = referenceMoon(n);
    record(stats[rangeOf(Math.floor(yearOf(theirs)))].moon, ours, theirs, referenceMoonDay(n), `new moon n=${n} (${yearOf(theirs).toFixed(2)})`);
  }
}
const seconds = (Date.now() - started) / 1000;

// speed: the 24 terms and the ~13 new moons of one year, averaged over many years
function timePerYear(f: (year: number) => void): number {
  const years = 400;
  const t0 = performance.now();
  for (let y = 0; y < years; y++) f(1800 + y);
  return ((performance.now() - t0) * 1000) / years;
}
timePerYear((y) => computeSolarTermInstant(24 * (y - 2000)));
const termsUs = timePerYear((y) => { for (let k = 0; k < 24; k++) computeSolarTermInstant(24 * (y - 2000) + 19 + k); });
const moonsUs = timePerYear((y) => { const n = Math.round((y - 2000) * 12.368267); for (let i = 0; i < 13; i++) computeNewMoonInstant(n + i); });

let failed = false;
console.log(`years ${FIRST} … ${LAST}${every > 1 ? `, every ${every}th` : ''}; ${seconds.toFixed(0)} s`);
console.log('range      kind      count   max |Δ| s   worst at                          days ≠ (accurate / calendar)  within 1 s of midnight');
for (const [range, kinds] of Object.entries(stats)) {
  for (const [kind, s] of Object.entries(kinds)) {
    const limit = range === 'modern' ? 1 : 60;
    if (Math.abs(s.max) > limit) failed = true;
    console.log(`${(range === 'modern' ? '1900–2100' : 'rest').padEnd(10)} ${kind.padEnd(8)} ${String(s.count).padStart(7)} ${s.max.toFixed(3).padStart(10)}   ${s.at.padEnd(34)} ${String(s.dayDiffs).padStart(6)} / ${String(s.highDayDiffs).padEnd(22)} ${s.nearMidnight}`);
  }
}
for (const [range, kinds] of Object.entries(stats)) {
  for (const [kind, s] of Object.entries(kinds)) {
    if (s.examples.length > 0) console.log(`days that differ, ${range} ${kind} (first ${s.examples.length}):\n  ${s.examples.join('\n  ')}`);
  }
}
console.log(`speed: the 24 terms of a year ${termsUs.toFixed(0)} µs, the 13 new moons from a year's first ${moonsUs.toFixed(0)} µs`);
if (failed) {
  console.error('FAIL: a limit of issue 10 (1 s over 1900–2100, 60 s elsewhere) is exceeded');
  process.exit(1);
}
