/**
 * `huangli/events`: custom recurring events — a lunar anniversary (a birthday on 闰四月初五, a death
 * anniversary on 腊月三十) or a solar one (02-29) as plain data, with a named policy for the years
 * without that leap month or that day, and the functions that list a year's occurrences and find
 * the next one. A subpath, so the almanac's script-tag bundle does not carry it.
 *
 * @module huangli/events
 */
export { occurrences } from './occurrences';
export type { OccurrencesOptions } from './occurrences';
export { nextOccurrence } from './nextOccurrence';
export type { NextOccurrenceOptions } from './nextOccurrence';
export type { LunarAnniversary, MissingDay, MissingLeapMonth, Occurrence, RecurringEvent, SolarAnniversary, Substitution } from './types';
