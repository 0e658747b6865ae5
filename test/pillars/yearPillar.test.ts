import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearPillar } from '../../src/index';

describe('yearPillar', () => {
  it('steps one pillar a year, 1984 甲子, for every safe integer', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (year) => {
      const p = yearPillar(year);
      // Exact arithmetic as the oracle: 1984 is 甲子, index 0.
      expect(p.index).toBe(Number((((BigInt(year) - 1984n) % 60n) + 60n) % 60n));
      expect(yearPillar(year > 0 ? year - 60 : year + 60)).toEqual(p);
    }), { seed: 20261201, numRuns: 2000 });
    expect([yearPillar(Number.MAX_SAFE_INTEGER).name, yearPillar(Number.MIN_SAFE_INTEGER).name]).toEqual([yearPillar(Number.MAX_SAFE_INTEGER - 60).name, yearPillar(Number.MIN_SAFE_INTEGER + 60).name]);
  });

  it('is an error beyond the safe integers, where a year is no longer exact', () => {
    expect(() => yearPillar(2 ** 53)).toThrow(new RangeError('yearPillar: year must be between -9007199254740991 and 9007199254740991, got 9007199254740992'));
    expect(() => yearPillar(-1e300)).toThrow(RangeError);
    expect(() => yearPillar(1.5)).toThrow(new TypeError('yearPillar: year must be an integer, got 1.5'));
    expect(() => yearPillar(Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });
});
