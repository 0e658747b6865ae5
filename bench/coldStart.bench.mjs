// Cold start as whole processes (issue 14): `import 'huangli'` (as Node resolves it: the "node"
// condition, dist/index.node.js) + the first almanac(), and the CLI's card, and the reference's
// require + first day page beside them,
// each over bare `node -e 0`, median of `BENCH_ROUNDS` runs (default 11), the runs interleaved so
// that each sees the same load. Run after the build (npm run bench builds first).
//   node bench/coldStart.bench.mjs
import { execFileSync } from 'node:child_process';
import { benchRounds } from './bestOf.mjs';

const runs = {
  'node -e 0': ['-e', '0'],
  'import + first almanac()': ['--input-type=module', '-e', "import { almanac } from 'huangli'; almanac('2025-12-18');"],
  'import + first fortune()': ['--input-type=module', '-e', "import { fortune } from 'huangli'; fortune('2025-12-18');"],
  'node dist/cli.js 2025-12-18': ['dist/cli.js', '2025-12-18'],
  // The reference beside them: require + the first day's page (the lunar date, 宜/忌, clash, gods).
  'lunar-javascript, first day': ['-e', "const { Solar } = require('lunar-javascript'); const l = Solar.fromYmd(2025, 12, 18).getLunar(); l.getDayYi(); l.getDayJi(); l.getDayChongDesc(); l.getDayJiShen();"],
};
const times = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
const rounds = benchRounds(11);
for (let r = 0; r < rounds; r++) {
  for (const [name, args] of Object.entries(runs)) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const bare = median(times['node -e 0']);
console.log(`cold start, whole processes, median of ${rounds} runs:`);
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(`  ${name.padEnd(30)} ${m.toFixed(1).padStart(7)} ms${name === 'node -e 0' ? '' : `  (+${(m - bare).toFixed(1)} ms over bare node)`}`);
}
