/**
 * The distribution of the fortune model over every day 1900–2100 (the figures that
 * test/fortune/distribution.test.ts asserts and docs/fortune-model.md quotes).
 *   npx tsx scripts/fortune-stats.ts [model.json]
 */
import { readFileSync } from 'node:fs';
import { fortune, type FortuneModelInput } from '../src/index';

const modelPath = process.argv[2];
// A model read from a file is checked by fortune() itself, field by field.
const model = (modelPath === undefined ? undefined : JSON.parse(readFileSync(modelPath, 'utf8'))) as FortuneModelInput | undefined;
const counts = new Map<number, number>();
const trends = new Map<string, number>();
const months = new Map<string, string>();
let total = 0;
let days = 0;
for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86400000) {
  const iso = new Date(t).toISOString().slice(0, 10);
  const f = model === undefined ? fortune(iso) : fortune(iso, { model });
  counts.set(f.score, (counts.get(f.score) ?? 0) + 1);
  trends.set(f.month.trend, (trends.get(f.month.trend) ?? 0) + 1);
  months.set(`${iso.slice(0, 4)}${f.month.pillar}`, f.month.trend);
  total += f.score;
  days++;
}
const share = (n: number): string => `${((100 * n) / days).toFixed(2)} %`;
const extreme = [...counts].filter(([s]) => Math.abs(s) >= 8).reduce((n, [, c]) => n + c, 0);
const top = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
const monthTrends = new Map<string, number>();
for (const trend of months.values()) monthTrends.set(trend, (monthTrends.get(trend) ?? 0) + 1);
console.log(`days ${days}; mean score ${(total / days).toFixed(3)}; distinct scores ${counts.size}`);
console.log(`most common score ${top[0]} on ${share(top[1])} of days; |score| >= 8 on ${share(extreme)}`);
console.log('scores:', [...counts].sort((a, b) => a[0] - b[0]).map(([s, c]) => `${s}:${share(c)}`).join('  '));
console.log('trend (share of days):', [...trends].map(([k, v]) => `${k} ${share(v)}`).join(', '));
console.log('trend (solar months):', [...monthTrends].map(([k, v]) => `${k} ${v}`).join(', '));
