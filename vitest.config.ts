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
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
