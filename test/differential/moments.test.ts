/**
 * Pillars of moments against lunar-javascript (test/support/momentsDifferential.ts), sampled:
 * seeded random minutes, and the three minutes around every 节 of 1900 … 2100 (the minute of the
 * instant and one on each side: every crossing of a month, and of a year at 立春). The denser
 * sweep is moments.full.test.ts (npm run test:full).
 */
import { describe, expect, it } from 'vitest';
import { compareMoments, momentsAroundTerms, randomMoments } from '../support/momentsDifferential';
import { SEED } from '../support/setup';

describe('pillars of moments against lunar-javascript', () => {
  it(`agrees on 2,000 random minutes of 1900 … 2100 (seed ${SEED})`, () => {
    const { differences } = compareMoments(randomMoments(2000));
    expect(differences).toEqual([]);
  });

  it('agrees on the minute of every 节 and the minutes on each side, except at a reference instant of exactly hh:mm:00', () => {
    const around = momentsAroundTerms(1);
    expect(around.terms).toBe(2412);
    expect(around.moments.length).toBe(2412 * 3);
    const { differences, timingEdges } = compareMoments(around.moments);
    expect(differences).toEqual([]);
    // Each of the 43 terms whose reference instant has 0 seconds disagrees at that one minute, no other.
    expect(around.termsOnTheMinute).toBe(43);
    expect(timingEdges).toBe(around.termsOnTheMinute);
  });
});
