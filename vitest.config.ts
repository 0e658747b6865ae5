import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * `npm test`: everything but the browser test and the exhaustive every-day sweeps
 * (`*.full.test.ts`, run by `npm run test:full` with vitest.full.config.ts).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    // The browser test needs Chromium and runs on its own: npm run test:browser.
    exclude: [...configDefaults.exclude, 'test/browser/**', 'test/**/*.full.test.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Vitest's default, one worker fewer than the cores, is a single worker on a two-core machine,
    // which leaves a core idle: the main process only collects results.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files share their worker's module graph instead of importing it afresh each (the library
    // and the tests keep no mutable state; fast-check's seed is set by the setup file of each). On
    // two cores this took the quick suite from 333 s to 196 s, most of it the reference's and the
    // library's imports, once per file (`npx vitest run`, one run of each, the same machine).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
