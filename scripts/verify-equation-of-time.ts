/**
 * Measures the library's equation of time (src/astro/equationOfTime.ts: Meeus eq. 28.1 on the
 * engine's truncated VSOP87D Sun) against an independent computation, astronomia 4.2's
 * `eqtime.e` (the same formula on the full VSOP87 Earth and the full IAU 1980 nutation; see
 * test/support/astronomia.ts), at every 6 hours of 1900–2100 (UT).
 *
 * Time scale: each UT instant is turned into a Julian Ephemeris Day (TT) once, by the engine's ΔT
 * (`toJulianEphemerisDay`), and both sides are evaluated at that same JDE, so the comparison
 * measures the astronomy only. A second column compares astronomia's VSOP87B (J2000 ecliptic,
 * precessed to the date by astronomia) with its VSOP87D (ecliptic of date) on a coarser grid, to
 * show how far two full-VSOP87 readings of the reference disagree with each other.
 *
 *   npx tsx scripts/verify-equation-of-time.ts               # every 6 hours (about 293,000 instants, ~1 min)
 *   npx tsx scripts/verify-equation-of-time.ts --hours 24    # every day
 *
 * Exit code 1 if a difference reaches issue 11's limit of 2 s.
 */
import { computeEquationOfTime } from '../src/astro/equationOfTime.ts';
import { toJulianEphemerisDay } from '../src/astro/toJulianEphemerisDay.ts';
import { computeSolarTime } from '../src/bazi/trueSolarTime.ts';
import { astronomiaEquationOfTime } from '../test/support/astronomia.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const stepHours = arg('--hours', 6);
const LIMIT = 2;
const FIRST = Date.UTC(1900, 0, 1) / 1000;
const END = Date.UTC(2101, 0, 1) / 1000;
const iso = (u: number) => new Date(u * 1000).toISOString().slice(0, 16) + 'Z';

interface Worst { count: number; max: number; at: number; ours: number; theirs: number; sum: number }
const worst = (): Worst => ({ count: 0, max: 0, at: NaN, ours: NaN, theirs: NaN, sum: 0 });
const byCentury: Record<string, Worst> = { '1900–1999': worst(), '2000–2100': worst() };
const all = worst();
const seriesCheck = worst();
let min = { e: Infinity, at: NaN };
let max = { e: -Infinity, at: NaN };

const started = performance.now();
for (let u = FIRST; u < END; u += stepHours * 3600) {
  const jde = toJulianEphemerisDay(u);
  const ours = computeEquationOfTime(jde);
  const theirs = astronomiaEquationOfTime(jde);
  const d = ours - theirs;
  for (const w of [all, byCentury[u < Date.UTC(2000, 0, 1) / 1000 ? '1900–1999' : '2000–2100']!]) {
    w.count++;
    w.sum += d * d;
    if (Math.abs(d) > Math.abs(w.max)) Object.assign(w, { max: d, at: u, ours, theirs });
  }
  if (ours < min.e) min = { e: ours, at: u };
  if (ours > max.e) max = { e: ours, at: u };
  if ((u - FIRST) % (10 * 86400) === 0) {
    const b = astronomiaEquationOfTime(jde, 'VSOP87D') - theirs;
    seriesCheck.count++;
    seriesCheck.sum += b * b;
    if (Math.abs(b) > Math.abs(seriesCheck.max)) Object.assign(seriesCheck, { max: b, at: u });
  }
}
const seconds = (performance.now() - started) / 1000;

const line = (name: string, w: Worst) =>
  `${name.padEnd(34)} ${String(w.count).padStart(7)}   max |Δ| ${Math.abs(w.max).toFixed(4)} s at ${iso(w.at)} UT` +
  (Number.isNaN(w.ours) ? '' : ` (ours ${w.ours.toFixed(4)} s, astronomia ${w.theirs.toFixed(4)} s)`) +
  `   rms ${Math.sqrt(w.sum / w.count).toFixed(4)} s`;
console.log(`Equation of time, library − astronomia 4.2 (eqtime.e, VSOP87B), every ${stepHours} h of 1900–2100, both at the same JDE (TT = UT + engine ΔT)`);
console.log(line('1900–2100', all));
for (const [name, w] of Object.entries(byCentury)) console.log(line(`  ${name}`, w));
console.log(line('astronomia VSOP87D − VSOP87B (10 d)', seriesCheck));
console.log(`range of E: ${(min.e / 60).toFixed(3)} min at ${iso(min.at)} … ${(max.e / 60).toFixed(3)} min at ${iso(max.at)}`);
console.log(`(${seconds.toFixed(1)} s, mostly astronomia's full VSOP87)`);

// Speed of one computeSolarTime call (the whole path: ΔT, the Sun, nutation, obliquity).
const N = 200_000;
let sink = 0;
for (let i = 0; i < 20_000; i++) sink += computeSolarTime(FIRST + i * 31_557, 116.4).apparentSolarSeconds;
const t0 = performance.now();
for (let i = 0; i < N; i++) sink += computeSolarTime(FIRST + i * 31_557, 116.4).apparentSolarSeconds;
const perCall = ((performance.now() - t0) * 1000) / N;
console.log(`computeSolarTime: ${perCall.toFixed(2)} µs per call (${N} calls${sink === 0 ? '' : ''})`);

if (Math.abs(all.max) >= LIMIT) {
  console.error(`FAIL: ${Math.abs(all.max).toFixed(3)} s ≥ ${LIMIT} s`);
  process.exit(1);
}
