// Years per second of lunarYear (the months and the year's page) over every lunar year 1900 … 2100,
// against lunar-javascript's LunarYear reading the same facts (its months with their pillars and
// 九星, 三元九运, the year's 九星 and directions, the 灶马头) in the same process. Its LunarYear
// keeps the last year it computed, so each year is computed afresh on both sides. Not a test: a
// ratio measured in one run on whatever machine runs it.
//   npm run bench
import { createRequire } from 'node:module';
import { lunarYear } from '../dist/index.js';
import { benchRounds, bestOf } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { LunarYear } = require('lunar-javascript');

const years = Array.from({ length: 201 }, (_, i) => 1900 + i);
let sink = 0;
const candidates = {
  huangli: () => {
    for (const y of years) {
      const ly = lunarYear(y);
      sink += ly.days + ly.months.length + ly.zaoMaTou[4].counts[0] + ly.jiuYun.length + ly.months[0].pillar.index;
    }
  },
  'lunar-javascript': () => {
    for (const y of years) {
      const ly = LunarYear.fromYear(y);
      const months = ly.getMonthsInYear();
      sink += ly.getDayCount() + months.length + ly.getZhiShui().length + ly.getYun().length + months[0].getGanZhi().length
        + ly.getNineStar().getNumber().length + ly.getPositionXi().length + months[0].getNineStar().getNumber().length;
    }
  },
};

const rounds = benchRounds();
const best = bestOf(candidates, rounds);
console.log(`lunarYear over the ${years.length} lunar years 1900 … 2100, best of ${rounds} rounds:`);
for (const [name, ms] of Object.entries(best)) {
  console.log(`  ${name.padEnd(20)} ${ms.toFixed(1).padStart(8)} ms  ${Math.round(years.length / (ms / 1000)).toLocaleString('en-US').padStart(10)} years/s`);
}
console.log(`ratio: ${(best['lunar-javascript'] / best.huangli).toFixed(0)}× faster`);
if (sink === 42) console.log('');
