// The browser test of <huangli-card>: a real Chromium (playwright-core) on docs/demo.html.
// Kept out of the main suite (`npm test`); run it with
//   npx tsup && npx vitest run --config test/browser/vitest.config.ts
// Chromium: CHROMIUM_PATH, default /usr/bin/chromium (Debian/Ubuntu: apt-get install -y chromium).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one page: the tests share it and run in order.
    fileParallelism: false,
  },
});
