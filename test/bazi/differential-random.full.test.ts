/**
 * baZi() against lunar-javascript's EightChar and Yun (test/bazi/baziDifferential.ts), dense
 * (`npm run test:full`): 20,000 seeded random minutes of 1900 … 2100 and every minute 23:00 … 01:00
 * of 100 random nights, each in both 子时 sects and with four lucks (both sexes, both methods).
 * The minutes around every 节 are differential-terms.full.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { SEED } from '../support/setup';
import { compareCharts, midnightWindows, randomChartMoments } from './baziDifferential';

describe('baZi against lunar-javascript, random moments', () => {
  it(`agrees on 20,000 random minutes of 1900 … 2100 (seed ${SEED})`, () => {
    const r = compareCharts(randomChartMoments(20000, 7));
    expect(r.moments).toBe(20000);
    expect(r.differences).toEqual([]);
  });

  it('agrees on every minute 23:00 … 01:00 of 100 random nights', () => {
    const r = compareCharts(midnightWindows(100, 1, 11));
    expect(r.moments).toBe(100 * 121);
    expect(r.differences).toEqual([]);
  });
});
