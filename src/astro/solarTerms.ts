import { FIRST_YEAR, LAST_YEAR } from '../calendar/supportedRange';
import { assertInteger } from '../internal/errors';
import { SOLAR_TERM_NAMES } from '../names/solarTermNames';
import type { SolarTerm } from '../types';
import { formatInstant } from './formatInstant';
import { getJieNumber, getTermSecond } from './termInstants';

/**
 * The 24 solar terms (节气) of a Gregorian year, in order from 小寒 (early January) to 冬至
 * (late December), each with the instant the apparent Sun reaches its longitude.
 *
 * Instants are those of the reference implementation (`lunar-javascript`, truncated VSOP87
 * with its ΔT model), stored in `data/` and rounded **down** to 30 seconds, so the day of every
 * term is exactly the reference's and each instant is at most 30 s earlier than the reference's.
 *
 * @param year - Gregorian year, 1900–2100.
 * @returns 24 frozen `{ name, instant }` with `instant` in ISO 8601 at `+08:00`.
 * @throws {TypeError} If `year` is not an integer.
 * @throws {RangeError} If `year` is outside 1900–2100.
 * @example
 * solarTerms(2025)[22]
 * //=> { name: '大雪', instant: '2025-12-07T05:04:30+08:00' }
 * @example
 * solarTerms(2025).map((term) => term.name).slice(0, 3)
 * //=> ['小寒', '大寒', '立春']
 * @category Calendar
 * @since 0.1.0
 */
export function solarTerms(year: number): readonly SolarTerm[] {
  assertInteger('solarTerms', 'year', year, FIRST_YEAR, LAST_YEAR);
  const terms: SolarTerm[] = [];
  for (let k = 0; k < 24; k++) {
    terms.push(Object.freeze({ name: SOLAR_TERM_NAMES[k] as SolarTerm['name'], instant: formatInstant(getTermSecond(getJieNumber(year, 0) + k)) }));
  }
  return Object.freeze(terms);
}
