/**
 * The memo of model inputs (src/fortune/modelInputMemo.ts): a plain `options.model` equal to one
 * read recently is given the model read then, a deep-frozen one is kept by identity. It must be
 * unobservable: every call answers as if its input were validated afresh, which
 * `createFortuneModel` on a deep copy of the input (a new object, so no memo can answer for it)
 * does. The properties run sequences of calls that reuse, mutate and replace inputs.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFortuneModel, fortune } from '../../src/index';
import { civilDate } from '../support/arbitraries';

const OFFICERS = ['建', '除', '满', '平', '定', '执', '破', '危', '成', '收', '开', '闭'] as const;
type Input = { weights?: { tradeInYi?: number; officer?: Record<string, number> }; version?: string };

type Day = string | { year: number; month: number; day: number };
/** A call's value, or its error as `Name: message`. */
const answer = (call: () => unknown): unknown => {
  try {
    return call();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : error;
  }
};
/** fortune() with `input` as its model option. */
const viaOption = (day: Day, input: unknown): unknown => answer(() => fortune(day, { model: input as Input }));
/** What validating `input` as it is now gives: the model made from a deep copy of it (its errors as fortune's). */
const oracle = (day: Day, input: unknown): unknown => {
  const value = answer(() => fortune(day, { model: createFortuneModel(structuredClone(input) as Input) }));
  return typeof value === 'string' ? value.replace(': createFortuneModel: ', ': fortune: ') : value;
};
const fresh = (input: unknown): unknown => oracle('2025-12-18', input);

const weight = fc.integer({ min: -12, max: 12 }); // a few out of range: those must throw every time
const step = fc.oneof(
  fc.record({ kind: fc.constant('new' as const), tradeInYi: weight }),
  fc.record({ kind: fc.constant('setTrade' as const), tradeInYi: weight }),
  fc.record({ kind: fc.constant('setOfficer' as const), officer: fc.constantFrom(...OFFICERS), value: weight }),
  fc.record({ kind: fc.constant('addUnknown' as const) }),
  fc.record({ kind: fc.constant('deleteUnknown' as const) }),
  fc.record({ kind: fc.constant('freshCopy' as const) }),
  fc.record({ kind: fc.constant('reuse' as const) }),
);

describe('options.model given as a plain object', () => {
  test.prop([fc.array(fc.tuple(step, civilDate), { minLength: 1, maxLength: 25 })])(
    'answers every call of a sequence as a fresh validation of the input as it is then',
    (steps) => {
      let input: Input & Record<string, unknown> = { weights: { tradeInYi: 1 } };
      for (const [s, day] of steps) {
        if (s.kind === 'new') input = { weights: { tradeInYi: s.tradeInYi } };
        else if (s.kind === 'setTrade') (input.weights ??= {}).tradeInYi = s.tradeInYi;
        else if (s.kind === 'setOfficer') ((input.weights ??= {}).officer ??= {})[s.officer] = s.value;
        else if (s.kind === 'addUnknown') (input.weights as Record<string, unknown> | undefined ?? input)['typo'] = 1;
        else if (s.kind === 'deleteUnknown') { delete input['typo']; if (input.weights) delete (input.weights as Record<string, unknown>)['typo']; }
        else if (s.kind === 'freshCopy') input = structuredClone(input);
        expect(viaOption(day, input)).toEqual(oracle(day, input));
      }
    },
  );

  it('follows a mutation made between two calls with the same object', () => {
    const input = { weights: { officer: { 收: 0 } } };
    const before = fortune('2025-12-18', { model: input });
    input.weights.officer.收 = 10;
    const after = fortune('2025-12-18', { model: input });
    expect(after).toEqual(fresh(input));
    expect(after).not.toEqual(before);
  });

  it('refuses an unknown key added to an input that was accepted before', () => {
    const input: Record<string, unknown> = { weights: { tradeInYi: 2 } };
    expect(() => fortune('2025-12-18', { model: input })).not.toThrow();
    (input['weights'] as Record<string, unknown>)['tradeInYI'] = 2;
    expect(() => fortune('2025-12-18', { model: input })).toThrow(RangeError);
  });

  it('reads a getter on every call', () => {
    let value = 0;
    const input = { weights: { get tradeInYi() { return value; } } };
    const scores = [0, 5, 5, -5].map((v) => {
      value = v;
      return fortune('2025-12-18', { model: input });
    });
    expect(scores).toEqual([0, 5, 5, -5].map((v) => fresh({ weights: { tradeInYi: v } })));
  });

  it('keeps a deep-frozen input by identity, and its answers are those of its content', () => {
    const input = Object.freeze({ weights: Object.freeze({ officer: Object.freeze({ 收: 4 }) }) });
    expect(fortune('2025-12-18', { model: input })).toEqual(fresh(input));
    expect(fortune('2026-01-01', { model: input })).toEqual(oracle({ year: 2026, month: 1, day: 1 }, input));
  });

  it('does not keep a frozen input with a getter by identity', () => {
    let value = 1;
    const input = Object.freeze({ weights: Object.freeze({ get tradeInYi() { return value; } }) });
    const first = fortune('2025-12-18', { model: input });
    value = -3;
    expect(first).toEqual(fresh({ weights: { tradeInYi: 1 } }));
    expect(fortune('2025-12-18', { model: input })).toEqual(fresh({ weights: { tradeInYi: -3 } }));
  });
});
