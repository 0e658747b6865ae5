/**
 * localize() over every day 1900-01-01 … 2100-12-31 (npm run test:full); localize.test.ts checks
 * the same on the sampled days of test/support/days.ts.
 */
import { describe, expect, it } from 'vitest';
import { everyDay } from '../support/days';
import { englishLeaks } from '../support/sweeps';

describe('localize over every day', () => {
  it('leaves no term untranslated: no English output for any day 1900–2100 contains a Han character', () => {
    expect(englishLeaks(everyDay())).toEqual([]);
  });
});
