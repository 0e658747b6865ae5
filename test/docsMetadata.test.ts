/**
 * The API site's structure, checked on the sources: every export of every entry point (values
 * and types) has a `@category` from the concepts the site is grouped by and a `@since` no later
 * than the package's version, so typedoc never shows an "Other" group and no tag promises a
 * release that the package is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/docExamples';

const ENTRY_FILES = ['src/index.ts', 'src/astro/index.ts', 'src/bazi/index.ts', 'src/testing/index.ts', 'src/widget/index.ts', 'src/events/index.ts', 'src/festivals/index.ts', 'src/holidays/index.ts', 'src/grid/index.ts', 'src/ics/index.ts', 'src/select/index.ts', 'src/observances/index.ts', 'src/verses/index.ts'];
const CATEGORIES = ['Calendar', 'Astronomy', 'Almanac', 'Birth chart', 'Fortune', 'Languages', 'Testing', 'Widget', 'Holidays', 'Month grid', 'iCalendar', 'Day selection', 'Observances', 'Verses'];
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; files: string[] };
const typedoc = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { categoryOrder: string[] };

const version = (v: string): number[] => v.split('.').map(Number);
const notAfter = (a: string, b: string): boolean => {
  const [x, y] = [version(a), version(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return true;
};

function exportsOf(): { entry: string; name: string; tags: ts.JSDocTagInfo[] }[] {
  const program = ts.createProgram(ENTRY_FILES.map((f) => join(ROOT, f)), { strict: true, noEmit: true, skipLibCheck: true, allowImportingTsExtensions: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 });
  const checker = program.getTypeChecker();
  const out: { entry: string; name: string; tags: ts.JSDocTagInfo[] }[] = [];
  for (const entry of ENTRY_FILES) {
    const sf = program.getSourceFile(join(ROOT, entry));
    const moduleSymbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
    if (moduleSymbol === undefined) throw new Error(`no module symbol for ${entry}`);
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      out.push({ entry, name: symbol.name, tags: target.getJsDocTags(checker) });
    }
  }
  return out;
}

const exported = exportsOf();
const tag = (tags: ts.JSDocTagInfo[], name: string): string | undefined => {
  const t = tags.find((x) => x.name === name);
  return t === undefined ? undefined : ts.displayPartsToString(t.text).trim();
};

describe('API docs metadata', () => {
  it('finds the exports', () => {
    expect(exported.length).toBeGreaterThan(50);
  });

  it('files every export under one of the concepts, in the site order', () => {
    const problems = exported.filter((e) => !CATEGORIES.includes(tag(e.tags, 'category') ?? '')).map((e) => `${e.entry} ${e.name}: @category ${String(tag(e.tags, 'category'))}`);
    expect(problems).toEqual([]);
    expect(typedoc.categoryOrder.filter((c) => c !== '*')).toEqual(CATEGORIES);
  });

  it(`dates every export no later than the package version (${pkg.version})`, () => {
    const problems = exported
      .filter((e) => { const since = tag(e.tags, 'since'); return since === undefined || !/^\d+\.\d+\.\d+$/.test(since) || !notAfter(since, pkg.version); })
      .map((e) => `${e.entry} ${e.name}: @since ${String(tag(e.tags, 'since'))}`);
    expect(problems).toEqual([]);
  });

  it('ships the pages that the README links, so its links work from the package page', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const linked = [...new Set([...readme.matchAll(/\]\(((?:docs|data)\/[^)#\s]+)\)/g)].map((m) => m[1] as string))];
    expect(linked).toContain('docs/calendar.md');
    // npm's `files` entries used here: a path, or a folder's `*.ext` glob.
    const shipped = (path: string): boolean => pkg.files.some((f) => f === path || (f.includes('*') && new RegExp(`^${f.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(path)));
    expect(linked.filter((path) => !shipped(path))).toEqual([]);
  });
});
