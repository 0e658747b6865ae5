import { getCalendarOption } from '../calendar/julianCalendar';
import { readFestivalsOption } from '../festivals/readFestivalsOption';
import type { FestivalSet } from '../festivals/types';
import type { FortuneModel } from '../fortune/fortuneModel';
import type { HolidayData } from '../holidays/types';
import { readFortuneSettings } from '../fortune/readFortuneSettings';
import { rangeError, typeError } from '../internal/errors';
import type { SolarCalendar } from '../types';
import { readHolidayDataOption } from './getHolidayLookup';
import type { MonthGridOptions, WeekStart } from './types';

/** The validated options of a grid. @internal */
export interface GridSettings {
  readonly calendar: SolarCalendar;
  readonly weekStart: WeekStart;
  readonly fixedWeeks: boolean;
  readonly model: FortuneModel;
  /** `undefined`: the bundled holiday data. */
  readonly holidayData: HolidayData | undefined;
  /** `undefined`: the traditional festivals only. */
  readonly festivals: FestivalSet | undefined;
}

/** Validates the options shared by {@link monthGrid} and {@link lunarMonthGrid}. @internal */
export function readGridOptions(fn: string, options: MonthGridOptions | undefined): GridSettings {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) throw typeError(fn, 'options', 'an object', options);
  const calendar = getCalendarOption(fn, options);
  const weekStart: unknown = options?.weekStart ?? 'monday';
  if (weekStart !== 'monday' && weekStart !== 'sunday') {
    if (typeof weekStart !== 'string') throw typeError(fn, 'options.weekStart', "'monday' or 'sunday'", weekStart);
    throw rangeError(fn, 'options.weekStart', "'monday' or 'sunday'", weekStart);
  }
  const fixedWeeks: unknown = options?.fixedWeeks ?? false;
  if (typeof fixedWeeks !== 'boolean') throw typeError(fn, 'options.fixedWeeks', 'a boolean', fixedWeeks);
  const { model } = readFortuneSettings(fn, options?.model, undefined);
  return { calendar, weekStart, fixedWeeks, model, holidayData: readHolidayDataOption(fn, options?.holidayData), festivals: readFestivalsOption(fn, options?.festivals) };
}
