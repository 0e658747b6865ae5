// Years per second of lunarYear (the months and the year's page) against lunar-javascript's
// LunarYear reading the same facts (its months with their pillars and 九星, 三元九运, the year's 九星
// and directions, the 灶马头) in the same process, cold on both sides: each round reads its own
// lunar years of 1900 … 2099 (those ≡ 0, 2, 4, 6, 8 mod 10 in turn, so that no round meets a year,
// or the next year's month list that a year reads, of another), after both have warmed up on 600
// years of 3000 … 3599, which also fill the library's memo of 512 month lists. (The reference keeps
// only the last year it computed.) Not a test: a ratio measured in one run on whatever machine runs it.
//   npm run bench
import { createRequire } from 'node:module';
import { lunarYear } from '../dist/index.js';
import { benchRounds } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { LunarYear } = require('lunar-javascript');

const warmUp = Array.from({ length: 600 }, (_, i) => 3000 + i);
let sink = 0;
const readOurs = (years) => {
  for (const y of years) {
    const ly = lunarYear(y);
    sink += ly.days + ly.months.length + ly.zaoMaTou[4].counts[0] + ly.jiuYun.length + ly.months[0].pillar.index;
  }
};
const readReference = (years) => {
  for (const y of years) {
    const ly = LunarYear.fromYear(y);
    const months = ly.getMonthsInYear();
    sink += ly.getDayCount() + months.length + ly.getZhiShui().length + ly.getYun().length + months[0].getGanZhi().length
      + ly.getNineStar().getNumber().length + ly.getPositionXi().length + months[0].getNineStar().getNumber().length;
  }
};
readOurs(warmUp);
readReference(warmUp);
const rounds = Math.min(benchRounds(), 5);
const best = { huangli: Infinity, 'lunar-javascript': Infinity };
let count = 0;
for (let r = 0; r < rounds; r++) {
  const years = Array.from({ length: 20 }, (_, i) => 1900 + 10 * i + 2 * r);
  count = years.length;
  for (const [name, read] of [['huangli', readOurs], ['lunar-javascript', readReference]]) {
    const start = process.hrtime.bigint();
    read(years);
    best[name] = Math.min(best[name], Number(process.hrtime.bigint() - start) / 1e6);
  }
}
console.log(`lunarYear, cold, ${count} lunar years of 1900 … 2099 a round, best of ${rounds} rounds:`);
for (const [name, ms] of Object.entries(best)) {
  console.log(`  ${name.padEnd(20)} ${ms.toFixed(2).padStart(8)} ms  ${Math.round(count / (ms / 1000)).toLocaleString('en-US').padStart(10)} years/s`);
}
console.log(`ratio (cold): ${(best['lunar-javascript'] / best.huangli).toFixed(0)}× faster`);
if (sink === 42) console.log('');
