import { computeNewMoonInstant } from './computeNewMoonInstant';
import { computeSolarTermInstant } from './computeSolarTermInstant';

/** Julian Day of 1970-01-01T00:00 UT. */
const UNIX_EPOCH_JD = 2440587.5;

/**
 * The civil day in UTC+8 (days since 1970-01-01) of solar term `k` (numbered as
 * {@link computeSolarTermInstant}): exactly `Math.floor(instant + 8 h)` of the precise instant.
 * @internal
 */
export function getTermDay(k: number): number {
  return Math.floor(computeSolarTermInstant(k) - UNIX_EPOCH_JD + 1 / 3);
}

/** Like {@link getTermDay}, for new moon `n` (numbered as {@link computeNewMoonInstant}). @internal */
export function getNewMoonDay(n: number): number {
  return Math.floor(computeNewMoonInstant(n) - UNIX_EPOCH_JD + 1 / 3);
}
