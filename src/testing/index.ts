/**
 * `huangli/testing`: fast-check arbitraries for the library's inputs and results, and its
 * invariants as reusable checks, for property tests in projects that use huangli. Needs
 * `fast-check` (version 3 or 4), which the project under test provides.
 *
 * @module huangli/testing
 */
export { arbitraryAlmanac, arbitraryDate, arbitraryPillar } from './arbitraries';
export type { ArbitraryDateOptions } from './arbitraries';
export { almanacViolations, calendarViolations } from './invariants';
