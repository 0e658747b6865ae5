/**
 * Checks over many days that are not comparisons with the reference, each shared by a sampled
 * test in `npm test` and an every-day one in `npm run test:full` (`*.full.test.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { almanac, fortune, localize } from '../../src/index';
import type { CivilDate } from '../../src/types';

const HAN = /\p{Script=Han}/u;

/** Days whose English almanac still holds a Han character, with the first strings that do (at most six days). */
export function englishLeaks(days: Iterable<CivilDate>): string[] {
  const leaks: string[] = [];
  for (const d of days) {
    const text = JSON.stringify(localize(almanac(d), 'en'));
    if (HAN.test(text)) leaks.push(`${JSON.stringify(d)}: ${[...text.matchAll(/"[^"]*\p{Script=Han}[^"]*"/gu)].slice(0, 3).join(' ')}`);
    if (leaks.length > 5) break;
  }
  return leaks;
}

/** The distribution of the default fortune model's score and month trend over some days. */
export interface FortuneCalibration {
  readonly days: number;
  readonly meanScore: number;
  /** How many days have each score. */
  readonly scores: ReadonlyMap<number, number>;
  /** How many days have each month trend. */
  readonly trends: ReadonlyMap<string, number>;
}

export function fortuneCalibration(days: Iterable<CivilDate>): FortuneCalibration {
  const scores = new Map<number, number>();
  const trends = new Map<string, number>();
  let total = 0;
  let count = 0;
  for (const d of days) {
    const f = fortune(d);
    scores.set(f.score, (scores.get(f.score) ?? 0) + 1);
    trends.set(f.month.trend, (trends.get(f.month.trend) ?? 0) + 1);
    total += f.score;
    count++;
  }
  return { days: count, meanScore: total / count, scores, trends };
}

/**
 * The calibration of the default model that docs/fortune-model.md quotes (`npx tsx
 * scripts/fortune-stats.ts` prints the figures), checked over `days()`.
 */
export function describeFortuneCalibration(title: string, days: () => Iterable<CivilDate>): void {
  describe(title, () => {
    let c: FortuneCalibration;
    const share = (n: number): number => n / c.days;
    beforeAll(() => {
      c = fortuneCalibration(days());
    });

    it('has a mean score within ±1 of 0', () => {
      expect(Math.abs(c.meanScore)).toBeLessThan(1);
    });

    it('uses at least 15 distinct scores, none on more than 25 % of days', () => {
      expect(c.scores.size).toBeGreaterThanOrEqual(15);
      expect(share(Math.max(...c.scores.values()))).toBeLessThan(0.25);
    });

    it('reaches |score| ≥ 8 on fewer than 5 % of days', () => {
      const extreme = [...c.scores].filter(([score]) => Math.abs(score) >= 8).reduce((n, [, k]) => n + k, 0);
      expect(share(extreme)).toBeLessThan(0.05);
      expect(extreme).toBeGreaterThan(0);
    });

    it('shows all five trend steps', () => {
      expect([...c.trends.keys()].sort()).toEqual(['强势上涨', '强势下跌', '横盘震荡', '震荡偏多', '震荡偏空'].sort());
    });
  });
}
