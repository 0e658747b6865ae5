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
  const passed = (y: number, j: number): boolean => (exact ? moment.cstSeconds >= getJieSecond(y, j) : moment.epochDay >= getJieDay(y, j));
  let year = moment.year;
  // The 节 j falls early in Gregorian month j + 1; after 8000 the calendar runs ahead of the Sun
  // and the next month's 节 can fall on the last days of this one (大雪 9999 on 11-30).
  let j = moment.month - 1;
  if (moment.day >= 25 && passed(j === 11 ? year + 1 : year, (j + 1) % 12)) return j === 11 ? (year + 1) * 12 : year * 12 + j + 1;
  if (!passed(year, j) && --j < 0) {
    j = 11;
    year--;
  }
  return year * 12 + j;
}

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
