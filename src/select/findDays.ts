import { compileQuery } from './compileQuery';
import { scanDays } from './scanDays';
import type { FindDaysOptions, FindDaysQuery, FoundDay } from './types';

const FN = 'findDays';

/**
 * The days of a range that suit a purpose (择日): those whose almanac — `almanac(date, options)` —
 * satisfies every criterion of the query, in order, found lazily, each with the reasons it matched.
 *
 * The criteria (docs/select.md gives each one's exact meaning): activities that must be good
 * (`yi`, read as {@link isGoodFor}: in 宜, the markers taken as what they mean) and activities that
 * must not be bad (`notJi`, as {@link isBadFor}); `skipNothingGood` (no 诸事不宜 in either list); a
 * person the day must not clash with (`notClash`: an animal, a birth year, a birth date or a year
 * pillar; 冲, and with `sha`, default true, its 煞 direction); `officers` (建除); `huangDao`;
 * `mansionLuck`; `minScore` (the fortune score); `weekdays`; `workday` (working days or days off,
 * from the holiday data of `huangli/holidays`); and `where`, a predicate on the almanac for anything
 * else.
 *
 * The search runs on the almanac's own tables, not on almanac objects: the criteria on 宜/忌, the
 * clash, 建除 and 黄道 are compiled into flags for the 720 (month branch, day pillar) cells, and
 * the days are walked by epoch day, each month's branch from its 节's day. Only the days that pass
 * those get the costlier checks: the lunar day for `minScore`, the whole almanac for `where`.
 * 1900 … 2100 with a few criteria takes milliseconds (docs/select.md, "Speed").
 *
 * A result is the date and its reasons, not the almanac: build `almanac(found.date, options)`
 * for the days you show (a long range can match thousands of days, and an almanac costs far more
 * than the search of a day).
 *
 * @param query - `from`, `to` (inclusive) and the criteria; `limit` stops after that many days.
 * @param options - As `almanac()`'s: `calendar` (of `from`, `to`, a birth date, and the dates found), `timeZone`, `monthBoundary`, `model` and `sentiment` (for `minScore`), `fuShenSect`; and `holidayData` for `workday`.
 * @returns A generator of frozen {@link FoundDay}s (a single pass: call `findDays` again to start over). It validates the query before it returns.
 * @throws {TypeError} If the query, a field or an option has the wrong type or shape.
 * @throws {RangeError} If the query (or its `notClash`) has an unknown key, a date is invalid or out of range, `to` is before `from`, a field has an unknown value (an activity not in the tables, an officer, a weekday, a score outside −10 … 10), or, with `workday`, a year of the range has no holiday schedule in the data.
 * @example
 * const days = findDays({ from: '2026-01-01', to: '2026-01-31', yi: ['嫁娶'], notClash: '马', huangDao: true });
 * [...days].map((d) => d.date)
 * //=> ['2026-01-05', '2026-01-07', '2026-01-17', '2026-01-19', '2026-01-28', '2026-01-29', '2026-01-31']
 * @example
 * const [first] = findDays({ from: '2026-01-01', to: '2026-12-31', yi: ['开市'], minScore: 8, limit: 1 });
 * first
 * //=> { date: '2026-01-05', reasons: [{ criterion: 'yi', activities: ['开市'] }, { criterion: 'minScore', score: 8 }] }
 * @example
 * // Saturdays and Sundays of 2026's spring that suit 移徙 and do not clash with one born in 1990
 * [...findDays({ from: '2026-03-01', to: '2026-05-31', yi: ['移徙'], notClash: 1990, weekdays: [0, 6] })].map((d) => d.date)
 * //=> ['2026-03-14', '2026-03-22', '2026-03-28', '2026-04-25', '2026-05-16', '2026-05-17', '2026-05-24']
 * @example
 * // The working days of the week of 国庆节 2025 (10月1日至8日放假调休, 9月28日（周日）、10月11日（周六）上班)
 * [...findDays({ from: '2025-09-27', to: '2025-10-12', workday: true })].map((d) => d.date)
 * //=> ['2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11']
 * @category Day selection
 * @since 0.6.0
 */
export function findDays(query: FindDaysQuery, options?: FindDaysOptions): Generator<FoundDay, void, undefined> {
  return scanDays(compileQuery(FN, query, options));
}
