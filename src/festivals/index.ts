/**
 * `huangli/festivals`: the Gregorian and international days (元旦节, 国庆节, 母亲节, 世界地球日 …)
 * as a value to pass to `almanac` and `localize` (`{ festivals: gregorianFestivals }`), with their
 * Traditional Chinese and English, and `festivalSet` to make a set of your own. A subpath, so that
 * the main bundle, which lists the traditional festivals, carries neither the days nor the checks:
 * only the applications that import them pay for them.
 *
 * @module huangli/festivals
 */
export { gregorianFestivals } from './gregorianFestivals';
export { festivalSet } from './festivalSet';
export type { FestivalNameRendering, FestivalSet, FestivalSetInput, FestivalWeekdayRule } from './types';
