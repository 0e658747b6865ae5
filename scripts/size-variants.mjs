// What the widget IIFE would weigh in other shapes, for the decision on issue 10's 52 KB widget
// target (none of these is built or shipped): without the glossaries (localize stubbed: Chinese
// only), and with <huangli-card> alone. Same bundler and minifier settings as tsup.config.ts's
// script-tag builds, so the first line matches `npm run size`'s widget to a few hundredths.
//   npx tsx scripts/size-variants.mjs
import { build, transformSync } from 'esbuild';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import * as styles from '../src/widget/styles.ts';
const CARD_ALONE = "import { createHuangliCardClass } from './src/widget/element'; customElements.define('huangli-card', createHuangliCardClass());";
const cssPlugin = { name: 'css', setup(b) { b.onLoad({ filter: /[\\/]src[\\/]widget[\\/]styles\.ts$/ }, () => ({ loader: 'js', contents: Object.entries(styles).map(([n, c]) => `export const ${n} = ${JSON.stringify(transformSync(c, { loader: 'css', minify: true }).code.trim())};\n`).join('') })); } };
const stub = { name: 'stub', setup(b) { b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]localize\.ts$/ }, () => ({ loader: 'js', contents: 'export const localize = (v) => v;' })); } };
const variants = {
  'widget as shipped': ['src/widget/index.ts', []],
  'widget, localize stubbed (zh-Hans only)': ['src/widget/index.ts', [stub]],
  'card alone': [CARD_ALONE, []],
  'card alone, localize stubbed': [CARD_ALONE, [stub]],
};
for (const [name, [entry, plugins]] of Object.entries(variants)) {
  const input = entry.endsWith('.ts') && !entry.includes(' ') ? { entryPoints: [entry] } : { stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' } };
  const r = await build({ ...input, bundle: true, format: 'iife', globalName: 'W', write: false, charset: 'utf8', platform: 'browser', target: 'es2020', logLevel: 'error', plugins: [cssPlugin, ...plugins] });
  const m = await minify(r.outputFiles[0].text, { compress: { passes: 2 }, format: { ascii_only: false } });
  console.log(name.padEnd(42), (gzipSync(Buffer.from(m.code), { level: 9 }).length / 1024).toFixed(2), 'KB gzip');
}
