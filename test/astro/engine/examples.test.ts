/**
 * Runs the "Example" paragraphs of the engine's doc comments (src/astro/engine/*.ts) with the
 * engine's exports in scope: each code line before a `//=> value` line must equal value.
 * (They become @example tags, run by test/docs.test.ts, once the engine is a public entry point.)
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/astro/engine/index';
import { exampleParagraphs } from '../../support/exampleParagraphs';

const dir = new URL('../../../src/astro/engine/', import.meta.url);
const names = Object.keys(engine);
const values = Object.values(engine);

const examples = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()
  .flatMap((file) => exampleParagraphs(new URL(file, dir)).map((example) => ({ file, ...example })));

describe('engine doc examples', () => {
  it('are found', () => expect(examples.length).toBeGreaterThan(15));
  it.each(examples)('$file:$line', ({ code, expected }) => {
    const actual = new Function(...names, `return (${code.replace(/\/\/[^\n]*$/, '')});`)(...values);
    const wanted = new Function(...names, `return (${expected});`)(...values);
    expect(actual).toEqual(wanted);
  });
});
