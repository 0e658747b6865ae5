import type { AlmanacOptions } from '../almanac/almanac';
import { getClash } from '../almanac/getClash';
import type { DailyAlmanac, DeityName, MansionName, Officer, ZodiacAnimal } from '../almanac/types';
import { formatDate } from '../calendar/julianCalendar';
import { deities, deityOffsetByBranch, deityTypes, mansionLuck, mansions, officers, shaByBranch, zodiac } from '../data/almanac.generated';
import { readFortuneSettings } from '../fortune/readFortuneSettings';
import { toMoment } from '../input/toMoment';
import { assertInteger, rangeError, typeError } from '../internal/errors';
import { readActivity } from './activityRules';
import { WORDS, getCellTables, toActivitySet } from './dayCells';
import { readMonthBoundary } from './dayLists';
import { getScoreParts } from './dayScore';
import { readClashTarget } from './readClashTarget';
import { readWorkdays, type WorkdayOf } from './readWorkdays';
import type { SearchPlan } from './scanDays';
import type { FindDaysOptions, FindDaysQuery, FindDaysReason, PlainActivity } from './types';

const QUERY_KEYS: readonly string[] = [
  'from', 'to', 'yi', 'notJi', 'skipNothingGood', 'notClash', 'sha', 'officers', 'huangDao', 'mansionLuck', 'minScore', 'weekdays', 'workday', 'where', 'limit',
];
/** The direction of each branch (寅卯辰 东, 巳午未 南, 申酉戌 西, 亥子丑 北), in the words of `clash.direction`. */
const BRANCH_DIRECTION = ['北', '北', '东', '东', '东', '南', '南', '南', '西', '西', '西', '北'];

const freeze = <T extends FindDaysReason>(reason: T): T => Object.freeze(reason);

function readBoolean(fn: string, what: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw typeError(fn, what, 'true or false', value);
}

/** A list of the query: an array, each entry read by `read` (which names `what[i]`). */
function readList<T>(fn: string, what: string, value: unknown, expected: string, read: (entry: unknown, what: string) => T): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw typeError(fn, what, `an array of ${expected}`, value);
  return value.map((entry, i) => read(entry, `${what}[${i}]`));
}

function readNonEmpty<T>(fn: string, what: string, list: T[] | undefined): T[] | undefined {
  if (list !== undefined && list.length === 0) throw rangeError(fn, what, 'a non-empty array (an empty one matches no day)', list);
  return list;
}

/** A cell table: 1 where `test(monthBranch, dayPillar)`. */
function cellTable(test: (monthBranch: number, dayPillar: number) => boolean): Uint8Array {
  const table = new Uint8Array(720);
  for (let cell = 0; cell < 720; cell++) table[cell] = test(Math.floor(cell / 60), cell % 60) ? 1 : 0;
  return table;
}

/** The intersection of the tables given (undefined when none is). */
function and(a: Uint8Array | undefined, b: Uint8Array | undefined): Uint8Array | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return a.map((x, i) => x & (b[i] as number));
}

/**
 * Validates a {@link findDays} query and its options and compiles them to a {@link SearchPlan}:
 * every criterion that depends only on the day's table cell becomes a table of 720 flags. @internal
 */
export function compileQuery(fn: string, query: FindDaysQuery, options: FindDaysOptions | undefined): SearchPlan {
  if (query === null || typeof query !== 'object' || Array.isArray(query)) throw typeError(fn, 'query', 'an object { from, to, … }', query);
  for (const key of Object.keys(query)) if (!QUERY_KEYS.includes(key)) throw rangeError(fn, 'query key', `one of ${QUERY_KEYS.join(', ')}`, key);
  const q = query as unknown as Record<string, unknown>;

  // The range, and the options as almanac() reads them.
  const start = toMoment(fn, q['from'], options, 'query.from');
  const end = toMoment(fn, q['to'], options, 'query.to');
  if (end.epochDay < start.epochDay) throw rangeError(fn, 'query.to', `a day on or after query.from (${formatDate(start.epochDay, start.calendar)})`, q['to']);
  const monthBoundary = readMonthBoundary(fn, options);
  const fuShenSect = options?.fuShenSect ?? 2;
  if (fuShenSect !== 1 && fuShenSect !== 2) throw rangeError(fn, 'options.fuShenSect', '1 or 2', fuShenSect);
  const settings = readFortuneSettings(fn, options?.model, options?.sentiment);
  const almanacOptions: AlmanacOptions & { readonly calendar: 'iso8601' | 'julian' } = Object.freeze({
    calendar: start.calendar, monthBoundary, fuShenSect, model: settings.model,
    ...(settings.sentiment === undefined ? {} : { sentiment: settings.sentiment }),
  });

  // The criteria.
  const yi = readList(fn, 'query.yi', q['yi'], 'activities', (v, what) => readActivity(fn, what, v));
  const notJi = readList(fn, 'query.notJi', q['notJi'], 'activities', (v, what) => readActivity(fn, what, v));
  const skipNothingGood = readBoolean(fn, 'query.skipNothingGood', q['skipNothingGood']);
  const person = q['notClash'] === undefined ? undefined : readClashTarget(fn, 'query.notClash', q['notClash'], options);
  const sha = readBoolean(fn, 'query.sha', q['sha']);
  if (sha !== undefined && person === undefined) throw typeError(fn, 'query.sha', 'given only with query.notClash', sha);
  const officerList = readNonEmpty(fn, 'query.officers', readList(fn, 'query.officers', q['officers'], 'officers (建 … 闭)', (v, what) => {
    if (officers.includes(v as Officer)) return officers.indexOf(v as Officer);
    throw (typeof v === 'string' ? rangeError : typeError)(fn, what, `one of ${officers.join(', ')}`, v);
  }));
  const huangDao = readBoolean(fn, 'query.huangDao', q['huangDao']);
  const luck = q['mansionLuck'];
  if (luck !== undefined && luck !== '吉' && luck !== '凶') throw (typeof luck === 'string' ? rangeError : typeError)(fn, 'query.mansionLuck', "'吉' or '凶'", luck);
  const minScore = q['minScore'] === undefined ? undefined : assertInteger(fn, 'query.minScore', q['minScore'], -10, 10);
  const weekdayList = readNonEmpty(fn, 'query.weekdays', readList(fn, 'query.weekdays', q['weekdays'], 'weekdays (0 = Sunday … 6)', (v, what) => assertInteger(fn, what, v, 0, 6)));
  const workday = readBoolean(fn, 'query.workday', q['workday']);
  const where = q['where'];
  if (where !== undefined && typeof where !== 'function') throw typeError(fn, 'query.where', 'a function (day) => boolean', where);
  const limit = q['limit'];
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
    throw (typeof limit === 'number' && Number.isInteger(limit) ? rangeError : typeError)(fn, 'query.limit', 'a positive integer', limit);
  }

  // What the 宜/忌 must be, by the cell of the 宜/忌 month.
  let rulesOk: Uint8Array | undefined;
  const head: FindDaysReason[] = [];
  if ((yi !== undefined && yi.length > 0) || (notJi !== undefined && notJi.length > 0) || skipNothingGood === true) {
    const { good, bad, nothingGood } = getCellTables();
    const wanted = toActivitySet(yi ?? []);
    const avoided = toActivitySet(notJi ?? []);
    rulesOk = cellTable((monthBranch, dayPillar) => {
      const cell = monthBranch * 60 + dayPillar;
      if (skipNothingGood === true && nothingGood[cell] === 1) return false;
      for (let w = 0; w < WORDS; w++) {
        const g = good[cell * WORDS + w] as number;
        const b = bad[cell * WORDS + w] as number;
        if ((g & (wanted[w] as number)) !== wanted[w] || (b & (avoided[w] as number)) !== 0) return false;
      }
      return true;
    });
    const list = (names: readonly PlainActivity[]): readonly PlainActivity[] => Object.freeze(names.slice());
    if (yi !== undefined && yi.length > 0) head.push(freeze({ criterion: 'yi', activities: list(yi) }));
    if (notJi !== undefined && notJi.length > 0) head.push(freeze({ criterion: 'notJi', activities: list(notJi) }));
    if (skipNothingGood === true) head.push(freeze({ criterion: 'skipNothingGood' }));
  }

  // What the rest of the cell must be, by the cell of the day's month.
  const deityOf = (monthBranch: number, dayPillar: number): number => (dayPillar % 12 + (deityOffsetByBranch[monthBranch] as number)) % 12;
  const officerOf = (monthBranch: number, dayPillar: number): number => (dayPillar % 12 - monthBranch + 12) % 12;
  const withSha = sha ?? true;
  const clashOk = person === undefined ? undefined : cellTable((_, dayPillar) => {
    const dayBranch = dayPillar % 12;
    return (dayBranch + 6) % 12 !== person && !(withSha && shaByBranch[dayBranch] === BRANCH_DIRECTION[person]);
  });
  const officerOk = officerList === undefined ? undefined : cellTable((m, p) => officerList.includes(officerOf(m, p)));
  const deityOk = huangDao === undefined ? undefined : cellTable((m, p) => (deityTypes[deityOf(m, p)] === '黄道') === huangDao);
  const cellOk = and(and(clashOk, officerOk), deityOk);

  const score = minScore === undefined ? undefined : getScoreParts(settings.model, settings.sentiment);
  const cellScore = score === undefined ? undefined : Int16Array.from({ length: 720 }, (_, cell) => score.cell(Math.floor(cell / 60), cell % 60));

  const workdayOf = workday === undefined ? undefined : readWorkdays(fn, start.epochDay, end.epochDay, options?.holidayData, { from: q['from'], to: q['to'] });

  const personAnimal = person === undefined ? undefined : (zodiac[person] as ZodiacAnimal);
  return {
    fn,
    from: start.epochDay,
    to: end.epochDay,
    almanacOptions,
    instant: monthBoundary === 'instant',
    limit: (limit as number | undefined) ?? Infinity,
    rulesOk,
    cellOk,
    bothOk: and(rulesOk, cellOk),
    weekdays: weekdayList === undefined ? 0x7f : weekdayList.reduce((mask, w) => mask | (1 << w), 0),
    mansionOk: luck === undefined ? undefined : Uint8Array.from(mansionLuck, (l) => (l === luck ? 1 : 0)),
    minScore,
    score,
    cellScore,
    workday: workday === undefined ? undefined : { wanted: workday, of: workdayOf as WorkdayOf },
    where: where as ((day: DailyAlmanac) => unknown) | undefined,
    reasons: {
      head: Object.freeze(head),
      clash: personAnimal === undefined ? undefined : Object.freeze(Array.from({ length: 60 }, (_, p) => freeze({
        criterion: 'notClash', zodiac: personAnimal, clash: getClash(p % 10, p % 12).text, sha: withSha,
      }))),
      officer: officerList === undefined ? undefined : Object.freeze(officers.map((officer) => freeze({ criterion: 'officers', officer }))),
      deity: huangDao === undefined ? undefined : (() => {
        const byDeity = deities.map((deity, i) => freeze({ criterion: 'huangDao', deity: deity as DeityName, type: deityTypes[i] as '黄道' | '黑道' }));
        return Object.freeze(Array.from({ length: 720 }, (_, cell) => byDeity[deityOf(Math.floor(cell / 60), cell % 60)] as FindDaysReason));
      })(),
      mansion: luck === undefined ? undefined : Object.freeze(mansions.map((mansion, i) => freeze({
        criterion: 'mansionLuck', mansion: mansion as MansionName, luck: mansionLuck[i] as '吉' | '凶',
      }))),
      score: minScore === undefined ? undefined : Object.freeze(Array.from({ length: 21 }, (_, i) => freeze({ criterion: 'minScore', score: i - 10 }))),
      weekday: weekdayList === undefined ? undefined : Object.freeze(Array.from({ length: 7 }, (_, weekday) => freeze({ criterion: 'weekdays', weekday }))),
      workday: workday === undefined ? undefined : freeze({ criterion: 'workday', workday }),
      where: where === undefined ? undefined : freeze({ criterion: 'where' }),
    },
  };
}
