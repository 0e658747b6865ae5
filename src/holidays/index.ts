/**
 * `huangli/holidays`: China's statutory holidays (法定节假日) and make-up workdays (调休), as the
 * State Council's notices set them year by year — a dated dataset, validated, replaceable with a
 * caller's own (the next year's notice, published after a release). A subpath, so that the
 * almanac's bundles do not carry the data.
 *
 * @module huangli/holidays
 */
export { holidays } from './holidays';
export { holiday } from './holiday';
export { isWorkday } from './isWorkday';
export { holidayData } from './holidayData';
export type { HolidayDataOptions } from './holidayData';
export type {
  HolidayBreak, HolidayBreakInput, HolidayData, HolidayDataOption, HolidayDay, HolidayFestival, HolidayFestivalDay, HolidayNotice, HolidayOptions,
  HolidaySchedule, HolidaysOptions, HolidayYearInput,
} from './types';
