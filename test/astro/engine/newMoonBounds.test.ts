/**
 * newMoons(year) and its year bounds (src/astro/newMoons.ts, findNewMoonNumberOnOrAfter): the
 * calendar's getNewMoonDay rounds the compact instant, minutes from the precise one, so it can put
 * a new moon near midnight on another day than the instant newMoons writes; the bounds must still
 * be those of the precise instant, to the second.
 */
import { describe, expect, it } from 'vitest';
import { computeNewMoonInstantCompact } from '../../../src/astro/engine/computeNewMoonInstantCompact';
import { getNewMoonDay } from '../../../src/astro/engine/termDays';
import { findNewMoonNumberOnOrAfter, getNewMoonSecond, newMoons } from '../../../src/astro/newMoons';
import { seededRandom } from '../../support/seededRandom';

const UNIX_EPOCH_JD = 2440587.5;
const preciseDay = (n: number) => Math.floor(getNewMoonSecond(n) / 86400);
/** By brute force: the first lunation whose precise instant (to the second) is on or after `day`. */
function firstOnOrAfter(day: number): number {
  let n = Math.round((day - 10962) / 29.530588853) - 2;
  while (preciseDay(n) < day) n++;
  return n;
}

/**
 * Lunations whose compact day is not the precise one (110 of −722 … 10001, listed by a sweep of
 * the compact and precise instants): 9276 is 2749-12-31T23:58:26+08:00, its compact instant on
 * 2750-01-01.
 */
const otherDay = [-31044, -21992, -2727, -1694, 4602, 9276, 10939, 31843, 48968, 82166, 98097];

describe('findNewMoonNumberOnOrAfter', () => {
  it('the lunations whose compact day is another: on the days around both', () => {
    for (const n of otherDay) {
      const compact = Math.floor(computeNewMoonInstantCompact(n) - UNIX_EPOCH_JD + 1 / 3);
      expect(getNewMoonDay(n), `n = ${n}`).toBe(compact);
      expect(Math.abs(compact - preciseDay(n)), `n = ${n}`).toBe(1);
      for (const day of [compact - 1, compact, compact + 1, preciseDay(n) - 1, preciseDay(n) + 1]) {
        expect(findNewMoonNumberOnOrAfter(day), `n = ${n}, day ${day}`).toBe(firstOnOrAfter(day));
      }
    }
  });

  it('500 random days of −721 … 9999', () => {
    const next = seededRandom(20261215);
    for (let i = 0; i < 500; i++) {
      const day = Math.floor(-986000 + next() * 3638000);
      expect(findNewMoonNumberOnOrAfter(day), `day ${day}`).toBe(firstOnOrAfter(day));
    }
  });
});

describe('newMoons year bounds', () => {
  it('a new moon two minutes before a New Year whose compact instant is after it (2749/2750)', () => {
    expect(newMoons(2749).at(-1)).toBe('2749-12-31T23:58:26+08:00');
    expect(newMoons(2750)[0]!.startsWith('2750-01-')).toBe(true);
    expect(newMoons(2750)[0]).not.toBe('2749-12-31T23:58:26+08:00');
  });

  it('every instant of a year is in it, and the years join without gap or overlap (sampled)', () => {
    const years = [-721, -1, 0, 1582, 2024, 2025, 2749, 2750, 9998, 9999];
    for (const year of years) {
      const list = newMoons(year);
      expect(list.every((t) => t.startsWith(year < 0 ? `-${String(-year).padStart(6, '0')}-` : `${String(year).padStart(4, '0')}-`)), `${year}`).toBe(true);
    }
    for (const year of [2024, 2749, 9998]) {
      const a = newMoons(year);
      const b = newMoons(year + 1);
      const gap = (Date.parse(b[0]!) - Date.parse(a.at(-1)!)) / 86400000;
      expect(gap, `${year}`).toBeGreaterThan(29);
      expect(gap, `${year}`).toBeLessThan(30);
    }
  });
});
