/**
 * Differential test against the reference implementation, lunar-javascript, over every day of
 * the supported range (1900-01-01 … 2100-12-31, 73,414 days): lunar date, pillars under the
 * plain-date conventions and the fromLunar round trip. Zero differences are allowed.
 * `npm run test:full` runs it; `npm test` runs the same comparison on sampled days (calendar.test.ts).
 */
import { describeCalendarDifferential } from '../support/calendarDifferential';
import { everyDay, FULL_COVERAGE } from '../support/days';

describeCalendarDifferential('every day 1900-01-01 … 2100-12-31 against lunar-javascript', () => everyDay(), FULL_COVERAGE);
