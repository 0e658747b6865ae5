import { freezeDeep } from '../internal/freezeDeep';
import { rangeError, typeError } from '../internal/errors';
import { getChecksum } from './getChecksum';
import type { FestivalNameRendering, FestivalSet, FestivalSetInput, FestivalWeekdayRule } from './types';

const FN = 'festivalSet';
const SET_FIELDS = ['fixed', 'weekdays', 'other', 'names', 'checksum'];
const RULE_FIELDS = ['month', 'week', 'weekday', 'names'];
const RENDERING_FIELDS = ['zh-Hant', 'en'];
const MOST_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const WEEKS = [1, 2, 3, 4, 5, -1];
const DATE_KEY = /^([1-9]\d?)-([1-9]\d?)$/;
const HAN = /\p{Script=Han}/u;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => value !== null && typeof value === 'object' && !Array.isArray(value);
const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function onlyFields(o: Readonly<Record<string, unknown>>, at: string, fields: readonly string[], shape: string): void {
  for (const key of Object.keys(o)) if (!fields.includes(key)) throw typeError(FN, `${at}.${key}`, `absent (${shape})`, o[key]);
}

/**
 * Checks the days of a festival set of your own and makes the set that `almanac` and `localize`
 * take as `options.festivals`: a fresh copy, its three lists present (`{}` or `[]` where not
 * given), deeply frozen and sealed with a `checksum` of its content (see {@link FestivalSet}).
 * {@link gregorianFestivals} is such a set; spread its parts to make a smaller or a larger one. A
 * set read back from JSON is accepted as it is while unchanged, its checksum verified at each
 * call; pass it through `festivalSet` again (its old checksum is replaced) to have it frozen and
 * verified once.
 *
 * Checked, with a message naming the entry (`set.weekdays[2].week`): the shapes (an unknown field
 * is an error); dates `'M-D'` that a year can have (`'2-29'` included); weeks 1 … 5 or -1,
 * weekdays 0 (Sunday) … 6, months 1 … 12; lists of non-empty names; a rendering `{ 'zh-Hant', en }`
 * of non-empty strings for every name listed, its English without a Chinese character (renderings
 * of names the set does not list are allowed).
 *
 * @param set - `{ fixed?, weekdays?, other?, names }` (see {@link FestivalSetInput}); a `checksum` it carries is ignored and written anew.
 * @returns The frozen {@link FestivalSet}.
 * @throws {TypeError} If a part has the wrong type or shape, an unknown field, or a name listed has no rendering.
 * @throws {RangeError} If a date cannot exist (`'2-30'`, `'13-1'`), a month, week or weekday is out of range, or an English name holds a Chinese character.
 * @example
 * const mine = festivalSet({
 *   fixed: { '10-1': ['公司周年'] },
 *   weekdays: [{ month: 3, week: -1, weekday: 5, names: ['年会'] }], // the last Friday of March
 *   names: { 公司周年: { 'zh-Hant': '公司週年', en: 'Company anniversary' }, 年会: { 'zh-Hant': '年會', en: 'Annual meeting' } },
 * });
 * [almanac('2026-03-27', { festivals: mine }).festivals, localize(almanac('2025-10-01', { festivals: mine }).festivals, 'en', { festivals: mine })]
 * //=> [[{ name: '年会', kind: 'solar' }], [{ name: 'Company anniversary', kind: 'solar' }]]
 * @example
 * // The Gregorian festivals without the 158 other days
 * const festivalsOnly = festivalSet({ fixed: gregorianFestivals.fixed, weekdays: gregorianFestivals.weekdays, names: gregorianFestivals.names });
 * almanac('2025-10-01', { festivals: festivalsOnly }).festivals
 * //=> [{ name: '国庆节', kind: 'solar' }]
 * @example
 * (() => { try { festivalSet({ fixed: { '2-30': ['某日'] }, names: {} }); } catch (e) { return e.message; } })()
 * //=> "festivalSet: set.fixed key must be a day of the year, '1-1' … '12-31' ('2-29' included), got \"2-30\""
 * @category Almanac
 * @since 0.6.0
 */
export function festivalSet(set: FestivalSetInput): FestivalSet {
  const what = 'set';
  if (!isRecord(set)) throw typeError(FN, what, 'a festival set { fixed?, weekdays?, other?, names }', set);
  onlyFields(set, what, SET_FIELDS, 'a festival set has fixed, weekdays, other, names and its checksum');
  // A set made before (read back from JSON, say) may carry its checksum: it is written anew.
  const given: unknown = (set as { checksum?: unknown }).checksum;
  if (given !== undefined && typeof given !== 'string') throw typeError(FN, `${what}.checksum`, 'a string (written anew) or absent', given);

  const listed: [name: string, at: string][] = [];
  const readNames = (list: unknown, at: string): string[] => {
    if (!Array.isArray(list) || list.length === 0) throw typeError(FN, at, 'a non-empty array of names', list);
    return list.map((name: unknown, i) => {
      if (typeof name !== 'string' || name === '') throw typeError(FN, `${at}[${i}]`, 'a non-empty string', name);
      listed.push([name, at]);
      return name;
    });
  };
  const readDates = (field: 'fixed' | 'other'): Record<string, string[]> => {
    const table: unknown = set[field];
    const out: Record<string, string[]> = {};
    if (table === undefined) return out;
    if (!isRecord(table)) throw typeError(FN, `${what}.${field}`, "an object of names keyed by date 'M-D'", table);
    for (const key of Object.keys(table)) {
      const m = DATE_KEY.exec(key);
      if (m === null) throw typeError(FN, `${what}.${field} key`, "a date 'M-D', month and day without a leading zero, e.g. '1-1' or '10-31'", key);
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= (MOST_DAYS[month - 1] as number))) throw rangeError(FN, `${what}.${field} key`, "a day of the year, '1-1' … '12-31' ('2-29' included)", key);
      out[key] = readNames(table[key], `${what}.${field}[${JSON.stringify(key)}]`);
    }
    return out;
  };

  const fixed = readDates('fixed');
  const rules: unknown = set.weekdays;
  const weekdays: FestivalWeekdayRule[] = [];
  if (rules !== undefined) {
    if (!Array.isArray(rules)) throw typeError(FN, `${what}.weekdays`, 'an array of rules { month, week, weekday, names }', rules);
    rules.forEach((rule: unknown, i) => {
      const at = `${what}.weekdays[${i}]`;
      if (!isRecord(rule)) throw typeError(FN, at, 'a rule { month, week, weekday, names }', rule);
      onlyFields(rule, at, RULE_FIELDS, 'a rule has month, week, weekday and names');
      const { month, week, weekday } = rule;
      for (const [key, v] of [['month', month], ['week', week], ['weekday', weekday]] as const) {
        if (typeof v !== 'number' || !Number.isInteger(v)) throw typeError(FN, `${at}.${key}`, 'an integer', v);
      }
      if ((month as number) < 1 || (month as number) > 12) throw rangeError(FN, `${at}.month`, 'between 1 and 12', month);
      if (!WEEKS.includes(week as number)) throw rangeError(FN, `${at}.week`, '1 … 5 (the week of day d is ceil(d / 7)) or -1 (the last seven days)', week);
      if ((weekday as number) < 0 || (weekday as number) > 6) throw rangeError(FN, `${at}.weekday`, 'between 0 (Sunday) and 6 (Saturday)', weekday);
      weekdays.push({ month, week, weekday, names: readNames(rule['names'], `${at}.names`) } as FestivalWeekdayRule);
    });
  }
  const other = readDates('other');

  const renderings: unknown = set.names;
  if (!isRecord(renderings)) throw typeError(FN, `${what}.names`, "an object of renderings { 'zh-Hant', en } keyed by name", renderings);
  const names: [string, FestivalNameRendering][] = [];
  for (const name of Object.keys(renderings)) {
    const at = `${what}.names[${JSON.stringify(name)}]`;
    const r = renderings[name];
    if (!isRecord(r)) throw typeError(FN, at, "a rendering { 'zh-Hant', en }", r);
    onlyFields(r, at, RENDERING_FIELDS, "a rendering has 'zh-Hant' and en");
    for (const locale of RENDERING_FIELDS) {
      const text = r[locale];
      if (typeof text !== 'string' || text === '') throw typeError(FN, `${at}[${JSON.stringify(locale)}]`, 'a non-empty string', text);
    }
    if (HAN.test(r['en'] as string)) throw rangeError(FN, `${at}.en`, 'English, without a Chinese character', r['en']);
    names.push([name, { 'zh-Hant': r['zh-Hant'] as string, en: r['en'] as string }]);
  }
  for (const [name, at] of listed) {
    if (!has(renderings, name)) throw typeError(FN, `${what}.names[${JSON.stringify(name)}]`, `a rendering { 'zh-Hant', en } (${at} lists ${name})`, undefined);
  }

  // fromEntries defines each name as an own field, '__proto__' too.
  const content = { fixed, weekdays, other, names: Object.fromEntries(names) };
  return freezeDeep({ ...content, checksum: getChecksum(content) });
}
