/**
 * Checks the fast calendar days of solar terms and new moons (src/astro/engine/termDays.ts)
 * against their definition, the UTC+8 day of the defining instant (the precise term instant,
 * computeSolarTermInstant; the COMPACT new-moon instant, computeNewMoonInstantCompact), for every
 * term and every new moon of the years −726 … 10003 (the supported −721 … 9999 and the calendar
 * data's −725 … 10002, with a year to spare):
 *
 *   npx tsx scripts/verify-term-days.ts     # about a minute
 *
 * Prints, per kind: the differences (there must be none); for each of the three estimates the
 * largest |estimate − defining instant| in seconds, overall and per millennium, and the largest
 * ratio of the error to its margin (termDayMargins; it must stay ≤ 0.5, margins being at least
 * twice the error); which step decides how often; the instants nearest to midnight (the list of
 * test/astro/engine/termDays.test.ts); for new moons, how far the compact instant is from the
 * precise one (computeNewMoonInstant) and how many days differ; the CPU time per call of the fast
 * and the defining functions, bundled by esbuild as an application would have them.
 *
 * Exit code 1 on any difference or any error above half its margin.
 */
import { build } from 'esbuild';
import { approximateNewMoonTime, refineNewMoonTime } from '../src/astro/engine/approximateNewMoonInstant.ts';
import { approximateSolarTermTime, refinedTerms, refineSolarTermTime } from '../src/astro/engine/approximateTermInstant.ts';
import { computeNewMoonInstant } from '../src/astro/engine/computeNewMoonInstant.ts';
import { computeNewMoonInstantCompact } from '../src/astro/engine/computeNewMoonInstantCompact.ts';
import { computeSolarTermInstant } from '../src/astro/engine/computeSolarTermInstant.ts';
import { computeDeltaTDays } from '../src/astro/engine/deltaT.ts';
import { fromJulianCenturies } from '../src/astro/engine/julianCenturies.ts';
import { getNewMoonDay, getTermDay, newMoonDayMargins, termDayMargins } from '../src/astro/engine/termDays.ts';

const FIRST_YEAR = -726;
const LAST_YEAR = 10003;
const UNIX_EPOCH_JD = 2440587.5;
const LUNATIONS_PER_YEAR = 365.2425 / 29.530588853;

type Fn = (i: number) => number;
interface Kind {
  readonly name: string;
  readonly first: number;
  readonly last: number;
  /** The instant (Julian Day, UT) whose UTC+8 day `fast` gives. */
  readonly precise: Fn;
  /** For new moons: the precise instant, to report the compact one's distance from it. */
  readonly alsoPrecise?: Fn;
  readonly fast: Fn;
  /** The three estimates of index i (Julian centuries, TT), each from the previous. */
  readonly estimates: (i: number) => [number, number, number];
  readonly margins: readonly ((t: number) => number)[];
  readonly year: Fn;
  /** The names of the fast and the defining function in the bundle. */
  readonly bundled: readonly [string, string];
  /** The indexes of 1900 … 2100. */
  readonly modern: readonly [number, number];
}

const kinds: Kind[] = [
  {
    name: 'solar terms',
    first: 24 * (FIRST_YEAR - 2000) + 19,
    last: 24 * (LAST_YEAR - 2000) + 42,
    precise: computeSolarTermInstant,
    fast: getTermDay,
    estimates: (k) => {
      const t1 = approximateSolarTermTime(k);
      const t2 = refineSolarTermTime(k, t1, refinedTerms);
      return [t1, t2, refineSolarTermTime(k, t2)];
    },
    margins: termDayMargins,
    year: (k) => 2000 + (k - 19) / 24,
    bundled: ['getTermDay', 'computeSolarTermInstant'],
    modern: [24 * (1900 - 2000) + 19, 24 * (2100 - 2000) + 42],
  },
  {
    name: 'new moons',
    first: Math.floor((FIRST_YEAR - 2000) * LUNATIONS_PER_YEAR) - 1,
    last: Math.ceil((LAST_YEAR + 1 - 2000) * LUNATIONS_PER_YEAR) + 1,
    precise: computeNewMoonInstantCompact,
    alsoPrecise: computeNewMoonInstant,
    fast: getNewMoonDay,
    estimates: (n) => {
      const t1 = approximateNewMoonTime(n);
      const t2 = refineNewMoonTime(n, t1);
      return [t1, t2, refineNewMoonTime(n, t2)];
    },
    margins: newMoonDayMargins,
    year: (n) => 2000 + n / LUNATIONS_PER_YEAR,
    bundled: ['getNewMoonDay', 'computeNewMoonInstantCompact'],
    modern: [Math.floor((1900 - 2000) * LUNATIONS_PER_YEAR), Math.ceil((2101 - 2000) * LUNATIONS_PER_YEAR)],
  },
];

/** The UTC+8 days since 1970-01-01 of instant `t` (Julian centuries, TT), fractional. */
const civilDays = (t: number) => {
  const jde = fromJulianCenturies(t);
  return jde - computeDeltaTDays(jde) - UNIX_EPOCH_JD + 1 / 3;
};

/** The module as an application bundles it, for timing. */
const bundle = (await import(
  `data:text/javascript;base64,${Buffer.from(
    (
      await build({
        stdin: {
          contents: `export { getTermDay, getNewMoonDay } from './src/astro/engine/termDays.ts';
            export { computeSolarTermInstant } from './src/astro/engine/computeSolarTermInstant.ts';
            export { computeNewMoonInstantCompact } from './src/astro/engine/computeNewMoonInstantCompact.ts';`,
          resolveDir: new URL('..', import.meta.url).pathname,
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        write: false,
      })
    ).outputFiles[0]!.text,
  ).toString('base64')}`
)) as Record<string, Fn>;

/** CPU microseconds per call of `f` over `from … to` by `step`, the best of `runs` passes. */
function time(f: Fn, from: number, to: number, runs: number, step = 1): number {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    for (let i = from; i <= to; i += step) sink += f(i);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / (Math.floor((to - from) / step) + 1));
  }
  if (sink === 0.5) console.log(); // keeps the calls
  return best;
}

let failed = false;
for (const kind of kinds) {
  const count = kind.last - kind.first + 1;
  console.log(`\n${kind.name}: ${count} (${kind.first} … ${kind.last})`);
  let differences = 0;
  const worst = [0, 0, 0];
  const ratio = [0, 0, 0];
  const decidedBy = [0, 0, 0, 0];
  const byMillennium: number[][] = [];
  const nearest: { i: number; seconds: number }[] = [];
  const fromPrecise = { worst: 0, sum: 0, byMillennium: [] as number[], otherDay: 0, otherDayModern: 0 };
  for (let i = kind.first; i <= kind.last; i++) {
    const precise = kind.precise(i) - UNIX_EPOCH_JD + 1 / 3;
    const fast = kind.fast(i);
    if (fast !== Math.floor(precise)) {
      differences++;
      if (differences <= 10) console.log(`  DIFFERENCE at ${i}: fast ${fast}, defining instant's ${Math.floor(precise)}`);
    }
    if (kind.alsoPrecise) {
      const other = kind.alsoPrecise(i) - UNIX_EPOCH_JD + 1 / 3;
      const seconds = Math.abs(other - precise) * 86400;
      const m = Math.floor(kind.year(i) / 1000) + 1;
      fromPrecise.worst = Math.max(fromPrecise.worst, seconds);
      fromPrecise.sum += seconds;
      fromPrecise.byMillennium[m] = Math.max(fromPrecise.byMillennium[m] ?? 0, seconds);
      if (Math.floor(other) !== Math.floor(precise)) {
        fromPrecise.otherDay++;
        if (i >= kind.modern[0] && i <= kind.modern[1]) fromPrecise.otherDayModern++;
      }
    }
    const row = (byMillennium[Math.floor(kind.year(i) / 1000) + 1] ??= [0, 0, 0]);
    let decided = 3;
    kind.estimates(i).forEach((t, s) => {
      const x = civilDays(t);
      const seconds = Math.abs(x - precise) * 86400;
      const margin = kind.margins[s]!(t);
      worst[s] = Math.max(worst[s]!, seconds);
      row[s] = Math.max(row[s]!, seconds);
      ratio[s] = Math.max(ratio[s]!, seconds / margin);
      if (decided === 3 && Math.min(x - Math.floor(x), Math.ceil(x) - x) * 86400 > margin) decided = s;
    });
    decidedBy[decided]!++;
    nearest.push({ i, seconds: (precise - Math.round(precise)) * 86400 });
    if (nearest.length > 100) {
      nearest.sort((a, b) => Math.abs(a.seconds) - Math.abs(b.seconds));
      nearest.length = 20;
    }
  }
  nearest.sort((a, b) => Math.abs(a.seconds) - Math.abs(b.seconds));
  nearest.length = 20;

  const pct = (n: number) => `${((100 * n) / count).toFixed(3)} %`;
  const perMillennium = (s: number) =>
    byMillennium.map((r, m) => `${(m - 1) * 1000}: ${r[s]!.toFixed(s === 2 ? 2 : 0)}`).filter(Boolean).join('  ');
  console.log(`  differences from the defining instant's day: ${differences}`);
  for (let s = 0; s < 3; s++) {
    console.log(`  estimate ${s + 1}: max |error| ${worst[s]!.toFixed(2)} s, max error / margin ${ratio[s]!.toFixed(3)}`);
    console.log(`    per millennium (s): ${perMillennium(s)}`);
  }
  const [by1, by2, by3, byPrecise] = decidedBy.map(pct);
  console.log(`  decided by estimate 1: ${by1}, 2: ${by2}, 3: ${by3}; by the defining instant: ${byPrecise} (${decidedBy[3]})`);
  console.log(`  nearest to midnight (index: seconds after): ${nearest.map(({ i, seconds }) => `${i}: ${seconds.toFixed(3)}`).join(', ')}`);
  if (kind.alsoPrecise) {
    console.log(`  compact instant − precise instant: max |d| ${fromPrecise.worst.toFixed(1)} s, mean ${(fromPrecise.sum / count).toFixed(1)} s; on another day: ${fromPrecise.otherDay} (${fromPrecise.otherDayModern} in 1900 … 2100)`);
    console.log(`    per millennium (s): ${fromPrecise.byMillennium.map((x, m) => `${(m - 1) * 1000}: ${x.toFixed(0)}`).filter(Boolean).join('  ')}`);
  }

  const [fast, precise] = kind.bundled.map((name) => bundle[name]!) as [Fn, Fn];
  const [from, to] = kind.modern;
  const fastAll = time(fast, kind.first, kind.last, 3);
  const preciseAll = time(precise, kind.first, kind.last, 1, 7);
  const fastModern = time(fast, from, to, 20);
  const preciseModern = time(precise, from, to, 3);
  const speed = (f: number, p: number) => `fast ${f.toFixed(3)}, ${kind.bundled[1]} ${p.toFixed(2)} (×${(p / f).toFixed(0)})`;
  console.log(`  CPU µs per call, all (${kind.bundled[1]}: every 7th): ${speed(fastAll, preciseAll)}; 1900 … 2100: ${speed(fastModern, preciseModern)}`);
  if (differences > 0 || ratio.some((r) => r > 0.5)) failed = true;
}
console.log(failed ? '\nFAILED' : '\nOK');
process.exit(failed ? 1 : 0);
