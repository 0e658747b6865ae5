import type { Branch, Pillar, Stem } from '../types';

/** The ten heavenly stems in order, 甲 (0) … 癸 (9). */
export const STEMS: readonly Stem[] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
/** The twelve earthly branches in order, 子 (0) … 亥 (11). */
export const BRANCHES: readonly Branch[] = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];
/** The zodiac animal of each branch. */
export const ZODIAC_ANIMALS: readonly string[] = ['鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'];

function buildPillarTable(): readonly Pillar[] {
  const table: Pillar[] = [];
  for (let index = 0; index < 60; index++) {
    const stem = STEMS[index % 10] as Stem;
    const branch = BRANCHES[index % 12] as Branch;
    table.push(Object.freeze({ stem, branch, name: stem + branch, index }));
  }
  // The pillars are frozen; the table, never handed out, is not: the engine reads an element of
  // a frozen array several times slower than one of a plain array.
  return table;
}

/** The 60 pillars of the sexagenary cycle, 甲子 (0) … 癸亥 (59), shared and frozen (the table is internal). */
export const PILLAR_TABLE: readonly Pillar[] = /* @__PURE__ */ buildPillarTable();

/** The pillar at `index` (0–59) of the cycle. @internal */
export function getPillar(index: number): Pillar {
  return PILLAR_TABLE[index] as Pillar;
}
