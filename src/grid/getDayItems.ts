import { getFestivals } from '../almanac/getFestivals';
import type { Festival } from '../almanac/types';
import type { FestivalSet } from '../festivals/types';
import { findTermNumberOn, getTermName } from '../astro/termOnDay';
import { fromEpochDay } from '../calendar/epochDay';
import { getDayMoment } from '../input/toMoment';
import { toLunarDate } from '../lunar/lunarDate';
import { getMonthPillarIndex, getSolarMonthNumber } from '../pillars/getPillarIndices';
import type { CivilDate, LunarDate, SolarCalendar, SolarTermName } from '../types';

/** The calendar items of a day that the grid and the iCalendar feed share. @internal */
export interface DayItems {
  /** The proleptic Gregorian fields of the day. */
  readonly gregorian: CivilDate;
  readonly lunar: LunarDate;
  /** The number of the term whose day it is (as termInstants counts them: 0 is the 1999 March equinox), or `null`. */
  readonly termNumber: number | null;
  /** Its name, or `null`. */
  readonly term: SolarTermName | null;
  /** As `almanac(date).festivals`. */
  readonly festivals: readonly Festival[];
  /** The branch (0 = 子) of the day's month pillar, by the 节's day: what keys 宜/忌 and the score. */
  readonly monthBranch: number;
}

/**
 * The lunar date, the term, the festivals and the month branch of the day `epochDay` (in range),
 * from the index-level tables: what `almanac(date, { calendar, festivals: set })` gives for them,
 * without building its page. @internal
 */
export function getDayItems(epochDay: number, calendar: SolarCalendar = 'iso8601', set?: FestivalSet): DayItems {
  const gregorian = fromEpochDay(epochDay);
  const { year, month } = gregorian;
  // The calendar only changes how dates are written, which none of these items holds but a set's festivals (on the date as written).
  const moment = getDayMoment(epochDay, calendar);
  const lunar = toLunarDate(epochDay, year);
  const termNumber = findTermNumberOn(epochDay, year, month);
  const term = termNumber === null ? null : getTermName(termNumber);
  const isLastDayOfYear = lunar.day >= 29 && toLunarDate(epochDay + 1, year).year !== lunar.year;
  // getFestivals reads only the term's name.
  const festivals = getFestivals(moment, lunar, isLastDayOfYear, term === null ? null : { name: term, instant: '' }, set);
  const monthBranch = getMonthPillarIndex(getSolarMonthNumber(moment, false)) % 12;
  return { gregorian, lunar, termNumber, term, festivals, monthBranch };
}
