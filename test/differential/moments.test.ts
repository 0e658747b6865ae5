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

  it('agrees on every minute within 1 minute of every 节, its own second and the second before it', () => {
    const around = momentsAroundTerms(1);
    expect(around.terms).toBe(2412);
    expect(around.moments.length).toBe(2412 * 5);
    expect(compareMoments(around.moments).differences).toEqual([]);
  });
});
