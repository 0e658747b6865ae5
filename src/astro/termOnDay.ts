import { SOLAR_TERM_NAMES } from '../names/solarTermNames';
import { JIE_MAY_PRECEDE_MONTH } from '../pillars/getPillarIndices';
import type { SolarTermName } from '../types';
import { getJieNumber, getTermDisplayDay } from './termInstants';

/** The number of the term whose day is `epochDay` (Gregorian `year`-`month`), or `null`: one of the two terms of its Gregorian month. @internal */
export function findTermNumberOn(epochDay: number, year: number, month: number): number | null {
  // From 7000 on the calendar runs ahead of the Sun: the next month's 节 can fall on its last days.
  const last = year >= JIE_MAY_PRECEDE_MONTH ? 2 * month : 2 * month - 1;
  const first = getJieNumber(year, 0);
  for (let k = 2 * month - 2; k <= last; k++) if (getTermDisplayDay(first + k) === epochDay) return first + k;
  return null;
}

/** The name of term number `termNumber` (as termInstants counts them: 0 is the 1999 March equinox, 春分). @internal */
export function getTermName(termNumber: number): SolarTermName {
  return SOLAR_TERM_NAMES[(((termNumber + 5) % 24) + 24) % 24] as SolarTermName;
}
