/**
 * `huangli/ics`: the Chinese calendar as an iCalendar (RFC 5545) file — solar terms, traditional
 * festivals, China's statutory holidays and the days' 宜/忌 — for any calendar app, with {@link toICalendar}.
 *
 * @module huangli/ics
 */
export { toICalendar } from './toICalendar';
export type { ICalendarInclude, ToICalendarOptions } from './types';
