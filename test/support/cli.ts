/**
 * The command for the CLI tests, two ways:
 * - {@link builtCli}: the built command, `dist/cli.js` (package.json "bin"), about four times faster
 *   to start than the source. `npm test` builds first; run alone, a file that uses it needs
 *   `npm run build` after a change to the sources it names (its `beforeAll` says so). The bundle
 *   is one file: it is copied before the file's tests, so that a build during the run (which
 *   empties dist/) cannot break them.
 * - {@link sourceCli}: the TypeScript source through tsx, as `npm start` runs it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult { readonly status: number | null; readonly stdout: string; readonly stderr: string }

/** The command's environment: no NODE_OPTIONS of the test runner's. */
const env = (): NodeJS.ProcessEnv => ({ ...process.env, NODE_OPTIONS: '' });

/** Runs the CLI from its TypeScript source, as `npm start` does. */
export function sourceCli(...args: string[]): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', env: env() });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The built command, for the tests of the calling file: registers the hooks that copy
 * `dist/cli.js` (refusing a bundle older than a file of `sources`) and remove the copy, and
 * returns the function that runs it. Call it at the top level of a test file.
 */
export function builtCli(sources: readonly string[] = ['src/cli']): { run: (...args: string[]) => CliResult; path: () => string } {
  const copyDir = mkdtempSync(join(tmpdir(), 'huangli-cli-'));
  /** `.mjs`: outside the package, `.js` would be CommonJS. */
  const cli = join(copyDir, 'cli.mjs');
  beforeAll(() => {
    const built = `${root}dist/cli.js`;
    if (!existsSync(built)) throw new Error('dist/cli.js is missing: run npm run build (npm test builds first)');
    const builtAt = statSync(built).mtimeMs;
    const newer = sources.flatMap((dir) => readdirSync(`${root}${dir}`).filter((f) => statSync(`${root}${dir}/${f}`).mtimeMs > builtAt).map((f) => `${dir}/${f}`));
    if (newer.length > 0) throw new Error(`dist/cli.js is older than ${newer.join(', ')}: run npm run build`);
    copyFileSync(built, cli);
  });
  afterAll(() => {
    rmSync(copyDir, { recursive: true, force: true });
  });
  return {
    run: (...args) => {
      const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: env() });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    path: () => cli,
  };
}
