/** Shared by the generators: write each output, or with `--check` report the ones that would change. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const check = process.argv.includes('--check');

/** Writes (or checks) `[path relative to the repo, text]` pairs; returns the number of stale files. */
export function writeOutputs(outputs: readonly (readonly [string, string])[]): number {
  let stale = 0;
  for (const [path, text] of outputs) {
    const file = root + path;
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      // a new file
    }
    if (old === text) continue;
    if (check) {
      console.error(`stale: ${path} (run npm run data)`);
      stale++;
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${path}`);
    }
  }
  return stale;
}
