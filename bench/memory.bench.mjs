// Memory with use (issue 14): the heap after a million mixed calls (almanac, fortune with and
// without a custom model, lunarDate, pillars with a time, solarTerms, baZi) on random days of the
// whole range, against the heap after the first round of each. The library keeps only bounded
// memos of immutable values, so the difference must stay within a few MB whatever the number of
// calls. Needs --expose-gc (npm run bench passes it).
//   node --expose-gc bench/memory.bench.mjs
import { almanac, createFortuneModel, fortune, lunarDate, pillars, solarTerms } from '../dist/index.js';
import { baZi } from '../dist/bazi.js';
import { seededRandom } from './bestOf.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const random = seededRandom(14);
const model = createFortuneModel({ weights: { tradeInYi: 3 } });
const day = () => ({ year: -720 + Math.floor(random() * 10720), month: 1 + Math.floor(random() * 12), day: 1 + Math.floor(random() * 28) });
let sink = 0;
const calls = [
  () => { sink += almanac(day()).yi.length; },
  () => { sink += fortune(day()).score; },
  () => { sink += fortune(day(), { model: { weights: { officer: { 收: 2 } } }, sentiment: 40 }).score; },
  () => { sink += fortune(day(), { model }).score; },
  () => { sink += lunarDate(day()).day; },
  () => { sink += pillars({ ...day(), hour: 13, minute: 5 }).hour.index; },
  () => { sink += solarTerms(-720 + Math.floor(random() * 10720)).length; },
  () => { sink += baZi({ ...day(), hour: 8, minute: 30 }, { sex: 'female' }).luck.decades.length; },
];
const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
for (const call of calls) call();
const start = heap();
const MILLION = 1_000_000;
const run = () => { for (let i = 0; i < MILLION; i++) (calls[i % calls.length])(); };
run();
const one = heap();
run();
const two = heap();
const delta = (a, b) => `${b - a >= 0 ? '+' : ''}${(b - a).toFixed(1)} MB`;
console.log(`heap: after the first call of each kind ${start.toFixed(1)} MB; after a million mixed calls ${one.toFixed(1)} MB (${delta(start, one)}: the bounded memos filling); after two million ${two.toFixed(1)} MB (${delta(one, two)})`);
if (sink === 42) console.log('');
