import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:full`: only the exhaustive sweeps, every day (or minute) of 1900 … 2100 against
 * the reference (`test/**\/*.full.test.ts`). `npm test` runs the same comparisons on sampled days.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.full.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Vitest's default, one worker fewer than the cores, is a single worker on a two-core machine,
    // which leaves a core idle: the main process only collects results.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files share their worker's module graph instead of importing it afresh each (the library
    // and the tests keep no mutable state; fast-check's seed is set by the setup file of each). On
    // two cores this took the quick suite from 333 s to 196 s, most of it the reference's and the
    // library's imports, once per file (`npx vitest run`, one run of each, the same machine).
    isolate: false,
    // A sweep of every day takes minutes on a busy two-core machine.
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
  },
});
