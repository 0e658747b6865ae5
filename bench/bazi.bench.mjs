// Charts per second of baZi() with luck (issue 11: target ≥ 100× the reference), against
// lunar-javascript's EightChar + Yun reading the same facts in the same process: the four pillars
// with 十神, 藏干 and their 十神, 五行, 纳音, 地势, 旬, 旬空; 胎元, 胎息, 命宫, 身宫; getYun's start and
// start date; the ten 大运 with every 流年, its twelve 流月, and the 小运. The reference computes
// lazily, so every getter is called once. Not a test: a ratio measured in one run.
//   npx tsup --silent && node bench/bazi.bench.mjs
// A second line compares the chart and the decades alone (no 流年/流月/小运 read from the reference,
// ours still builds them), the reference's cheap path.
import { createRequire } from 'node:module';
import { baZi } from '../dist/bazi.js';
import { benchRounds, bestOf, seededRandom } from './bestOf.mjs';

const require = createRequire(import.meta.url);
const { Solar } = require('lunar-javascript');

// Fixed pseudo-random minutes of 1900 … 2100 (China Standard Time), the same every run.
const count = Number(process.env.BENCH_MOMENTS ?? 200);
const moments = [];
const next = seededRandom(20251218);
const first = Date.UTC(1900, 0, 1) / 60000;
const span = Date.UTC(2101, 0, 1) / 60000 - first;
for (let i = 0; i < count; i++) {
  const d = new Date((first + Math.floor(next() * span)) * 60000);
  moments.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), sex: next() < 0.5 ? 'male' : 'female' });
}

let sink = 0;
const PARTS = ['Year', 'Month', 'Day', 'Time'];
function readReferenceChart(ec) {
  for (const p of PARTS) {
    sink += ec[`get${p}`]().length + ec[`get${p}ShiShenGan`]().length + ec[`get${p}HideGan`]().length + ec[`get${p}ShiShenZhi`]().length
      + ec[`get${p}WuXing`]().length + ec[`get${p}NaYin`]().length + ec[`get${p}DiShi`]().length + ec[`get${p}Xun`]().length + ec[`get${p}XunKong`]().length;
  }
  sink += ec.getTaiYuan().length + ec.getTaiYuanNaYin().length + ec.getTaiXi().length + ec.getTaiXiNaYin().length
    + ec.getMingGong().length + ec.getMingGongNaYin().length + ec.getShenGong().length + ec.getShenGongNaYin().length;
}
function readReferenceYun(yun, years) {
  sink += yun.getStartYear() + yun.getStartMonth() + yun.getStartDay() + yun.getStartHour() + yun.getStartSolar().toYmdHms().length;
  for (const dy of yun.getDaYun()) {
    sink += dy.getGanZhi().length + dy.getStartYear() + dy.getEndYear() + dy.getStartAge() + dy.getEndAge();
    if (!years) continue;
    for (const ln of dy.getLiuNian()) {
      sink += ln.getYear() + ln.getAge() + ln.getGanZhi().length;
      for (const ly of ln.getLiuYue()) sink += ly.getGanZhi().length;
    }
    for (const xy of dy.getXiaoYun()) sink += xy.getYear() + xy.getGanZhi().length;
  }
}
const reference = (years) => () => {
  for (const m of moments) {
    const ec = Solar.fromYmdHms(m.year, m.month, m.day, m.hour, m.minute, 0).getLunar().getEightChar();
    readReferenceChart(ec);
    readReferenceYun(ec.getYun(m.sex === 'male' ? 1 : 0, 1), years);
  }
};
const candidates = {
  'huangli baZi + luck': () => {
    for (const m of moments) {
      const c = baZi(m, { sex: m.sex });
      sink += c.pillars.day.index + c.luck.decades[9].years[9].months[11].pillar.index;
    }
  },
  'reference, everything': reference(true),
  'reference, no 流年/流月/小运': reference(false),
};

const rounds = benchRounds();
const best = bestOf(candidates, rounds);
console.log(`baZi with luck for ${count} moments of 1900–2100, best of ${rounds} rounds:`);
for (const [name, ms] of Object.entries(best)) {
  console.log(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(9)} ms  ${Math.round(count / (ms / 1000)).toLocaleString('en-US').padStart(10)} charts/s`);
}
const ours = best['huangli baZi + luck'];
console.log(`ratio (everything): ${(best['reference, everything'] / ours).toFixed(0)}× faster`);
console.log(`ratio (reference without the years of luck): ${(best['reference, no 流年/流月/小运'] / ours).toFixed(0)}× faster`);
if (sink === 42) console.log('');
