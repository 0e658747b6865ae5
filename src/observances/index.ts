/**
 * `huangli/observances`: the Buddhist (佛历) and Taoist (道历) calendars of a day, as the reference
 * implementation (`lunar-javascript`'s `Foto` and `Tao`) gives them — their eras, festivals and
 * observances, fasting days, 杨公忌, the 27 mansions, 三会, 三元, 八节, 五腊, 八会, 戊 days and 天赦 —
 * and `observanceNames`, their Traditional Chinese and English for `localize`. A subpath, so the
 * almanac's bundle carries neither the tables nor their 341 names in three languages.
 *
 * @module huangli/observances
 */
export { buddhistDay } from './buddhistDay';
export { taoistDay } from './taoistDay';
export { observanceNames } from './observanceNames';
export type {
  BuddhistDay, BuddhistFasts, BuddhistFestival, ObservanceNames, ObservanceOptions, TaoistDay, TaoistFestival,
} from './types';
