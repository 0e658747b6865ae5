// The data of a <huangli-month> page: six weeks of days around a month, each with what its cell shows.
import { almanac } from '../almanac/almanac';
import type { Festival } from '../almanac/types';
import { formatDate, getDaysInMonthIn, toEpochDayIn } from '../calendar/julianCalendar';
import { LAST_EPOCH_DAY, getFirstEpochDay } from '../calendar/supportedRange';
import type { HolidayDay } from '../holidays/types';
import { modFloor } from '../internal/math';
import type { LunarDate, SolarCalendar, SolarTermName } from '../types';
import { findHoliday, type PageHolidays } from './findHoliday';
import { weekdayOf, type MonthWeekStart } from './monthNav';

/** A day of the page. */
export interface PageDay {
  readonly date: string;
  readonly epochDay: number;
  readonly day: number;
  readonly weekday: number;
  readonly inMonth: boolean;
  readonly lunar: LunarDate;
  readonly label: string;
  readonly labelKind: 'festival' | 'term' | 'month' | 'day';
  readonly term: SolarTermName | null;
  readonly festivals: readonly Festival[];
  readonly score: number;
  /**
   * China's statutory holiday entry of the day (`huangli/holidays`): a day off (休) or a make-up
   * workday (班); `null` on other days, on days the data does not cover (a year without a
   * published schedule: never a guess), and when the page shows no holidays.
   */
  readonly holiday: HolidayDay | null;
}

/** A page: the column order (weekdays, 0 = Sunday) and six weeks, `null` for a day beyond the supported range. */
export interface MonthPage {
  readonly year: number;
  readonly month: number;
  readonly weekdays: readonly number[];
  readonly weeks: readonly (readonly (PageDay | null)[])[];
}

/**
 * The page of `year`-`month` in `calendar`, with the holidays of `holidays`.
 * @throws Whatever the library throws for a bad year, month or calendar.
 */
export function monthPage(year: number, month: number, weekStart: MonthWeekStart, calendar: SolarCalendar, holidays?: PageHolidays): MonthPage {
  // The library checks the year, month and calendar (and says what it expected).
  almanac({ year, month, day: 1 }, { calendar });
  const first = toEpochDayIn(calendar, year, month, 1);
  const last = toEpochDayIn(calendar, year, month, getDaysInMonthIn(calendar, year, month));
  const startWeekday = weekStart === 'monday' ? 1 : 0;
  const start = first - modFloor(weekdayOf(first) - startWeekday, 7);
  const lowest = getFirstEpochDay(calendar);
  const weeks: (PageDay | null)[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: (PageDay | null)[] = [];
    for (let d = 0; d < 7; d++) {
      const epochDay = start + 7 * w + d;
      if (epochDay < lowest || epochDay > LAST_EPOCH_DAY) {
        week.push(null);
        continue;
      }
      const date = formatDate(epochDay, calendar);
      const a = almanac(date, { calendar });
      const principal = a.festivals.find((f) => f.kind === 'lunar');
      const term = a.solarTerm?.name ?? null;
      const [label, labelKind] = principal !== undefined ? [principal.name, 'festival' as const]
        : term !== null ? [term, 'term' as const]
        : a.lunar.day === 1 ? [a.lunar.monthName, 'month' as const]
        : [a.lunar.dayName, 'day' as const];
      week.push({
        date, epochDay, day: Number(date.slice(-2)), weekday: a.weekday, inMonth: epochDay >= first && epochDay <= last,
        lunar: a.lunar, label, labelKind, term, festivals: a.festivals, score: a.fortune.score, holiday: findHoliday(date, calendar, holidays),
      });
    }
    weeks.push(week);
  }
  const weekdays = weekStart === 'monday' ? [1, 2, 3, 4, 5, 6, 0] : [0, 1, 2, 3, 4, 5, 6];
  return { year, month, weekdays, weeks };
}
