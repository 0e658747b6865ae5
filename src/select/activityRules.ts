import { activityNames } from '../data/almanac.generated';
import { rangeError, typeError } from '../internal/errors';
import type { ActivityMarker, PlainActivity } from './types';

/** The marker that says nothing is suitable. @internal */
export const NOTHING_GOOD: ActivityMarker = '诸事不宜';
/** The marker that says to take up nothing else. @internal */
export const NOTHING_ELSE: ActivityMarker = '馀事勿取';

const EXPECTED = "an activity of the 宜/忌 tables (one of `activities`, not the markers '诸事不宜' and '馀事勿取')";

/**
 * Whether the lists carry a marker, 诸事不宜 or 馀事勿取, in either list: then every activity that
 * 宜 does not name is bad. @internal
 */
export function isRestricted(yi: readonly string[], ji: readonly string[]): boolean {
  return yi.includes(NOTHING_GOOD) || yi.includes(NOTHING_ELSE) || ji.includes(NOTHING_GOOD) || ji.includes(NOTHING_ELSE);
}

/** Whether `activity` is good on a day with these lists: 宜 names it. @internal */
export function isGoodIn(yi: readonly string[], activity: string): boolean {
  return yi.includes(activity);
}

/** Whether `activity` is bad on a day with these lists: 忌 names it, or a marker excludes all that 宜 does not name. @internal */
export function isBadIn(yi: readonly string[], ji: readonly string[], activity: string): boolean {
  return ji.includes(activity) || (!yi.includes(activity) && isRestricted(yi, ji));
}

/** Validates one activity of a public call (`what` names it in messages). @internal */
export function readActivity(fn: string, what: string, value: unknown): PlainActivity {
  if (typeof value !== 'string') throw typeError(fn, what, EXPECTED, value);
  if (value === NOTHING_GOOD || value === NOTHING_ELSE || !activityNames.includes(value)) throw rangeError(fn, what, EXPECTED, value);
  return value as PlainActivity;
}
