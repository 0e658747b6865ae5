import { transformSync, type Plugin } from 'esbuild';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import * as widgetStyles from './src/widget/styles';

/** Keep Chinese text as UTF-8 rather than \u escapes (a third of the size of the tables). */
function utf8(options: { charset?: string }): void {
  options.charset = 'utf8';
}

/**
 * The widget's style sheets, minified at build time (0.3 KB of the widget bundle, gzipped): the
 * source builds them readably from its palettes; the bundles carry each export of
 * src/widget/styles.ts as one minified CSS string. The unminified source is what the unit tests
 * read; the browser test reads the bundle.
 */
const minifiedWidgetStyles: Plugin = {
  name: 'minified-widget-styles',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]widget[\\/]styles\.ts$/ }, () => ({
      loader: 'js',
      contents: Object.entries(widgetStyles).map(([name, css]) => {
        if (typeof css !== 'string') throw new Error(`src/widget/styles.ts: export ${name} is not a CSS string`);
        return `export const ${name} = ${JSON.stringify(transformSync(css, { loader: 'css', minify: true }).code.trim())};\n`;
      }).join(''),
    }));
  },
};

/**
 * The widget's script tags read `zh-Hant` and English from huangli-i18n.global.js (the global
 * `HuangliI18n`), as huangli.global.js does since 0.8.0: in huangli-widget.global.js and
 * huangli-month.global.js alone, every import of src/i18n/localize.ts gets
 * src/widget/scriptTagLocalize.ts instead.
 */
const pageLocalize: Plugin = {
  name: 'page-localize',
  setup(build) {
    const real = resolve('src/i18n/localize');
    build.onResolve({ filter: /[\\/]localize$/ }, (args) => (resolve(args.resolveDir, args.path) === real
      ? { path: resolve('src/widget/scriptTagLocalize.ts') }
      : undefined));
  },
};

/** A minified bundle for a `<script>` tag that exposes `globalName`. */
function scriptTag(name: string, entry: string, globalName: string, plugins: Plugin[] = []): Options {
  return {
    entry: { [name]: entry },
    format: ['iife'],
    globalName,
    platform: 'browser',
    target: 'es2020',
    // terser squeezes the code a little further than esbuild (a few hundred bytes gzipped).
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { ascii_only: false } },
    sourcemap: true,
    dts: false,
    outExtension: () => ({ js: '.global.js' }),
    esbuildOptions: utf8,
    esbuildPlugins: [minifiedWidgetStyles, ...plugins],
  };
}

export default defineConfig([
  {
    // Library entry points: ESM + CommonJS + declarations, tree-shakeable.
    entry: { index: 'src/index.ts', astro: 'src/astro/index.ts', festivals: 'src/festivals/index.ts', bazi: 'src/bazi/index.ts', events: 'src/events/index.ts', holidays: 'src/holidays/index.ts', select: 'src/select/index.ts', observances: 'src/observances/index.ts', verses: 'src/verses/index.ts', testing: 'src/testing/index.ts', widget: 'src/widget/index.ts', grid: 'src/grid/index.ts', ics: 'src/ics/index.ts' },
    // fast-check is the consumer's (an optional peer dependency of huangli/testing), never bundled.
    external: ['fast-check'],
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2020',
    treeshake: true,
    sourcemap: true,
    clean: true,
    esbuildOptions: utf8,
    esbuildPlugins: [minifiedWidgetStyles],
  },
  {
    // The root entry once more, in one file, for Node without a bundler (the "node" condition of
    // package.json's exports): `import 'huangli'` then loads one module, not the two dozen chunks
    // it shares with the subpaths above (8 ms of a 21 ms cold start). Bundlers, which do not
    // match "node" for the browser, get the shared chunks, so an app importing the root and a
    // subpath carries the library once. The CommonJS build is one file per entry already.
    entry: { 'index.node': 'src/index.ts' },
    splitting: false,
    format: ['esm'],
    dts: false,
    platform: 'neutral',
    target: 'es2020',
    treeshake: true,
    sourcemap: true,
    esbuildOptions: utf8,
    esbuildPlugins: [minifiedWidgetStyles],
  },
  {
    // The `huangli` command (package.json "bin"), for Node.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node18',
    dts: false,
    sourcemap: false,
    esbuildOptions: utf8,
  },
  // <script src=".../huangli.global.js"> exposes the global `Huangli`: the root entry but `localize` (which only points to huangli-i18n.global.js).
  scriptTag('huangli', 'src/scriptTag.ts', 'Huangli'),
  // <script src=".../huangli-i18n.global.js"> exposes `HuangliI18n.localize`, for `Huangli`'s values in zh-Hant and English.
  scriptTag('huangli-i18n', 'src/i18n/scriptTag.ts', 'HuangliI18n'),
  // <script src=".../huangli-widget.global.js"> defines <huangli-card> (and the global `HuangliWidget`);
  // <script src=".../huangli-month.global.js"> defines <huangli-month> and <huangli-card> (the global
  // `HuangliWidget`, as huangli/widget). Their zh-Hant and English come from huangli-i18n.global.js (pageLocalize).
  scriptTag('huangli-widget', 'src/widget/cardScriptTag.ts', 'HuangliWidget', [pageLocalize]),
  scriptTag('huangli-month', 'src/widget/index.ts', 'HuangliWidget', [pageLocalize]),
  // <script src=".../huangli-festivals.global.js"> exposes `HuangliFestivals.gregorianFestivals`, to pass to `Huangli.almanac`.
  scriptTag('huangli-festivals', 'src/festivals/index.ts', 'HuangliFestivals'),
]);
