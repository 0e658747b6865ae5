// Measures the minified + gzipped size of the built bundles and enforces the budgets.
//   npm run build && npm run size
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// `limit`: an enforced budget (the run fails above it); entries without one are reported only.
const budgets = [
  { name: 'IIFE (dist/huangli.global.js)', file: 'dist/huangli.global.js', limit: 46 * 1024 },
  { name: 'widget IIFE (dist/huangli-widget.global.js)', file: 'dist/huangli-widget.global.js', limit: 52 * 1024 },
  { name: "app importing only `pillars`", entry: "import { pillars } from './dist/index.js'; console.log(pillars('2025-12-18'));", limit: 9 * 1024 },
  { name: "app importing only `lunarDate`", entry: "import { lunarDate } from './dist/index.js'; console.log(lunarDate('2025-12-18'));" },
  { name: "app importing only `almanac`", entry: "import { almanac } from './dist/index.js'; console.log(almanac('2025-12-18'));" },
  { name: "app importing only `baZi` (huangli/bazi)", entry: "import { baZi } from './dist/bazi.js'; console.log(baZi('1990-05-05T20:00', { sex: 'male' }));" },
];

let failed = 0;
for (const b of budgets) {
  let code;
  if (b.file) code = readFileSync(b.file);
  else {
    const out = await build({ stdin: { contents: b.entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', write: false, treeShaking: true, charset: 'utf8', logLevel: 'error' });
    code = out.outputFiles[0].contents;
  }
  const gz = gzipSync(code, { level: 9 }).length;
  const over = b.limit !== undefined && gz > b.limit;
  if (over) failed++;
  const limit = b.limit !== undefined ? ` (budget ${(b.limit / 1024).toFixed(1)} KB)${over ? '  OVER BUDGET' : ''}` : '';
  console.log(`${b.name}: ${(code.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(2)} KB gzip${limit}`);
}
process.exit(failed ? 1 : 0);
