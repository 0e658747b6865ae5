// findDays() over the whole of 1900-01-01 … 2100-12-31 (73,414 days): 嫁娶 in 宜, not clashing with
// 马 (冲 and 煞), 黄道 days — issue 13 asks ≤ 50 ms — and, for context, the brute-force loop it
// replaces (almanac() on every day, the same criteria read off the page), a few other queries, and
// the whole supported range. Each query is timed `BENCH_ROUNDS` times (default 7) and the median
// counts; the first call of the process (cold: term days and tables computed on first use) is
// shown beside it. Not a test: figures of one run on whatever machine runs it.
//   npx tsup --silent && node bench/findDays.bench.mjs
import { almanac } from '../dist/index.js';
import { findDays } from '../dist/select.js';
import { benchRounds } from './bestOf.mjs';

const rounds = benchRounds(7);
const FROM = '1900-01-01';
const TO = '2100-12-31';
const issueQuery = { from: FROM, to: TO, yi: ['嫁娶'], notClash: '马', huangDao: true };
const queries = [
  ['嫁娶, not 马, 黄道 (issue 13)', issueQuery],
  ['开市+交易, not 忌 安葬, 成/开, weekends', { from: FROM, to: TO, yi: ['开市', '交易'], notJi: ['安葬'], officers: ['成', '开'], weekdays: [0, 6] }],
  ['score ≥ 6 (lunar day per candidate)', { from: FROM, to: TO, minScore: 6 }],
  ['嫁娶, not 马, 黄道, where lunar day 15', { ...issueQuery, where: (d) => d.lunar.day === 15 }],
  ['嫁娶, not 马, 黄道, 宜/忌 at 00:00', issueQuery, { monthBoundary: 'instant' }],
  ['开市 on working days, 2002–2026', { from: '2002-01-01', to: '2026-12-24', yi: ['开市'], workday: true }],
  ['嫁娶, first 10, whole range', { from: '-000721-01-01', to: '9999-12-31', yi: ['嫁娶'], limit: 10 }],
  ['嫁娶, not 马, 黄道, whole range', { from: '-000721-01-01', to: '9999-12-31', yi: ['嫁娶'], notClash: '马', huangDao: true }],
];

const ms = (run) => {
  const start = process.hrtime.bigint();
  const value = run();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const [cold, coldCount] = ms(() => [...findDays(issueQuery)].length);
console.log(`findDays() (median of ${rounds} rounds; first call of the process: ${cold.toFixed(1)} ms, ${coldCount} days):`);
for (const [name, q, options] of queries) {
  const times = [];
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    const [t, n] = ms(() => [...findDays(q, options)].length);
    times.push(t);
    count = n;
  }
  console.log(`  ${name.padEnd(40)} ${median(times).toFixed(1).padStart(8)} ms  ${String(count).padStart(7)} days`);
}

// The loop it replaces: the whole almanac of every day, the criteria read off the page (one round: it takes seconds).
const SOUTH = new Set(['南']);
const [brute, bruteCount] = ms(() => {
  let n = 0;
  for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
    const a = almanac(new Date(t));
    if (a.yi.includes('嫁娶') && a.clash.zodiac !== '马' && !SOUTH.has(a.clash.direction) && a.deity.type === '黄道') n++;
  }
  return n;
});
const issue = median(Array.from({ length: rounds }, () => ms(() => [...findDays(issueQuery)].length)[0]));
console.log(`brute force, almanac() on every day (one round): ${brute.toFixed(0)} ms, ${bruteCount} days — ${(brute / issue).toFixed(0)}× the search`);
// What results that carried the almanac would cost: the almanac of every match.
const matches = [...findDays(issueQuery)].map((d) => d.date);
const pages = median(Array.from({ length: 3 }, () => ms(() => { for (const date of matches) almanac(date); })[0]));
console.log(`the almanacs of its ${matches.length} matches (median of 3): ${pages.toFixed(0)} ms — ${(pages / issue).toFixed(0)}× the search`);
