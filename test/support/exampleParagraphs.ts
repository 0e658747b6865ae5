import { readFileSync } from 'node:fs';

/** One "Example (run by …)" paragraph of a doc comment: its code, and the value after `//=>`. */
export interface ExampleParagraph {
  readonly line: number;
  readonly code: string;
  readonly expected: string;
}

/**
 * The "Example (run by …)" paragraphs of a source file's doc comments: the doc examples of
 * modules that are not yet public entry points (so test/docs.test.ts cannot run them as @example).
 */
export function exampleParagraphs(file: URL): ExampleParagraph[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found: ExampleParagraph[] = [];
  lines.forEach((text, i) => {
    if (!/^\s*\* Example \(run by/.test(text)) return;
    const code: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const body = (lines[j] as string).replace(/^\s*\* ?/, '');
      if (body.startsWith('//=>')) {
        found.push({ line: i + 1, code: code.join('\n'), expected: body.slice(4).trim() });
        break;
      }
      code.push(body);
    }
  });
  return found;
}
