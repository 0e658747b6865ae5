/**
 * The public types of huangli/select, checked by the compiler (`npm run typecheck` covers test/):
 * each `@ts-expect-error` line must stay an error. The runtime assertions keep vitest honest.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Activity } from '../../src/index';
import { findDays, isGoodFor, type FindDaysReason, type FoundDay, type PlainActivity } from '../../src/select/index';

describe('huangli/select types', () => {
  it('types activities without the markers, officers, and the reasons as a union on criterion', () => {
    expectTypeOf<'嫁娶'>().toExtend<PlainActivity>();
    expectTypeOf<'诸事不宜'>().toExtend<Activity>();
    expectTypeOf<'诸事不宜'>().not.toExtend<PlainActivity>();
    expectTypeOf<'馀事勿取'>().not.toExtend<PlainActivity>();
    expectTypeOf(findDays({ from: '2025-01-01', to: '2025-01-02' })).toEqualTypeOf<Generator<FoundDay, void, undefined>>();

    // @ts-expect-error '结婚' is not an activity of the tables
    expect(() => isGoodFor('2025-12-18', '结婚')).toThrow(RangeError);
    // @ts-expect-error a marker is not an activity to ask about
    expect(() => findDays({ from: '2025-01-01', to: '2025-01-02', yi: ['馀事勿取'] })).toThrow(RangeError);
    // @ts-expect-error '收日' is not an officer
    expect(() => findDays({ from: '2025-01-01', to: '2025-01-02', officers: ['收日'] })).toThrow(RangeError);
    // @ts-expect-error '午' is a branch, not an animal
    expect(() => findDays({ from: '2025-01-01', to: '2025-01-02', notClash: '午' })).toThrow(RangeError);

    const [day] = findDays({ from: '2026-01-05', to: '2026-01-05', officers: ['满'] });
    const reason = day?.reasons[0] as FindDaysReason;
    if (reason.criterion === 'officers') expectTypeOf(reason.officer).toEqualTypeOf<'建' | '除' | '满' | '平' | '定' | '执' | '破' | '危' | '成' | '收' | '开' | '闭'>();
    expect(reason).toEqual({ criterion: 'officers', officer: '满' });
  });
});
