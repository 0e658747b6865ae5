// Issue 9, item 5: the invariant checks are total functions. On junk they list violations and
// never throw; on a real page they list nothing; on a page with one field changed they name it.
// Issue 10: on any day of −0721-01-01 … 9999-12-31.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { almanac, supportedRange } from '../../src/index';
import { almanacViolations, arbitraryAlmanac, calendarViolations } from '../../src/testing/index';
import type { DailyAlmanac } from '../../src/almanac/types';

const isListOfStrings = (out: unknown): boolean => Array.isArray(out) && out.every((v) => typeof v === 'string');

/** Every leaf of a JSON value, as `[path, value]`, paths written `a.b[2].c`. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
  return [[path, value]];
}

/** A deep copy with the leaf at `path` set to `replacement`, deeply frozen like a real page. */
function withLeaf(page: DailyAlmanac, path: string, replacement: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(page)) as Record<string, unknown>;
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1] as string] = replacement;
  const freeze = (v: unknown): unknown => {
    if (v !== null && typeof v === 'object') { Object.values(v).forEach(freeze); Object.freeze(v); }
    return v;
  };
  return freeze(copy);
}

/** Keys of a page, so that junk objects look like pages often enough to reach the deeper checks. */
const PAGE_KEYS = Object.keys(almanac('2025-12-18'));
const pageShapedJunk = fc.record(Object.fromEntries(PAGE_KEYS.map((k) => [k, fc.anything()])), { requiredKeys: [] });
const realDatePageJunk = fc.tuple(pageShapedJunk, fc.constantFrom('2025-12-18', '1900-01-01', '2100-12-31', '-000721-01-01', '0000-02-29', '9999-12-31')).map(([junk, date]) => ({ ...junk, date }));

/** Whether `{ year, month, day }` is a day of the proleptic Gregorian calendar within −721 … 9999 (not by `Date.UTC`, which reads years 0–99 as 1900–1999). */
function isSupportedDay(year: unknown, month: unknown, day: unknown): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  const [y, m, d] = [year as number, month as number, day as number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return y >= -721 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= length;
}

test.prop([fc.anything()])('almanacViolations never throws on junk, and lists something', (junk) => {
  const out = almanacViolations(junk);
  expect(isListOfStrings(out)).toBe(true);
  expect(out.length).toBeGreaterThan(0);
});

test.prop([fc.oneof(pageShapedJunk, realDatePageJunk)], { numRuns: 100 })('almanacViolations never throws on page-shaped junk', (junk) => {
  const out = almanacViolations(junk);
  expect(isListOfStrings(out)).toBe(true);
  expect(out.length).toBeGreaterThan(0);
});

test.prop([fc.anything()])('calendarViolations never throws on junk', (junk) => {
  expect(isListOfStrings(calendarViolations(junk))).toBe(true);
});

test.prop([fc.record({ year: fc.oneof(fc.integer({ min: -730, max: 10010 }), fc.constantFrom(-722, -721, 0, 100, 1900, 9999, 10000), fc.anything()), month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.anything()), day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.anything()) }, { requiredKeys: [] })])(
  'calendarViolations never throws on date-shaped junk, and lists nothing only for a real day',
  (junk) => {
    const out = calendarViolations(junk);
    expect(isListOfStrings(out)).toBe(true);
    expect(out.length === 0).toBe(isSupportedDay(junk.year, junk.month, junk.day));
  },
);

const replacement = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));

/** Changing any one field of a real page gives a violation that names it, for the pages `pages` draws. */
function changedFieldIsNamed(title: string, pages: ReturnType<typeof arbitraryAlmanac>, numRuns: number): void {
  test.prop([pages, fc.nat(), replacement], { numRuns })(title, (page, pick, value) => {
    const all = leaves(page);
    const [path, old] = all[pick % all.length] as [string, unknown];
    fc.pre(!Object.is(old, value) && JSON.stringify(old) !== JSON.stringify(value));
    const out = almanacViolations(withLeaf(page, path, value));
    expect(out.length).toBeGreaterThan(0);
    // `date` names the day itself: changed to another valid day, every other field is what differs.
    if (path !== 'date') expect(out.some((v) => v.startsWith(`${path} `) || v.startsWith(`${path}[`) || v.startsWith(`${path}.`))).toBe(true);
  });
}

changedFieldIsNamed('a page with one field changed has a violation naming the field', arbitraryAlmanac(), 100);

test.prop([arbitraryAlmanac()], { numRuns: 30 })('a real page has no violations', (page) => {
  expect(almanacViolations(page)).toEqual([]);
});

test.prop([arbitraryAlmanac({ min: supportedRange.from, max: supportedRange.to })], { numRuns: 30 })('a real page of any day of the range has no violations', (page) => {
  expect(almanacViolations(page)).toEqual([]);
});

changedFieldIsNamed('a page of any day with one field changed has a violation naming the field', arbitraryAlmanac({ min: supportedRange.from, max: supportedRange.to }), 50);
