import { fromEpochDay } from '../calendar/epochDay';
import { getDayCalendar, type DayCalendar } from '../grid/getDayItems';
import { toMoment } from '../input/toMoment';
import { getLunarDay } from '../lunar/lunarDate';
import type { DateInput } from '../types';
import type { ObservanceOptions } from './types';

/** What the Buddhist and Taoist days are read from: the day and its {@link DayCalendar}. @internal */
export interface ObservanceDay extends DayCalendar {
  readonly epochDay: number;
}

/** Reads `date` as `lunarDate` does, for function `fn`. @internal */
export function readObservanceDay(fn: string, date: DateInput, options: ObservanceOptions | undefined): ObservanceDay {
  const moment = toMoment(fn, date, options);
  // Fields named, not spread: `{ ...getDayCalendar(moment), epochDay }` took buddhistDay +
  // taoistDay from 2.4 to 4.3 µs a day (node 20; bench/observances.bench.mjs, 22× → 12× the reference).
  const { lunar, termNumber, term, monthBranch } = getDayCalendar(moment);
  return { epochDay: moment.epochDay, lunar, termNumber, term, monthBranch };
}

/** The lunar date as the reference keys its tables, `'4-8'`; `null` in a leap month, which its keys never match (its month is negative there). @internal */
export function getObservanceKey(day: ObservanceDay): string | null {
  const { lunar } = day;
  return lunar.leap ? null : `${lunar.month}-${lunar.day}`;
}

/** Whether the lunar month of the day `epochDay`, its lunar day being `day`, has 30 days (the day `30 − day` days later is its 30th). @internal */
export function hasThirtyDays(epochDay: number, day: number): boolean {
  const later = epochDay + 30 - day;
  return getLunarDay(later, fromEpochDay(later).year) === 30;
}
