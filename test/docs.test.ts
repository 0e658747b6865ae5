/**
 * Every documentation example is a test.
 *
 * - Each TSDoc `@example` in `src/**\/*.ts` (except `src/data/*.generated.ts`) and each ```ts / ```js
 *   block of the markdown files below is run; blocks whose info string contains `no-run` are not run (and make no test).
 * - Inside a block, the last expression statement before a `//=> value` line must `toEqual` value.
 *   A block may hold several `code … //=> value` pairs; they share one scope.
 * - Every value export of the entry points below must have an `@example`.
 *
 * Run: `npx vitest run test/docs.test.ts`
 * Refresh the `//=>` values from the actual results: `UPDATE_DOC_EXAMPLES=1 npx vitest run test/docs.test.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as huangliAstro from '../src/astro/index';
import * as huangliBazi from '../src/bazi/index';
import * as huangliHolidays from '../src/holidays/index';
import * as huangliEvents from '../src/events/index';
import * as huangliFestivals from '../src/festivals/index';
import * as huangliGrid from '../src/grid/index';
import * as huangliIcs from '../src/ics/index';
import * as huangliObservances from '../src/observances/index';
import * as huangliSelect from '../src/select/index';
import * as huangliVerses from '../src/verses/index';
import * as huangliTesting from '../src/testing/index';
import * as huangliWidget from '../src/widget/index';
import * as huangli from '../src/index';
import {
  ROOT, examplesInMarkdown, examplesInSource, findDeclaration, formatValue, hasExampleTag, listSourceFiles, runExample, updateExpectedLine,
  type Example,
} from './support/docExamples';

/**
 * Public entry points. Their exports are in scope in every example (as free variables, and via
 * `import … from '<specifier>'` / `require('<specifier>')` in README blocks). With
 * `requireExamples`, each value export must have an `@example`. Add new entry points here.
 */
const ENTRY_POINTS: readonly { file: string; specifier: string; module: Readonly<Record<string, unknown>>; requireExamples: boolean }[] = [
  { file: 'src/index.ts', specifier: 'huangli', module: huangli, requireExamples: true },
  { file: 'src/astro/index.ts', specifier: 'huangli/astro', module: huangliAstro, requireExamples: true },
  { file: 'src/bazi/index.ts', specifier: 'huangli/bazi', module: huangliBazi, requireExamples: true },
  { file: 'src/holidays/index.ts', specifier: 'huangli/holidays', module: huangliHolidays, requireExamples: true },
  { file: 'src/events/index.ts', specifier: 'huangli/events', module: huangliEvents, requireExamples: true },
  { file: 'src/select/index.ts', specifier: 'huangli/select', module: huangliSelect, requireExamples: true },
  { file: 'src/observances/index.ts', specifier: 'huangli/observances', module: huangliObservances, requireExamples: true },
  { file: 'src/verses/index.ts', specifier: 'huangli/verses', module: huangliVerses, requireExamples: true },
  { file: 'src/festivals/index.ts', specifier: 'huangli/festivals', module: huangliFestivals, requireExamples: true },
  { file: 'src/testing/index.ts', specifier: 'huangli/testing', module: huangliTesting, requireExamples: true },
  { file: 'src/widget/index.ts', specifier: 'huangli/widget', module: huangliWidget, requireExamples: true },
  { file: 'src/grid/index.ts', specifier: 'huangli/grid', module: huangliGrid, requireExamples: true },
  { file: 'src/ics/index.ts', specifier: 'huangli/ics', module: huangliIcs, requireExamples: true },
  // fast-check, which the testing kit's examples use as `fc`.
  { file: 'node_modules/fast-check', specifier: 'fast-check', module: { fc, default: fc }, requireExamples: false },
];

/** Markdown files whose ```ts / ```js blocks are run (missing files are ignored). */
const MARKDOWN_FILES: readonly string[] = ['README.md', 'docs/calendar.md', 'docs/almanac.md', 'docs/fortune-model.md', 'docs/widget.md', 'docs/bazi.md', 'docs/holidays.md', 'docs/festivals.md', 'docs/month.md', 'docs/select.md', 'docs/observances.md', 'docs/languages.md'];

const UPDATE = process.env['UPDATE_DOC_EXAMPLES'] === '1';

function buildScope(): { scope: Record<string, unknown>; modules: Record<string, unknown> } {
  const scope: Record<string, unknown> = {};
  const modules: Record<string, unknown> = {};
  for (const entry of ENTRY_POINTS) {
    modules[entry.specifier] = entry.module;
    for (const [name, value] of Object.entries(entry.module)) {
      if (name === 'default') continue; // reached through `import x from`, never a free variable
      if (name in scope && scope[name] !== value) throw new Error(`doc example scope: '${name}' is exported by two entry points with different values`);
      scope[name] = value;
    }
  }
  return { scope, modules };
}

const { scope, modules } = buildScope();
const sourceFiles = listSourceFiles();
const sourceExamples = sourceFiles.map((file) => ({ file, ...examplesInSource(file) }));
const examples: Example[] = [...sourceExamples.flatMap((s) => s.examples), ...MARKDOWN_FILES.flatMap((f) => examplesInMarkdown(f))];

function isEqual(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}

describe('documentation examples', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThan(0);
    // Every `@example` tag in a doc comment was picked up (none hidden in an unattached comment).
    const lost = sourceExamples
      .map(({ file, tagCount }) => ({ file, tagCount, inText: (readFileSync(join(ROOT, file), 'utf8').match(/^\s*\*\s*@example\b/gm) ?? []).length }))
      .filter((f) => f.tagCount !== f.inText);
    expect(lost).toEqual([]);
  });

  for (const example of examples) {
    const title = `${example.file}:${example.line} ${example.name}`;
    // A `no-run` block (a type listing, say) is not an example: it makes no test, rather than a skipped one.
    if (example.skip) continue;
    it(title, async () => {
      const { results, expected, checks } = await runExample(example, scope, modules);
      checks.forEach((check, i) => {
        const actual = results[i];
        const wanted = expected[i];
        if (UPDATE && !isEqual(actual, wanted)) {
          const text = formatValue(actual);
          let reparsed: unknown;
          try {
            reparsed = new Function(`return (\n${text}\n);`)();
          } catch (error) {
            throw new Error(`${example.file}:${check.expectedLine}: cannot write ${text} as a literal: ${String(error)}`);
          }
          expect(reparsed, `${example.file}:${check.expectedLine}: ${text} does not round-trip`).toEqual(actual);
          updateExpectedLine(example.file, check.expectedLine, text);
          console.warn(`updated ${example.file}:${check.expectedLine}: //=> ${check.expectedText}  →  //=> ${text}`);
          return;
        }
        expect(actual, `${example.file}:${check.line} (//=> at line ${check.expectedLine})`).toEqual(wanted);
      });
    });
  }
});

describe('documentation coverage', () => {
  for (const entry of ENTRY_POINTS.filter((e) => e.requireExamples)) {
    it(`every value export of ${entry.file} has an @example`, () => {
      const problems: string[] = [];
      for (const name of Object.keys(entry.module).sort()) {
        const found = findDeclaration(entry.file, name);
        if (!found) problems.push(`${name}: declaration not found from ${entry.file}`);
        else if (!hasExampleTag(found.nodes)) problems.push(`${name} (${found.file}): no @example in its doc comment`);
      }
      expect(problems).toEqual([]);
    });
  }
});
