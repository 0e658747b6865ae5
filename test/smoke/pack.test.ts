/**
 * The packed tarball (`npm pack`), installed into a scratch project: used from `import`, from
 * `require`, through its subpaths, and as the `huangli` command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'huangli-pack-'));
  execFileSync(npm, ['pack', '--silent', '--pack-destination', scratch], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz')) as string;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, version: '1.0.0' }));
  execFileSync(npm, ['install', `./${tarball}`, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], { cwd: scratch, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

const node = (file: string, code: string): string => {
  writeFileSync(join(scratch, file), code);
  return execFileSync(process.execPath, [file], { cwd: scratch, encoding: 'utf8' }).trim();
};

describe('the packed package in a scratch project', () => {
  it('works from import', () => {
    const out = node('esm.mjs', "import { almanac, pillars } from 'huangli'; import { newMoons } from 'huangli/astro';\nconsole.log(almanac('2025-12-18').clash.text, pillars('2025-12-18').day.name, newMoons(2025).length);");
    expect(out).toBe('冲兔(乙卯)煞东 辛酉 12');
  });

  it('works from require', () => {
    const out = node('cjs.cjs', "const { fortune, lunarDate } = require('huangli'); const { solarTerms } = require('huangli/astro');\nconsole.log(fortune('2025-12-18').score, lunarDate('2025-12-18').dayName, solarTerms(2025)[22].name);");
    expect(out).toBe('-4 廿九 大雪');
  });

  it('ships the built files, the README, the licence and the pages the README links, nothing else', () => {
    const listed = execFileSync(npm, ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' });
    const files = (JSON.parse(listed) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
    const docsPage = (f: string): boolean => /^docs\/[^/]+\.md$/.test(f) || f === 'docs/demo.html' || f === 'docs/month.html' || f === 'data/SOURCES.md';
    expect(files.filter((f) => !f.startsWith('dist/') && !docsPage(f) && !['README.md', 'LICENSE', 'package.json'].includes(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['dist/huangli.global.js', 'dist/huangli-i18n.global.js', 'dist/huangli-festivals.global.js', 'dist/huangli-widget.global.js', 'dist/huangli-month.global.js']));
    expect(files).toEqual(expect.arrayContaining(['docs/calendar.md', 'docs/almanac.md', 'docs/fortune-model.md', 'docs/widget.md', 'docs/holidays.md', 'docs/festivals.md', 'docs/month.md', 'docs/select.md', 'docs/languages.md', 'docs/demo.html', 'docs/month.html', 'data/SOURCES.md']));
    // The API site is built by `npm run docs`, not shipped.
    expect(files.filter((f) => f.startsWith('docs/api/'))).toEqual([]);
  });

  it('installs the huangli command', () => {
    const r = spawnSync(join(scratch, 'node_modules', '.bin', 'huangli'), ['2025-12-18', '--lang', 'en'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Clash: Rabbit (Yi-Mao), evil spirit in the East');
  });
});
