import type { DailyAlmanac } from '../almanac/types';
import type { DateInput } from '../types';
import { isBadIn, readActivity } from './activityRules';
import { readDayLists } from './dayLists';
import type { IsBadForOptions, PlainActivity } from './types';

const FN = 'isBadFor';

/**
 * Whether a day is bad for an activity: its 忌 names the activity, or a marker rules out every
 * activity that its 宜 does not name.
 *
 * The markers are read as what they mean, in either list: `'馀事勿取'` ("take up nothing else")
 * and `'诸事不宜'` ("nothing is suitable") make bad every activity that 宜 does not name. On a
 * day whose 宜 is `['祭祀', '解除', '馀事勿取']` and 忌 `['诸事不宜']`, everything but 祭祀 and
 * 解除 is bad; on a day whose 宜 is `['诸事不宜']`, everything is. Without a marker an activity
 * that neither list names is neither good nor bad.
 *
 * @param day - A date (any date input; a time of day is ignored) or the day's almanac (`almanac(date)`), whose own lists are read.
 * @param activity - One of `activities`, not a marker.
 * @param options - For a date: `calendar`, `timeZone`, and `monthBoundary` as `almanac()` takes them.
 * @returns Whether the activity is bad on the day.
 * @throws {TypeError} If `day` is not a date input or an almanac, or `activity` is not a string.
 * @throws {RangeError} If the date is invalid or out of range, or `activity` is not an activity of the tables (or is a marker).
 * @example
 * isBadFor('2025-12-18', '开市') // 忌 … 开市 …
 * //=> true
 * @example
 * // 宜 祭祀, 解除, 馀事勿取; 忌 诸事不宜
 * [isBadFor('2025-12-14', '祭祀'), isBadFor('2025-12-14', '出行')]
 * //=> [false, true]
 * @example
 * // 宜 祭祀, 入殓, 破土 …, 馀事勿取; 忌 nothing listed: still nothing else
 * isBadFor('2026-01-11', '嫁娶')
 * //=> true
 * @example
 * // Neither list names 出行 and there is no marker: neither good nor bad
 * [isGoodFor('2025-12-18', '出行'), isBadFor('2025-12-18', '出行')]
 * //=> [false, false]
 * @category Day selection
 * @since 0.6.0
 */
export function isBadFor(day: DateInput | DailyAlmanac, activity: PlainActivity, options?: IsBadForOptions): boolean {
  const name = readActivity(FN, 'activity', activity);
  const [yi, ji] = readDayLists(FN, day, options);
  return isBadIn(yi, ji, name);
}
