/**
 * Generates the astronomical engine's coefficient tables: readable copies in `data/astro/` and the
 * truncated series in `src/data/*Series.generated.ts`, from the tables that lunar-javascript ships
 * (its `ShouXingUtil`, after 寿星万年历 by 许剑伟), with the constants of data/astro/polynomials.tsv.
 *
 *   npx tsx data/scripts/generate-astro.ts           # rewrite the tables
 *   npx tsx data/scripts/generate-astro.ts --check   # exit 1 if any table would change
 *
 * Before writing anything it checks that the engine's evaluators, fed the untruncated tables and
 * the transcribed polynomials, reproduce the reference's own functions to 1e-12 rad (or 1e-9 s).
 * The truncation rules are below (TRUNCATION, and COMPACT for the calendar's new-moon days);
 * data/astro/SOURCES.md explains them.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { evaluateEarthLongitude } from '../../src/astro/engine/evaluateEarthLongitude.ts';
import { evaluateMoonLongitude, type MoonLongitudePolynomials } from '../../src/astro/engine/evaluateMoonLongitude.ts';
import { evaluateNutationInLongitude } from '../../src/astro/engine/evaluateNutationInLongitude.ts';
import { encodeDecimals, encodeSeries } from '../../src/astro/engine/seriesCodec.ts';
import { check, root, writeOutputs } from './outputs.ts';

const require = createRequire(import.meta.url);
const { ShouXingUtil: S } = require('lunar-javascript') as { ShouXingUtil: Record<string, any> };
const referenceVersion: string = require('lunar-javascript/package.json').version;
const origin = `lunar-javascript ${referenceVersion}`;

/**
 * Truncation. A term of amplitude A (radians) multiplying tᵖ is kept when its largest contribution
 * in either zone reaches the zone's threshold: A·|t₁|ᵖ ≥ limit₁ over 1900–2100 (|t| ≤ 1 century from
 * J2000) or A·|t₂|ᵖ ≥ limit₂ over -721…9999 (|t| ≤ 80 centuries). The limits are radians of longitude;
 * scripts/verify-engine.ts measures what the dropped terms cost against the reference.
 */
const TRUNCATION = {
  earth: { t1: 1, limit1: 1e-8, t2: 80, limit2: 5e-7 },
  moon: { t1: 1, limit1: 6e-8, t2: 80, limit2: 4e-6 },
} as const;
/**
 * The compact Moon series, for the calendar's new-moon days only (src/astro/engine/
 * computeNewMoonInstantCompact.ts, read by src/astro/engine/termDays.ts): a term of the full ELP
 * table is kept when A·80ᵖ ≥ `moonLimit` rad (its largest contribution up to 9999). The Sun is a
 * prefix of the kept Earth series: per power p, its leading terms with A·8ᵖ ≥ `earthLimit` rad
 * (τ in millennia; the generator checks that no later term of the power reaches it). Its instants are
 * minutes from the precise ones; the calendar's day offsets (data/scripts/generate-calendar.ts) are
 * measured against them. The limit minimises the gzipped bytes of the series plus those offsets
 * (the curve is in data/astro/SOURCES.md).
 */
const COMPACT = { moonT: 80, moonLimit: 2e-4, earthT: 8, earthLimit: 1e-5 } as const;
const ARCSEC = Math.PI / 648000;

// ---- the reference's tables ----
const XL0 = S['XL0'] as number[];
const XL1 = S['XL1'] as number[][];
const NUT_B = S['NUT_B'] as number[];
const DT_AT = S['DT_AT'] as number[];
if (XL0[0] !== 1e10) throw new Error('XL0: unexpected scale');
/** Earth longitude: the first six blocks of XL0 (L0…L5); the rest are latitude and distance. */
const earthFull: number[][] = [];
for (let p = 0; p < 6; p++) earthFull.push(XL0.slice(XL0[1 + p]!, XL0[2 + p]!));
const moonFull: number[][] = XL1.map((s) => s.slice());

// ---- the transcribed constants ----
const constants = new Map<string, number[]>();
for (const line of readFileSync(root + 'data/astro/polynomials.tsv', 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const [name, , coefficients] = line.split('\t');
  constants.set(name!, coefficients!.split(' ').map(Number));
}
function constant(name: string): number[] {
  const c = constants.get(name);
  if (!c || c.some((x) => !Number.isFinite(x))) throw new Error(`polynomials.tsv: ${name} missing or malformed`);
  return c;
}
const earthCorrection = constant('earthLongitudeCorrection');
const moonPolynomials: MoonLongitudePolynomials = {
  meanLongitude: constant('moonMeanLongitude'),
  precession: constant('moonPrecession'),
  lateCorrection: constant('moonLateCorrection'),
};
const moonAberration = constant('moonAberration')[0]!;
const nutationRate = constant('nutationMainTermRate')[0]!;
const deltaTParabola = constant('deltaTParabola');
const deltaTBlendYears = constant('deltaTBlendYears')[0]!;
const nutationFull: number[] = [];
for (let i = 0; i < NUT_B.length; i += 5) {
  nutationFull.push(NUT_B[i]!, NUT_B[i + 1]!, NUT_B[i + 2]!, NUT_B[i + 3]!, i === 0 ? nutationRate : 0);
}

// ---- check the evaluators and constants against the reference's functions ----
const samples = Array.from({ length: 400 }, (_, i) => -27 + (i * 107) / 399); // centuries, -721 … 9999
for (const t of samples) {
  const pairs = [
    ['earth', evaluateEarthLongitude(earthFull, earthCorrection, t / 10), S['eLon'](t, -1)],
    ['moon', evaluateMoonLongitude(moonFull, moonPolynomials, t), S['mLon'](t, -1)],
    ['nutation', evaluateNutationInLongitude(nutationFull, t), S['nutationLon2'](t)],
  ] as const;
  for (const [what, ours, theirs] of pairs) {
    // the sums reach 4e4 rad and are added in another order: allow for rounding
    const d = ours - theirs;
    if (Math.abs(d) > 1e-12 + 1e-14 * Math.abs(theirs)) throw new Error(`${what} differs from the reference at t=${t}: ${d}`);
  }
  const elong = S['msaLon'](t, -1, -1) - (S['mLon'](t, -1) - S['eLon'](t, -1) - S['gxcSunLon'](t) - Math.PI);
  if (Math.abs(elong - moonAberration) > 1e-12 + 1e-14 * 8400 * Math.abs(t)) throw new Error('moonAberration differs from the reference');
}
{
  const rows = DT_AT.slice(0, -2);
  const [endYear, endValue] = DT_AT.slice(-2) as [number, number];
  const dt = (y: number): number => {
    if (y >= endYear) {
      const par = (x: number) => deltaTParabola.reduceRight((v, c) => v * ((x - 1820) / 100) + c, 0);
      if (y > endYear + deltaTBlendYears) return par(y);
      return par(y) - ((par(endYear) - endValue) * (endYear + deltaTBlendYears - y)) / deltaTBlendYears;
    }
    return NaN;
  };
  for (const y of [2050, 2060, 2100, 2149.5, 2150, 2151, 3000]) {
    if (Math.abs(dt(y) - S['dtCalc'](y)) > 1e-9) throw new Error(`deltaT extrapolation differs at ${y}`);
  }
  if (rows.length % 5 !== 0) throw new Error('DT_AT: unexpected shape');
}

// ---- truncate ----
/**
 * For a new moon the reference sums the Sun from the first terms of each block only (its
 * `eLon(t, 60)`): as many numbers as `3·60·(block length) / (L0 length)`, rounded, plus 3 after
 * L0. The engine does the same, so the truncation keeps those terms whatever their size.
 */
const earthTermsForMoon = earthFull.map((s, p) => {
  const numbers = Math.min(s.length, Math.floor((3 * 60 * s.length) / earthFull[0]!.length + 0.5) + (p === 0 ? 0 : 3));
  return Math.ceil(numbers / 3);
});
function truncate(full: number[][], width: number, scale: number, rule: { t1: number; limit1: number; t2: number; limit2: number }, tPerUnit: number, keepFirst: readonly number[] = []) {
  return full.map((s, p) => {
    const kept: number[] = [];
    for (let i = 0; i < s.length; i += width) {
      const a = Math.abs(s[i]!) * scale;
      const big1 = a * (rule.t1 / tPerUnit) ** p >= rule.limit1;
      const big2 = a * (rule.t2 / tPerUnit) ** p >= rule.limit2;
      if (big1 || big2 || s[i + 2] === 0 || i < width * (keepFirst[p] ?? 0)) kept.push(...s.slice(i, i + width));
    }
    return kept;
  });
}
// Earth: τ in millennia (10 centuries per unit), A in 1e-10 rad. Moon: t in centuries, A in arcsec.
const earthKept = truncate(earthFull, 3, 1e-10, TRUNCATION.earth, 10, earthTermsForMoon);
const moonKept = truncate(moonFull, 6, ARCSEC, TRUNCATION.moon, 1);

/**
 * Digits. Each kept Earth term's phase φ and frequency ω are written with the fewest decimals that
 * keep its largest error, A·τᵖ·δφ and A·τᵖ⁺¹·δω (δ half a unit of the last decimal), within
 * DIGITS.limit1 rad over 1900–2100 (τ = 0.1 millennium) and DIGITS.limit2 rad over the range
 * (τ = 8): summed over every term that is at most 0.002 s and 0.03 s of the Sun's motion, well
 * under what the truncation itself costs. The bundle carries about a third fewer digits.
 */
const DIGITS = { t1: 0.1, limit1: 1e-10, t2: 8, limit2: 5e-9 } as const;
/** Decimals for a coefficient whose error is multiplied by A·τ^power. */
function decimalsFor(amplitude: number, power: number): number {
  const need = (t: number, limit: number) => Math.ceil(Math.log10((amplitude * t ** power * 0.5) / limit));
  return Math.max(0, need(DIGITS.t1, DIGITS.limit1), need(DIGITS.t2, DIGITS.limit2));
}
const roundTo = (x: number, decimals: number) => Number(x.toFixed(Math.min(decimals, 15)));
const earthWritten = earthKept.map((s, p) => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 3) {
    const a = Math.abs(s[i]!) * 1e-10;
    out.push(s[i]!, roundTo(s[i + 1]!, decimalsFor(a, p)), roundTo(s[i + 2]!, decimalsFor(a, p + 1)));
  }
  return out;
});
const count = (s: number[][], w: number) => s.map((x) => x.length / w);
const moonCompact = moonFull.map((s, p) => {
  const kept: number[] = [];
  for (let i = 0; i < s.length; i += 6) if (Math.abs(s[i]!) * ARCSEC * COMPACT.moonT ** p >= COMPACT.moonLimit) kept.push(...s.slice(i, i + 6));
  return kept;
});
while (moonCompact.length > 1 && moonCompact.at(-1)!.length === 0) moonCompact.pop(); // no terms left in the highest powers
/** The leading Earth terms per power that reach the compact limit; every later term of that power stays below it. */
const earthTermsCompact = earthKept.map((s, p) => {
  const big = (i: number) => Math.abs(s[3 * i]!) * 1e-10 * COMPACT.earthT ** p >= COMPACT.earthLimit;
  let n = 0;
  while (n < s.length / 3 && big(n)) n++;
  for (let i = n; i < earthFull[p]!.length / 3; i++) {
    if (Math.abs(earthFull[p]![3 * i]!) * 1e-10 * COMPACT.earthT ** p >= COMPACT.earthLimit) throw new Error(`earth L${p}: term ${i} reaches the compact limit after a smaller one`);
  }
  return n;
});

for (const [p, n] of earthTermsForMoon.entries()) {
  if (earthKept[p]!.slice(0, 3 * n).join() !== earthFull[p]!.slice(0, 3 * n).join()) throw new Error(`earth L${p}: the prefix for new moons is not the first kept`);
}
for (const t of samples) {
  const d = evaluateEarthLongitude(earthFull, earthCorrection, t / 10, earthTermsForMoon) - S['eLon'](t, 60);
  if (Math.abs(d) > 1e-12 + 1e-14 * 630 * Math.abs(t)) throw new Error(`earth (60 terms) differs from the reference at t=${t}: ${d}`);
}

// ---- write ----
const header = (what: string) =>
  `// GENERATED by data/scripts/generate-astro.ts from ${origin} (readable copy: data/astro/${what}). Do not edit.\n`;
const list = (a: readonly number[]) => `[${a.join(',')}]`;
// Plain arrays, typed readonly: the series are the engine's own, never handed out, and V8 reads
// the elements of a frozen array several times slower than those of a plain one.
const array = list;
const series = (s: readonly (readonly number[])[]) => `[\n  ${s.map(array).join(',\n  ')},\n]`;
const rule = (r: { t1: number; limit1: number; t2: number; limit2: number }, unit: string) =>
  `A·|t|ᵖ ≥ ${r.limit1} rad within ${r.t1} century of J2000 or ≥ ${r.limit2} rad within ${r.t2} centuries (${unit})`;

const tsv = (cols: string, rows: string[]) => `${cols}\n${rows.join('\n')}\n`;
const earthTsv = tsv(
  'power\tamplitude_1e-10rad\tphase_rad\tfrequency_rad_per_millennium',
  earthFull.flatMap((s, p) => Array.from({ length: s.length / 3 }, (_, i) => `${p}\t${s[3 * i]}\t${s[3 * i + 1]}\t${s[3 * i + 2]}`)),
);
const earthKeptTsv =
  `# GENERATED by data/scripts/generate-astro.ts: the series of src/data/earthLongitudeSeries.generated.ts (encoded there), the terms of vsop87-earth-longitude.tsv kept by the truncation, with the decimals written (see Digits in the script).\n` +
  tsv(
    'power\tamplitude_1e-10rad\tphase_rad\tfrequency_rad_per_millennium',
    earthWritten.flatMap((s, p) => Array.from({ length: s.length / 3 }, (_, i) => `${p}\t${s[3 * i]}\t${s[3 * i + 1]}\t${s[3 * i + 2]}`)),
  );
const moonTsv = tsv(
  'power\tamplitude_arcsec\tphase_rad\tfrequency_rad_per_century\tc2_1e-4\tc3_1e-8\tc4_1e-8',
  moonFull.flatMap((s, p) => Array.from({ length: s.length / 6 }, (_, i) => [p, ...s.slice(6 * i, 6 * i + 6)].join('\t'))),
);
const moonCompactTsv =
  `# GENERATED by data/scripts/generate-astro.ts: the compact series of src/data/moonLongitudeCompact.generated.ts, the terms of elp-moon-longitude.tsv with A·80ᵖ ≥ ${COMPACT.moonLimit} rad; the Sun with it: the first ${earthTermsCompact.join(', ')} terms of L0 … L5 of vsop87-earth-longitude.tsv.\n` +
  tsv(
    'power\tamplitude_arcsec\tphase_rad\tfrequency_rad_per_century\tc2_1e-4\tc3_1e-8\tc4_1e-8',
    moonCompact.flatMap((s, p) => Array.from({ length: s.length / 6 }, (_, i) => [p, ...s.slice(6 * i, 6 * i + 6)].join('\t'))),
  );
const nutationTsv = tsv(
  'phase_rad\trate_rad_per_century\tquadratic_rad_per_century2\tamplitude_0.01arcsec\tamplitude_rate_0.01arcsec_per_century',
  Array.from({ length: nutationFull.length / 5 }, (_, i) => nutationFull.slice(5 * i, 5 * i + 5).join('\t')),
);
const deltaTRows = DT_AT.slice(0, -2);
const deltaTTsv = tsv(
  'from_year\ta0_s\ta1_s\ta2_s\ta3_s\t(ΔT = a0 + a1 x + a2 x² + a3 x³, x = 10 (year − from) / (next from − from))',
  [
    ...Array.from({ length: deltaTRows.length / 5 }, (_, i) => deltaTRows.slice(5 * i, 5 * i + 5).join('\t')),
    `${DT_AT.at(-2)}\t${DT_AT.at(-1)}\t\t\t\t(end of the table: the value there; later years use the parabola of polynomials.tsv)`,
  ],
);

const outputs: [string, string][] = [
  ['data/astro/vsop87-earth-longitude.tsv', earthTsv],
  ['data/astro/vsop87-earth-longitude-kept.tsv', earthKeptTsv],
  ['data/astro/elp-moon-longitude.tsv', moonTsv],
  ['data/astro/elp-moon-longitude-compact.tsv', moonCompactTsv],
  ['data/astro/nutation-longitude.tsv', nutationTsv],
  ['data/astro/delta-t.tsv', deltaTTsv],
  [
    'src/data/earthLongitudeSeries.generated.ts',
    header('vsop87-earth-longitude.tsv') +
      `\n/**\n * VSOP87D Earth L0…L5 as [A (1e-10 rad), φ (rad), ω (rad/millennium)] triples; kept ${count(earthKept, 3).join('+')} of ${count(earthFull, 3).join('+')} terms: ${rule(TRUNCATION.earth, 'and every constant term')}.\n` +
      ` * As text (src/astro/engine/seriesCodec.ts, read by src/astro/engine/earthLongitudeSeries.ts); the kept terms as written: data/astro/vsop87-earth-longitude-kept.tsv.\n */\n` +
      `export const earthLongitudeSeriesText = ${JSON.stringify(encodeSeries(earthWritten))};\n` +
      `\n/** For new moons: how many of the first terms of each power the reference sums for the Sun (its eLon(t, 60)). */\n` +
      `export const earthLongitudeTermsForMoon: readonly number[] = ${array(earthTermsForMoon)};\n` +
      `\n/** Frame correction, arcsec, a polynomial in τ (millennia). */\nexport const earthLongitudeCorrection: readonly number[] = ${array(earthCorrection)};\n`,
  ],
  [
    'src/data/moonLongitudeSeries.generated.ts',
    header('elp-moon-longitude.tsv') +
      `\n/** ELP-2000/82 longitude as [A (arcsec), φ, ω, c₂, c₃, c₄] sextuples per power of t; kept ${count(moonKept, 6).join('+')} of ${count(moonFull, 6).join('+')} terms: ${rule(TRUNCATION.moon, 'and every constant term')}. */\n` +
      `export const moonLongitudeSeries: readonly (readonly number[])[] = ${series(moonKept)};\n`,
  ],
  [
    'src/data/moonLongitudeCompact.generated.ts',
    header('elp-moon-longitude-compact.tsv') +
      `\n/**\n * The compact ELP-2000/82 longitude, for the calendar's new-moon days only: [A (arcsec), φ, ω, c₂, c₃, c₄]\n * sextuples per power of t, from t⁰ (the higher powers have no term left); kept ${count(moonCompact, 6).join('+')} of ${count(moonFull, 6).join('+')} terms: A·80ᵖ ≥ ${COMPACT.moonLimit} rad.\n */\n` +
      `export const moonLongitudeCompactSeries: readonly (readonly number[])[] = ${series(moonCompact)};\n` +
      `\n/** With it, the Sun from the first terms of each power of earthLongitudeSeries: those with A·8ᵖ ≥ ${COMPACT.earthLimit} rad (τ in millennia). */\n` +
      `export const earthLongitudeTermsForCompactMoon: readonly number[] = ${array(earthTermsCompact)};\n`,
  ],
  [
    'src/data/moonLongitudePolynomials.generated.ts',
    header('polynomials.tsv') +
      `\n/** Mean longitude, rad, a polynomial in t. */\nexport const moonMeanLongitude: readonly number[] = ${array(moonPolynomials.meanLongitude)};\n` +
      `\n/** Precession in longitude, arcsec, a polynomial in t. */\nexport const moonPrecession: readonly number[] = ${array(moonPolynomials.precession)};\n` +
      `\n/** Empirical correction, arcsec, a polynomial in t − 10, for t > 10. */\nexport const moonLateCorrection: readonly number[] = ${array(moonPolynomials.lateCorrection)};\n` +
      `\n/** The Moon's aberration in longitude, rad. */\nexport const moonAberration = ${moonAberration};\n`,
  ],
  [
    'src/data/nutationSeries.generated.ts',
    header('nutation-longitude.tsv') +
      `\n/** Nutation in longitude as [φ₀, φ₁, φ₂, A, A₁] rows, amplitudes in 0.01 arcsec, as text (src/astro/engine/seriesCodec.ts, read by src/astro/engine/nutation.ts). */\n` +
      `export const nutationSeriesText = ${JSON.stringify(encodeDecimals(nutationFull))};\n`,
  ],
  [
    'src/data/deltaTSeries.generated.ts',
    header('delta-t.tsv') +
      `\n/** ΔT cubic segments as [from year, a0, a1, a2, a3] rows, seconds, as text (src/astro/engine/seriesCodec.ts, read by src/astro/engine/deltaT.ts). */\n` +
      `export const deltaTTableText = ${JSON.stringify(encodeDecimals(deltaTRows))};\n` +
      `\n/** The end of the table: [year, ΔT there]. */\nexport const deltaTEnd: readonly number[] = ${array(DT_AT.slice(-2))};\n` +
      `\n/** ΔT after the table, seconds, a polynomial in (year − 1820) / 100. */\nexport const deltaTParabola: readonly number[] = ${array(deltaTParabola)};\n` +
      `\n/** Years over which the parabola is blended into the table's last value. */\nexport const deltaTBlendYears = ${deltaTBlendYears};\n`,
  ],
];

console.log(`earth terms kept ${count(earthKept, 3).join('+')} of ${count(earthFull, 3).join('+')}; moon ${count(moonKept, 6).join('+')} of ${count(moonFull, 6).join('+')}`);
console.log(`compact moon ${count(moonCompact, 6).join('+')} terms, with the earth's first ${earthTermsCompact.join('+')}`);
const stale = writeOutputs(outputs);
if (check && stale > 0) process.exit(1);
