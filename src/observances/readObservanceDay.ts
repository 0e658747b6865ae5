import { findTermNumberOn, getTermName } from '../astro/termOnDay';
import { fromEpochDay } from '../calendar/epochDay';
import { toMoment } from '../input/toMoment';
import { getLunarDay, toLunarDate } from '../lunar/lunarDate';
import { getMonthPillarIndex, getSolarMonthNumber } from '../pillars/getPillarIndices';
import type { DateInput, LunarDate, SolarTermName } from '../types';
import type { ObservanceOptions } from './types';

/** What the Buddhist and Taoist days are read from. @internal */
export interface ObservanceDay {
  readonly epochDay: number;
  readonly lunar: LunarDate;
  /** The lunar date as the reference keys its tables, `'4-8'`; `null` in a leap month, which its keys never match (its month is negative there). */
  readonly key: string | null;
  /** The term whose day it is, or `null`. */
  readonly term: SolarTermName | null;
  /** The branch (0 = 子) of the day's month pillar, by the 节's day. */
  readonly monthBranch: number;
}

/** Reads `date` as `lunarDate` does, for function `fn`. @internal */
export function readObservanceDay(fn: string, date: DateInput, options: ObservanceOptions | undefined): ObservanceDay {
  const moment = toMoment(fn, date, options);
  const { epochDay, year, month } = moment;
  const lunar = toLunarDate(epochDay, year);
  const termNumber = findTermNumberOn(epochDay, year, month);
  return {
    epochDay, lunar, key: lunar.leap ? null : `${lunar.month}-${lunar.day}`,
    term: termNumber === null ? null : getTermName(termNumber),
    // By the 节's day: the month reads the date, not the time.
    monthBranch: getMonthPillarIndex(getSolarMonthNumber(moment, false)) % 12,
  };
}

/** Whether the lunar month of the day `epochDay`, its lunar day being `day`, has 30 days (the day `30 − day` days later is its 30th). @internal */
export function hasThirtyDays(epochDay: number, day: number): boolean {
  const later = epochDay + 30 - day;
  return getLunarDay(later, fromEpochDay(later).year) === 30;
}
