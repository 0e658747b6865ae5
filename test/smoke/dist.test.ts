/**
 * The built files (`npm test` builds them first, see `pretest`): the ESM and CommonJS entry
 * points resolved through package.json's `exports`, and the IIFE that a script tag loads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);

describe('built package', () => {
  it('serves ESM through exports["."].import', async () => {
    const esm = (await import(new URL('dist/index.js', root).href)) as typeof source;
    expect(Object.keys(esm).sort()).toEqual(Object.keys(source).sort());
    expect(esm.pillars('2025-12-18')).toEqual(source.pillars('2025-12-18'));
  });

  it('serves Node without a bundler one file through exports["."].import.node, the same library', async () => {
    const file = new URL('dist/index.node.js', root);
    expect(readFileSync(file, 'utf8')).not.toMatch(/from\s*["']\.\/chunk-/);
    expect(import.meta.resolve('huangli')).toBe(file.href);
    const node = (await import(file.href)) as typeof source;
    expect(Object.keys(node).sort()).toEqual(Object.keys(source).sort());
    expect(node.almanac('2025-12-18')).toEqual(source.almanac('2025-12-18'));
  });

  it('serves CommonJS through exports["."].require', () => {
    const cjs = require(new URL('dist/index.cjs', root).pathname) as typeof source;
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(source).sort());
    expect(cjs.lunarDate('2025-12-18')).toEqual(source.lunarDate('2025-12-18'));
  });

  it('points package.json at files that exist, types first', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      exports: Record<string, Record<string, Record<string, string>> | string>; sideEffects: unknown; dependencies?: unknown; type: string;
    };
    expect(pkg.type).toBe('module');
    // Only the widget, which registers its elements when loaded, has a side effect.
    expect(pkg.sideEffects).toEqual(['./dist/widget.js', './dist/widget.cjs', './dist/huangli-widget.global.js', './dist/huangli-month.global.js']);
    expect(pkg.dependencies).toBeUndefined();
    const main = pkg.exports['.'] as Record<string, Record<string, string>>;
    for (const condition of ['import', 'require'] as const) {
      const block = main[condition] as Record<string, string>;
      expect(Object.keys(block)[0]).toBe('types');
      for (const file of Object.values(block)) expect(() => readFileSync(new URL(file, root))).not.toThrow();
    }
  });

  it('exposes the global Huangli from the IIFE, with no other globals and no host time zone', () => {
    const code = readFileSync(new URL('dist/huangli.global.js', root), 'utf8');
    const context: Record<string, unknown> = {};
    runInNewContext(code, context);
    expect(Object.keys(context)).toEqual(['Huangli']);
    const huangli = context['Huangli'] as typeof source;
    expect(huangli.pillars('2025-12-18').day.name).toBe('辛酉');
    expect(huangli.solarTerms(2025)).toEqual(source.solarTerms(2025));
  });
});
