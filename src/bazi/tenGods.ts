import type { TenGod } from './types';

/**
 * The ten gods (十神) by the relation of the two stems' elements (the row: 0 same, 1 the day
 * master produces it, 2 the day master overcomes it, 3 it overcomes the day master, 4 it produces
 * the day master) and polarity (the column: the same yin/yang as the day master, the other).
 */
const TEN_GODS: readonly (readonly [TenGod, TenGod])[] = [
  ['比肩', '劫财'], // 同我
  ['食神', '伤官'], // 我生
  ['偏财', '正财'], // 我克
  ['七杀', '正官'], // 克我
  ['偏印', '正印'], // 生我
];

/**
 * The ten god of `stem` (0–9) against the day master `dayStem` (0–9). A stem's element is
 * `stem >> 1` (木火土金水) and its polarity `stem & 1` (0 yang); elements produce in that order.
 * @internal
 */
export function getTenGod(dayStem: number, stem: number): TenGod {
  const relation = ((stem >> 1) - (dayStem >> 1) + 5) % 5;
  return (TEN_GODS[relation] as readonly [TenGod, TenGod])[(stem ^ dayStem) & 1] as TenGod;
}
