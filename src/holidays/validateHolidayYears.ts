import { describe } from '../internal/errors';
import { formatDay, getWeekday, parseDay } from './days';
import { FESTIVALS } from './festivals';
import { freezeBreak, toSchedule } from './toSchedule';
import type { HolidayBreak, HolidayFestival, HolidayFestivalDay, HolidayNotice, HolidaySchedule } from './types';

/** The years a schedule may be for: the People's Republic's statutory holidays date from 1949. */
const FIRST_SCHEDULE_YEAR = 1949;
const LAST_SCHEDULE_YEAR = 9999;
/** The longest break accepted (2020's extended 春节 had 10 days). */
const MAX_BREAK_DAYS = 31;
/** How far a make-up workday may be from its break's days off. */
const MAX_WORKDAY_DISTANCE = 30;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const YEAR_FIELDS = ['year', 'notices', 'breaks', 'days'];
const NOTICE_FIELDS = ['title', 'document', 'dated', 'published', 'url', 'note'];
const BREAK_FIELDS = ['festivals', 'off', 'workdays'];
const FESTIVAL_FIELDS = ['name', 'date'];

type Fail = (what: string, expected: string, got: unknown, after?: string) => never;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Validates schedules as a caller (or data/holidays/schedules.json) writes them, and returns them
 * with `base` (schedules already valid, e.g. the bundled ones) as one frozen list in order of year,
 * a year given replacing the base's. Every check names the entry: `years[i].breaks[j]… (year 春节)`.
 *
 * Checks: the shapes (unknown fields are errors, to catch a misspelt `workday`); years 1949 … 9999,
 * each given once; at least one notice, with a title, `dated` and `published` (a date or null);
 * dates `'YYYY-MM-DD'` that exist, in the year (元旦's break may begin in the December before);
 * each festival named once a year, its day one of its break's days off; at most 31 days off a
 * break; every make-up workday a Saturday or a Sunday within 30 days of its break; no day listed
 * twice, within or across years (a day off and a workday, two breaks' days off).
 * @internal
 */
export function validateHolidayYears(fn: string, input: unknown, base: readonly HolidaySchedule[]): HolidaySchedule[] {
  const fail: Fail = (what, expected, got, after = '') => {
    throw new RangeError(`${fn}: ${what} must be ${expected}, got ${describe(got)}${after}`);
  };
  const failType: Fail = (what, expected, got) => {
    throw new TypeError(`${fn}: ${what} must be ${expected}, got ${describe(got)}`);
  };
  if (!Array.isArray(input)) failType('years', 'an array of year schedules { year, notices, breaks }', input);
  const years = input as readonly unknown[];
  const given = new Map<number, number>();
  years.forEach((entry, i) => {
    if (!isRecord(entry)) failType(`years[${i}]`, 'an object { year, notices, breaks }', entry);
    const year = (entry as Record<string, unknown>)['year'];
    if (typeof year !== 'number' || !Number.isInteger(year)) failType(`years[${i}].year`, 'an integer', year);
    const y = year as number;
    if (y < FIRST_SCHEDULE_YEAR || y > LAST_SCHEDULE_YEAR) fail(`years[${i}].year`, `between ${FIRST_SCHEDULE_YEAR} and ${LAST_SCHEDULE_YEAR}`, y);
    const other = given.get(y);
    if (other !== undefined) fail(`years[${i}].year`, `a year given once (years[${other}] is ${y} too)`, y);
    given.set(y, i);
  });

  // Every listed day, with the entry that lists it, to report overlaps by name.
  const owners = new Map<number, string>();
  const claim = (day: number, owner: string, what: string, got: unknown): void => {
    const other = owners.get(day);
    if (other !== undefined) fail(what, 'days that no other entry lists', got, `: ${formatDay(day)} is also in ${other}`);
    owners.set(day, owner);
  };
  const kept = base.filter((s) => !given.has(s.year));
  for (const s of kept) {
    for (const d of s.days) owners.set(parseDay(d.date) as number, `the ${s.year} schedule of the bundled data (${d.festival})`);
  }

  const built = years.map((entry, i) => buildYear(entry as Record<string, unknown>, `years[${i}]`, fail, failType, claim));
  return [...kept, ...built].sort((a, b) => a.year - b.year);
}

function checkFields(o: Record<string, unknown>, allowed: readonly string[], what: string, failType: Fail): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) failType(what, `an object with only the fields ${allowed.join(', ')}`, `a field ${JSON.stringify(key)}`);
  }
}

function buildYear(
  entry: Record<string, unknown>, path: string, fail: Fail, failType: Fail,
  claim: (day: number, owner: string, what: string, got: unknown) => void,
): HolidaySchedule {
  checkFields(entry, YEAR_FIELDS, path, failType);
  const year = entry['year'] as number;
  const notices = readNotices(entry['notices'], `${path}.notices`, fail, failType);
  const rawBreaks = entry['breaks'];
  if (!Array.isArray(rawBreaks) || rawBreaks.length === 0) failType(`${path}.breaks`, 'a non-empty array of breaks { festivals, off, workdays? }', rawBreaks);
  const named = new Map<HolidayFestival, number>();
  const breaks = (rawBreaks as readonly unknown[]).map((raw, j) => {
    const at = `${path}.breaks[${j}]`;
    if (!isRecord(raw)) failType(at, 'an object { festivals, off, workdays? }', raw);
    const b = raw as Record<string, unknown>;
    checkFields(b, BREAK_FIELDS, at, failType);
    const festivals = readFestivals(b['festivals'], `${at}.festivals`, fail, failType);
    for (const f of festivals) {
      const other = named.get(f.name);
      if (other !== undefined) fail(`${at}.festivals`, `festivals that no other break of ${year} names (${path}.breaks[${other}] names ${f.name})`, f.name);
      named.set(f.name, j);
    }
    const tag = ` (${year} ${festivals.map((f) => f.name).join('、')})`;
    const label = `${at}${tag}`;
    const newYear = festivals.some((f) => f.name === '元旦');
    const inYear = (what: string, value: unknown): number => {
      const day = readDay(value, what, fail, failType);
      const y = Number((value as string).slice(0, 4));
      const month = Number((value as string).slice(5, 7));
      if (y !== year && !(newYear && y === year - 1 && month === 12)) {
        fail(what, `a day of ${year}${newYear ? ` or of December ${year - 1} (元旦's break may begin there)` : ''}`, value);
      }
      return day;
    };
    const off = b['off'];
    if (!Array.isArray(off) || off.length !== 2) failType(`${at}.off${tag}`, "the first and the last day off ['YYYY-MM-DD', 'YYYY-MM-DD']", off);
    const [first, last] = off as readonly unknown[];
    const firstDay = inYear(`${at}.off[0]${tag}`, first);
    const lastDay = inYear(`${at}.off[1]${tag}`, last);
    if (lastDay < firstDay) fail(`${at}.off${tag}`, 'the first day off, then the last one (not before it)', off);
    if (lastDay - firstDay + 1 > MAX_BREAK_DAYS) fail(`${at}.off${tag}`, `at most ${MAX_BREAK_DAYS} days off`, off, ` (${lastDay - firstDay + 1} days)`);
    festivals.forEach((f, k) => {
      const day = inYear(`${at}.festivals[${k}].date${tag}`, f.date);
      if (day < firstDay || day > lastDay) fail(`${at}.festivals[${k}].date${tag}`, `one of the break's days off, ${first as string} … ${last as string}`, f.date);
    });
    for (let d = firstDay; d <= lastDay; d++) claim(d, label, `${at}.off${tag}`, `${first as string} … ${last as string}`);
    const rawWorkdays = b['workdays'] ?? [];
    if (!Array.isArray(rawWorkdays)) failType(`${at}.workdays${tag}`, "an array of days 'YYYY-MM-DD'", rawWorkdays);
    const workdays = (rawWorkdays as readonly unknown[]).map((w, k) => {
      const what = `${at}.workdays[${k}]${tag}`;
      const day = inYear(what, w);
      const weekday = getWeekday(day);
      if (weekday !== 0 && weekday !== 6) fail(what, 'a Saturday or a Sunday (a make-up workday is a weekend day worked)', w, `, a ${WEEKDAY_NAMES[weekday] as string}`);
      if (day < firstDay - MAX_WORKDAY_DISTANCE || day > lastDay + MAX_WORKDAY_DISTANCE) {
        fail(what, `within ${MAX_WORKDAY_DISTANCE} days of the break's days off, ${first as string} … ${last as string}`, w);
      }
      claim(day, label, what, w);
      return w as string;
    }).sort();
    return freezeBreak({ festivals, off: [first as string, last as string], workdays });
  });
  breaks.sort((a, b) => (a.off[0] < b.off[0] ? -1 : 1));
  return toSchedule(year, notices, breaks as HolidayBreak[]);
}

function readDay(value: unknown, what: string, fail: Fail, failType: Fail): number {
  if (typeof value !== 'string') failType(what, "a day 'YYYY-MM-DD'", value);
  const day = parseDay(value);
  if (day === undefined) fail(what, "a day 'YYYY-MM-DD' that exists", value);
  return day as number;
}

function readNotices(value: unknown, what: string, fail: Fail, failType: Fail): HolidayNotice[] {
  if (!Array.isArray(value) || value.length === 0) failType(what, 'a non-empty array of notices { title, dated, published, document?, url?, note? }', value);
  return (value as readonly unknown[]).map((raw, k) => {
    const at = `${what}[${k}]`;
    if (!isRecord(raw)) failType(at, 'an object { title, dated, published, document?, url?, note? }', raw);
    const n = raw as Record<string, unknown>;
    checkFields(n, NOTICE_FIELDS, at, failType);
    const title = n['title'];
    if (typeof title !== 'string' || title.trim() === '') failType(`${at}.title`, 'a non-empty string', title);
    const optional = (key: 'document' | 'url' | 'note'): Partial<Record<typeof key, string>> => {
      const v = n[key];
      if (v === undefined) return {};
      if (typeof v !== 'string' || v === '') failType(`${at}.${key}`, 'a non-empty string, or absent', v);
      return { [key]: v as string };
    };
    const date = (key: 'dated' | 'published'): string | null => {
      const v = n[key];
      if (v === null) return null;
      if (typeof v !== 'string') failType(`${at}.${key}`, "a day 'YYYY-MM-DD', or null where it is not confirmed", v);
      readDay(v, `${at}.${key}`, fail, failType);
      return v as string | null;
    };
    return Object.freeze({
      title: title as string, ...optional('document'), dated: date('dated'), published: date('published'), ...optional('url'), ...optional('note'),
    });
  });
}

function readFestivals(value: unknown, what: string, fail: Fail, failType: Fail): HolidayFestivalDay[] {
  if (!Array.isArray(value) || value.length === 0) failType(what, "a non-empty array of festivals { name, date }", value);
  const names = new Set<string>();
  return (value as readonly unknown[]).map((raw, k) => {
    const at = `${what}[${k}]`;
    if (!isRecord(raw)) failType(at, "an object { name, date: 'YYYY-MM-DD' }", raw);
    const f = raw as Record<string, unknown>;
    checkFields(f, FESTIVAL_FIELDS, at, failType);
    const name = f['name'];
    if (typeof name !== 'string') failType(`${at}.name`, `one of ${FESTIVALS.join(', ')}`, name);
    if (!FESTIVALS.includes(name as HolidayFestival)) fail(`${at}.name`, `one of ${FESTIVALS.join(', ')}`, name);
    if (names.has(name as string)) fail(`${at}.name`, 'a festival not named twice in a break', name);
    names.add(name as string);
    return { name: name as HolidayFestival, date: f['date'] as string };
  });
}
