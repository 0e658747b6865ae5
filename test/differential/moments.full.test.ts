/**
 * Pillars of moments against lunar-javascript (test/support/momentsDifferential.ts), dense: 60,000
 * seeded random minutes and every minute within 5 minutes of every 节 of 1900 … 2100.
 * `npm run test:full` runs it; `npm test` runs the sampled moments.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { compareMoments, momentsAroundTerms, randomMoments } from '../support/momentsDifferential';
import { SEED } from '../support/setup';

describe('pillars of moments against lunar-javascript, dense', () => {
  it(`agrees on 60,000 random minutes of 1900 … 2100 (seed ${SEED})`, () => {
    const { differences } = compareMoments(randomMoments(60000));
    expect(differences).toEqual([]);
  });

  it('agrees on every minute within 5 minutes of every 节, its own second and the second before it', () => {
    const around = momentsAroundTerms(5);
    expect(around.terms).toBe(2412);
    expect(around.moments.length).toBe(2412 * 13);
    expect(compareMoments(around.moments).differences).toEqual([]);
  });
});
