/**
 * The rule encoding of the 神煞 tables (src/data/almanac.generated.ts), shared by the generator
 * and the decoder. A god is present on a day by a rule of the month: in 子 month 月德 falls on
 * 壬 days, 母仓 on 申 and 酉 days, 天赦 on the 甲子 day. So instead of 720 lists, a table stores,
 * for each god and each of the 12 month branches, the day pillars it falls on, written as
 *
 * - `.` — none;
 * - one lowercase letter `a`…`l` — every day of that branch (子…亥);
 * - one uppercase letter `A`…`J` — every day of that stem (甲…癸);
 * - `(` … `)` — a union of branches (lowercase), pillars (an uppercase stem followed by a
 *   lowercase branch) and stems (uppercase), in that order.
 *
 * A god's 12 months are one row; rows are ',' separated, in the table's name order. A day's list
 * is its gods in that order, which is the reference's list on all but a few days (another order,
 * or a name listed twice): those days' lists are stored whole after a '!', as `cell=codes` (the
 * list codes of src/almanac/listCodec.ts). Cells are `monthBranch * 60 + dayPillar`.
 * @internal
 */
import { emptySlots } from '../internal/memo';
import { decodeList, encodeListIndex } from './listCodec';

const CELLS = 720;
const letter = (base: string, i: number): string => String.fromCharCode(base.charCodeAt(0) + i);

/**
 * A name order in which the most lists of `cells` are already sorted: repeatedly the name that
 * the fewest remaining names precede somewhere (ties by first appearance). @internal
 */
export function godOrder(cells: readonly (readonly string[])[]): string[] {
  const before = new Map<string, number>();
  const names: string[] = [];
  for (const list of cells) {
    list.forEach((name, i) => {
      if (!names.includes(name)) names.push(name);
      for (const later of list.slice(i + 1)) before.set(`${name}\t${later}`, (before.get(`${name}\t${later}`) ?? 0) + 1);
    });
  }
  const order: string[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    let best = '';
    let bestScore = Infinity;
    for (const name of left) {
      let score = 0;
      for (const other of left) if (other !== name) score += before.get(`${other}\t${name}`) ?? 0;
      if (score < bestScore) [best, bestScore] = [name, score];
    }
    order.push(best);
    left.delete(best);
  }
  return order;
}

/** The month spec of a set of day pillars (see the module comment). */
function encodeDays(days: ReadonlySet<number>): string {
  if (days.size === 0) return '.';
  const covered = new Set<number>();
  const branches: string[] = [];
  const stems: string[] = [];
  for (let b = 0; b < 12; b++) {
    const all = Array.from({ length: 5 }, (_, k) => (b + 12 * k) % 60);
    if (all.every((d) => days.has(d))) {
      branches.push(letter('a', b));
      all.forEach((d) => covered.add(d));
    }
  }
  for (let s = 0; s < 10; s++) {
    const all = Array.from({ length: 6 }, (_, k) => s + 10 * k);
    if (all.every((d) => days.has(d)) && !all.every((d) => covered.has(d))) {
      stems.push(letter('A', s));
      all.forEach((d) => covered.add(d));
    }
  }
  const pillars = [...days].filter((d) => !covered.has(d)).sort((x, y) => x - y).map((d) => letter('A', d % 10) + letter('a', d % 12));
  const tokens = [...branches, ...pillars, ...stems];
  return tokens.length === 1 && pillars.length === 0 ? (tokens[0] as string) : `(${tokens.join('')})`;
}

/** Encodes 720 cells of god names (cell `monthBranch * 60 + dayPillar`) with the name order `names`. @internal */
export function encodeGodRules(cells: readonly (readonly string[])[], names: readonly string[]): string {
  if (cells.length !== CELLS) throw new RangeError(`expected ${CELLS} cells, got ${cells.length}`);
  const rows = names.map((name) => Array.from({ length: 12 }, (_, m) => {
    const days = new Set<number>();
    for (let d = 0; d < 60; d++) if (cells[m * 60 + d]?.includes(name)) days.add(d);
    return encodeDays(days);
  }).join(''));
  const rank = new Map(names.map((name, i) => [name, i]));
  const exceptions: string[] = [];
  cells.forEach((list, cell) => {
    // What the rules give back; the reference's list may differ in order or repeat a name.
    const fromRules = names.filter((name) => list.includes(name));
    if (fromRules.join() !== list.join()) exceptions.push(`${cell}=${list.map((name) => encodeListIndex(rank.get(name) as number)).join('')}`);
  });
  return `${rows.join(',')}!${exceptions.join(',')}`;
}

/** Splits a row into its 12 month specs. */
function monthSpecs(row: string): string[] {
  return row.match(/\([^)]*\)|[^(]/g) ?? [];
}

/**
 * The day pillars of a month spec, each once, in marks: `marks[d] === mark` for the days of the
 * spec. A branch token is its 5 pillars, a stem token its 6, a pillar token itself.
 */
function markDays(spec: string, marks: Int32Array, mark: number): void {
  for (let i = 0; i < spec.length; i++) {
    const c = spec.charCodeAt(i) - 97; // a…l: a branch
    if (c >= 0 && c < 12) {
      for (let d = c; d < 60; d += 12) marks[d] = mark;
      continue;
    }
    const stem = spec.charCodeAt(i) - 65; // A…J: a stem, or a pillar's stem when a branch follows
    if (stem < 0 || stem >= 10) continue; // '(', ')', '.'
    const branch = spec.charCodeAt(i + 1) - 97;
    if (branch >= 0 && branch < 12) {
      marks[(6 * stem - 5 * branch + 60) % 60] = mark; // the pillar with that stem and branch
      i++;
    } else {
      for (let d = stem; d < 60; d += 10) marks[d] = mark;
    }
  }
}

/**
 * Decodes a table written by {@link encodeGodRules} into 720 frozen name lists. Runs once per
 * table (the caller memoizes it), in well under a millisecond: each token marks its days directly.
 * @internal
 */
export function decodeGodRules(table: string, names: readonly string[]): readonly (readonly string[])[] {
  // Rows hold no '!' and cell numbers no '=', but list codes may hold either.
  const bang = table.indexOf('!');
  const rows = table.slice(0, bang);
  const exceptions = table.slice(bang + 1);
  const cells: string[][] = Array.from({ length: CELLS }, () => []);
  const marks = new Int32Array(60);
  let mark = 0;
  rows.split(',').forEach((row, god) => {
    const name = names[god] as string;
    monthSpecs(row).forEach((spec, m) => {
      markDays(spec, marks, ++mark);
      for (let d = 0; d < 60; d++) if (marks[d] === mark) (cells[m * 60 + d] as string[]).push(name);
    });
  });
  const out: (readonly string[])[] = cells.map((list) => Object.freeze(list));
  for (const exception of exceptions ? exceptions.split(',') : []) {
    const equals = exception.indexOf('=');
    out[Number(exception.slice(0, equals))] = decodeList(exception.slice(equals + 1), names);
  }
  return Object.freeze(out);
}

/** Whether the month spec `spec` (see the module comment) holds the day pillar `day`, as {@link markDays} would mark it. */
function specHolds(spec: string, day: number): boolean {
  for (let i = 0; i < spec.length; i++) {
    const c = spec.charCodeAt(i) - 97; // a…l: a branch
    if (c >= 0 && c < 12) {
      if (day % 12 === c) return true;
      continue;
    }
    const stem = spec.charCodeAt(i) - 65; // A…J: a stem, or a pillar's stem when a branch follows
    if (stem < 0 || stem >= 10) continue; // '(', ')', '.'
    const branch = spec.charCodeAt(i + 1) - 97;
    if (branch >= 0 && branch < 12) {
      if ((6 * stem - 5 * branch + 60) % 60 === day) return true;
      i++;
    } else if (day % 10 === stem) return true;
  }
  return false;
}

/**
 * A lookup of the cells of a table written by {@link encodeGodRules}: each cell's frozen name
 * list is decoded on its first use (its gods' month specs tested against its day, or its stored
 * exception) and the same list returned afterwards, as {@link decodeGodRules} has it. The rows
 * are split into their month specs on the first lookup, so a first almanac decodes one cell, not
 * 720 (the memo is bounded by the table's size). @internal
 */
export function lookupGodRules(table: string, names: readonly string[]): (cell: number) => readonly string[] {
  let specs: (readonly string[])[] | undefined;
  let exceptions: Map<number, string> | undefined;
  const decoded = emptySlots<readonly string[]>(CELLS);
  return (cell) => {
    const hit = decoded[cell];
    if (hit !== undefined) return hit;
    if (specs === undefined || exceptions === undefined) {
      const bang = table.indexOf('!');
      specs = table.slice(0, bang).split(',').map(monthSpecs);
      exceptions = new Map();
      const stored = table.slice(bang + 1);
      for (const exception of stored ? stored.split(',') : []) {
        const equals = exception.indexOf('=');
        exceptions.set(Number(exception.slice(0, equals)), exception.slice(equals + 1));
      }
    }
    const codes = exceptions.get(cell);
    let list: readonly string[];
    if (codes !== undefined) list = decodeList(codes, names);
    else {
      const month = Math.floor(cell / 60);
      const day = cell % 60;
      const found: string[] = [];
      for (let god = 0; god < specs.length; god++) {
        const spec = (specs[god] as readonly string[])[month];
        if (spec !== undefined && specHolds(spec, day)) found.push(names[god] as string);
      }
      list = Object.freeze(found);
    }
    decoded[cell] = list;
    return list;
  };
}
