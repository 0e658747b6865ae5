import { activityNames } from '../data/almanac.generated';
import { almanac } from '../almanac/almanac';
import { fromEpochDayIn, getCalendarOption } from '../calendar/julianCalendar';
import { FIRST_ISO_EPOCH_DAY, LAST_EPOCH_DAY } from '../calendar/supportedRange';
import { fromLunar } from '../lunar/fromLunar';
import { toMoment } from '../input/toMoment';
import { describe } from '../internal/errors';
import { lunarDate } from '../lunar/lunarDate';
import { pillars } from '../pillars/pillars';
import type { DailyAlmanac } from '../almanac/types';
import type { CalendarOptions, LunarDate, SolarCalendar } from '../types';

/** Whether `value` is an object that is not an array (a record to read fields from). */
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** How a value is shown in a violation: primitives as in error messages, containers by their kind. */
const show = (value: unknown): string => (Array.isArray(value) ? 'an array' : isRecord(value) ? 'an object' : describe(value));

/** The text of something thrown, whatever it is. */
function thrownText(thrown: unknown): string {
  try {
    return thrown instanceof Error ? thrown.message : show(thrown);
  } catch {
    return 'something that cannot be shown';
  }
}

/** An error of the library as a violation: its message without the `fn: ` prefix. */
const asViolation = (fn: string, thrown: unknown): string => thrownText(thrown).replace(`${fn}: `, '');

function isDeepFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return true;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => isDeepFrozen(v, seen));
}

/** Whether two lunar dates are the same, field by field. */
const sameLunar = (a: LunarDate, b: LunarDate): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.leap === b.leap && a.monthName === b.monthName && a.dayName === b.dayName;

/** The one month of 28 days: the 12th of lunar year 236, where the reference changes to the 景初 calendar of 237. */
const isReformMonth = (l: LunarDate): boolean => l.year === 236 && l.month === 12 && !l.leap;

/** A lunar month as text for a violation: `2025 month 6`, `2025 leap month 6`. */
const monthText = (l: LunarDate): string => `${l.year} ${l.leap ? 'leap ' : ''}month ${l.month}`;

/**
 * Whether `next` is the month after `month` (both on their 1st day or later): the leap month of
 * the same number, the next number, or 正月 of the next year after 腊月; or one of the reference's
 * two renamings, 237's 2nd month → 4th (景初) and 8's 11th month → 正月 of 9 (始建国).
 */
function isNextMonth(month: LunarDate, next: LunarDate): boolean {
  if (next.leap) return !month.leap && next.month === month.month && next.year === month.year;
  if (next.year === month.year) return next.month === month.month + 1 || (month.year === 237 && month.month === 2 && !month.leap && next.month === 4);
  return next.year === month.year + 1 && next.month === 1 && (month.month === 12 || (month.year === 8 && month.month === 11));
}

/**
 * The library's calendar invariants for one day, as a list of the ones that fail (empty when all
 * hold). They are true statements about the reference's calendar on every day of the supported
 * range, −0721-01-01 … 9999-12-31:
 *
 * - `fromLunar(lunarDate(d))` is `d`;
 * - the next day's day pillar is one step on;
 * - the next day's lunar day is one more, in the same month, or 1 of the month after: the leap
 *   month of the same number, the next number, or 正月 of the next year after 腊月 — but for the
 *   reference's two renamings: lunar year 237 has no 3rd month (the 景初 reform made it the 4th)
 *   and lunar year 8 no 12th (王莽's 始建国 made it 正月 of year 9);
 * - a month that ends has 29 or 30 days — or 28: the 12th month of lunar year 236, where the
 *   reference changes to the 景初 calendar of 237;
 * - read in the other calendar (`'julian'` for `'iso8601'` and back, before 1582-10-15), the same day
 *   has the same lunar date;
 * - results are frozen.
 *
 * Total: an input that is not a supported day (`null`, `42`, `{ year: 2025, month: 2, day: 30 }`)
 * is reported as a violation, in the words of the error every function throws for it, rather than
 * thrown.
 *
 * @param date - A day, in any form the library's functions accept (`'YYYY-MM-DD'`, an expanded
 *   year `'-000721-01-16'`, `{ year, month, day }`, a `Date`); any other value is reported.
 * @param options - `calendar`: the calendar `date` is written in, `'iso8601'` (default) or `'julian'`.
 * @returns Descriptions of the violated invariants; `[]` when all hold.
 * @example
 * calendarViolations({ year: 2033, month: 12, day: 22 })
 * //=> []
 * @example
 * calendarViolations('0237-02-11', { calendar: 'julian' }) // the last day of the 28-day month
 * //=> []
 * @example
 * calendarViolations({ year: 2025, month: 2, day: 30 })
 * //=> ['date.day must be between 1 and 28 in 2025-02, got 30']
 * @example
 * calendarViolations('-000722-12-31')
 * //=> ['date.year must be between -721 and 9999, got "-000722-12-31"']
 * @category Testing
 * @since 0.3.0
 */
export function calendarViolations(date: unknown, options?: CalendarOptions): string[] {
  const fn = 'calendarViolations';
  let calendar: SolarCalendar;
  let epochDay: number;
  try {
    if (options !== undefined && (options === null || typeof options !== 'object')) return [`options must be an object, got ${show(options)}`];
    calendar = getCalendarOption(fn, options);
    epochDay = toMoment(fn, date, { calendar }, 'date').epochDay;
  } catch (thrown) {
    return [asViolation(fn, thrown)];
  }
  const out: string[] = [];
  try {
    const at = { calendar };
    const d = fromEpochDayIn(calendar, epochDay);
    const lunar = lunarDate(d, at);
    if (!Object.isFrozen(lunar)) out.push('lunarDate(d) is not frozen');
    // fromLunar writes the date in the calendar it is given.
    const back = fromLunar(lunar, at);
    if (back.year !== d.year || back.month !== d.month || back.day !== d.day) out.push('fromLunar(lunarDate(d)) is not d');
    if (epochDay < LAST_EPOCH_DAY) {
      const next = fromEpochDayIn(calendar, epochDay + 1);
      if (pillars(next, at).day.index !== (pillars(d, at).day.index + 1) % 60) out.push('the day pillar does not advance by one');
      const nextLunar = lunarDate(next, at);
      if (nextLunar.day !== 1) {
        if (nextLunar.day !== lunar.day + 1) out.push('the lunar day neither advances by one nor restarts at 1');
        else if (nextLunar.year !== lunar.year || nextLunar.month !== lunar.month || nextLunar.leap !== lunar.leap) {
          out.push(`the lunar month changes from ${monthText(lunar)} to ${monthText(nextLunar)} within a month`);
        }
      } else {
        if (!isNextMonth(lunar, nextLunar)) out.push(`${monthText(nextLunar)} follows ${monthText(lunar)}`);
        if (lunar.day !== 29 && lunar.day !== 30 && !(lunar.day === 28 && isReformMonth(lunar))) out.push(`the lunar month ends after ${lunar.day} days, not 29 or 30`);
      }
    }
    // The same day in the other reading (they differ before 1582-10-15; ISO starts 8 days later).
    const other: SolarCalendar = calendar === 'julian' ? 'iso8601' : 'julian';
    const inOther = fromEpochDayIn(other, epochDay);
    if ((inOther.year !== d.year || inOther.month !== d.month || inOther.day !== d.day) && epochDay >= FIRST_ISO_EPOCH_DAY) {
      if (!sameLunar(lunarDate(inOther, { calendar: other }), lunar)) out.push(`the same day read with calendar '${other}' has another lunar date`);
    }
  } catch (thrown) {
    out.push(`the library threw on a supported day: ${thrownText(thrown)}`);
  }
  return out;
}

/** Whether `path` is `under` or inside it (`a.b[1]` is inside `a.b`). */
const isWithin = (path: string, under: string): boolean =>
  path === under || path.startsWith(`${under}.`) || path.startsWith(`${under}[`);

/** At most this many differences from `almanac(date)` are listed, then how many more there are. */
const MAX_DIFFERENCES = 12;

/**
 * Lists where `got` differs from `want` (a fresh almanac page, so the walk follows its finite
 * shape), by path: `fortune.score is 11, almanac(date) has -4`, `zodiac is missing`.
 */
function differences(got: unknown, want: unknown, path: string, out: string[], skip: readonly string[]): void {
  if (skip.some((bad) => isWithin(path, bad))) return;
  const name = path === '' ? 'the page' : path;
  const child = (key: string): string => (path === '' ? key : `${path}.${key}`);
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) out.push(`${name} is ${show(got)}, almanac(date) has an array`);
    else if (got.length !== want.length) out.push(`${name} has ${got.length} ${got.length === 1 ? 'entry' : 'entries'}, almanac(date) has ${want.length}`);
    else want.forEach((w, i) => { differences(got[i], w, `${path}[${i}]`, out, skip); });
  } else if (isRecord(want)) {
    if (!isRecord(got)) {
      out.push(`${name} is ${show(got)}, almanac(date) has an object`);
      return;
    }
    for (const key of Object.keys(want)) {
      if (!(key in got)) out.push(`${child(key)} is missing`);
      else differences(got[key], want[key], child(key), out, skip);
    }
    for (const key of Object.keys(got)) if (!(key in want)) out.push(`${child(key)} is not a field of almanac(date)`);
  } else if (!(got === want || (Number.isNaN(got) && Number.isNaN(want)))) {
    out.push(`${name} is ${show(got)}, almanac(date) has ${show(want)}`);
  }
}

/** The checks of {@link almanacViolations}, which may assume nothing about `page` but may throw. */
function pageViolations(page: unknown, calendar: SolarCalendar): string[] {
  if (!isRecord(page)) return [`the page must be an object, got ${show(page)}`];
  const out: string[] = [];
  // Fields already reported as malformed, so that the comparison with almanac(date) does not repeat them.
  const malformed: string[] = [];
  const wrong = (path: string, expected: string, got: unknown): void => {
    out.push(`${path} must be ${expected}, got ${show(got)}`);
    malformed.push(path);
  };
  /** `value` as a list of strings, or undefined (reported) when it is not one. */
  const strings = (path: string, value: unknown): readonly string[] | undefined => {
    if (!Array.isArray(value)) {
      wrong(path, 'an array of strings', value);
      return undefined;
    }
    let ok = true;
    for (let i = 0; i < value.length; i++) {
      const entry: unknown = value[i];
      if (typeof entry !== 'string') { wrong(`${path}[${i}]`, 'a string', entry); ok = false; }
    }
    return ok ? (value as string[]) : undefined;
  };

  // 宜 and 忌, of the day and of each hour.
  const lists: [string, readonly string[] | undefined, readonly string[] | undefined][] = [['', strings('yi', page['yi']), strings('ji', page['ji'])]];
  const hours = page['hours'];
  if (!Array.isArray(hours)) wrong('hours', 'an array', hours);
  else {
    for (let i = 0; i < hours.length; i++) {
      const hour: unknown = hours[i];
      if (!isRecord(hour)) { wrong(`hours[${i}]`, 'an object', hour); continue; }
      const where = typeof hour['branch'] === 'string' ? `${hour['branch']}时 ` : `hours[${i}] `;
      lists.push([where, strings(`hours[${i}].yi`, hour['yi']), strings(`hours[${i}].ji`, hour['ji'])]);
    }
  }
  for (const [where, yi, ji] of lists) {
    for (const entry of [...(yi ?? []), ...(ji ?? [])]) if (!activityNames.includes(entry)) out.push(`${where}unknown activity ${entry}`);
    if (yi !== undefined && ji !== undefined) for (const entry of yi) if (ji.includes(entry)) out.push(`${where}宜 and 忌 share ${entry}`);
  }

  // The fortune score.
  const f = page['fortune'];
  if (!isRecord(f)) wrong('fortune', 'an object', f);
  else {
    const score = f['score'];
    const factors = f['factors'];
    let sum: number | undefined = 0;
    if (!Array.isArray(factors)) { wrong('fortune.factors', 'an array', factors); sum = undefined; }
    else {
      for (let i = 0; i < factors.length; i++) {
        const factor: unknown = factors[i];
        const weight = isRecord(factor) ? factor['weight'] : undefined;
        if (!isRecord(factor)) wrong(`fortune.factors[${i}]`, 'an object', factor);
        else if (typeof weight !== 'number') wrong(`fortune.factors[${i}].weight`, 'a number', weight);
        if (typeof weight === 'number' && sum !== undefined) sum += weight;
        else sum = undefined;
      }
    }
    if (typeof score !== 'number') wrong('fortune.score', 'a number', score);
    else {
      if (!Number.isInteger(score) || score < -10 || score > 10) out.push(`the score ${show(score)} is not an integer in -10 … 10`);
      if (sum !== undefined && score !== Math.max(-10, Math.min(10, sum))) out.push('the score is not the clamped sum of its factors');
    }
  }

  // The page as a value.
  if (!isDeepFrozen(page)) out.push('the page is not deeply frozen');
  try {
    const json = JSON.stringify(page);
    if (JSON.stringify(JSON.parse(json) as unknown) !== json) out.push('the page does not survive JSON');
  } catch (thrown) {
    out.push(`the page does not survive JSON: ${thrownText(thrown)}`);
  }

  // The page is what almanac(page.date) gives, field by field (its date read in its calendar).
  const date = page['date'];
  if (typeof date !== 'string' || !/^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}$/.test(date)) {
    out.push(`date must be a 'YYYY-MM-DD' string, got ${show(date)}`);
    return out;
  }
  const options = calendar === 'iso8601' ? undefined : { calendar };
  try {
    toMoment('almanacViolations', date, options, 'date');
  } catch (thrown) {
    out.push(asViolation('almanacViolations', thrown));
    return out;
  }
  const found: string[] = [];
  differences(page, almanac(date, options), '', found, malformed);
  out.push(...found.slice(0, MAX_DIFFERENCES));
  if (found.length > MAX_DIFFERENCES) out.push(`… and ${found.length - MAX_DIFFERENCES} more differences from almanac(date)`);
  return out;
}

/**
 * The invariants of an almanac page, as a list of the ones that fail (empty when all hold):
 * every 宜/忌 entry (of the day and of each hour) is a known activity and 宜 and 忌 share none; the
 * fortune score is an integer in −10 … 10 that equals the clamped sum of its factors; the page is
 * deeply frozen, survives JSON unchanged, and is what `almanac(page.date)` gives, field by field
 * (each difference names its path, such as `fortune.score` or `hours[3].clash.direction`), on any
 * day of the supported range. A page made with `{ calendar: 'julian' }` has its dates written in
 * that calendar: check it with the same option. Total: any value can be checked, and what is
 * missing or of the wrong type (`{}`, `null`, a page without `yi`) is reported as a violation
 * rather than thrown.
 *
 * @param page - A {@link DailyAlmanac}, or any value to check as one.
 * @param options - `calendar`: the one the page was made with, `'iso8601'` (default) or `'julian'`.
 * @returns Descriptions of the violated invariants; `[]` when all hold.
 * @example
 * almanacViolations(almanac('2025-12-18'))
 * //=> []
 * @example
 * almanacViolations({ ...almanac('2025-12-18'), yi: ['交易'], ji: ['交易'] })
 * //=> ['宜 and 忌 share 交易', 'the page is not deeply frozen', 'yi has 1 entry, almanac(date) has 8', 'ji has 1 entry, almanac(date) has 10']
 * @example
 * almanacViolations({ ...almanac('2025-12-18'), weekday: 5 })
 * //=> ['the page is not deeply frozen', 'weekday is 5, almanac(date) has 4']
 * @example
 * almanacViolations({}).slice(0, 2)
 * //=> ['yi must be an array of strings, got undefined', 'ji must be an array of strings, got undefined']
 * @example
 * almanacViolations(almanac('1000-02-29', { calendar: 'julian' }), { calendar: 'julian' })
 * //=> []
 * @category Testing
 * @since 0.3.0
 */
export function almanacViolations(page: unknown, options?: CalendarOptions): string[] {
  let calendar: SolarCalendar;
  try {
    if (options !== undefined && (options === null || typeof options !== 'object')) return [`options must be an object, got ${show(options)}`];
    calendar = getCalendarOption('almanacViolations', options);
  } catch (thrown) {
    return [asViolation('almanacViolations', thrown)];
  }
  try {
    return pageViolations(page, calendar);
  } catch (thrown) {
    // Only a hostile value gets here (a getter or a proxy that throws): still a list, never a throw.
    return [`checking the page threw: ${thrownText(thrown)}`];
  }
}
