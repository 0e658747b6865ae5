import { formatIsoDateMemoised } from '../calendar/epochDay';
import { formatDate } from '../calendar/julianCalendar';
import { pentads } from '../data/almanac.generated';
import { SOLAR_TERM_NAMES } from '../names/solarTermNames';
import type { Moment } from '../input/toMoment';
import type { Pentad, PentadName } from './types';

/**
 * The record built last and its key, reused while a sweep of days stays in its pentad (a bounded
 * memo of one frozen value, unobservable but for speed; one, not more: keeping many fresh records
 * alive costs the garbage collector more than building them).
 */
let lastKey = NaN;
let lastRecord: Pentad | undefined;

/**
 * The pentad (七十二候) record of number `pentadNumber` (0 = 冬至's first … 71) that begins on the
 * epoch day `start`, for the day `moment` (its first day written in the moment's calendar).
 * @internal
 */
export function getPentadRecord(pentadNumber: number, start: number, moment: Moment): Pentad {
  const { calendar, epochDay } = moment;
  const key = start * 2 + (calendar === 'julian' ? 1 : 0);
  if (key === lastKey) return lastRecord as Pentad;
  // In the day's own month (as it usually is), the start is written from the day's fields.
  const daysBefore = epochDay - start;
  const record: Pentad = Object.freeze({
    name: pentads[pentadNumber] as PentadName,
    term: SOLAR_TERM_NAMES[(Math.floor(pentadNumber / 3) + 23) % 24] as Pentad['term'], // the first pentad is 冬至's
    index: (pentadNumber % 3) + 1 as Pentad['index'],
    start: calendar === 'iso8601' && daysBefore < moment.day ? formatIsoDateMemoised(moment.year, moment.month, moment.day - daysBefore) : formatDate(start, calendar),
  });
  lastKey = key;
  lastRecord = record;
  return record;
}
