import { getJieDay, getJieSecond } from '../astro/termInstants';
import { getUtcWallClock } from '../input/timeZones';
import { modFloor } from '../internal/math';
import type { Moment } from '../input/toMoment';

/**
 * Solar months counted continuously (`year * 12 + j`, j = 0 for the month that begins at 小寒,
 * 1 at 立春, … 11 at 大雪) of the month that contains `moment`: by the day of each 节, or, when
 * `exact`, by its instant to the second (a moment at the 节's second is in the new month, as in
 * the reference). By instant, the 节 are looked up by the date in China of the instant, which
 * differs from the moment's own date when it is the wall clock of another zone.
 * @internal
 */
export function getSolarMonthNumber(moment: Moment, exact: boolean): number {
  const chinaDay = Math.floor(moment.cstSeconds / 86400);
  if (exact && chinaDay !== moment.epochDay) {
    const [year, month, day] = getUtcWallClock(moment.cstSeconds);
    return getSolarMonthNumber({ ...moment, year, month, day, epochDay: chinaDay }, true);
  }
  let year = moment.year;
  // The 节 j falls early in Gregorian month j + 1; from 7000 on the calendar runs ahead of the Sun
  // and the next month's 节 can fall on the last days of this one (大雪 9999 on 11-30).
  let j = moment.month - 1;
  if (year >= JIE_MAY_PRECEDE_MONTH && moment.day >= 25 && hasPassed(moment, exact, j === 11 ? year + 1 : year, (j + 1) % 12)) {
    return j === 11 ? (year + 1) * 12 : year * 12 + j + 1;
  }
  if (!hasPassed(moment, exact, year, j) && --j < 0) {
    j = 11;
    year--;
  }
  return year * 12 + j;
}

/** Whether `moment` is on or after the `j`-th 节 of `year`: by its day, or when `exact` by its second. */
function hasPassed(moment: Moment, exact: boolean, year: number, j: number): boolean {
  return exact ? moment.cstSeconds >= getJieSecond(year, j) : moment.epochDay >= getJieDay(year, j);
}

/**
 * The first year from which a 节 may fall in the Gregorian month before its own (the first such
 * is later: test/astro/termInstants.test.ts checks that none falls before this year). @internal
 */
export const JIE_MAY_PRECEDE_MONTH = 7000;

/** Month pillar index (0–59) of a solar month number. @internal */
export function getMonthPillarIndex(solarMonth: number): number {
  return modFloor(solarMonth + 13, 60); // 1899's 大雪 month (1899·12 + 11) is 丙子 (12)
}

/** The year that a solar month belongs to when years begin at 立春. @internal */
export function getSolarYear(solarMonth: number): number {
  return Math.floor(solarMonth / 12) - (modFloor(solarMonth, 12) === 0 ? 1 : 0);
}

/** Year pillar index (0–59) of a year number (1984 is 甲子). @internal */
export function getYearPillarIndex(year: number): number {
  return modFloor(year - 4, 60);
}

/** Day pillar index (0–59) of a day given as days since 1970-01-01 (辛巳, 17). @internal */
export function getDayPillarIndex(epochDay: number): number {
  return modFloor(epochDay + 17, 60);
}

/** Hour pillar index (0–59): the branch of the two-hour 时辰, the stem from the day stem (五鼠遁). @internal */
export function getHourPillarIndex(dayPillarIndex: number, hour: number): number {
  const branch = ((hour + 1) >> 1) % 12;
  const stem = (((dayPillarIndex % 10) % 5) * 2 + branch) % 10;
  return modFloor(6 * stem - 5 * branch, 60);
}
