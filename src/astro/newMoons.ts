import { toEpochDay } from '../calendar/epochDay';
import { FIRST_YEAR, LAST_YEAR } from '../calendar/supportedRange';
import { newMoonCoefficients, newMoonResiduals, newMoonTableFirst } from '../data/newMoons.generated';
import { assertInteger } from '../internal/errors';
import { formatInstant } from './formatInstant';
import { RESIDUAL_ZERO, SLOT_SECONDS, SLOTS_PER_DAY } from './getTermSlot';
import { predictNewMoonSlot } from './newMoonModel';

const SYNODIC_MONTH_DAYS = 29.530588853;
const FIRST_NEW_MOON_OF_2000 = /* @__PURE__ */ toEpochDay(2000, 1, 6);

/** The instant of new moon number `n` (0 = 2000-01-06) in 30-second slots of UTC+8. @internal */
export function getNewMoonSlot(n: number): number {
  return Math.round(predictNewMoonSlot(newMoonCoefficients, n)) + newMoonResiduals.charCodeAt(n - newMoonTableFirst) - RESIDUAL_ZERO;
}

/** Number of the last new moon at or before the day `epochDay` ends (UTC+8). @internal */
export function findNewMoonNumberOnOrBefore(epochDay: number): number {
  let n = Math.floor((epochDay - FIRST_NEW_MOON_OF_2000) / SYNODIC_MONTH_DAYS);
  // The estimate is within one lunation; settle it against the table.
  while (Math.floor(getNewMoonSlot(n + 1) / SLOTS_PER_DAY) <= epochDay) n++;
  while (Math.floor(getNewMoonSlot(n) / SLOTS_PER_DAY) > epochDay) n--;
  return n;
}

/**
 * The instants of new moon (朔, the Moon in conjunction with the Sun) in a Gregorian year.
 *
 * Instants are the reference implementation's (`lunar-javascript`, truncated ELP/VSOP87 with
 * its ΔT model), stored in `data/` and rounded down to 30 seconds. The lunar calendar itself
 * follows the reference's month table, which before 1960 comes from historical tables rather
 * than from these instants.
 *
 * @param year - Gregorian year, 1900–2100.
 * @returns The 12 or 13 instants, ISO 8601 at `+08:00`, in order.
 * @throws {TypeError} If `year` is not an integer.
 * @throws {RangeError} If `year` is outside 1900–2100.
 * @example
 * newMoons(2025)[11]
 * //=> '2025-12-20T09:44:00+08:00'
 * @category Calendar
 * @since 0.1.0
 */
export function newMoons(year: number): readonly string[] {
  assertInteger('newMoons', 'year', year, FIRST_YEAR, LAST_YEAR);
  const last = findNewMoonNumberOnOrBefore(toEpochDay(year, 12, 31));
  let n = findNewMoonNumberOnOrBefore(toEpochDay(year, 1, 1) - 1) + 1;
  const instants: string[] = [];
  for (; n <= last; n++) instants.push(formatInstant(getNewMoonSlot(n) * SLOT_SECONDS));
  return Object.freeze(instants);
}
