/**
 * findDays() equals the brute-force filter over almanac() (./bruteForce.ts) — the dates, their
 * order and their reasons, and the days on which `where` is called — over 600 generated queries:
 * random ranges of up to 62 days anywhere in −0721 … 9999 (either calendar), random combinations
 * of every criterion (with workday, ranges within the holiday data's 2002 … 2026), and the options
 * that change what the criteria read.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import { activities, type DailyAlmanac, type Officer, type ZodiacAnimal } from '../../src/index';
import { FIRST_JULIAN_EPOCH_DAY, FIRST_ISO_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { formatDate } from '../../src/calendar/julianCalendar';
import { toEpochDay } from '../../src/calendar/epochDay';
import { findDays, type FindDaysOptions, type FindDaysQuery, type PlainActivity } from '../../src/select/index';
import { bruteForce } from './bruteForce';

const RUNS = 600;
/** The days of the bundled holiday data: 2002-01-01 … 2026-12-24 (2027's notice is not out). */
const HOLIDAYS_FROM = toEpochDay(2002, 1, 1);
const HOLIDAYS_TO = toEpochDay(2026, 12, 24);
const plain = activities.filter((a) => a !== '诸事不宜' && a !== '馀事勿取') as PlainActivity[];
// Mostly the frequent activities (so that queries find days), sometimes any.
const activity = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...plain.slice(0, 24)) }, { weight: 1, arbitrary: fc.constantFrom(...plain) });
const ANIMALS: ZodiacAnimal[] = ['鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'];
const OFFICERS: Officer[] = ['建', '除', '满', '平', '定', '执', '破', '危', '成', '收', '开', '闭'];

/** Predicates for `where`, each with some truthy or falsy non-boolean results. */
const PREDICATES: Record<string, (day: DailyAlmanac) => unknown> = {
  waxing: (day) => day.lunar.day <= 15,
  metal: (day) => day.naYin.includes('金') || day.naYin.includes('水'),
  gods: (day) => day.gods.auspicious.length, // 0 is falsy
  festival: (day) => day.festivals.length === 0 ? 'none' : '',
};

/** Absent most of the time, so that a query combines a few criteria. */
function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: arb });
}

const calendarArb = fc.constantFrom<'iso8601' | 'julian'>('iso8601', 'iso8601', 'iso8601', 'julian');
const query = calendarArb.chain((calendar) => {
  const first = calendar === 'julian' ? FIRST_JULIAN_EPOCH_DAY : FIRST_ISO_EPOCH_DAY;
  return fc.record({
    calendar: fc.constant(calendar),
    start: fc.integer({ min: first, max: LAST_EPOCH_DAY }),
    length: fc.integer({ min: 0, max: 61 }),
    asDate: fc.boolean(),
    yi: maybe(fc.uniqueArray(activity, { maxLength: 2 })),
    notJi: maybe(fc.uniqueArray(activity, { maxLength: 2 })),
    skipNothingGood: maybe(fc.boolean()),
    notClash: maybe(fc.oneof(
      fc.constantFrom(...ANIMALS),
      fc.integer({ min: -721, max: 9999 }),
      fc.record({ birthDay: fc.integer({ min: first, max: LAST_EPOCH_DAY }), hour: maybe(fc.integer({ min: 0, max: 23 })), yearBoundary: maybe(fc.constantFrom<'lichun' | 'lunar-new-year'>('lichun', 'lunar-new-year')) }),
      fc.constantFrom({ yearPillar: '庚午' }, { yearPillar: '癸亥' }, { yearPillar: { stem: '甲', branch: '子' } as const }),
    )),
    sha: maybe(fc.boolean()),
    officers: maybe(fc.uniqueArray(fc.constantFrom(...OFFICERS), { minLength: 1, maxLength: 6 })),
    huangDao: maybe(fc.boolean()),
    mansionLuck: maybe(fc.constantFrom<'吉' | '凶'>('吉', '凶')),
    minScore: maybe(fc.integer({ min: -6, max: 7 })),
    weekdays: maybe(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 })),
    workday: maybe(fc.record({ wanted: fc.boolean(), start: fc.integer({ min: HOLIDAYS_FROM, max: HOLIDAYS_TO - 61 }) })),
    where: maybe(fc.constantFrom(...Object.keys(PREDICATES))),
    limit: maybe(fc.integer({ min: 1, max: 4 })),
    monthBoundary: maybe(fc.constantFrom<'day' | 'instant'>('day', 'instant')),
    model: maybe(fc.constantFrom({ weights: { tradeInYi: 4 } }, { version: 'p-1', weights: { officer: { 成: 5 }, moon: { 底部反弹: -3 } } })),
    sentiment: maybe(fc.integer({ min: 0, max: 100 })),
  });
});

type Generated = typeof query extends fc.Arbitrary<infer T> ? T : never;

/** The query and options of a generated case (only the fields it has). */
function build(g: Generated): { q: FindDaysQuery; options: FindDaysOptions } {
  // With workday, the range lies within the years of the holiday data.
  const start = g.workday === undefined ? g.start : g.workday.start;
  const to = Math.min(start + g.length, LAST_EPOCH_DAY);
  const day = (n: number): string | Date => (g.asDate ? new Date(n * 86_400_000 + 3_600_000) : formatDate(n, g.calendar));
  const q: Record<string, unknown> = { from: day(start), to: day(to) };
  if (g.workday !== undefined) q['workday'] = g.workday.wanted;
  for (const key of ['yi', 'notJi', 'skipNothingGood', 'officers', 'huangDao', 'mansionLuck', 'minScore', 'weekdays', 'limit'] as const) {
    if (g[key] !== undefined) q[key] = g[key];
  }
  if (g.notClash !== undefined) {
    const c = g.notClash;
    if (typeof c === 'object' && 'birthDay' in c) {
      const birth = formatDate(c.birthDay, g.calendar) + (c.hour === undefined ? '' : `T${String(c.hour).padStart(2, '0')}:30`);
      q['notClash'] = c.yearBoundary === undefined ? { birth } : { birth, yearBoundary: c.yearBoundary };
    } else q['notClash'] = c;
    if (g.sha !== undefined) q['sha'] = g.sha;
  }
  if (g.where !== undefined) q['where'] = PREDICATES[g.where];
  const options: Record<string, unknown> = {};
  if (g.calendar === 'julian') options['calendar'] = 'julian';
  for (const key of ['monthBoundary', 'model', 'sentiment'] as const) if (g[key] !== undefined) options[key] = g[key];
  return { q: q as unknown as FindDaysQuery, options: options as FindDaysOptions };
}

let cases = 0;
let withMatches = 0;
let matches = 0;

test.prop([query], { numRuns: RUNS })('findDays() equals brute force over almanac(): dates, order, reasons, and the days where is called on', (g) => {
  const { q, options } = build(g);
  const expected = bruteForce(q, options);
  const calls: string[] = [];
  const where = q.where;
  const found = [...findDays(where === undefined ? q : { ...q, where: (day) => { calls.push(day.date); return where(day); } }, options)];
  expect(found).toEqual(expected.found);
  expect(calls).toEqual(expected.whereCalls);
  cases++;
  if (found.length > 0) withMatches++;
  matches += found.length;
});

afterAll(() => {
  console.log(`findDays property: ${cases} queries, ${withMatches} with matches, ${matches} days found`);
  // The property is not vacuous: the generated queries find days, and not all days.
  expect(cases).toBe(RUNS);
  expect(withMatches).toBeGreaterThan(RUNS / 4);
  expect(matches).toBeGreaterThan(RUNS);
});
