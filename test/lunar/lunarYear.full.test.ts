/**
 * Every lunar year of the range (npm run test:full): `lunarYear(year)` against lunar-javascript's
 * `LunarYear.fromYear(year)` and its months' `LunarMonth`, every field (test/support/lunarYearDifferential.ts).
 */
import { describe, expect, it } from 'vitest';
import { lunarYearDifferences, monthTaiSuiOnDerivedPillar, REF_SPLIT_YEARS } from '../support/lunarYearDifferential';

describe('lunarYear, every year −721 … 9999', () => {
  for (const [from, to] of [[-721, 1644], [1645, 5000], [5001, 9999]] as const) {
    it(`years ${from} … ${to}`, () => {
      const differences: string[] = [];
      const split: number[] = [];
      for (let year = from; year <= to; year++) {
        const r = lunarYearDifferences(year);
        differences.push(...r.differences);
        if (!r.listsAgree) split.push(year);
      }
      expect(differences).toEqual([]);
      expect(split).toEqual(REF_SPLIT_YEARS.filter((y) => y >= from && y <= to));
      // The reference's own month pillar is replaced by the one derived from its term table only
      // where it is known wrong, before 1 CE: 1,838 二/六/十月, each counted once per 福神 sect.
      expect([...monthTaiSuiOnDerivedPillar.keys()].filter((y) => y >= 1)).toEqual([]);
      const replaced = [...monthTaiSuiOnDerivedPillar].filter(([y]) => y >= from && y <= to).reduce((sum, [, n]) => sum + n, 0);
      expect(replaced).toBe(from < 1 ? 2 * 1838 : 0);
    });
  }
});
