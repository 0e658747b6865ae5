import { getFirstEpochDay, LAST_EPOCH_DAY } from '../calendar/supportedRange';
import { modFloor } from '../internal/math';
import { getGridDay } from './getGridDay';
import { getHolidayLookup } from './getHolidayLookup';
import type { GridSettings } from './readGridOptions';
import type { GridLayout, GridWeek } from './types';

const MONDAY_FIRST = Object.freeze([1, 2, 3, 4, 5, 6, 0]);
const SUNDAY_FIRST = Object.freeze([0, 1, 2, 3, 4, 5, 6]);

/**
 * The weeks around the consecutive days `first … last` (epoch days, the month's): from the start of
 * the week of `first` to the end of the week of `last` (six weeks with `fixedWeeks`), days beyond
 * the supported range of `calendar` left `null`. @internal
 */
export function layoutWeeks(first: number, last: number, days: number, settings: GridSettings): GridLayout {
  const { calendar, weekStart, fixedWeeks, model, festivals } = settings;
  const startWeekday = weekStart === 'monday' ? 1 : 0;
  const start = first - modFloor(first + 4 - startWeekday, 7); // 1970-01-01 was a Thursday (4)
  const weekCount = fixedWeeks ? 6 : Math.ceil((last - start + 1) / 7);
  const lowest = getFirstEpochDay(calendar);
  const holidays = getHolidayLookup(settings.holidayData, start, start + 7 * weekCount - 1);
  const weeks: GridWeek[] = [];
  for (let w = 0; w < weekCount; w++) {
    const week = [];
    for (let d = 0; d < 7; d++) {
      const epochDay = start + 7 * w + d;
      week.push(epochDay < lowest || epochDay > LAST_EPOCH_DAY ? null : getGridDay(epochDay, calendar, epochDay >= first && epochDay <= last, model, holidays, festivals));
    }
    weeks.push(Object.freeze(week));
  }
  return { calendar, weekStart, weekdays: weekStart === 'monday' ? MONDAY_FIRST : SUNDAY_FIRST, days, weeks: Object.freeze(weeks) };
}
