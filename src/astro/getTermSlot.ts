import { jieResiduals, qiResiduals, termModel, termTableFirstYear } from '../data/solarTerms.generated';
import { predictTermSlot } from './termModel';

/** Seconds in one slot of the term and new-moon tables. @internal */
export const SLOT_SECONDS = 30;
/** Slots in one day. @internal */
export const SLOTS_PER_DAY = 86400 / SLOT_SECONDS;
/** Character code of a zero residual ('0' + 32). @internal */
export const RESIDUAL_ZERO = 48 + 32;

/**
 * The instant of term `k` (0 = 小寒 … 23 = 冬至) of Gregorian `year`, as a 30-second slot of
 * UTC+8 since 1970-01-01T00:00+08:00: the reference instant truncated to the slot, so the day
 * (`Math.floor(slot / SLOTS_PER_DAY)`) is exactly the reference's. Valid for 1899 … 2101.
 *
 * @internal
 */
export function getTermSlot(year: number, k: number): number {
  const i = (year - termTableFirstYear) * 12 + (k >> 1);
  const residual = ((k & 1) === 0 ? jieResiduals : qiResiduals).charCodeAt(i) - RESIDUAL_ZERO;
  return Math.round(predictTermSlot(termModel, year, k)) + residual;
}

/** Days since 1970-01-01 of the day (UTC+8) on which term `k` of `year` falls. @internal */
export function getTermEpochDay(year: number, k: number): number {
  return Math.floor(getTermSlot(year, k) / SLOTS_PER_DAY);
}
