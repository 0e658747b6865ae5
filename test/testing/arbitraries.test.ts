// Issue 9, item 5: the testing kit validates its bounds with the library's one parser, and its
// counterexamples shrink towards `min` (they used to shrink towards 1970-01-01, epoch day 0).
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { almanac } from '../../src/index';
import { almanacViolations, arbitraryAlmanac, arbitraryDate, arbitraryPillar, calendarViolations } from '../../src/testing/index';
import type { CivilDate, DateInput } from '../../src/types';

const SEED = 20251218;
const iso = (d: CivilDate): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

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
    ['1899-12-31', RangeError, /^arbitraryDate: options\.min(\.year)? must be .*1900.*, got (1899|"1899-12-31")$/],
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
  ])('min %O is a %O', (min, kind, message) => {
    expect(() => arbitraryDate({ min: min as never })).toThrow(kind as ErrorConstructor);
    expect(() => arbitraryDate({ min: min as never })).toThrow(message);
  });

  it('names max in its own errors', () => {
    expect(() => arbitraryDate({ max: '2025-02-29' })).toThrow(RangeError);
    expect(() => arbitraryDate({ max: '2025-02-29' })).toThrow(/^arbitraryDate: options\.max(\.day)? must be /);
    expect(() => arbitraryDate({ max: '2101-01-01' })).toThrow(/^arbitraryDate: options\.max(\.year)? must be /);
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

  it('spans the whole range by default, and the edges are reachable', () => {
    expect(fc.sample(arbitraryDate({ min: '1900-01-01', max: '1900-01-01' }), 1)).toEqual([{ year: 1900, month: 1, day: 1 }]);
    expect(fc.sample(arbitraryDate({ min: '2100-12-31' }), 1)).toEqual([{ year: 2100, month: 12, day: 31 }]);
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
    expectTypeOf(arbitraryDate).parameter(0).toEqualTypeOf<{ readonly min?: DateInput; readonly max?: DateInput } | undefined>();
    expectTypeOf(arbitraryDate({ min: { year: 2025, month: 1, day: 1 }, max: new Date() })).toEqualTypeOf<fc.Arbitrary<CivilDate>>();
    expectTypeOf(almanacViolations).toBeCallableWith(almanac('2025-12-18'));
    expectTypeOf(almanacViolations).returns.toEqualTypeOf<string[]>();
    expectTypeOf(calendarViolations).toBeCallableWith({ year: 2025, month: 12, day: 18 });
    expectTypeOf(calendarViolations).toBeCallableWith('2025-12-18');
  });
});
