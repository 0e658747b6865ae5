/**
 * baZi() against lunar-javascript's EightChar and Yun (test/bazi/baziDifferential.ts), sampled for
 * `npm test`: seeded random minutes, the minutes within 2 of every 节 of a few years (立春 among
 * them: the year changes too) with the 节's exact second and the second before it, and the
 * 23:00 … 01:00 window of random days. Nothing is tolerated: term instants are the reference's to
 * the second. Each moment is compared
 * in both 子时 sects and with four lucks (both sexes, both start-age methods). The dense sweep is
 * differential-*.full.test.ts (`npm run test:full`).
 */
import { describe, expect, it } from 'vitest';
import { SEED } from '../support/setup';
import { compareCharts, midnightWindows, momentsAround, randomChartMoments, referenceJie } from './baziDifferential';

describe('baZi against lunar-javascript, sampled', () => {
  it(`agrees on 300 random minutes of 1900 … 2100 (seed ${SEED})`, () => {
    const r = compareCharts(randomChartMoments(300));
    expect(r.moments).toBe(300);
    expect(r.differences).toEqual([]);
  });

  it("agrees on every minute within 2 of each 节 of 1900, 1986, 2033 and 2100, and on the 节's exact second and the second before", () => {
    const terms = referenceJie();
    const years = [1900, 1986, 2033, 2100];
    const chosen = terms.filter((_, i) => years.includes(1900 + Math.floor(i / 12)));
    expect(chosen.length).toBe(48);
    const r = compareCharts(momentsAround(chosen, 2));
    expect(r.moments).toBe(48 * 7);
    expect(r.differences).toEqual([]);
  });

  it('agrees on every minute 23:00 … 01:00 of 4 random nights', () => {
    const r = compareCharts(midnightWindows(4));
    expect(r.moments).toBe(4 * 121);
    expect(r.differences).toEqual([]);
  });
});
