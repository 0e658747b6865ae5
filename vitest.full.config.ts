import { defineConfig } from 'vitest/config';

/**
 * `npm run test:full`: only the exhaustive sweeps, every day (or minute) of 1900 … 2100 against
 * the reference (`test/**\/*.full.test.ts`). `npm test` runs the same comparisons on sampled days.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.full.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    // A sweep of every day takes minutes on a busy two-core machine.
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
  },
});
