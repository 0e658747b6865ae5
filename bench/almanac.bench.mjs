// almanac() in days per second, against lunar-javascript computing the same items in the same
// process (issue 14), two ways:
// - the whole page: every field of almanac() that the reference has, the twelve 时辰 included
//   (their pillar, 天神, clash, 宜/忌);
// - the day's page without the hours, which is what most callers read (宜/忌, clash, 彭祖, 建除,
//   天神, 纳音, 宿, 月相, 神煞, directions, 胎神, 九星, festivals, term, zodiac).
// Ours runs over every day 1900-01-01 … 2100-12-31 (73,414 days) and over as many days spread
// evenly across the whole range −0721 … 9999 (warm: after one sweep), best of `BENCH_ROUNDS`
// rounds (default 5). The reference costs about 1,000 times as much a day, so it runs over every
// 10th day of 1900–2100, once per way; the ratio compares the cost of a day.
//   npm run bench
import { createRequire } from 'node:module';
import { almanac } from '../dist/index.js';
import { benchRounds, bestOf } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { Solar } = require('lunar-javascript');

const modern = [];
for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86400000) {
  const d = new Date(t);
  modern.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}
const whole = [];
const first = Date.UTC(-720, 0, 1);
const step = (Date.UTC(9999, 11, 31) - first) / modern.length;
for (let i = 0; i < modern.length; i++) {
  const d = new Date(first + Math.floor(i * step / 86400000) * 86400000);
  whole.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}
const sample = modern.filter((_, i) => i % 10 === 0);

let sink = 0;
const ours = (days) => () => {
  for (const d of days) {
    const a = almanac(d);
    sink += a.yi.length + a.hours[11].ji.length;
  }
};
function referenceDay(l) {
  return [
    l.getDayYi(), l.getDayJi(), l.getDayChongDesc(), l.getDaySha(), l.getPengZuGan(), l.getPengZuZhi(), l.getZhiXing(),
    l.getDayTianShen(), l.getDayTianShenType(), l.getDayNaYin(), l.getXiu(), l.getXiuLuck(), l.getAnimal(), l.getYueXiang(),
    l.getDayJiShen(), l.getDayXiongSha(), l.getDayPositionXiDesc(), l.getDayPositionFuDesc(), l.getDayPositionCaiDesc(),
    l.getDayPositionYangGuiDesc(), l.getDayPositionYinGuiDesc(), l.getDayPositionTai(), l.getDayNineStar().toString(),
    l.getFestivals(), l.getOtherFestivals(), l.getJieQi(), l.getYearShengXiao(),
  ];
}
const reference = (withHours) => () => {
  for (const d of sample) {
    const l = Solar.fromYmd(d.year, d.month, d.day).getLunar();
    const fields = referenceDay(l);
    if (withHours) {
      for (const t of l.getTimes().slice(0, 12)) fields.push(t.getGanZhi(), t.getTianShen(), t.getTianShenType(), t.getChongDesc(), t.getSha(), t.getYi(), t.getJi());
    }
    sink += fields.length;
  }
};

ours(whole)(); // warm-up: compile, decode, compute every year of the spread once
const rounds = benchRounds();
const best = bestOf({ modern: ours(modern), whole: ours(whole) }, rounds);
const ref = bestOf({ withHours: reference(true), dayOnly: reference(false) }, 1);
const perDay = (ms, n) => (ms * 1000) / n;
const perSecond = (ms, n) => Math.round(n / (ms / 1000)).toLocaleString('en-US').padStart(11);
const ourDay = perDay(best.modern, modern.length);
console.log(`almanac(), best of ${rounds} rounds:`);
console.log(`  huangli, every day 1900–2100     ${best.modern.toFixed(1).padStart(8)} ms ${perSecond(best.modern, modern.length)} days/s  (${ourDay.toFixed(2)} µs/day)`);
console.log(`  huangli, ${whole.length} days over −720…9999 ${best.whole.toFixed(1).padStart(8)} ms ${perSecond(best.whole, whole.length)} days/s  (${perDay(best.whole, whole.length).toFixed(2)} µs/day)`);
console.log(`  lunar-javascript, whole page     ${perDay(ref.withHours, sample.length).toFixed(1).padStart(8)} µs/day (every 10th day of 1900–2100, once)`);
console.log(`  lunar-javascript, without hours  ${perDay(ref.dayOnly, sample.length).toFixed(1).padStart(8)} µs/day`);
console.log(`ratio, the same fields with the twelve hours: ${(perDay(ref.withHours, sample.length) / ourDay).toFixed(0)}× faster`);
console.log(`ratio, the day's page without hours (ours still builds them): ${(perDay(ref.dayOnly, sample.length) / ourDay).toFixed(0)}× faster`);
if (sink === 42) console.log('');
