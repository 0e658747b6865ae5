import { getFestivals } from '../almanac/getFestivals';
import type { Festival } from '../almanac/types';
import type { FestivalSet } from '../festivals/types';
import { findTermNumberOn, getTermName } from '../astro/termOnDay';
import { getDayMoment, type Moment } from '../input/toMoment';
import { toLunarDate } from '../lunar/lunarDate';
import { getMonthPillarIndex, getSolarMonthNumber } from '../pillars/getPillarIndices';
import type { CivilDate, LunarDate, SolarCalendar, SolarTermName } from '../types';

/** A day's lunar date, term and month branch: what the grid, the iCalendar feed and the Buddhist and Taoist days read. @internal */
export interface DayCalendar {
  readonly lunar: LunarDate;
  /** The number of the term whose day it is (as termInstants counts them: 0 is the 1999 March equinox), or `null`. */
  readonly termNumber: number | null;
  /** Its name, or `null`. */
  readonly term: SolarTermName | null;
  /** The branch (0 = 子) of the day's month pillar, by the 节's day: what keys 宜/忌 and the score. */
  readonly monthBranch: number;
}

/** The calendar items of a day that the grid and the iCalendar feed share. @internal */
export interface DayItems extends DayCalendar {
  /** The proleptic Gregorian fields of the day. */
  readonly gregorian: CivilDate;
  /** As `almanac(date).festivals`. */
  readonly festivals: readonly Festival[];
}

/** The {@link DayCalendar} of the day of `moment` (its date; the time is not read). @internal */
export function getDayCalendar(moment: Moment): DayCalendar {
  const { epochDay, year, month } = moment;
  const termNumber = findTermNumberOn(epochDay, year, month);
  return {
    lunar: toLunarDate(epochDay, year),
    termNumber,
    term: termNumber === null ? null : getTermName(termNumber),
    monthBranch: getMonthPillarIndex(getSolarMonthNumber(moment, false)) % 12,
  };
}

/**
 * The lunar date, the term, the festivals and the month branch of the day `epochDay` (in range),
 * from the index-level tables: what `almanac(date, { calendar, festivals: set })` gives for them,
 * without building its page. @internal
 */
export function getDayItems(epochDay: number, calendar: SolarCalendar = 'iso8601', set?: FestivalSet): DayItems {
  // The calendar only changes how dates are written, which none of these items holds but a set's festivals (on the date as written).
  const moment = getDayMoment(epochDay, calendar);
  const { year, month, day } = moment;
  const { lunar, termNumber, term, monthBranch } = getDayCalendar(moment);
  const isLastDayOfYear = lunar.day >= 29 && toLunarDate(epochDay + 1, year).year !== lunar.year;
  // getFestivals reads only the term's name.
  const festivals = getFestivals(moment, lunar, isLastDayOfYear, term === null ? null : { name: term, instant: '' }, set);
  return { gregorian: { year, month, day }, lunar, termNumber, term, festivals, monthBranch };
}
