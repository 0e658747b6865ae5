/**
 * huangli/festivals as built (`npm test` builds first, see `pretest`): the ESM and CommonJS
 * entries, which give the same set, accepted by either build of the main entry (a package loaded
 * both ways, the dual-package case); and the script-tag pair, `huangli.global.js` and
 * `huangli-festivals.global.js`, two bundles whose set and almanac meet only as data.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as festivals from '../../src/festivals/index';
import * as source from '../../src/index';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const expected = source.almanac('2025-05-11', { festivals: festivals.gregorianFestivals }).festivals;

describe('built huangli/festivals', () => {
  it('serves the same set through exports["./festivals"], usable by the other build of the main entry', async () => {
    const esm = (await import(new URL('dist/festivals.js', root).href)) as typeof festivals;
    const cjs = require(new URL('dist/festivals.cjs', root).pathname) as typeof festivals;
    const main = require(new URL('dist/index.cjs', root).pathname) as typeof source;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(festivals).sort());
    expect(esm.gregorianFestivals).toEqual(festivals.gregorianFestivals);
    expect(cjs.gregorianFestivals).toEqual(festivals.gregorianFestivals);
    expect(main.almanac('2025-05-11', { festivals: esm.gregorianFestivals }).festivals).toEqual(expected);
    expect(main.localize(expected, 'en', { festivals: esm.gregorianFestivals })).toEqual(source.localize(expected, 'en', { festivals: festivals.gregorianFestivals }));
  });

  it('pairs the two script-tag bundles: HuangliFestivals.gregorianFestivals passed to Huangli.almanac', () => {
    const context: Record<string, unknown> = {};
    runInNewContext(readFileSync(new URL('dist/huangli.global.js', root), 'utf8'), context);
    runInNewContext(readFileSync(new URL('dist/huangli-festivals.global.js', root), 'utf8'), context);
    expect(Object.keys(context)).toEqual(['Huangli', 'HuangliFestivals']);
    const huangli = context['Huangli'] as typeof source;
    const set = (context['HuangliFestivals'] as typeof festivals).gregorianFestivals;
    expect(JSON.stringify(huangli.almanac('2025-05-11', { festivals: set }).festivals)).toBe(JSON.stringify(expected));
    const bundled = readFileSync(new URL('dist/huangli.global.js', root), 'utf8');
    expect(bundled).not.toContain('世界地球日');
    expect(bundled).not.toContain('母亲节');
  });
});
