/**
 * baZi() against lunar-javascript's EightChar and Yun (test/bazi/baziDifferential.ts) at every
 * minute within 2 minutes of every 节 of 1900 … 2100 (2,412 terms, 12,060 moments; `npm run
 * test:full`), each in both 子时 sects and with four lucks (both sexes, both methods).
 */
import { describe, expect, it } from 'vitest';
import { compareCharts, minutesAround, referenceJie } from './baziDifferential';

describe('baZi against lunar-javascript, around every 节', () => {
  it('agrees on every minute within 2 of every 节 of 1900 … 2100, except at a reference instant of exactly hh:mm:00', () => {
    const terms = referenceJie();
    expect(terms.length).toBe(2412);
    const r = compareCharts(minutesAround(terms, 2));
    expect(r.moments).toBe(2412 * 5);
    expect(r.differences).toEqual([]);
    // Each of the 43 terms whose reference instant has 0 seconds differs at that one minute, no other.
    expect(terms.filter((t) => t.onTheMinute).length).toBe(43);
    expect(r.timingEdges).toBe(43);
  });
});
