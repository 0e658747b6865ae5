/** Every term of −722 … 10000: the fast day equals the day of the shown second (see termInstants.test.ts). */
import { describe, expect, it } from 'vitest';
import { getTermDisplayDay, getTermSecond } from '../../src/astro/termInstants';

describe('getTermDisplayDay over the whole range', () => {
  it('is the day of the shown second for every term', () => {
    const wrong: number[] = [];
    for (let k = 24 * (-722 - 2000) + 19; k <= 24 * (10000 - 2000) + 42; k++) {
      if (getTermDisplayDay(k) !== Math.floor(getTermSecond(k) / 86400)) wrong.push(k);
    }
    expect(wrong).toEqual([]);
  });
});
