// Issue 9, item 5: the testing kit validates its bounds with the library's one parser, and its
// counterexamples shrink towards `min` (they used to shrink towards 1970-01-01, epoch day 0).
// Issue 10: the bounds reach every day −0721-01-01 … 9999-12-31 (the defaults stay 1900–2100),
// in either calendar.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { almanac, supportedRange } from '../../src/index';
import { almanacViolations, arbitraryAlmanac, arbitraryDate, arbitraryPillar, calendarViolations } from '../../src/testing/index';
import type { CivilDate, DateInput, SolarCalendar } from '../../src/types';

const SEED = 20251218;
/** A date as ISO 8601 writes it, expanded years included, so that strings compare as dates within one sign. */
const iso = (d: CivilDate): string => `${d.year >= 0 && d.year <= 9999 ? String(d.year).padStart(4, '0') : (d.year < 0 ? '-' : '+') + String(Math.abs(d.year)).padStart(6, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const FULL = { min: supportedRange.from, max: supportedRange.to };

/** The shrunk counterexample of `predicate` over `arb`, or undefined when the property holds. */
function counterexample<T>(arb: fc.Arbitrary<T>, predicate: (value: T) => boolean): T | undefined {
  const result = fc.check(fc.property(arb, predicate), { seed: SEED, numRuns: 200 });
  return result.counterexample?.[0];
}

describe('arbitraryDate bounds', () => {
  it.each<[string, unknown, RegExp]>([
    // The day does not exist: refused, never rolled over to March.
    ['2025-02-30', RangeError, /^arbitraryDate: options\.min(\.day)? must be .*(28|2025-02).*, got (30|"2025-02-30")$/],
    ['2024-02-30', RangeError, /^arbitraryDate: options\.min(\.day)? must be .*, got (30|"2024-02-30")$/],
    ['2025-13-01', RangeError, /^arbitraryDate: options\.min(\.month)? must be .*12.*, got (13|"2025-13-01")$/],
    // Outside the range: the message names the range.
    ['-000722-12-31', RangeError, /^arbitraryDate: options\.min must be a day within -000721-01-01 … 9999-12-31, got "-000722-12-31"$/],
    ['+010000-01-01', RangeError, /^arbitraryDate: options\.min must be a day within -000721-01-01 … 9999-12-31, got "\+010000-01-01"$/],
    ['10000-01-01', TypeError, /^arbitraryDate: options\.min must be an ISO 8601 date/],
    ['-0721-01-01', TypeError, /^arbitraryDate: options\.min must be .*a year before 0 has six digits/],
    ['2025/02/01', TypeError, /^arbitraryDate: options\.min must be .*'YYYY-MM-DD'.*, got "2025\/02\/01"$/],
    ['', TypeError, /^arbitraryDate: options\.min must be .*, got ""$/],
  ])('min %j is a %O', (min, kind, message) => {
    expect(() => arbitraryDate({ min: min as never })).toThrow(kind as ErrorConstructor);
    expect(() => arbitraryDate({ min: min as never })).toThrow(message);
  });

  it.each<[unknown, unknown, RegExp]>([
    [42, TypeError, /^arbitraryDate: options\.min must be .*, got 42$/],
    [null, TypeError, /^arbitraryDate: options\.min must be .*, got null$/],
    [new Date(Number.NaN), TypeError, /^arbitraryDate: options\.min must be a valid Date, got Invalid Date$/],
    [{ year: 2025, month: 2, day: 30 }, RangeError, /^arbitraryDate: options\.min\.day must be between 1 and 28 in 2025-02, got 30$/],
    [{ year: 2025, month: 2 }, TypeError, /^arbitraryDate: options\.min\.day must be an integer\b/],
    [{ year: -722, month: 12, day: 31 }, RangeError, /^arbitraryDate: options\.min must be a day within -000721-01-01 … 9999-12-31, got \{"year":-722,"month":12,"day":31\}$/],
    // A Date 8 days before the first ISO day: the parser's own words, which name the range too.
    [new Date('-000722-12-24T00:00:00+08:00'), RangeError, /^arbitraryDate: options\.min must be an instant whose date in China Standard Time \(UTC\+8\) is within -000721-01-01 … 9999-12-31, got Date\(/],
  ])('min %O is a %O', (min, kind, message) => {
    expect(() => arbitraryDate({ min: min as never })).toThrow(kind as ErrorConstructor);
    expect(() => arbitraryDate({ min: min as never })).toThrow(message);
  });

  it('names max in its own errors', () => {
    expect(() => arbitraryDate({ max: '2025-02-29' })).toThrow(RangeError);
    expect(() => arbitraryDate({ max: '2025-02-29' })).toThrow(/^arbitraryDate: options\.max(\.day)? must be /);
    expect(() => arbitraryDate({ max: '+010000-01-01' })).toThrow(/^arbitraryDate: options\.max must be a day within -000721-01-01 … 9999-12-31, got "\+010000-01-01"$/);
    expect(() => arbitraryDate({ max: 20251218 as never })).toThrow(TypeError);
  });

  it('refuses min after max, naming both', () => {
    expect(() => arbitraryDate({ min: '2025-12-18', max: '2025-01-01' })).toThrow(RangeError);
    expect(() => arbitraryDate({ min: '2025-12-18', max: '2025-01-01' })).toThrow(
      /^arbitraryDate: options\.min must be on or before options\.max \(2025-01-01\), got "2025-12-18"$/,
    );
    expect(() => arbitraryDate({ min: { year: 2025, month: 12, day: 18 }, max: { year: 2025, month: 12, day: 17 } })).toThrow(
      /options\.min must be on or before options\.max \(2025-12-17\), got "2025-12-18"/,
    );
  });

  it('arbitraryAlmanac validates the same bounds under its own name', () => {
    expect(() => arbitraryAlmanac({ min: '2025-02-30' })).toThrow(RangeError);
    expect(() => arbitraryAlmanac({ min: '2025-02-30' })).toThrow(/^arbitraryAlmanac: options\.min(\.day)? must be /);
    expect(() => arbitraryAlmanac({ max: 42 as never })).toThrow(TypeError);
    expect(() => arbitraryAlmanac({ max: 42 as never })).toThrow(/^arbitraryAlmanac: options\.max must be .*, got 42$/);
    expect(() => arbitraryAlmanac({ min: '2025-12-18', max: '2025-01-01' })).toThrow(/^arbitraryAlmanac: options\.min must be on or before options\.max \(2025-01-01\)/);
  });

  it('refuses options that are not an object', () => {
    expect(() => arbitraryDate('2025-01-01' as never)).toThrow(TypeError);
    expect(() => arbitraryDate('2025-01-01' as never)).toThrow(/^arbitraryDate: options must be an object, got "2025-01-01"$/);
  });

  it('accepts the date inputs of the rest of the library', () => {
    const forms: [unknown, unknown][] = [
      ['2025-12-18', '2025-12-18'],
      [{ year: 2025, month: 12, day: 18 }, { year: 2025, month: 12, day: 18 }],
      // A Date is the day it is in China Standard Time, as everywhere else.
      [new Date('2025-12-18T00:00:00+08:00'), new Date('2025-12-18T23:59:59+08:00')],
    ];
    for (const [min, max] of forms) {
      expect(fc.sample(arbitraryDate({ min: min as never, max: max as never }), 3)).toEqual([
        { year: 2025, month: 12, day: 18 }, { year: 2025, month: 12, day: 18 }, { year: 2025, month: 12, day: 18 },
      ]);
    }
  });

  it('defaults to 1900-01-01 … 2100-12-31', () => {
    const sample = fc.sample(arbitraryDate(), { numRuns: 1000, seed: SEED });
    expect(sample.every((d) => d.year >= 1900 && d.year <= 2100)).toBe(true);
    expect(Math.min(...sample.map((d) => d.year))).toBeLessThan(1905);
    expect(Math.max(...sample.map((d) => d.year))).toBeGreaterThan(2095);
    expect(fc.sample(arbitraryDate({ min: '2100-12-31' }), 1)).toEqual([{ year: 2100, month: 12, day: 31 }]);
    expect(fc.sample(arbitraryDate({ max: '1900-01-01' }), 1)).toEqual([{ year: 1900, month: 1, day: 1 }]);
  });

  it('reaches every day of the range: its two ends, year 0, years before 0 and after 2100', () => {
    expect(fc.sample(arbitraryDate({ min: supportedRange.from, max: supportedRange.from }), 1)).toEqual([{ year: -721, month: 1, day: 1 }]);
    expect(fc.sample(arbitraryDate({ min: supportedRange.to, max: supportedRange.to }), 1)).toEqual([{ year: 9999, month: 12, day: 31 }]);
    expect(fc.sample(arbitraryDate({ min: '0000-02-29', max: '+000000-02-29' }), 1)).toEqual([{ year: 0, month: 2, day: 29 }]);
    expect(fc.sample(arbitraryDate({ min: { year: -100, month: 3, day: 1 }, max: '-000100-03-01' }), 1)).toEqual([{ year: -100, month: 3, day: 1 }]);
    const years = fc.sample(arbitraryDate(FULL), { numRuns: 1000, seed: SEED }).map((d) => d.year);
    // 722 of the 10,721 years are before 0, 7,899 after 2100 (fast-check's bias favours the ends a little).
    expect(years.filter((y) => y < 0).length).toBeGreaterThan(30);
    expect(years.filter((y) => y > 2100).length).toBeGreaterThan(500);
    expect(Math.min(...years)).toBeLessThan(-700);
    expect(Math.max(...years)).toBeGreaterThan(9980);
  });

  it('a default never empties the range: min alone after 2100 runs to 9999-12-31, max alone before 1900 starts at -000721-01-01', () => {
    const late = fc.sample(arbitraryDate({ min: '9999-12-01' }), { numRuns: 50, seed: SEED });
    expect(late.every((d) => d.year === 9999 && d.month === 12)).toBe(true);
    expect(counterexample(arbitraryDate({ min: '5000-01-01' }), (d) => d.year < 9000)).toEqual({ year: 9000, month: 1, day: 1 });
    expect(counterexample(arbitraryDate({ max: '-000700-12-31' }), () => false)).toEqual({ year: -721, month: 1, day: 1 });
    expect(counterexample(arbitraryDate({ max: '-000700-12-31', calendar: 'julian' }), () => false)).toEqual({ year: -721, month: 1, day: 1 });
    // Given both, they are what they say: a min after max is still an error.
    expect(() => arbitraryDate({ min: '5000-01-01', max: '4000-01-01' })).toThrow(/options\.min must be on or before options\.max \(4000-01-01\), got "5000-01-01"/);
  });

  it('gives frozen dates', () => {
    for (const d of fc.sample(arbitraryDate(FULL), 20)) expect(Object.isFrozen(d)).toBe(true);
  });
});

describe('arbitraryDate with a calendar', () => {
  it("writes Julian dates with calendar 'julian' (before 1582-10-15), as the functions given it read them", () => {
    // 1500-02-29 exists in the Julian calendar only; 1582-10-05 … 14 in the proleptic Gregorian only.
    expect(fc.sample(arbitraryDate({ min: '1500-02-29', max: '1500-02-29', calendar: 'julian' }), 1)).toEqual([{ year: 1500, month: 2, day: 29 }]);
    const october = fc.sample(arbitraryDate({ min: '1582-10-01', max: '1582-10-31', calendar: 'julian' }), { numRuns: 500, seed: SEED });
    expect([...new Set(october.map((d) => d.day))].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, ...Array.from({ length: 17 }, (_, i) => 15 + i)]);
    // The same physical day in each reading.
    expect(fc.sample(arbitraryDate({ min: '1000-01-01', max: '1000-01-01', calendar: 'julian' }), 1)).toEqual([{ year: 1000, month: 1, day: 1 }]);
    expect(fc.sample(arbitraryDate({ min: '1000-01-01', max: '1000-01-01' }), 1)).toEqual([{ year: 1000, month: 1, day: 1 }]);
  });

  it("starts the range 8 days earlier with calendar 'julian' (its −0721-01-01 is ISO −0722-12-24)", () => {
    expect(counterexample(arbitraryDate({ ...FULL, calendar: 'julian' }), () => false)).toEqual({ year: -721, month: 1, day: 1 });
    expect(() => arbitraryDate({ min: '-000722-12-31', calendar: 'julian' })).toThrow(
      /^arbitraryDate: options\.min must be a day within -000721-01-01 … 9999-12-31 with calendar 'julian', got "-000722-12-31"$/,
    );
  });

  it('reads the bounds in the calendar: a day that calendar has not is refused in its words', () => {
    expect(() => arbitraryDate({ min: '1582-10-10', calendar: 'julian' })).toThrow(RangeError);
    expect(() => arbitraryDate({ min: '1582-10-10', calendar: 'julian' })).toThrow(/^arbitraryDate: options\.min\.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian'/);
    expect(() => arbitraryDate({ max: '1500-02-29' })).toThrow(/^arbitraryDate: options\.max\.day must be between 1 and 28 in 1500-02 \(proleptic Gregorian/);
  });

  it('refuses an unknown calendar, as the library does', () => {
    expect(() => arbitraryDate({ calendar: 'gregorian' as SolarCalendar })).toThrow(RangeError);
    expect(() => arbitraryDate({ calendar: 'gregorian' as SolarCalendar })).toThrow(/^arbitraryDate: options\.calendar must be 'iso8601' or 'julian', got "gregorian"$/);
    expect(() => arbitraryAlmanac({ calendar: 1 as never })).toThrow(TypeError);
  });

  it('shrinks the examples it is given in its calendar', () => {
    const julian = arbitraryDate({ min: '1500-01-01', max: '1500-12-31', calendar: 'julian' });
    const result = fc.check(fc.property(julian, (d) => !(d.month === 2 && d.day === 29)), { seed: SEED, numRuns: 1, examples: [[{ year: 1500, month: 2, day: 29 }]] });
    expect(result.counterexample).toEqual([{ year: 1500, month: 2, day: 29 }]);
  });
  it('gives frozen dates', () => {
    for (const d of fc.sample(arbitraryDate(), 20)) expect(Object.isFrozen(d)).toBe(true);
  });
});

describe('shrinking', () => {
  it('a property that always fails shrinks to min (the default 1900-01-01, not 1970-01-01)', () => {
    expect(counterexample(arbitraryDate(), () => false)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  it('shrinks to min inside a range that lies before 1970 (not to max)', () => {
    expect(counterexample(arbitraryDate({ max: '1960-06-30' }), () => false)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(counterexample(arbitraryDate({ min: '1920-03-15', max: '1960-06-30' }), () => false)).toEqual({ year: 1920, month: 3, day: 15 });
  });

  it('shrinks to min inside a range around 1970', () => {
    expect(counterexample(arbitraryDate({ min: '1950-06-15', max: '2000-01-01' }), (d) => d.year >= 1990)).toEqual({ year: 1950, month: 6, day: 15 });
  });

  it('shrinks to the first day of the whole range, and to year 0 from the negative years', () => {
    expect(counterexample(arbitraryDate(FULL), () => false)).toEqual({ year: -721, month: 1, day: 1 });
    expect(counterexample(arbitraryDate(FULL), (d) => d.year < 0)).toEqual({ year: 0, month: 1, day: 1 });
    expect(counterexample(arbitraryDate(FULL), (d) => d.year < 2101)).toEqual({ year: 2101, month: 1, day: 1 });
  });

  it('a property that fails for every day from some date on shrinks to exactly that day', () => {
    expect(counterexample(arbitraryDate(), (d) => iso(d) < '2033-12-22')).toEqual({ year: 2033, month: 12, day: 22 });
    expect(counterexample(arbitraryDate(), (d) => iso(d) < '1931-05-07')).toEqual({ year: 1931, month: 5, day: 7 });
    expect(counterexample(arbitraryDate({ min: '1901-01-01', max: '1969-12-31' }), (d) => iso(d) < '1950-02-17')).toEqual({ year: 1950, month: 2, day: 17 });
  });

  it('arbitraryAlmanac shrinks to the page of min', () => {
    expect(counterexample(arbitraryAlmanac(), () => false)?.date).toBe('1900-01-01');
    expect(counterexample(arbitraryAlmanac({ max: '1960-06-30' }), (a) => a.date < '1930-01-01')?.date).toBe('1930-01-01');
  });

  it('arbitraryPillar shrinks to 甲子', () => {
    expect(counterexample(arbitraryPillar(), () => false)?.name).toBe('甲子');
  });
});

describe('types', () => {
  it("accept the library's date inputs and results (checked by tsc)", () => {
    expectTypeOf(arbitraryDate).parameter(0).toEqualTypeOf<{ readonly min?: DateInput; readonly max?: DateInput; readonly calendar?: SolarCalendar } | undefined>();
    expectTypeOf(arbitraryDate({ min: { year: 2025, month: 1, day: 1 }, max: new Date() })).toEqualTypeOf<fc.Arbitrary<CivilDate>>();
    expectTypeOf(almanacViolations).toBeCallableWith(almanac('2025-12-18'));
    expectTypeOf(almanacViolations).returns.toEqualTypeOf<string[]>();
    expectTypeOf(calendarViolations).toBeCallableWith({ year: 2025, month: 12, day: 18 });
    expectTypeOf(calendarViolations).toBeCallableWith('2025-12-18');
    expectTypeOf(calendarViolations).toBeCallableWith('1500-02-29', { calendar: 'julian' });
    expectTypeOf(almanacViolations).toBeCallableWith(almanac('1500-02-29', { calendar: 'julian' }), { calendar: 'julian' });
  });
});
