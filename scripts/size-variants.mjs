// What the widget IIFE would weigh in other shapes, for the decision on issue 10's 52 KB widget
// target (none of these is built or shipped): without the glossaries (localize stubbed: Chinese
// only), and with <huangli-card> alone. The script-tag builds' style-sheet plugin and terser
// settings (tsup.config.ts), so the first line matches `npm run size`'s widget to a few hundredths.
//   npx tsx scripts/size-variants.mjs
import { build } from 'esbuild';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { SCRIPT_TAG_TERSER, minifiedWidgetStyles } from '../tsup.config.ts';

const widget = { entryPoints: ['src/widget/index.ts'] };
const cardAlone = { stdin: { contents: "import { createHuangliCardClass } from './src/widget/element'; customElements.define('huangli-card', createHuangliCardClass());", resolveDir: process.cwd(), loader: 'ts' } };
/** localize as the identity: the widget in Simplified Chinese only, without the glossaries. */
const chineseOnly = { name: 'chinese-only', setup(b) { b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]localize\.ts$/ }, () => ({ loader: 'js', contents: 'export const localize = (v) => v;' })); } };
const variants = [
  ['widget as shipped', widget, []],
  ['widget, Chinese only', widget, [chineseOnly]],
  ['card alone', cardAlone, []],
  ['card alone, Chinese only', cardAlone, [chineseOnly]],
];
for (const [name, input, plugins] of variants) {
  const r = await build({ ...input, bundle: true, format: 'iife', globalName: 'W', write: false, charset: 'utf8', platform: 'browser', target: 'es2020', logLevel: 'error', plugins: [minifiedWidgetStyles, ...plugins] });
  const { code } = await minify(r.outputFiles[0].text, SCRIPT_TAG_TERSER);
  console.log(name.padEnd(28), (gzipSync(Buffer.from(code), { level: 9 }).length / 1024).toFixed(2), 'KB gzip');
}
