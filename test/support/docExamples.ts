/**
 * Extracts documentation examples (TSDoc `@example` blocks in `src/**\/*.ts`, fenced code
 * blocks in `README.md`) and turns them into runnable code. Used by `test/docs.test.ts`.
 *
 * Example format:
 *
 * ```ts
 * const p = pillars('2025-12-18');
 * [p.year.name, p.month.name]      // the last expression statement before `//=>` …
 * //=> ['乙巳', '戊子']              // … is compared (toEqual) to this literal
 * ```
 *
 * A block may hold several `code … //=> value` pairs; they share one scope.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import ts from 'typescript';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One line of example code and where it lives (1-based line in `file`). */
export interface ExampleLine {
  readonly text: string;
  readonly line: number;
}

export interface Example {
  /** Path relative to the repo root, with `/` separators. */
  readonly file: string;
  /** 1-based line of the `@example` tag or of the opening fence. */
  readonly line: number;
  /** Name of the documented declaration, or the nearest README heading. */
  readonly name: string;
  readonly lines: readonly ExampleLine[];
  /** True for README blocks marked `no-run`. */
  readonly skip: boolean;
}

/** One `code … //=> expected` pair (or trailing code without `//=>`). */
export interface Segment {
  readonly code: readonly ExampleLine[];
  /** The `//=>` line, absent for trailing code that is only run. */
  readonly expected?: ExampleLine & { readonly value: string };
}

const EXPECT_MARK = /^(\s*)\/\/=>(.*)$/;
const RUNNABLE_LANGS = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs', 'cjs', 'mts', 'cts']);

const toPosix = (p: string): string => p.split(sep).join('/');

/** All `src/**\/*.ts` files except generated data, sorted, relative to the repo root. */
export function listSourceFiles(dir = join(ROOT, 'src')): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.generated.ts')) out.push(toPosix(relative(ROOT, full)));
    }
  };
  walk(dir);
  return out.sort();
}

export function parseSource(file: string, text = readFileSync(join(ROOT, file), 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function declarationName(node: ts.Node): string | undefined {
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.map((d) => d.name.getText()).join(', ');
  }
  const name = (node as { name?: ts.Node }).name;
  if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name) || ts.isComputedPropertyName(name))) {
    const own = name.getText();
    const parent = node.parent;
    if (parent && (ts.isClassLike(parent) || ts.isInterfaceDeclaration(parent)) && parent.name) return `${parent.name.text}.${own}`;
    if (parent && ts.isModuleBlock(parent) && ts.isModuleDeclaration(parent.parent)) return `${parent.parent.name.getText()}.${own}`;
    return own;
  }
  if (ts.isConstructorDeclaration(node) && ts.isClassLike(node.parent) && node.parent.name) return `${node.parent.name.text}.constructor`;
  return undefined;
}

/** Every `/** … *\/` comment of a file, with the name of the declaration it documents. */
export function docComments(sf: ts.SourceFile): { pos: number; end: number; name: string }[] {
  const text = sf.getFullText();
  const seen = new Map<number, { pos: number; end: number; name: string }>();
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (range.kind !== ts.SyntaxKind.MultiLineCommentTrivia || !text.startsWith('/**', range.pos) || text.startsWith('/**/', range.pos)) continue;
      const existing = seen.get(range.pos);
      const name = declarationName(node);
      if (!existing) seen.set(range.pos, { pos: range.pos, end: range.end, name: name ?? '(anonymous)' });
      else if (existing.name === '(anonymous)' && name) existing.name = name;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

function lineOf(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Splits `lines` at fenced code blocks; returns the runnable fences' bodies. */
function fencedBlocks(lines: readonly ExampleLine[]): { open: ExampleLine; info: string; body: ExampleLine[] }[] {
  const blocks: { open: ExampleLine; info: string; body: ExampleLine[] }[] = [];
  let current: { open: ExampleLine; info: string; body: ExampleLine[]; fence: string } | undefined;
  for (const l of lines) {
    if (!current) {
      const m = /^\s*(`{3,}|~{3,})\s*(.*)$/.exec(l.text);
      if (m) current = { open: l, info: (m[2] ?? '').trim(), body: [], fence: m[1] ?? '```' };
    } else if (new RegExp(`^\\s*${current.fence[0] === '`' ? '`' : '~'}{${current.fence.length},}\\s*$`).test(l.text)) {
      blocks.push({ open: current.open, info: current.info, body: current.body });
      current = undefined;
    } else {
      current.body.push(l);
    }
  }
  if (current) throw new Error(`unclosed code fence at line ${current.open.line}`);
  return blocks;
}

/** `@example` blocks of one source file (TypeDoc semantics: with a fence, only fenced code is code). */
export function examplesInSource(file: string): { examples: Example[]; tagCount: number } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const sf = parseSource(file, text);
  const examples: Example[] = [];
  let tagCount = 0;
  for (const comment of docComments(sf)) {
    const firstLine = lineOf(text, comment.pos);
    const raw = text.slice(comment.pos, comment.end).replace(/^\/\*\*/, '').replace(/\*\/$/, '');
    const lines: ExampleLine[] = raw.split('\n').map((t, i) => ({ text: t.replace(/^\s*\* ?/, '').replace(/\s+$/, ''), line: firstLine + i }));
    // Leading line `/** text` keeps its text; strip the first line's leading space.
    if (lines[0]) lines[0] = { ...lines[0], text: lines[0].text.replace(/^\s+/, '') };
    let i = 0;
    while (i < lines.length) {
      const l = lines[i] as ExampleLine;
      const m = /^@example\b\s?(.*)$/.exec(l.text);
      if (!m) { i++; continue; }
      tagCount++;
      const body: ExampleLine[] = [];
      if ((m[1] ?? '').trim()) body.push({ text: m[1] ?? '', line: l.line });
      let inFence = false;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const t = (lines[j] as ExampleLine).text;
        if (/^\s*(`{3,}|~{3,})/.test(t)) inFence = !inFence;
        if (!inFence && /^@\w/.test(t)) break;
        body.push(lines[j] as ExampleLine);
      }
      const hasFence = body.some((b) => /^\s*(`{3,}|~{3,})/.test(b.text));
      let code: ExampleLine[];
      if (hasFence) {
        // First line is the example's title; code is the runnable fences, concatenated (one scope).
        code = fencedBlocks(body.filter((b) => b.line !== l.line)).filter((b) => isRunnableInfo(b.info)).flatMap((b) => b.body);
      } else {
        // The whole tag is code, except an optional leading `<caption>…</caption>` line.
        const first = body.findIndex((b) => b.text.trim() !== '');
        code = body.filter((b, k) => !(k === first && /^<caption>.*<\/caption>$/.test(b.text.trim())));
      }
      examples.push({ file, line: l.line, name: comment.name, lines: code, skip: false });
      i = j;
    }
  }
  return { examples, tagCount };
}

function isRunnableInfo(info: string): boolean {
  const lang = info.split(/[\s{]/)[0] ?? '';
  return lang === '' || RUNNABLE_LANGS.has(lang.toLowerCase());
}

/** ```ts / ```js blocks of a markdown file; blocks whose info string contains `no-run` are marked skip. */
export function examplesInMarkdown(file: string): Example[] {
  const path = join(ROOT, file);
  if (!existsSync(path)) return [];
  const lines: ExampleLine[] = readFileSync(path, 'utf8').split('\n').map((t, i) => ({ text: t.replace(/\r$/, ''), line: i + 1 }));
  const examples: Example[] = [];
  const headings: { line: number; title: string }[] = lines
    .filter((l) => /^#{1,6}\s/.test(l.text))
    .map((l) => ({ line: l.line, title: l.text.replace(/^#+\s*/, '').trim() }));
  for (const block of fencedBlocks(lines)) {
    const lang = (block.info.split(/[\s{]/)[0] ?? '').toLowerCase();
    if (!RUNNABLE_LANGS.has(lang)) continue;
    const heading = headings.filter((h) => h.line < block.open.line).pop();
    examples.push({
      file, line: block.open.line, name: heading ? `§ ${heading.title}` : '(top)', lines: block.body, skip: /(^|\s)no-run(\s|$)/.test(block.info),
    });
  }
  return examples;
}

/** Splits an example at its `//=>` lines. */
export function segments(example: Example): Segment[] {
  const out: Segment[] = [];
  let code: ExampleLine[] = [];
  for (const l of example.lines) {
    const m = EXPECT_MARK.exec(l.text);
    if (m) {
      out.push({ code, expected: { ...l, value: (m[2] ?? '').trim() } });
      code = [];
    } else {
      code.push(l);
    }
  }
  if (code.some((l) => l.text.trim() !== '')) out.push({ code });
  return out;
}

const where = (example: Example, line: number): string => `${example.file}:${line}`;

/** Throws a located error if `source` has syntax errors. */
function assertSyntax(source: string, locate: (pos: number) => string): void {
  const { diagnostics = [] } = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  const first = diagnostics.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (first) throw new Error(`${locate(first.start ?? 0)}: syntax error: ${ts.flattenDiagnosticMessageText(first.messageText, '\n')}`);
}

function describeKind(node: ts.Node): string {
  if (ts.isVariableStatement(node)) return 'a variable declaration';
  const names = Object.keys(ts.SyntaxKind).filter((k) => (ts.SyntaxKind as unknown as Record<string, unknown>)[k] === node.kind && !/^(First|Last)/.test(k));
  return names[0] ?? String(node.kind);
}

/** Rewrites `import … from 'spec'` into `const … = __import('spec')`, dropping type-only imports. */
function rewriteImport(node: ts.ImportDeclaration, sf: ts.SourceFile): string {
  const spec = (node.moduleSpecifier as ts.StringLiteral).text;
  const clause = node.importClause;
  const call = `__import(${JSON.stringify(spec)})`;
  if (!clause) return `${call};`;
  if (clause.isTypeOnly) return '';
  const parts: string[] = [];
  if (clause.name) parts.push(`const ${clause.name.text} = ${call}.default ?? ${call};`);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) parts.push(`const ${bindings.name.text} = ${call};`);
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements.filter((e) => !e.isTypeOnly).map((e) => (e.propertyName ? `${e.propertyName.getText(sf)}: ${e.name.text}` : e.name.text));
    if (names.length) parts.push(`const { ${names.join(', ')} } = ${call};`);
  }
  return parts.join(' ');
}

/**
 * Turns an example into the body of an async function. The last expression statement of each
 * segment becomes `__results.push(expr)`, followed by `__expected.push(literal)`; imports become
 * `__import` calls; TypeScript syntax is stripped. Throws with a located message if the example
 * cannot be compiled.
 */
export function compileExample(example: Example): { js: string; checks: { line: number; expectedLine: number; expectedText: string }[] } {
  const pieces: string[] = [];
  const checks: { line: number; expectedLine: number; expectedText: string }[] = [];
  for (const seg of segments(example)) {
    const source = seg.code.map((l) => l.text).join('\n');
    const sf = ts.createSourceFile('segment.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const lineAt = (pos: number): number => seg.code[sf.getLineAndCharacterOfPosition(pos).line]?.line ?? example.line;
    assertSyntax(source, (pos) => where(example, lineAt(pos)));
    if (seg.expected) assertSyntax(`(\n${seg.expected.value}\n);`, () => `${where(example, seg.expected!.line)}: expected value`);
    const edits: { start: number; end: number; text: string }[] = [];
    for (const stmt of sf.statements) {
      if (ts.isImportDeclaration(stmt)) edits.push({ start: stmt.getStart(sf), end: stmt.end, text: rewriteImport(stmt, sf) });
      else if (ts.isImportEqualsDeclaration(stmt) || ts.isExportDeclaration(stmt) || ts.isExportAssignment(stmt)) {
        throw new Error(`${where(example, seg.code[0]?.line ?? example.line)}: import =/export statements are not supported in examples`);
      }
    }
    if (seg.expected) {
      const last = sf.statements[sf.statements.length - 1];
      const lastLine = (n: ts.Node): number => lineAt(n.getStart(sf));
      if (!last) throw new Error(`${where(example, seg.expected.line)}: '//=>' without code before it`);
      if (!ts.isExpressionStatement(last)) {
        throw new Error(`${where(example, lastLine(last))}: the last statement before '//=>' must be an expression, got ${describeKind(last)}`
          + (ts.isBlock(last) ? ' (wrap an object literal in parentheses)' : ''));
      }
      const expr = last.expression.getText(sf);
      const index = checks.length;
      checks.push({ line: lastLine(last), expectedLine: seg.expected.line, expectedText: seg.expected.value });
      edits.push({
        start: last.getStart(sf),
        end: last.end,
        text: `__results[${index}] = (\n${expr}\n);\n__expected[${index}] = (\n${seg.expected.value}\n);`,
      });
    }
    let rewritten = source;
    for (const e of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, e.start) + e.text + rewritten.slice(e.end);
    // Terminate the segment so the next one cannot continue its last statement.
    pieces.push(`${rewritten}\n;`);
  }
  const tsCode = pieces.join('\n');
  const out = ts.transpileModule(tsCode, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false, verbatimModuleSyntax: false },
    fileName: 'example.ts',
  });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) {
    const msgs = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ');
    throw new Error(`${where(example, example.line)}: example does not compile: ${msgs}\n--- generated code ---\n${tsCode}`);
  }
  return { js: out.outputText.replace(/^export \{\};\s*$/m, ''), checks };
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/**
 * Runs a compiled example with `scope`'s members as free variables. `modules` maps import
 * specifiers (`'huangli'`) to modules for `import` and `require` in README blocks.
 */
export async function runExample(
  example: Example,
  scope: Readonly<Record<string, unknown>>,
  modules: Readonly<Record<string, unknown>>,
): Promise<{ results: unknown[]; expected: unknown[]; checks: ReturnType<typeof compileExample>['checks'] }> {
  const { js, checks } = compileExample(example);
  const results: unknown[] = [];
  const expected: unknown[] = [];
  const importer = (spec: string): unknown => {
    if (!Object.prototype.hasOwnProperty.call(modules, spec)) throw new Error(`example imports unknown module '${spec}' (known: ${Object.keys(modules).join(', ')})`);
    return modules[spec];
  };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  // The example lives in an inner block so that it may redeclare (shadow) scope names.
  const fn = new AsyncFunction('__results', '__expected', '__import', 'require', ...names, `{\n${js}\n}`);
  try {
    await fn(results, expected, importer, importer, ...names.map((n) => scope[n]));
  } catch (error) {
    const done = results.length;
    const at = checks[done] ? ` (in the code before the '//=>' at ${where(example, checks[done].expectedLine)})` : '';
    if (error instanceof Error) error.message = `${where(example, example.line)} ${example.name}${at}: ${error.message}`;
    throw error;
  }
  return { results, expected, checks };
}

/** Formats a value like the existing `//=>` lines: `{ a: 1 }`, `['x', 'y']`, single quotes. */
export function formatValue(value: unknown): string {
  const text = inspect(value, { depth: null, breakLength: Infinity, compact: true, maxArrayLength: Infinity, maxStringLength: Infinity, sorted: false });
  // util.inspect pads array brackets (`[ 1, 2 ]`); the docs don't. Only touch text outside strings.
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      out += c;
      if (c === '\\') { out += text[++i] ?? ''; continue; }
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') { quote = c; out += c; continue; }
    if (c === '[' && text[i + 1] === ' ') { out += '['; i++; continue; }
    if (c === ' ' && text[i + 1] === ']' && out.endsWith('[') === false) continue;
    out += c;
  }
  return out;
}

/** Replaces the value of the `//=>` on `line` (1-based) of `file` with `value`. */
export function updateExpectedLine(file: string, line: number, value: string): void {
  const path = join(ROOT, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const old = lines[line - 1];
  if (old === undefined || !old.includes('//=>')) throw new Error(`${file}:${line}: no '//=>' to update`);
  // Keep a trailing `// comment` after the old value.
  const after = old.slice(old.indexOf('//=>') + 4);
  const parsed = ts.createSourceFile('value.ts', after, ts.ScriptTarget.Latest, true).statements[0];
  const rest = parsed ? after.slice(parsed.end).trim() : '';
  lines[line - 1] = `${old.slice(0, old.indexOf('//=>'))}//=> ${value}${rest.startsWith('//') ? ` ${rest}` : ''}`;
  writeFileSync(path, lines.join('\n'));
}

/** Resolves `./x` relative to `fromFile` to a repo-relative `.ts` file. */
function resolveModule(fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = toPosix(relative(ROOT, resolve(ROOT, fromFile, '..', spec.replace(/\.(js|ts)$/, ''))));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) if (existsSync(join(ROOT, candidate))) return candidate;
  return undefined;
}

/**
 * Finds the declaration of the value export `name` of `file`, following `export { … } from` and
 * `export * from` re-exports. Returns the declaring file and its declaration nodes.
 */
export function findDeclaration(file: string, name: string, depth = 0): { file: string; nodes: ts.Node[] } | undefined {
  if (depth > 20) return undefined;
  const sf = parseSource(file);
  const nodes: ts.Node[] = [];
  const isExported = (n: ts.Node): boolean => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const localDecls = (local: string): ts.Node[] => {
    const found: ts.Node[] = [];
    for (const s of sf.statements) {
      if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name?.text === local) found.push(s);
      if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === local) found.push(d);
    }
    return found;
  };
  for (const s of sf.statements) {
    if (isExported(s)) {
      if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name?.text === name) nodes.push(s);
      if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) nodes.push(d);
    }
  }
  if (nodes.length) return { file, nodes };
  for (const s of sf.statements) {
    if (!ts.isExportDeclaration(s) || s.isTypeOnly) continue;
    const spec = s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : undefined;
    if (s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) {
        if (e.isTypeOnly || e.name.text !== name) continue;
        const original = e.propertyName?.getText(sf) ?? name;
        if (spec === undefined) {
          const local = localDecls(original);
          return local.length ? { file, nodes: local } : undefined;
        }
        const target = resolveModule(file, spec);
        return target ? findDeclaration(target, original, depth + 1) : undefined;
      }
    } else if (!s.exportClause && spec !== undefined) {
      const target = resolveModule(file, spec);
      const found = target ? findDeclaration(target, name, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether any of the declaration nodes has an `@example` tag in its doc comment. */
export function hasExampleTag(nodes: readonly ts.Node[]): boolean {
  return nodes.some((n) => ts.getJSDocTags(n).some((t) => t.tagName.text === 'example'));
}
