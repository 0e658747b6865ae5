/**
 * `huangli/astro`: the astronomical instants behind the calendar. Kept out of the main entry
 * (and so out of the script-tag bundle): the Moon's series is only needed by those who ask for it.
 *
 * @module huangli/astro
 */
export { newMoons } from './newMoons';
export { solarTerms } from './solarTerms';
