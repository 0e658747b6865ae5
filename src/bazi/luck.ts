import { fromEpochDay, getDaysInMonth, isLeapYear, toEpochDay } from '../calendar/epochDay';
import { modFloor } from '../internal/math';
import { getPillar } from '../names/stemsBranches';
import { SOLAR_TERM_NAMES } from '../names/solarTermNames';
import { getMonthPillarIndex, getYearPillarIndex } from '../pillars/getPillarIndices';
import { formatWallSeconds } from './formatWallSeconds';
import type { SolarCalendar } from '../types';
import type { Luck, LuckDecade, LuckMonth, LuckStart, LuckStartMethod, LuckYear, MinorLuck, Sex } from './types';

const DAY_SECONDS = 86400;
/** Decades in a chart, as the reference gives them (`getDaYun()`): decade 0 and nine decades of luck. */
const DECADES = 10;

/** The 时辰 of an hour as the reference's start-age count numbers it: 0 for 00:00–00:59, … 11 for 21:00–23:59. */
function getStartCountHour(hour: number): number {
  return Math.min(11, (hour + 1) >> 1);
}

/**
 * The age at which the luck starts, from two wall-clock readings (seconds, read as UTC) on the
 * chart's clock, `from` ≤ `to`: the birth and the next 节 going forward, the previous 节 and the
 * birth going backward. As the reference (`EightChar.getYun`) counts:
 * - `'days'`: the calendar days between the two dates and the 时辰 between the two hours (23:00
 *   counts as the last 时辰 of its day, as in the reference); 1 day = 4 months, 1 时辰 = 10 days.
 * - `'minutes'`: the minutes between the two readings (seconds dropped); 4,320 minutes = 1 year,
 *   360 = 1 month, 12 = 1 day, and each minute left = 2 hours.
 * @internal
 */
export function getLuckStart(method: LuckStartMethod, from: number, to: number): LuckStart {
  if (method === 'minutes') {
    let minutes = Math.floor(to / 60) - Math.floor(from / 60);
    const years = Math.floor(minutes / 4320);
    minutes -= years * 4320;
    const months = Math.floor(minutes / 360);
    minutes -= months * 360;
    const days = Math.floor(minutes / 12);
    minutes -= days * 12;
    return { years, months, days, hours: minutes * 2 };
  }
  const fromDay = Math.floor(from / DAY_SECONDS);
  const toDay = Math.floor(to / DAY_SECONDS);
  let hourDiff = getStartCountHour(Math.floor((to - toDay * DAY_SECONDS) / 3600)) - getStartCountHour(Math.floor((from - fromDay * DAY_SECONDS) / 3600));
  let dayDiff = toDay - fromDay;
  if (hourDiff < 0) {
    hourDiff += 12;
    dayDiff--;
  }
  const monthDiff = Math.floor((hourDiff * 10) / 30);
  const allMonths = dayDiff * 4 + monthDiff;
  const years = Math.floor(allMonths / 12);
  return { years, months: allMonths - years * 12, days: hourDiff * 10 - monthDiff * 30, hours: 0 };
}

/**
 * The wall clock (seconds) `start` after `birth`, as the reference adds it (`Solar.nextYear`,
 * `nextMonth`, `next`, `nextHour`): years (29 February becomes the 28th in a common year),
 * then months (the day capped at the month's length), then days, then hours.
 * @internal
 */
export function addLuckStart(birth: number, start: LuckStart): number {
  const epochDay = Math.floor(birth / DAY_SECONDS);
  const timeOfDay = birth - epochDay * DAY_SECONDS;
  const date = fromEpochDay(epochDay);
  let year = date.year + start.years;
  let day = date.month === 2 && date.day === 29 && !isLeapYear(year) ? 28 : date.day;
  const months = date.month - 1 + start.months;
  year += Math.floor(months / 12);
  const month = (months % 12) + 1;
  day = Math.min(day, getDaysInMonth(year, month));
  return (toEpochDay(year, month, day) + start.days) * DAY_SECONDS + timeOfDay + start.hours * 3600;
}

/** The twelve months of luck of a year, by the year number modulo 5 (they depend on nothing else); built once each. */
const monthsByYear: (readonly LuckMonth[] | undefined)[] = [];

function getLuckMonths(year: number): readonly LuckMonth[] {
  const key = modFloor(year, 5);
  let months = monthsByYear[key];
  if (months === undefined) {
    const list: LuckMonth[] = [];
    for (let index = 0; index < 12; index++) {
      // The solar month that opens at 立春 of `year` is number year·12 + 1 (src/pillars/getPillarIndices.ts).
      const pillar = getPillar(getMonthPillarIndex(year * 12 + 1 + index));
      list.push(Object.freeze({ index, term: SOLAR_TERM_NAMES[(2 * (index + 1)) % 24] as LuckMonth['term'], pillar }));
    }
    months = Object.freeze(list);
    monthsByYear[key] = months;
  }
  return months;
}

/** What the luck is computed from, on indices and wall seconds of the chart's clock. @internal */
export interface LuckInput {
  readonly sex: Sex;
  readonly method: LuckStartMethod;
  readonly forward: boolean;
  /** The birth on the chart's clock (wall seconds). */
  readonly birth: number;
  /** The 节 the start is counted to or from, on the same clock. */
  readonly jie: number;
  readonly monthPillar: number;
  readonly hourPillar: number;
  /** The calendar of the dates returned. */
  readonly calendar: SolarCalendar;
}

/** The luck (大运, 流年, 流月, 小运) of a chart, as the reference's `Yun` computes it. @internal */
export function computeLuck(input: LuckInput): Luck {
  const { forward, birth } = input;
  const start = Object.freeze(forward ? getLuckStart(input.method, birth, input.jie) : getLuckStart(input.method, input.jie, birth));
  const startWall = addLuckStart(birth, start);
  const birthYear = fromEpochDay(Math.floor(birth / DAY_SECONDS)).year;
  const firstYear = fromEpochDay(Math.floor(startWall / DAY_SECONDS)).year;
  const sign = forward ? 1 : -1;
  const decades: LuckDecade[] = [];
  for (let index = 0; index < DECADES; index++) {
    const startYear = index === 0 ? birthYear : firstYear + (index - 1) * 10;
    const endYear = index === 0 ? firstYear - 1 : startYear + 9;
    const startAge = startYear - birthYear + 1;
    const years: LuckYear[] = [];
    const minorLuck: MinorLuck[] = [];
    for (let year = startYear; year <= endYear; year++) {
      const age = year - birthYear + 1;
      years.push(Object.freeze({ year, age, pillar: getPillar(getYearPillarIndex(year)), months: getLuckMonths(year) }));
      minorLuck.push(Object.freeze({ year, age, pillar: getPillar(modFloor(input.hourPillar + sign * age, 60)) }));
    }
    decades.push(Object.freeze({
      index,
      pillar: index === 0 ? null : getPillar(modFloor(input.monthPillar + sign * index, 60)),
      startYear, endYear, startAge, endAge: endYear - birthYear + 1,
      years: Object.freeze(years), minorLuck: Object.freeze(minorLuck),
    }));
  }
  return Object.freeze({
    sex: input.sex, method: input.method, forward, start, startDate: formatWallSeconds(startWall, input.calendar), decades: Object.freeze(decades),
  });
}
