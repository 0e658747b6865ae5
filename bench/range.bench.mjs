// lunarDate + pillars on days spread over the whole range −0721 … 9999, cold: every day of a round
// is in a year that no earlier day of the run touched, so each computes its year (month list,
// terms) for the first time, in the library as in lunar-javascript (which keeps one year cached).
// Against lunar-javascript computing the same facts of the same days in the same process. Not a
// test: a ratio measured in one run on whatever machine runs it.
//   npm run bench
import { createRequire } from 'node:module';
import { lunarDate, pillars } from '../dist/index.js';
import { benchRounds, seededRandom } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { Solar } = require('lunar-javascript');

const FIRST_YEAR = -720; // whole years inside the range in both readings
const LAST_YEAR = 9999;
const rounds = benchRounds();
const perRound = Math.floor((LAST_YEAR - FIRST_YEAR + 1) / (rounds + 1));
const random = seededRandom(20251218);
const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
for (let i = years.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [years[i], years[j]] = [years[j], years[i]];
}
const epochDay = (y, m, d) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86400000);
};
// Round r uses years r·perRound … (r + 1)·perRound − 1 of the shuffle; the last slice warms both up.
const dayOf = (year) => {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return { ours: { year, month, day }, jd: epochDay(year, month, day) + 2440588 };
};
const slices = Array.from({ length: rounds + 1 }, (_, r) => years.slice(r * perRound, (r + 1) * perRound).map(dayOf));

let sink = 0;
const candidates = {
  huangli: (days) => {
    for (const { ours } of days) {
      const l = lunarDate(ours);
      const p = pillars(ours);
      sink += l.day + p.day.index + p.month.index + p.year.index;
    }
  },
  'lunar-javascript': (days) => {
    for (const { jd } of days) {
      const l = Solar.fromJulianDay(jd).getLunar();
      sink += l.getMonth() + l.getDay() + l.getYearInGanZhiByLiChun().length + l.getMonthInGanZhi().length + l.getDayInGanZhi().length;
    }
  },
};

for (const run of Object.values(candidates)) run(slices[rounds]); // warm-up: compile, decode the data
const best = Object.fromEntries(Object.keys(candidates).map((name) => [name, Infinity]));
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(candidates)) {
    const start = process.hrtime.bigint();
    run(slices[r]);
    best[name] = Math.min(best[name], Number(process.hrtime.bigint() - start) / 1e6);
  }
}
console.log(`lunarDate + pillars, ${perRound} days a round in ${perRound} years never computed before, −720 … 9999, best of ${rounds} rounds:`);
for (const [name, ms] of Object.entries(best)) {
  console.log(`  ${name.padEnd(20)} ${ms.toFixed(1).padStart(8)} ms  ${((ms * 1000) / perRound).toFixed(1).padStart(8)} µs/day`);
}
console.log(`ratio (cold, whole range): ${(best['lunar-javascript'] / best.huangli).toFixed(0)}× faster`);
if (sink === 42) console.log('');
