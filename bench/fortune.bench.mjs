// fortune() per call over every day 1900-01-01 … 2100-12-31 (73,414 days): the default model
// against a partial model (one weight) and a whole custom model (data/fortune-model.json with one
// weight changed, as if parsed from a file), each passed as the same object on every call: as a
// plain model input (read on every call, and given the model read last when it is equal to it:
// src/fortune/modelInputMemo.ts), the partial one also as a fresh literal on each call, the whole
// one deep-frozen (kept by identity), and made once with createFortuneModel (validated once). Issue 14 asks that a custom model cost no more than twice the default. Rounds alternate
// between the cases (`BENCH_ROUNDS`, default 3) and the best round of each counts; the first round
// of a custom model also computes its factors and monthly means, which later calls reuse.
import { readFileSync } from 'node:fs';
import { createFortuneModel, fortune } from '../dist/index.js';

const days = [];
for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86400000) {
  const d = new Date(t);
  days.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

const whole = JSON.parse(readFileSync(new URL('../data/fortune-model.json', import.meta.url), 'utf8'));
whole.version = 'bench-1';
whole.weights.officer['收'] = 3;
function deepFreeze(o) {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
}
const cases = [
  ['default model', undefined],
  ['partial model', { model: { weights: { tradeInYi: 3 } } }],
  ['whole custom model', { model: whole }],
  ['partial, a fresh literal each call', null],
  ['whole, deep-frozen', { model: deepFreeze(structuredClone(whole)) }],
  ['partial, created', { model: createFortuneModel({ weights: { tradeInYi: 3 } }) }],
  ['whole, created', { model: createFortuneModel(whole) }],
];

let sink = 0;
const time = (options) => {
  const start = process.hrtime.bigint();
  if (options === null) for (const d of days) sink += fortune(d, { model: { weights: { tradeInYi: 3 } } }).score;
  else for (const d of days) sink += fortune(d, options).score;
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const best = cases.map(() => Infinity);
for (let r = 0; r < rounds; r++) cases.forEach(([, options], i) => { best[i] = Math.min(best[i], time(options)); });

console.log(`fortune() over ${days.length} days (best of ${rounds}):`);
cases.forEach(([name], i) => {
  const perCall = (best[i] * 1000) / days.length;
  const ratio = i === 0 ? '' : `  ${(best[i] / best[0]).toFixed(2)}× the default`;
  const perSecond = Math.round(days.length / (best[i] / 1000)).toLocaleString('en-US');
  console.log(`  ${name.padEnd(19)} ${best[i].toFixed(1).padStart(8)} ms  ${perCall.toFixed(2).padStart(6)} µs/call ${perSecond.padStart(10)} days/s${ratio}`);
});
if (sink === 0.5) console.log('');
