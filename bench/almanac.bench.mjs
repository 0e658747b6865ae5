// The full almanac() over every day 1900-01-01 … 2100-12-31 (73,414 days), against
// lunar-javascript computing the same fields (宜/忌, clash, 彭祖, 建除, 天神, 纳音, 宿, 月相,
// 神煞, directions, 胎神, 九星, festivals, and the twelve hours' pillar, 天神, clash, 宜/忌),
// in the same process. The reference takes minutes for one sweep, so it runs once; ours runs
// `BENCH_ROUNDS` times (default 3) and the best round counts.
import { createRequire } from 'node:module';
import { almanac } from '../dist/index.js';

const require = createRequire(import.meta.url);
const { Solar } = require('lunar-javascript');

const days = [];
for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86400000) {
  const d = new Date(t);
  days.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

let sink = 0;
function ours() {
  for (const d of days) {
    const a = almanac(d);
    sink += a.yi.length + a.hours[11].ji.length;
  }
}
function reference() {
  for (const d of days) {
    const l = Solar.fromYmd(d.year, d.month, d.day).getLunar();
    const fields = [
      l.getDayYi(), l.getDayJi(), l.getDayChongDesc(), l.getDaySha(), l.getPengZuGan(), l.getPengZuZhi(), l.getZhiXing(),
      l.getDayTianShen(), l.getDayTianShenType(), l.getDayNaYin(), l.getXiu(), l.getXiuLuck(), l.getAnimal(), l.getYueXiang(),
      l.getDayJiShen(), l.getDayXiongSha(), l.getDayPositionXiDesc(), l.getDayPositionFuDesc(), l.getDayPositionCaiDesc(),
      l.getDayPositionYangGuiDesc(), l.getDayPositionYinGuiDesc(), l.getDayPositionTai(), l.getDayNineStar().toString(),
      l.getFestivals(), l.getOtherFestivals(), l.getJieQi(), l.getYearShengXiao(),
    ];
    for (const t of l.getTimes().slice(0, 12)) fields.push(t.getGanZhi(), t.getTianShen(), t.getTianShenType(), t.getChongDesc(), t.getSha(), t.getYi(), t.getJi());
    sink += fields.length;
  }
}

const time = (run) => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
let best = Infinity;
for (let r = 0; r < rounds; r++) best = Math.min(best, time(ours));
const ref = time(reference);
console.log(`almanac() over ${days.length} days:`);
console.log(`  huangli           ${best.toFixed(1).padStart(9)} ms  ${Math.round(days.length / (best / 1000)).toLocaleString('en-US').padStart(10)} days/s (best of ${rounds})`);
console.log(`  lunar-javascript  ${ref.toFixed(1).padStart(9)} ms  ${Math.round(days.length / (ref / 1000)).toLocaleString('en-US').padStart(10)} days/s (one sweep)`);
console.log(`ratio: ${(ref / best).toFixed(0)}× faster`);
if (sink === 42) console.log('');
