import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LABELS } from '../../src/cli/labels';

/** The characters that differ between two renderings of one term, on the Simplified side. */
function differing(hans: string, hant: string): string[] {
  const a = [...hans];
  const b = [...hant];
  if (a.length !== b.length) return a.filter((ch) => !b.includes(ch));
  return a.filter((ch, i) => ch !== b[i]);
}

/**
 * The Simplified-only characters of the repo's own text: every character that differs between a
 * zh-Hans term of `data/sources/glossary.tsv` (or a zh-Hans label of the command) and its zh-Hant
 * form, less any character that is also written on the Traditional side somewhere (后 is both: 后土).
 */
export function simplifiedOnlyCharacters(): ReadonlySet<string> {
  const tsv = readFileSync(fileURLToPath(new URL('../../data/sources/glossary.tsv', import.meta.url)), 'utf8');
  const [header, ...rows] = tsv.trimEnd().split('\n').map((line) => line.split('\t'));
  const hansColumn = (header as string[]).indexOf('zh-Hans');
  const hantColumn = (header as string[]).indexOf('zh-Hant');
  const pairs: [string, string][] = rows.map((row) => [row[hansColumn] ?? '', row[hantColumn] ?? '']);
  const hans = LABELS['zh-Hans'] as Record<string, string>;
  const hant = LABELS['zh-Hant'] as Record<string, string>;
  for (const key of Object.keys(hans)) pairs.push([hans[key] as string, hant[key] as string]);
  const traditional = new Set(pairs.flatMap(([, t]) => [...t]));
  return new Set(pairs.flatMap(([s, t]) => differing(s, t)).filter((ch) => !traditional.has(ch)));
}
