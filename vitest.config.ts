import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    // The browser test needs Chromium and runs on its own: npm run test:browser.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
