import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // Library entry points: ESM + CommonJS + declarations, tree-shakeable.
    entry: { index: 'src/index.ts', astro: 'src/astro/index.ts', testing: 'src/testing/index.ts', widget: 'src/widget/index.ts' },
    // fast-check is the consumer's (an optional peer dependency of huangli/testing), never bundled.
    external: ['fast-check'],
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2020',
    treeshake: true,
    sourcemap: true,
    clean: true,
    // Keep Chinese text as UTF-8 rather than \u escapes (a third of the size of the tables).
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // The `huangli` command (package.json "bin"), for Node.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node18',
    dts: false,
    sourcemap: false,
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // <script src=".../huangli.global.js"> exposes the global `Huangli`.
    entry: { huangli: 'src/index.ts' },
    format: ['iife'],
    globalName: 'Huangli',
    platform: 'browser',
    target: 'es2020',
    // terser squeezes the code a little further than esbuild (a few hundred bytes gzipped).
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { ascii_only: false } },
    sourcemap: true,
    dts: false,
    outExtension: () => ({ js: '.global.js' }),
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // <script src=".../huangli-widget.global.js"> defines <huangli-card> (and the global `HuangliWidget`).
    entry: { 'huangli-widget': 'src/widget/index.ts' },
    format: ['iife'],
    globalName: 'HuangliWidget',
    platform: 'browser',
    target: 'es2020',
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { ascii_only: false } },
    sourcemap: true,
    dts: false,
    outExtension: () => ({ js: '.global.js' }),
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
