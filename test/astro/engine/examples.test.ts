/**
 * Runs the "Example" paragraphs of the engine's doc comments (src/astro/engine/*.ts) with the
 * engine's exports in scope: each code line before a `//=> value` line must equal value.
 * (They become @example tags, run by test/docs.test.ts, once the engine is a public entry point.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/astro/engine/index';

const dir = new URL('../../../src/astro/engine/', import.meta.url);
const names = Object.keys(engine);
const values = Object.values(engine);

interface Example { file: string; line: number; code: string; expected: string }
const examples: Example[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (!/^\s*\* Example \(run by/.test(text)) return;
    const code: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const body = lines[j]!.replace(/^\s*\* ?/, '');
      if (body.startsWith('//=>')) {
        examples.push({ file, line: i + 1, code: code.join('\n'), expected: body.slice(4).trim() });
        break;
      }
      code.push(body);
    }
  });
}

describe('engine doc examples', () => {
  it('are found', () => expect(examples.length).toBeGreaterThan(15));
  it.each(examples)('$file:$line', ({ code, expected }) => {
    const actual = new Function(...names, `return (${code.replace(/\/\/[^\n]*$/, '')});`)(...values);
    const wanted = new Function(...names, `return (${expected});`)(...values);
    expect(actual).toEqual(wanted);
  });
});
