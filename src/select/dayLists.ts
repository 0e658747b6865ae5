import type { DailyAlmanac } from '../almanac/types';
import { getDayRules } from '../almanac/ruleTables';
import type { Moment } from '../input/toMoment';
import { toMoment } from '../input/toMoment';
import { rangeError, typeError } from '../internal/errors';
import { getDayPillarIndex, getMonthPillarIndex, getSolarMonthNumber } from '../pillars/getPillarIndices';
import type { DateInput } from '../types';
import type { IsGoodForOptions } from './types';

/** Validates `options.monthBoundary` as `almanac()` does. @internal */
export function readMonthBoundary(fn: string, options: { readonly monthBoundary?: unknown } | undefined): 'day' | 'instant' {
  const value = options?.monthBoundary ?? 'day';
  if (value !== 'day' && value !== 'instant') throw rangeError(fn, 'options.monthBoundary', "'day' or 'instant'", value);
  return value;
}

/** The month branch that keys a day's 宜/忌 (as `almanac()` finds it): by the 节's day, or at 00:00 of the day. @internal */
export function getRulesMonthBranch(moment: Moment, monthBoundary: 'day' | 'instant'): number {
  const plainDay = moment.hasTime ? { ...moment, hasTime: false, hour: 0, minute: 0, second: 0, cstSeconds: moment.epochDay * 86400 } : moment;
  return getMonthPillarIndex(getSolarMonthNumber(plainDay, monthBoundary === 'instant')) % 12;
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/**
 * The 宜 and 忌 of `day`: its own lists when it is an almanac (an object with `yi` and `ji`
 * arrays), else those of the date, read with `options`. @internal
 */
export function readDayLists(fn: string, day: DateInput | DailyAlmanac, options: IsGoodForOptions | undefined): readonly [readonly string[], readonly string[]] {
  if (day !== null && typeof day === 'object' && ('yi' in day || 'ji' in day)) {
    const { yi, ji } = day as { yi?: unknown; ji?: unknown };
    if (!isStringList(yi)) throw typeError(fn, 'day.yi', 'an array of activities (the day is read as an almanac)', yi);
    if (!isStringList(ji)) throw typeError(fn, 'day.ji', 'an array of activities (the day is read as an almanac)', ji);
    return [yi, ji];
  }
  const moment = toMoment(fn, day, options, 'day');
  const monthBoundary = readMonthBoundary(fn, options);
  return getDayRules(getRulesMonthBranch(moment, monthBoundary), getDayPillarIndex(moment.epochDay));
}
