import { FIRST_YEAR, LAST_YEAR } from '../calendar/supportedRange';
import { getCalendarOption } from '../calendar/julianCalendar';
import { assertInteger, typeError } from '../internal/errors';
import { SOLAR_TERM_NAMES } from '../names/solarTermNames';
import type { CalendarOptions, SolarTerm } from '../types';
import { formatInstant } from './formatInstant';
import { getJieNumber, getTermSecond } from './termInstants';

/**
 * The 24 solar terms (节气) of a Gregorian year, in order from 小寒 (early January) to 冬至
 * (late December), each with the instant the apparent Sun reaches its longitude.
 *
 * Instants are computed to the second by the library's own engine (truncated VSOP87 for the
 * Earth, nutation, aberration, and the reference's ΔT model; see docs/calendar.md): over
 * 1900–2100 each is the second the reference implementation (`lunar-javascript`) shows, and
 * over the rest of the range within 30 s of it (`scripts/verify-engine.ts`), on the same day. Before 1645 the lunar calendar
 * placed months by mean terms (平气); these are the true (定气) instants, as the reference shows.
 *
 * The year is the astronomical one: its 24 terms run from the 小寒 after the 冬至 of `year − 1`,
 * as in the reference. Read in the Julian calendar, the 小寒 of years before about 1400 falls in
 * the last days of the Julian year before.
 *
 * @param year - Year, -721–9999 (astronomical numbering: 0 is 1 BCE).
 * @param options - `calendar`: the calendar of the instants' dates, `'iso8601'` (default) or `'julian'` (before 1582-10-15).
 * @returns 24 frozen `{ name, instant }` with `instant` in ISO 8601 at `+08:00`.
 * @throws {TypeError} If `year` is not an integer, or `options` is not an object.
 * @throws {RangeError} If `year` is outside -721–9999, or `options.calendar` is not `'iso8601'` or `'julian'`.
 * @example
 * solarTerms(2025)[22]
 * //=> { name: '大雪', instant: '2025-12-07T05:04:37+08:00' }
 * @example
 * solarTerms(2025).map((term) => term.name).slice(0, 3)
 * //=> ['小寒', '大寒', '立春']
 * @example
 * solarTerms(-721)[23] // the 冬至 of 722 BCE
 * //=> { name: '冬至', instant: '-000721-12-20T20:55:55+08:00' }
 * @example
 * solarTerms(-721, { calendar: 'julian' })[23].instant // as the Julian calendar dates it
 * //=> '-000721-12-28T20:55:55+08:00'
 * @category Calendar
 * @since 0.1.0
 */
export function solarTerms(year: number, options?: CalendarOptions): readonly SolarTerm[] {
  assertInteger('solarTerms', 'year', year, FIRST_YEAR, LAST_YEAR);
  if (options !== undefined && (options === null || typeof options !== 'object')) throw typeError('solarTerms', 'options', 'an object', options);
  const calendar = getCalendarOption('solarTerms', options);
  const terms: SolarTerm[] = [];
  for (let k = 0; k < 24; k++) {
    terms.push(Object.freeze({ name: SOLAR_TERM_NAMES[k] as SolarTerm['name'], instant: formatInstant(getTermSecond(getJieNumber(year, 0) + k), calendar) }));
  }
  return Object.freeze(terms);
}
