import { typeError } from '../internal/errors';
import { getBundledData } from './bundledHolidays';
import type { HolidayData, HolidayYearInput } from './types';
import { validateHolidayYears } from './validateHolidayYears';

/**
 * Options of {@link holidayData}.
 * @category Holidays
 * @since 0.6.0
 */
export interface HolidayDataOptions {
  /**
   * Whether the bundled schedules are kept beside the years given (a year given replaces the
   * bundled one). Default `true`; `false` makes a dataset of the years given only.
   */
  readonly bundled?: boolean;
}

/**
 * Validates schedules written in the shape of the bundled data (data/holidays/schedules.json, or
 * what {@link holidays} returns) and makes the dataset that `options.data` of {@link holidays},
 * {@link holiday} and {@link isWorkday} takes — for instance with the next year's notice,
 * published after this release. The bundled data pass the same checks when they are generated.
 *
 * Each year is `{ year, notices: [{ title, dated, published, document?, url?, note? }], breaks:
 * [{ festivals: [{ name, date }], off: [first, last], workdays? }] }`, dates `'YYYY-MM-DD'`.
 * Checked, with a message naming the entry (`years[0].breaks[1].workdays[0] (2027 春节)`): the
 * shapes (an unknown field is an error); each year given once; dates that exist, in the year (元旦's
 * break may begin in the December before); each festival once a year, its day one of its break's
 * days off; at most 31 days off a break; every make-up workday a Saturday or a Sunday, within 30
 * days of its break; no day listed twice, within or across years.
 *
 * @param years - The schedules, one a year.
 * @param options - `bundled`: keep the bundled schedules beside them (default `true`).
 * @returns A frozen `{ years }`, the schedules in order of year.
 * @throws {TypeError} If an entry has the wrong shape, type or an unknown field.
 * @throws {RangeError} If a value is not allowed: a year outside 1949–9999 or given twice, a date that does not exist or is outside its year, a festival that is not a `HolidayFestival` or is listed twice, a festival's day outside its break, a break of more than 31 days off, a make-up workday that is not a Saturday or a Sunday or is more than 30 days from its break, two entries listing one day.
 * @example
 * // 2027's schedule, written when its notice is out (an illustration, not the real one)
 * const data = holidayData([{
 *   year: 2027,
 *   notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', dated: null, published: null }],
 *   breaks: [{ festivals: [{ name: '元旦', date: '2027-01-01' }], off: ['2027-01-01', '2027-01-03'] }],
 * }]);
 * [data.years.length, isWorkday('2027-01-01', { data }), holiday('2027-01-03', { data }).festival, isWorkday('2026-12-30', { data })]
 * //=> [26, false, '元旦', true]
 * @example
 * // A make-up workday on a Tuesday is rejected, naming the entry
 * const tuesday = { festivals: [{ name: '春节', date: '2027-02-06' }], off: ['2027-02-05', '2027-02-11'], workdays: ['2027-02-16'] };
 * const notices = [{ title: '国务院办公厅关于2027年部分节假日安排的通知', dated: null, published: null }];
 * (() => { try { holidayData([{ year: 2027, notices, breaks: [tuesday] }]); } catch (e) { return e.message; } })()
 * //=> 'holidayData: years[0].breaks[0].workdays[0] (2027 春节) must be a Saturday or a Sunday (a make-up workday is a weekend day worked), got "2027-02-16", a Tuesday'
 * @category Holidays
 * @since 0.6.0
 */
export function holidayData(years: readonly HolidayYearInput[], options?: HolidayDataOptions): HolidayData {
  const fn = 'holidayData';
  let bundled = true;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw typeError(fn, 'options', 'an object', options);
    if (options.bundled !== undefined && typeof options.bundled !== 'boolean') throw typeError(fn, 'options.bundled', 'a boolean', options.bundled);
    bundled = options.bundled ?? true;
  }
  const schedules = validateHolidayYears(fn, years, bundled ? getBundledData().years : []);
  return Object.freeze({ years: Object.freeze(schedules) });
}
