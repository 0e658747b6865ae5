// fromBaZi over the whole range 1900-01-01 … 2100-12-31, per lookup, against the reference's
// Solar.fromBaZi for the same charts in the same process. The charts are those of seeded random
// moments of the range. The reference's search ends at the current year (new Date().getFullYear());
// for a like-for-like range its clock is set to 2101 while it runs. Not a test: a ratio measured
// in one run on whatever machine runs it.
//   npx tsup --silent && node bench/fromBaZi.bench.mjs
import { createRequire } from 'node:module';
import { fromBaZi } from '../dist/bazi.js';
import { pillars } from '../dist/index.js';
import { benchRounds, bestOf, seededRandom } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { Solar } = require('lunar-javascript');


const COUNT = Number(process.env.BENCH_CHARTS ?? 500);
const random = seededRandom(20251218); // the same charts every run
const first = Date.UTC(1900, 0, 1) / 1000;
const last = Date.UTC(2100, 11, 31, 23, 59, 59) / 1000;
const charts = { midnight: [], '23:00': [] };
for (let i = 0; i < COUNT; i++) {
  const iso = new Date((first + Math.floor(random() * (last - first))) * 1000).toISOString().slice(0, 19);
  for (const dayBoundary of Object.keys(charts)) {
    const p = pillars(iso, { dayBoundary });
    charts[dayBoundary].push({ year: p.year.name, month: p.month.name, day: p.day.name, hour: p.hour.name });
  }
}

/** The reference's clock at 2101 (its search runs to the current year); every other use of Date unchanged. */
const RealDate = globalThis.Date;
class Date2101 extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.UTC(2101, 5, 1));
    else super(...args);
  }
}
function withClockAt2101(run) {
  globalThis.Date = Date2101;
  try {
    run();
  } finally {
    globalThis.Date = RealDate;
  }
}

let sink = 0;
const candidates = {
  "huangli fromBaZi ('midnight')": () => {
    for (const c of charts.midnight) sink += fromBaZi(c).length;
  },
  "huangli fromBaZi ('23:00')": () => {
    for (const c of charts['23:00']) sink += fromBaZi(c, { dayBoundary: '23:00' }).length;
  },
  'lunar-javascript (sect 2)': () => withClockAt2101(() => {
    for (const c of charts.midnight) sink += Solar.fromBaZi(c.year, c.month, c.day, c.hour, 2, 1900).length;
  }),
  'lunar-javascript (sect 1)': () => withClockAt2101(() => {
    for (const c of charts['23:00']) sink += Solar.fromBaZi(c.year, c.month, c.day, c.hour, 1, 1900).length;
  }),
};

const rounds = benchRounds();
const best = bestOf(candidates, rounds);
console.log(`fromBaZi over 1900-01-01 … 2100-12-31, ${COUNT} charts of random moments, best of ${rounds} rounds:`);
for (const [name, ms] of Object.entries(best)) {
  const perLookup = ms / COUNT;
  console.log(`  ${name.padEnd(30)} ${perLookup.toFixed(4).padStart(9)} ms/lookup  ${Math.round(1000 / perLookup).toLocaleString('en-US').padStart(10)} lookups/s`);
}
const worst = Math.max(best["huangli fromBaZi ('midnight')"], best["huangli fromBaZi ('23:00')"]) / COUNT;
console.log(`ratio (midnight / sect 2): ${(best['lunar-javascript (sect 2)'] / best["huangli fromBaZi ('midnight')"]).toFixed(0)}× faster`);
console.log(`ratio (23:00 / sect 1): ${(best['lunar-javascript (sect 1)'] / best["huangli fromBaZi ('23:00')"]).toFixed(0)}× faster`);
console.log(`target: one lookup over 1900–2100 in < 200 ms: ${worst.toFixed(4)} ms ${worst < 200 ? '(met)' : '(NOT MET)'}`);
if (sink === 42) console.log('');
