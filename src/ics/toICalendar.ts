import { getClash } from '../almanac/getClash';
import { getDayRules } from '../almanac/ruleTables';
import type { Festival } from '../almanac/types';
import { readFestivalsOption } from '../festivals/readFestivalsOption';
import { formatInstant } from '../astro/formatInstant';
import { getTermSecond } from '../astro/termInstants';
import { fromEpochDay, toEpochDay } from '../calendar/epochDay';
import { getDayItems } from '../grid/getDayItems';
import { readHolidayDataOption } from '../grid/getHolidayLookup';
import { getHolidayFestivalName } from '../i18n/holidayFestivalNames';
import { localize, type Locale } from '../i18n/localize';
import { toMoment } from '../input/toMoment';
import { getDateValue } from '../internal/dateValue';
import { describe, rangeError, typeError } from '../internal/errors';
import { buildBuddhistDay } from '../observances/buddhistDay';
import { observanceNames } from '../observances/observanceNames';
import { buildTaoistDay } from '../observances/taoistDay';
import { getDayPillarIndex } from '../pillars/getPillarIndices';
import { escapeText } from './escapeText';
import { foldLine } from './foldLine';
import { getHolidayDays } from './getHolidayDays';
import { ICS_LABELS } from './labels';
import type { ICalendarInclude, ToICalendarOptions } from './types';

const FN = 'toICalendar';
const INCLUDES: readonly ICalendarInclude[] = ['terms', 'festivals', 'holidays', 'yiji', 'buddhist', 'taoist'];
const FASTS = ['newAndFullMoon', 'sixDays', 'tenDays', 'guanYin'] as const;
const DEFAULT_INCLUDE: readonly ICalendarInclude[] = ['terms', 'festivals'];
/** The DTSTAMP without `options.now`: the Unix epoch. */
const DEFAULT_STAMP = '19700101T000000Z';
const PRODID = '-//huangli//huangli Chinese almanac//EN';
/** An iCalendar DATE has a four-digit year. */
const FIRST_DAY = /* @__PURE__ */ toEpochDay(0, 1, 1);
const LAST_DAY = /* @__PURE__ */ toEpochDay(9999, 12, 31);
const EXPECTED_DAY = 'a day within 0000-01-01 … 9999-12-31 (an iCalendar DATE has a four-digit year)';
/**
 * The most days a file with `'yiji'` (an event a day) spans: 400 Gregorian years, about 77 MB of
 * UTF-8 in Chinese and 118 MB in English. Without the cap, 'yiji' over millennia outgrows the longest string
 * the engine can build (`RangeError: Invalid string length`, after half a minute).
 */
const MAX_YIJI_DAYS = 146097;

const two = (n: number): string => (n < 10 ? '0' : '') + String(n);

/** `YYYYMMDD` of an epoch day (0000 … 9999). */
function formatDateValue(epochDay: number): string {
  const { year, month, day } = fromEpochDay(epochDay);
  return String(year).padStart(4, '0') + two(month) + two(day);
}

/** `YYYYMMDDTHHMMSSZ` of a Unix time in milliseconds. */
function formatStamp(fn: string, now: unknown): string {
  if (now === undefined) return DEFAULT_STAMP;
  const time = getDateValue(now);
  if (time === undefined || Number.isNaN(time)) throw typeError(fn, 'options.now', 'a valid Date', now);
  const d = new Date(time);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) throw rangeError(fn, 'options.now', 'a Date within the years 0000 … 9999 (UTC)', now);
  return `${String(year).padStart(4, '0')}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
}

function readInclude(value: unknown): ReadonlySet<ICalendarInclude> {
  if (value === undefined) return new Set(DEFAULT_INCLUDE);
  const expected = `an array of at least one of '${INCLUDES.join("', '")}'`;
  if (!Array.isArray(value)) throw typeError(FN, 'options.include', expected, value);
  if (value.length === 0) throw rangeError(FN, 'options.include', expected, value);
  for (const item of value as unknown[]) {
    if (!INCLUDES.includes(item as ICalendarInclude)) throw (typeof item === 'string' ? rangeError : typeError)(FN, 'options.include', expected, item);
  }
  return new Set(value as ICalendarInclude[]);
}

function readDay(value: unknown, what: 'from' | 'to'): number {
  if (value === undefined) throw new TypeError(`${FN}: options.${what} must be a date such as '2026-01-01', but options has no ${what}`);
  const { epochDay } = toMoment(FN, value, undefined, `options.${what}`);
  if (epochDay < FIRST_DAY || epochDay > LAST_DAY) throw rangeError(FN, `options.${what}`, EXPECTED_DAY, value);
  return epochDay;
}

/**
 * An iCalendar file (RFC 5545) of the Chinese calendar between two days, for a phone's or a
 * desktop's calendar app: one all-day `VEVENT` per solar term, per traditional festival, per day
 * off and make-up workday of China's statutory holidays (`'holidays'`), and (with `'yiji'`) per day
 * for its 宜/忌, in the language asked for.
 *
 * The file is exact RFC 5545: CRLF line ends, lines folded at 75 octets of UTF-8 (never inside a
 * character), TEXT escaped (`\\`, `\;`, `\,`, `\n`), `VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN`
 * and `X-WR-CALNAME` (the calendar's name in the language). Each event has:
 * - `UID`: `<YYYYMMDD>-<kind>-<name>@huangli`, the kind `term`, `festival`, `holiday` (a day off),
 *   `workday` (a make-up workday; the name is the break's festival), `buddhist`, `buddhist-other`,
 *   `taoist`, or `buddhist-fast` and `yiji` (which have no name),
 *   the name the canonical (Simplified Chinese) one percent-encoded as by
 *   `encodeURIComponent` (`20251221-term-%E5%86%AC%E8%87%B3@huangli` for 冬至): the same event has
 *   the same UID in every file and every language, so importing a file again updates its events;
 * - `DTSTAMP`: `options.now`, or `19700101T000000Z` (the library never reads the clock);
 * - `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` (the next day; on 9999-12-31, which has no next
 *   day in four digits, no `DTEND`: RFC 5545 then reads the event as one day);
 * - `SUMMARY` and, for most, `DESCRIPTION`, with `LANGUAGE`; `TRANSP:TRANSPARENT` (not busy).
 *
 * Events are in date order; on one day: the holiday, the term, the festivals (in the almanac's
 * order), the Buddhist fasting days, festivals and other festivals, the Taoist festivals, the 宜/忌. With `'holidays'` every year of the range must have a schedule in the holiday
 * data (the bundled data: 2002 … 2026; `options.holidayData` adds more); the days of the next year's
 * 元旦 break that fall in the last December of the range are there only if that year's schedule is.
 * Dates are proleptic Gregorian (what `CALSCALE:GREGORIAN` means), 0000-01-01 … 9999-12-31. A year
 * of terms and festivals is about 18 KB (66 events in 2026); `'yiji'` adds about 180 KB in Chinese,
 * 290 KB in English, and spans at most 146,097 days (400 Gregorian years: 1800-01-01 … 2199-12-31,
 * about 77 MB in Chinese, 118 MB in English, written in a few seconds); the whole range 0000 … 9999
 * of terms and festivals is about 184 MB in English.
 *
 * @param options - `from` and `to` (inclusive), `include` (default `['terms', 'festivals']`), `lang` (default `'zh-Hans'`), `now` (the DTSTAMP), `holidayData`, `festivals` (a festival set of huangli/festivals to add).
 * @returns The calendar, a string of CRLF-terminated lines.
 * @throws {TypeError} If `options` is not an object, `from`/`to` is missing or not a date, `include` not an array, `now` not a valid Date, `holidayData` not made by `holidayData()`, `festivals` not a festival set.
 * @throws {RangeError} If a day does not exist or is outside 0000-01-01 … 9999-12-31, `to` is before `from` (or with `'yiji'` 146,097 days or more after it), `include` is empty or names an unknown item, `lang` is unknown, or with `'holidays'` a year of the range has no holiday schedule in the data.
 * @example
 * const ics = toICalendar({ from: '2025-12-21', to: '2025-12-21', include: ['terms'] });
 * ics.split('\r\n').slice(0, 5)
 * //=> ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//huangli//huangli Chinese almanac//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME;LANGUAGE=zh-Hans:黄历']
 * ics.split('\r\n').slice(5)
 * //=> ['BEGIN:VEVENT', 'UID:20251221-term-%E5%86%AC%E8%87%B3@huangli', 'DTSTAMP:19700101T000000Z', 'DTSTART;VALUE=DATE:20251221', 'DTEND;VALUE=DATE:20251222', 'SUMMARY;LANGUAGE=zh-Hans:冬至', 'DESCRIPTION;LANGUAGE=zh-Hans:2025-12-21T23:03:05+08:00', 'TRANSP:TRANSPARENT', 'END:VEVENT', 'END:VCALENDAR', '']
 * @example
 * // One event a day for its 宜/忌 (unfolded here: the file folds lines at 75 octets)
 * const day = toICalendar({ from: '2025-12-18', to: '2025-12-18', include: ['yiji'], lang: 'en' }).replaceAll('\r\n ', '');
 * day.split('\r\n').find((line) => line.startsWith('SUMMARY'))
 * //=> 'SUMMARY;LANGUAGE=en:Favourable: Sacrifice to ancestors\\, Consecrate an image\\, Cut hair · Avoid: Fell trees\\, Acquire livestock\\, Break ground for a grave'
 * @example
 * // A year of terms and festivals: 24 terms, the festivals, 清明节 and 冬至节
 * toICalendar({ from: '2026-01-01', to: '2026-12-31' }).match(/^BEGIN:VEVENT/gm).length
 * //=> 66
 * @example
 * // China's statutory holidays: 国庆节 2025 (with 中秋节), its days off and make-up workdays
 * const autumn = toICalendar({ from: '2025-09-28', to: '2025-10-11', include: ['holidays'] }).split('\r\n');
 * autumn.filter((line) => line.startsWith('SUMMARY')).slice(0, 3)
 * //=> ['SUMMARY;LANGUAGE=zh-Hans:国庆节、中秋节 调休上班', 'SUMMARY;LANGUAGE=zh-Hans:国庆节、中秋节 放假', 'SUMMARY;LANGUAGE=zh-Hans:国庆节、中秋节 放假']
 * @example
 * // The Buddhist and Taoist days of 四月初八 2025 (huangli/observances), in English
 * const vesak = toICalendar({ from: '2025-05-05', to: '2025-05-05', include: ['buddhist', 'taoist'], lang: 'en' }).replaceAll('\r\n ', '').split('\r\n');
 * vesak.filter((line) => line.startsWith('SUMMARY')).slice(0, 3)
 * //=> ['SUMMARY;LANGUAGE=en:Six fasting days\\, Ten fasting days', 'SUMMARY;LANGUAGE=en:Birthday of Shakyamuni Buddha', 'SUMMARY;LANGUAGE=en:Benevolent assembly of all the gods']
 * @category iCalendar
 * @since 0.6.0
 */
export function toICalendar(options: ToICalendarOptions): string {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw typeError(FN, 'options', 'an object { from, to, include?, lang?, now? }', options);
  const from = readDay(options.from, 'from');
  const to = readDay(options.to, 'to');
  if (to < from) throw rangeError(FN, 'options.to', `a day on or after options.from (${describe(options.from)})`, options.to);
  const include = readInclude(options.include);
  if (include.has('yiji') && to - from >= MAX_YIJI_DAYS) {
    throw rangeError(FN, 'options.to', `with include 'yiji' (an event a day), a day less than 146,097 days (400 years) after options.from (${describe(options.from)})`, options.to);
  }
  const lang: unknown = options.lang ?? 'zh-Hans';
  if (lang !== 'zh-Hans' && lang !== 'zh-Hant' && lang !== 'en') {
    throw (typeof lang === 'string' ? rangeError : typeError)(FN, 'options.lang', "'zh-Hans', 'zh-Hant' or 'en'", lang);
  }
  const stamp = formatStamp(FN, options.now);
  const holidayData = readHolidayDataOption(FN, options.holidayData);
  const set = readFestivalsOption(FN, options.festivals);
  const localizeOptions = set === undefined ? undefined : { festivals: set };
  const L = ICS_LABELS[lang];
  const text = (name: string, value: string): string => foldLine(`${name};LANGUAGE=${lang}:${escapeText(value)}`);
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', text('X-WR-CALNAME', L.calendar)];
  const event = (epochDay: number, uid: string, summary: string, description: string | undefined): void => {
    const date = formatDateValue(epochDay);
    lines.push('BEGIN:VEVENT', foldLine(`UID:${date}-${uid}@huangli`), `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${date}`);
    if (epochDay < LAST_DAY) lines.push(`DTEND;VALUE=DATE:${formatDateValue(epochDay + 1)}`);
    lines.push(text('SUMMARY', summary));
    if (description !== undefined) lines.push(text('DESCRIPTION', description));
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  };
  const terms = include.has('terms');
  const festivals = include.has('festivals');
  const yiji = include.has('yiji');
  const buddhist = include.has('buddhist');
  const taoist = include.has('taoist');
  const observed = { names: observanceNames };
  const holidays = include.has('holidays') ? getHolidayDays(FN, holidayData, from, to) : undefined;
  for (let epochDay = from; epochDay <= to; epochDay++) {
    const entry = holidays?.get(epochDay);
    if (entry !== undefined) {
      const { day } = entry;
      const festivals = day.festivals.map((name) => getHolidayFestivalName(name, lang)).join(L.listSeparator);
      const { off, workdays } = entry.break;
      const description = [
        `${L.offDays}${L.colon}${off[0]}${L.to}${off[1]}`,
        `${L.workdays}${L.colon}${workdays.length === 0 ? L.none : workdays.join(L.listSeparator)}`,
        entry.notice,
      ].join('\n');
      event(epochDay, `${day.kind === 'off' ? 'holiday' : 'workday'}-${encodeURIComponent(day.festival)}`, (day.kind === 'off' ? L.off : L.workday).replace('{}', festivals), description);
    }
    const items = getDayItems(epochDay, 'iso8601', set);
    const lunar = localize(items.lunar, lang as Locale);
    const lunarLine = `${L.lunar}${L.colon}${lunar.monthName}${lang === 'en' ? ', ' : ''}${lunar.dayName}`;
    if (terms && items.term !== null && items.termNumber !== null) {
      event(epochDay, `term-${encodeURIComponent(items.term)}`, localize({ term: items.term }, lang as Locale).term, formatInstant(getTermSecond(items.termNumber)));
    }
    if (festivals) {
      for (const festival of items.festivals) {
        event(epochDay, `festival-${encodeURIComponent(festival.name)}`, (localize(festival, lang as Locale, localizeOptions) as Festival).name, lunarLine);
      }
    }
    if (buddhist) {
      const day = buildBuddhistDay({ ...items, epochDay });
      const b = localize(day, lang as Locale, observed);
      const fasts = FASTS.filter((k) => day.fasts[k]).map((k) => L[k]);
      if (fasts.length > 0) event(epochDay, 'buddhist-fast', fasts.join(L.listSeparator), lunarLine);
      b.festivals.forEach((f, i) => {
        event(epochDay, `buddhist-${encodeURIComponent(day.festivals[i]!.name)}`, f.name, [f.result, f.remark, lunarLine].filter((line) => line !== null).join('\n'));
      });
      b.otherFestivals.forEach((name, i) => event(epochDay, `buddhist-other-${encodeURIComponent(day.otherFestivals[i]!)}`, name, lunarLine));
    }
    if (taoist) {
      const day = buildTaoistDay({ ...items, epochDay });
      localize(day, lang as Locale, observed).festivals.forEach((f, i) => {
        event(epochDay, `taoist-${encodeURIComponent(day.festivals[i]!.name)}`, f.name, [f.remark, lunarLine].filter((line) => line !== null).join('\n'));
      });
    }
    if (yiji) {
      const dayPillar = getDayPillarIndex(epochDay);
      const [yi, ji] = getDayRules(items.monthBranch, dayPillar);
      const words = localize({ yi, ji }, lang as Locale);
      const list = (names: readonly string[], separator: string): string => (names.length === 0 ? L.none : names.join(separator));
      const summary = `${L.yi}${L.colon}${list(words.yi.slice(0, 3), L.separator)}${L.between}${L.ji}${L.colon}${list(words.ji.slice(0, 3), L.separator)}`;
      const clash = localize(getClash(dayPillar % 10, dayPillar % 12), lang as Locale).text;
      const description = [lunarLine, `${L.yi}${L.colon}${list(words.yi, L.listSeparator)}`, `${L.ji}${L.colon}${list(words.ji, L.listSeparator)}`, clash].join('\n');
      event(epochDay, 'yiji', summary, description);
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
