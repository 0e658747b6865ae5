/**
 * The house rule for bad input, over the whole public API: every function, called as its docs
 * call it but with one argument, one option or one field replaced by junk (or an unknown option
 * added, or a field removed), either returns or throws a TypeError or RangeError whose message
 * starts with the function's name ("almanac: options.timeZone must be …"). Never a bare engine
 * error ("Cannot read properties of undefined"), never an error that names another function.
 * Generators and returned arbitraries are drawn from too, since they may fail late.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index';
import * as astro from '../src/astro/index';
import * as bazi from '../src/bazi/index';
import * as events from '../src/events/index';
import * as festivals from '../src/festivals/index';
import * as grid from '../src/grid/index';
import * as holidays from '../src/holidays/index';
import * as ics from '../src/ics/index';
import * as observances from '../src/observances/index';
import * as verses from '../src/verses/index';
import * as select from '../src/select/index';
import * as testing from '../src/testing/index';

type Call = readonly [name: string, fn: (...args: never[]) => unknown, args: readonly unknown[], optionKeys?: readonly string[]];

const ZONE = ['timeZone', 'disambiguation', 'calendar'];
const YEARS = [{
  year: 2027,
  notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', dated: null, published: null }],
  breaks: [{ festivals: [{ name: '元旦', date: '2027-01-01' }], off: ['2027-01-01', '2027-01-03'], workdays: [] }],
}] as const;
const data = holidays.holidayData(YEARS);
const mine = festivals.festivalSet({ fixed: { '3-27': ['纪念日'] }, names: { 纪念日: { 'zh-Hant': '紀念日', en: 'Anniversary' } } });

/** Each public function as its docs call it (every call here succeeds), and the options it knows. */
const CALLS: readonly Call[] = [
  ['almanac', root.almanac, ['2025-12-18', { timeZone: 'Asia/Shanghai', festivals: mine }], [...ZONE, 'monthBoundary', 'fuShenSect', 'model', 'sentiment', 'festivals']],
  ['fortune', root.fortune, ['2025-12-18', { sentiment: 1 }], [...ZONE, 'model', 'sentiment']],
  ['createFortuneModel', root.createFortuneModel, [{ version: 'desk-2', weights: { tradeInYi: 3 } }], ['version', 'weights']],
  ['fearGreedLabel', root.fearGreedLabel, [42]],
  ['fromLunar', root.fromLunar, [{ year: 2033, month: 11, day: 1, leap: true }, { calendar: 'iso8601' }], ['calendar']],
  ['lunarYear', root.lunarYear, [2033, { calendar: 'julian', fuShenSect: 1 }], ['calendar', 'fuShenSect']],
  ['localize', root.localize, [{ yi: ['祭祀'], clash: root.almanac('2025-12-18').clash, festivals: observances.buddhistDay('2025-05-05').festivals }, 'en', { festivals: mine, names: observances.observanceNames }], ['festivals', 'names']],
  ['lunarDate', root.lunarDate, ['2025-12-18T23:30', { timeZone: 'America/New_York' }], ZONE],
  ['pillars', root.pillars, ['2025-12-18T23:30', { dayBoundary: '23:00', yearBoundary: 'lichun' }], [...ZONE, 'dayBoundary', 'yearBoundary']],
  ['solarTerms', root.solarTerms, [2025, { calendar: 'julian' }], ['calendar']],
  ['yearPillar', root.yearPillar, [2025]],
  ['newMoons', astro.newMoons, [-721, { calendar: 'julian' }], ['calendar']],
  ['baZi', bazi.baZi, ['1990-05-05T20:00', { sex: 'male', timeZone: 'America/New_York', trueSolarTime: { longitude: 116.4 } }], [...ZONE, 'sex', 'dayBoundary', 'luckStart', 'trueSolarTime']],
  ['fromBaZi', bazi.fromBaZi, [{ year: '庚午', month: '辛巳', day: '庚辰', hour: '丙戌' }, { from: '1990-01-01', to: '1990-12-31', timeZone: 'America/New_York' }], [...ZONE, 'from', 'to', 'dayBoundary']],
  ['holiday', holidays.holiday, ['2027-01-03', { data }], [...ZONE, 'data']],
  ['isWorkday', holidays.isWorkday, ['2025-01-26', { data }], [...ZONE, 'data']],
  ['holidays', holidays.holidays, [2027, { data }], ['data']],
  ['holidayData', holidays.holidayData, [YEARS, { bundled: true }], ['bundled']],
  ['nextOccurrence', events.nextOccurrence, [{ kind: 'lunar', month: 12, day: 30, missingDay: 'skip' }, '2026-01-01', {}], [...ZONE]],
  ['occurrences', events.occurrences, [{ kind: 'lunar', month: 4, day: 5, leap: true, missingLeapMonth: 'skip' }, 2025, { yearOf: 'event' }], ['calendar', 'yearOf']],
  ['festivalSet', festivals.festivalSet, [{ fixed: { '3-27': ['纪念日'] }, names: { 纪念日: { 'zh-Hant': '紀念日', en: 'Anniversary' } } }], ['fixed', 'weekdays', 'names', 'lunar']],
  ['monthGrid', grid.monthGrid, [2026, 2, { weekStart: 'sunday', festivals: mine }], ['calendar', 'weekStart', 'fixedWeeks', 'model', 'holidayData', 'festivals']],
  ['lunarMonthGrid', grid.lunarMonthGrid, [2025, 6, { leap: true }], ['calendar', 'weekStart', 'fixedWeeks', 'model', 'holidayData', 'festivals', 'leap']],
  ['toICalendar', ics.toICalendar, [{ from: '2025-09-28', to: '2025-10-08', include: ['terms', 'holidays', 'yiji'], lang: 'en', now: new Date(0) }], ['from', 'to', 'include', 'lang', 'now', 'holidayData', 'festivals']],
  ['findDays', select.findDays, [{ from: '2026-01-01', to: '2026-01-20', yi: ['嫁娶'], notClash: '马', huangDao: true, limit: 3 }, {}], ['from', 'to', 'yi', 'notJi', 'skipNothingGood', 'notClash', 'sha', 'officers', 'huangDao', 'mansionLuck', 'minScore', 'weekdays', 'workday', 'limit', ...ZONE, 'model', 'holidayData']],
  ['isGoodFor', select.isGoodFor, ['2026-01-05', '开市', {}], [...ZONE, 'monthBoundary']],
  ['isBadFor', select.isBadFor, ['2025-12-18', '开市', {}], [...ZONE, 'monthBoundary']],
  ['buddhistDay', observances.buddhistDay, ['2025-05-05T23:30', { timeZone: 'America/New_York' }], ZONE],
  ['taoistDay', observances.taoistDay, ['2025-12-21', { calendar: 'julian' }], ZONE],
  ['mansionVerse', verses.mansionVerse, ['角']],
  ['taiYiVerse', verses.taiYiVerse, [root.almanac('2025-12-18').nineStar]],
  ['arbitraryAlmanac', testing.arbitraryAlmanac, [{ min: '2000-01-01', max: '2001-01-01' }], ['min', 'max', 'calendar']],
  ['arbitraryDate', testing.arbitraryDate, [{ min: '2000-01-01', max: '2001-01-01' }], ['min', 'max', 'calendar']],
  ['arbitraryPillar', testing.arbitraryPillar, []],
  ['almanacViolations', testing.almanacViolations, [root.almanac('2025-12-18')]],
  ['calendarViolations', testing.calendarViolations, [{ year: 2025, month: 12, day: 18 }]],
];

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom<unknown>(
    Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5, -1, 0, 1, 12, 13, 30, 60, -721, -722, 9999, 10000, 2 ** 53,
    '', ' ', 'x', '2025-02-30', '2025-13-01', '-000722-12-31', '+010000-01-01', '2025-12-18T25:00', '2025-12-18T12:00+24:00', '1582-10-10',
    'Asia/Nowhere', 'julian', 'midnight', '23:00', 'en', 'fr', 'male', '嫁娶', '马', '甲丑',
    [], [''], [1], {}, { year: 2025 }, null, undefined, true, new Date(Number.NaN), new Date(8.64e15), 10n, Symbol('junk'), Object.create(null), 'a'.repeat(10000), () => 1,
  ),
);

/** Every path into the plain objects and arrays of `value` (not into a Date or a festival set). */
function paths(value: unknown, prefix: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (value === null || typeof value !== 'object' || value instanceof Date || value === mine || value === data) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...paths((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

/** `value` with the thing at `path` replaced (or, with `remove`, deleted), copying what it passes through. */
function withAt(value: unknown, path: readonly (string | number)[], replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && remove) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(key as number, 1);
    else delete copy[key];
  } else copy[key] = withAt(copy[key], rest, replacement, remove);
  return copy;
}

/** One call with one thing changed: an argument, or anything inside one (replaced or removed), an option it knows added, or an extra argument. */
const mutatedCall = fc.constantFrom(...CALLS).chain(([name, fn, args, keys = []]) => {
  const inside = paths(args);
  const options = args.flatMap((arg, i) => (arg !== null && typeof arg === 'object' && !Array.isArray(arg) && !(arg instanceof Date) ? [i] : []));
  const changes: fc.Arbitrary<unknown>[] = [
    fc.tuple(fc.nat(args.length), junk).map(([i, value]) => (i === args.length ? [...args, value] : withAt(args, [i], value))),
  ];
  if (inside.length > 0) {
    changes.push(fc.tuple(fc.constantFrom(...inside), junk).map(([path, value]) => withAt(args, path, value)));
    changes.push(fc.constantFrom(...inside).map((path) => withAt(args, path, undefined, true)));
  }
  if (options.length > 0 && keys.length > 0) {
    changes.push(fc.tuple(fc.constantFrom(...options), fc.constantFrom(...keys), junk).map(([i, key, value]) => withAt(args, [i, key], value)));
  }
  return fc.oneof(...changes).map((mutated) => [name, fn, mutated as readonly unknown[]] as const);
});

/** Runs the call, and draws from what it returns when that is lazy (a generator, an arbitrary). */
function run(fn: (...args: never[]) => unknown, args: readonly unknown[]): void {
  const out = (fn as (...a: unknown[]) => unknown)(...args);
  if (out !== null && typeof out === 'object' && typeof (out as Iterator<unknown>).next === 'function') {
    const it = out as Iterator<unknown>;
    for (let i = 0; i < 3 && !it.next().done; i++);
  }
  if (out instanceof fc.Arbitrary) fc.sample(out, { numRuns: 3, seed: 1 });
}

describe('bad input, anywhere in the public API', () => {
  it('has a template call for every public function', () => {
    const modules = { root, astro, bazi, events, festivals, grid, holidays, ics, observances, select, testing, verses };
    const functions = Object.values(modules).flatMap((m) => Object.values(m).filter((v) => typeof v === 'function'));
    const called = new Set(CALLS.map(([, fn]) => fn));
    expect(Object.entries(modules).flatMap(([module, m]) => Object.entries(m).filter(([, v]) => typeof v === 'function' && !called.has(v)).map(([name]) => `${module}.${name}`))).toEqual([]);
    expect(functions.length).toBeGreaterThan(30);
  });

  it('every template call succeeds as written', () => {
    for (const [, fn, args] of CALLS) expect(() => run(fn, args)).not.toThrow();
  });

  it('is a TypeError or RangeError that starts with the function name, or no error', () => {
    fc.assert(
      fc.property(mutatedCall, ([name, fn, args]) => {
        try {
          run(fn, args);
        } catch (error) {
          if (!(error instanceof TypeError || error instanceof RangeError) || !error.message.startsWith(`${name}: `)) {
            throw new Error(`${name}(${args.map((a) => { try { return JSON.stringify(a) ?? String(a); } catch { return String(a); } }).join(', ')}) threw ${String(error)}`);
          }
        }
      }),
      { numRuns: 4000, seed: 20261201 },
    );
  });
});
