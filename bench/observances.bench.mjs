// Days per second of buddhistDay + taoistDay (huangli/observances) against lunar-javascript's
// Lunar#getFoto + #getTao reading the same items (the era years, the festivals with their results
// and remarks, the other festivals, the fasting days, 杨公忌, the mansion; the Taoist festivals and
// the nine kinds of day) in the same process, from a date each side is given as its users give it
// (a 'YYYY-MM-DD' string; Solar.fromYmd for the reference). Each round reads its own 2,000 days,
// spread over 1900 … 2099, after both have warmed up on 2,000 days of 2200 … 2299: new days, of
// years whose month lists our memo holds from the first round on. Not a test: a ratio measured in
// one run on whatever machine runs it.
//   npm run bench
import { createRequire } from 'node:module';
import { buddhistDay, taoistDay } from '../dist/observances.js';
import { benchRounds } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { Solar } = require('lunar-javascript');

const day = (n) => new Date(Date.UTC(1900, 0, 1) + n * 864e5);
const iso = (d) => d.toISOString().slice(0, 10);
let sink = 0;
const readOurs = (dates) => {
  for (const d of dates) {
    const b = buddhistDay(iso(d));
    const t = taoistDay(iso(d));
    sink += b.year + b.festivals.length + b.otherFestivals.length + +b.fasts.sixDays + +b.fasts.guanYin + +b.yangGong + b.mansion.name.length
      + t.year + t.festivals.length + +t.sanHui + +t.baJie + +t.baHui + +t.wu + +t.tianShe;
  }
};
const readReference = (dates) => {
  for (const d of dates) {
    const lunar = Solar.fromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()).getLunar();
    const f = lunar.getFoto();
    const t = lunar.getTao();
    sink += f.getYear() + f.getFestivals().length + f.getOtherFestivals().length + +f.isDayZhaiSix() + +f.isDayZhaiGuanYin() + +f.isDayYangGong() + f.getXiu().length
      + t.getYear() + t.getFestivals().length + +t.isDaySanHui() + +t.isDayBaJie() + +t.isDayBaHui() + +t.isDayWu() + +t.isDayTianShe();
  }
};
const warmUp = Array.from({ length: 2000 }, (_, i) => day(300 * 365 + 18 * i));
readOurs(warmUp);
readReference(warmUp);
const rounds = Math.min(benchRounds(), 5);
const best = { huangli: Infinity, 'lunar-javascript': Infinity };
const count = 2000;
for (let r = 0; r < rounds; r++) {
  const dates = Array.from({ length: count }, (_, i) => day(36 * i + 7 * r));
  for (const [name, read] of [['huangli', readOurs], ['lunar-javascript', readReference]]) {
    const start = process.hrtime.bigint();
    read(dates);
    best[name] = Math.min(best[name], Number(process.hrtime.bigint() - start) / 1e6);
  }
}
console.log(`buddhistDay + taoistDay, ${count} days of 1900 … 2099 a round, best of ${rounds} rounds:`);
for (const [name, ms] of Object.entries(best)) {
  console.log(`  ${name.padEnd(20)} ${ms.toFixed(2).padStart(8)} ms  ${Math.round(count / (ms / 1000)).toLocaleString('en-US').padStart(10)} days/s`);
}
console.log(`ratio: ${(best['lunar-javascript'] / best.huangli).toFixed(0)}× faster`);
if (sink === 42) console.log('');
