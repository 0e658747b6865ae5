import { jieResiduals, qiResiduals, termModel, termTableFirstYear } from '../data/solarTerms.generated';
import { predictTermSlot } from './termModel';

/** Seconds in one slot of the term and new-moon tables. @internal */
export const SLOT_SECONDS = 30;
/** Slots in one day. @internal */
export const SLOTS_PER_DAY = 86400 / SLOT_SECONDS;
/** Character code of a zero residual ('0' + 32). @internal */
export const RESIDUAL_ZERO = 48 + 32;

/**
 * The instant of the `j`-th 节 (0 = 小寒, 1 = 立春, … 11 = 大雪) of Gregorian `year`, as a
 * 30-second slot of UTC+8 since 1970-01-01T00:00+08:00: the reference instant rounded down to
 * the slot, so the day (`Math.floor(slot / SLOTS_PER_DAY)`) is exactly the reference's.
 * Valid for 1899 … 2101. Kept apart from the 中气 so that code which needs only the 节 (the
 * pillars) does not carry the other half of the table.
 *
 * @internal
 */
export function getJieSlot(year: number, j: number): number {
  const residual = jieResiduals.charCodeAt((year - termTableFirstYear) * 12 + j) - RESIDUAL_ZERO;
  return Math.round(predictTermSlot(termModel, year, 2 * j)) + residual;
}

/** Like {@link getJieSlot}, for the `j`-th 中气 (0 = 大寒, 1 = 雨水, … 11 = 冬至). @internal */
export function getQiSlot(year: number, j: number): number {
  const residual = qiResiduals.charCodeAt((year - termTableFirstYear) * 12 + j) - RESIDUAL_ZERO;
  return Math.round(predictTermSlot(termModel, year, 2 * j + 1)) + residual;
}

/** The slot of term `k` (0 = 小寒 … 23 = 冬至) of `year`. @internal */
export function getTermSlot(year: number, k: number): number {
  return (k & 1) === 0 ? getJieSlot(year, k >> 1) : getQiSlot(year, k >> 1);
}
