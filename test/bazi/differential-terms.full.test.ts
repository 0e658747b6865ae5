/**
 * baZi() against lunar-javascript's EightChar and Yun (test/bazi/baziDifferential.ts) at every
 * minute within 2 minutes of every 节 of 1900 … 2100 and at the 节's exact second and the second
 * before it (2,412 terms, 16,884 moments; `npm run test:full`), each in both 子时 sects and with
 * four lucks (both sexes, both methods). Nothing is tolerated: term instants are the reference's
 * to the second.
 */
import { describe, expect, it } from 'vitest';
import { compareCharts, momentsAround, referenceJie } from './baziDifferential';

describe('baZi against lunar-javascript, around every 节', () => {
  it("agrees on every minute within 2 of every 节 of 1900 … 2100, and on the 节's exact second and the second before", () => {
    const terms = referenceJie();
    expect(terms.length).toBe(2412);
    const r = compareCharts(momentsAround(terms, 2));
    expect(r.moments).toBe(2412 * 7);
    expect(r.differences).toEqual([]);
    // The 43 terms whose reference instant has 0 seconds, once the tolerated ones, agree too.
    expect(terms.filter((t) => t.second === 0).length).toBe(43);
  });
});
