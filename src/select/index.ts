/**
 * `huangli/select`: choosing days (择日) — {@link findDays} searches a range of days for those
 * whose almanac satisfies a query, and {@link isGoodFor} / {@link isBadFor} say whether a day
 * suits an activity, with the markers 诸事不宜 and 馀事勿取 read as what they mean. A subpath, so
 * the almanac's script-tag bundle does not carry it.
 *
 * @module huangli/select
 */
export { findDays } from './findDays';
export { isGoodFor } from './isGoodFor';
export { isBadFor } from './isBadFor';
export type {
  ActivityMarker, ClashTarget, FindDaysOptions, FindDaysQuery, FindDaysReason, FoundDay, IsBadForOptions, IsGoodForOptions, PlainActivity,
} from './types';
