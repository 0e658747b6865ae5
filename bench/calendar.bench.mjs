// Days per second of lunarDate + pillars over every day 1900-01-01 … 2100-12-31 (73,414 days),
// against lunar-javascript computing the same facts in the same process. Not a test: a ratio
// measured in one run on whatever machine runs it.
//   npm run bench
import { createRequire } from 'node:module';
import { lunarDate, pillars } from '../dist/index.js';
import { benchRounds, bestOf } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { Solar } = require('lunar-javascript');

const days = [];
for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86400000) {
  const d = new Date(t);
  days.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}
const strings = days.map((d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);

let sink = 0;
const candidates = {
  'huangli (objects)': () => {
    for (const d of days) {
      const l = lunarDate(d);
      const p = pillars(d);
      sink += l.day + p.day.index;
    }
  },
  'huangli (strings)': () => {
    for (const s of strings) {
      const l = lunarDate(s);
      const p = pillars(s);
      sink += l.day + p.day.index;
    }
  },
  'lunar-javascript': () => {
    for (const d of days) {
      const l = Solar.fromYmd(d.year, d.month, d.day).getLunar();
      sink += l.getMonth() + l.getDay() + l.getYearInGanZhiByLiChun().length + l.getMonthInGanZhi().length + l.getDayInGanZhi().length;
    }
  },
};

const rounds = benchRounds();
const best = bestOf(candidates, rounds);
console.log(`lunarDate + pillars over ${days.length} days, best of ${rounds} rounds:`);
for (const [name, ms] of Object.entries(best)) {
  console.log(`  ${name.padEnd(20)} ${ms.toFixed(1).padStart(8)} ms  ${Math.round(days.length / (ms / 1000)).toLocaleString('en-US').padStart(12)} days/s`);
}
const reference = best['lunar-javascript'];
console.log(`ratio (objects): ${(reference / best['huangli (objects)']).toFixed(0)}× faster`);
console.log(`ratio (strings): ${(reference / best['huangli (strings)']).toFixed(0)}× faster`);
if (sink === 42) console.log('');
