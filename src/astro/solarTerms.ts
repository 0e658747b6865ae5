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
 * Instants are computed to the second by the library's own engine (truncated VSOP87 for the
 * Earth, nutation, aberration, and the reference's ΔT model; see docs/calendar.md): over
 * 1900–2100 each is the second the reference implementation (`lunar-javascript`) shows, and
 * over the rest of the range within 60 s of it, on the same day. Before 1645 the lunar calendar
 * placed months by mean terms (平气); these are the true (定气) instants, as the reference shows.
 *
 * @param year - Gregorian year, -721–9999 (astronomical numbering: 0 is 1 BCE).
 * @returns 24 frozen `{ name, instant }` with `instant` in ISO 8601 at `+08:00`.
 * @throws {TypeError} If `year` is not an integer.
 * @throws {RangeError} If `year` is outside -721–9999.
 * @example
 * solarTerms(2025)[22]
 * //=> { name: '大雪', instant: '2025-12-07T05:04:37+08:00' }
 * @example
 * solarTerms(2025).map((term) => term.name).slice(0, 3)
 * //=> ['小寒', '大寒', '立春']
 * @example
 * solarTerms(-721)[23] // the 冬至 of 722 BCE
 * //=> { name: '冬至', instant: '-000721-12-20T20:55:55+08:00' }
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
