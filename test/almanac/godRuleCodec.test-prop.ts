import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test as plainTest } from 'vitest';
import { decodeGodRules, encodeGodRules, godOrder, lookupGodRules } from '../../src/almanac/godRuleCodec';
import { badGodNames, badGodRules, goodGodNames, goodGodRules } from '../../src/data/almanac.generated';

const CELLS = 720;
const names = Array.from({ length: 100 }, (_, i) => `g${i}`);

/** 720 cells where god `g` is present when `rule(g, month, pillar)`, listed in `names` order. */
function cellsBy(rule: (god: number, month: number, pillar: number) => boolean, count: number): string[][] {
  return Array.from({ length: CELLS }, (_, cell) =>
    names.slice(0, count).filter((_, g) => rule(g, Math.floor(cell / 60), cell % 60)));
}

describe('god rule codec', () => {
  test.prop([
    // Any 720 lists in any order, repeats included: sparse random cells.
    fc.array(fc.tuple(fc.integer({ min: 0, max: CELLS - 1 }), fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 12 })), { maxLength: 200 }),
  ], { numRuns: 40 })('decoding an encoded table gives back every list, order included', (entries) => {
    const cells: string[][] = Array.from({ length: CELLS }, () => []);
    for (const [cell, list] of entries) cells[cell] = list.map((i) => `g${i}`);
    const order = godOrder(cells);
    expect(decodeGodRules(encodeGodRules(cells, order), order)).toEqual(cells);
  });

  test.prop([
    fc.array(fc.tuple(fc.integer({ min: 0, max: CELLS - 1 }), fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 12 })), { maxLength: 200 }),
    fc.array(fc.integer({ min: 0, max: CELLS - 1 }), { minLength: 1, maxLength: 50 }),
  ], { numRuns: 40 })('the lazy lookup gives each cell as the whole decode does, frozen, and the same list on every use', (entries, picks) => {
    const cells: string[][] = Array.from({ length: CELLS }, () => []);
    for (const [cell, list] of entries) cells[cell] = list.map((i) => `g${i}`);
    const order = godOrder(cells);
    const table = encodeGodRules(cells, order);
    const lookup = lookupGodRules(table, order);
    for (const cell of picks) {
      const list = lookup(cell);
      expect(list).toEqual(cells[cell]);
      expect(Object.isFrozen(list)).toBe(true);
      expect(lookup(cell)).toBe(list);
    }
  });

  plainTest('the lazy lookup of the generated tables equals their whole decode on all 720 cells', () => {
    for (const [table, names] of [[goodGodRules, goodGodNames], [badGodRules, badGodNames]] as const) {
      const whole = decodeGodRules(table, names);
      const lookup = lookupGodRules(table, names);
      for (let cell = 0; cell < CELLS; cell++) expect(lookup(cell)).toEqual(whole[cell]);
    }
  });

  plainTest('gods that follow the month by branch, stem and single pillars are one letter or a short group a month', () => {
    const cells = cellsBy((g, m, d) =>
      (g === 0 && d % 12 === (m + 5) % 12) // a branch a month (like 天德)
      || (g === 1 && d % 10 === m % 10) // a stem a month
      || (g === 2 && m === 0 && d === 0) // 甲子 in 子 month only
      || (g === 3 && (d % 12 === m || d % 10 === 9 || d === 1)), 4);
    const table = encodeGodRules(cells, names.slice(0, 4));
    expect(table).toBe([
      'fghijklabcde',
      'ABCDEFGHIJAB',
      '(Aa)...........',
      Array.from({ length: 12 }, (_, m) => `(${String.fromCharCode(97 + m)}${m === 1 ? '' : 'Bb'}J)`).join(''),
    ].join(',') + '!');
    expect(decodeGodRules(table, names.slice(0, 4))).toEqual(cells);
  });

  plainTest('a day whose list is out of the shared order, or repeats a name, is stored whole', () => {
    const cells = cellsBy((g, _m, d) => (g === 0 && d % 2 === 0) || (g === 1 && d % 3 === 0), 2);
    cells[6] = ['g1', 'g0'];
    cells[9] = ['g1', 'g1']; // the reference lists 除神 twice on some days
    const table = encodeGodRules(cells, ['g0', 'g1']);
    expect(table.slice(table.indexOf('!'))).toBe('!6=#!,9=##');
    const decoded = decodeGodRules(table, ['g0', 'g1']);
    expect(decoded[6]).toEqual(['g1', 'g0']);
    expect(decoded[9]).toEqual(['g1', 'g1']);
    expect(decoded[12]).toEqual(['g0', 'g1']);
    expect(Object.isFrozen(decoded) && decoded.every((list) => Object.isFrozen(list))).toBe(true);
  });

  plainTest('a table of the wrong size is refused', () => {
    expect(() => encodeGodRules([[]], [])).toThrow(RangeError);
  });
});
