import { fromEpochDayIn, formatDate } from '../calendar/julianCalendar';
import { getDayScore } from '../fortune/computeFortune';
import type { FestivalSet } from '../festivals/types';
import type { FortuneModel } from '../fortune/fortuneModel';
import { modFloor } from '../internal/math';
import { getDayPillarIndex } from '../pillars/getPillarIndices';
import type { SolarCalendar } from '../types';
import { getDayItems } from './getDayItems';
import type { HolidayLookup } from './getHolidayLookup';
import type { GridDay, GridLabelKind } from './types';

/**
 * Everything a grid cell holds for the day `epochDay` (in range), from the index-level tables:
 * no almanac page is built. The score is the almanac's (`fortune.score`) under `model`; the
 * festivals are the traditional ones and `set`'s. @internal
 */
export function getGridDay(epochDay: number, calendar: SolarCalendar, inMonth: boolean, model: FortuneModel, holidays: HolidayLookup, set?: FestivalSet): GridDay {
  const { gregorian, lunar, term, festivals, monthBranch } = getDayItems(epochDay, calendar, set);
  const principal = festivals.find((f) => f.kind === 'lunar') ?? festivals.find((f) => f.kind === 'solar');
  let label: string;
  let labelKind: GridLabelKind;
  if (principal !== undefined) [label, labelKind] = [principal.name, 'festival'];
  else if (term !== null) [label, labelKind] = [term, 'term'];
  else if (lunar.day === 1) [label, labelKind] = [lunar.monthName, 'month'];
  else [label, labelKind] = [lunar.dayName, 'day'];
  const score = getDayScore(model, epochDay, lunar.day, monthBranch, getDayPillarIndex(epochDay));
  const weekday = modFloor(epochDay + 4, 7);
  const [holiday, workday] = holidays(epochDay, weekday);
  return Object.freeze({
    date: formatDate(epochDay, calendar),
    day: calendar === 'iso8601' ? gregorian.day : fromEpochDayIn(calendar, epochDay).day,
    weekday,
    inMonth,
    lunar,
    label,
    labelKind,
    term,
    festivals,
    score,
    holiday,
    workday,
  });
}
