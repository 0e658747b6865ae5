import type { DailyAlmanac } from '../almanac/types';
import type { DateInput } from '../types';
import { isGoodIn, readActivity } from './activityRules';
import { readDayLists } from './dayLists';
import type { IsGoodForOptions, PlainActivity } from './types';

const FN = 'isGoodFor';

/**
 * Whether a day is good for an activity: its 宜 names the activity.
 *
 * The markers are read as what they mean. `'馀事勿取'` ("take up nothing else") and `'诸事不宜'`
 * ("nothing is suitable") leave good only what 宜 names beside them: on a day whose 宜 is
 * `['祭祀', '解除', '馀事勿取']` and 忌 `['诸事不宜']` only 祭祀 and 解除 are good, and on a day
 * whose 宜 is `['诸事不宜']` nothing is. An activity is never both good and bad
 * ({@link isBadFor}); on most days most activities are neither.
 *
 * @param day - A date (any date input; a time of day is ignored) or the day's almanac (`almanac(date)`), whose own lists are read.
 * @param activity - One of `activities`, not a marker.
 * @param options - For a date: `calendar`, `timeZone`, and `monthBoundary` as `almanac()` takes them.
 * @returns Whether the activity is good on the day.
 * @throws {TypeError} If `day` is not a date input or an almanac, or `activity` is not a string.
 * @throws {RangeError} If the date is invalid or out of range, or `activity` is not an activity of the tables (or is a marker).
 * @example
 * isGoodFor('2025-12-22', '开市') // 宜 交易, 立券 … but not 开市
 * //=> false
 * @example
 * isGoodFor('2026-01-05', '开市')
 * //=> true
 * @example
 * // 宜 祭祀, 解除, 馀事勿取; 忌 诸事不宜: only what 宜 names is good
 * [isGoodFor('2025-12-14', '祭祀'), isGoodFor('2025-12-14', '出行')]
 * //=> [true, false]
 * @example
 * isGoodFor(almanac('2025-12-18'), '安床')
 * //=> true
 * @category Day selection
 * @since 0.6.0
 */
export function isGoodFor(day: DateInput | DailyAlmanac, activity: PlainActivity, options?: IsGoodForOptions): boolean {
  const name = readActivity(FN, 'activity', activity);
  const [yi] = readDayLists(FN, day, options);
  return isGoodIn(yi, name);
}
