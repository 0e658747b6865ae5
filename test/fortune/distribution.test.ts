/**
 * The calibration of the default model over every day 1900-01-01 … 2100-12-31 (the figures that
 * docs/fortune-model.md quotes; `npx tsx scripts/fortune-stats.ts` prints them).
 */
import { describe, expect, it } from 'vitest';
import { fortune } from '../../src/index';
import { everyDay } from '../support/reference';

describe('the default fortune model over 1900–2100', () => {
  const counts = new Map<number, number>();
  const trends = new Map<string, number>();
  let total = 0;
  let days = 0;
  for (const d of everyDay()) {
    const f = fortune(d);
    counts.set(f.score, (counts.get(f.score) ?? 0) + 1);
    trends.set(f.month.trend, (trends.get(f.month.trend) ?? 0) + 1);
    total += f.score;
    days++;
  }
  const share = (n: number): number => n / days;

  it('has a mean score within ±1 of 0', () => {
    expect(Math.abs(total / days)).toBeLessThan(1);
  });

  it('uses at least 15 distinct scores, none on more than 25 % of days', () => {
    expect(counts.size).toBeGreaterThanOrEqual(15);
    expect(share(Math.max(...counts.values()))).toBeLessThan(0.25);
  });

  it('reaches |score| ≥ 8 on fewer than 5 % of days', () => {
    const extreme = [...counts].filter(([score]) => Math.abs(score) >= 8).reduce((n, [, c]) => n + c, 0);
    expect(share(extreme)).toBeLessThan(0.05);
    expect(extreme).toBeGreaterThan(0);
  });

  it('shows all five trend steps', () => {
    expect([...trends.keys()].sort()).toEqual(['强势上涨', '强势下跌', '横盘震荡', '震荡偏多', '震荡偏空'].sort());
  });
});
