import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { getFortuneFactors, sumToScore, type FortuneInput } from '../../src/fortune/computeFortune';
import { activities, almanac, defaultFortuneModel, fortune } from '../../src/index';
import defaultModel from '../../data/fortune-model.json';
import { civilDate } from '../support/arbitraries';

const inputOf = (d: { year: number; month: number; day: number }): FortuneInput => {
  const a = almanac(d);
  const p = a.fortune.elements;
  return {
    yi: a.yi, ji: a.ji, officer: a.officer, deityType: a.deity.type, deityName: a.deity.name,
    stemRelation: p.stem.relation, branchRelation: p.branch.relation, lunarDay: a.lunar.day, mansionName: a.mansion.name, mansionLuck: a.mansion.luck,
  };
};

test.prop([civilDate, fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined })])(
  'the score is an integer in −10 … 10 and the clamped sum of its factors',
  (d, sentiment) => {
    const f = fortune(d, sentiment === undefined ? {} : { sentiment });
    expect(Number.isInteger(f.score)).toBe(true);
    expect(Math.abs(f.score)).toBeLessThanOrEqual(10);
    const sum = f.factors.reduce((s, factor) => s + factor.weight, 0);
    expect(f.score).toBe(Math.max(-10, Math.min(10, sum)));
    for (const factor of f.factors) expect(Number.isInteger(factor.weight)).toBe(true);
  },
);

test.prop([civilDate, fc.nat()])('moving a trade activity from 忌 to 宜 never lowers the score', (d, pick) => {
  const model = defaultFortuneModel;
  const input = inputOf(d);
  const trade = model.tradeActivities[pick % model.tradeActivities.length] as string;
  const before = sumToScore(getFortuneFactors({ ...input, ji: [...input.ji.filter((x) => x !== trade), trade], yi: input.yi.filter((x) => x !== trade) }, model));
  const after = sumToScore(getFortuneFactors({ ...input, ji: input.ji.filter((x) => x !== trade), yi: [...input.yi.filter((x) => x !== trade), trade] }, model));
  expect(after).toBeGreaterThanOrEqual(before);
});

test.prop([civilDate])('the result is the same on every call, frozen, and JSON-stable', (d) => {
  const a = fortune(d);
  const b = fortune(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
  expect(b).toEqual(a);
  expect(Object.isFrozen(a) && Object.isFrozen(a.factors) && Object.isFrozen(a.month)).toBe(true);
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
});

test.prop([civilDate, fc.constantFrom('officer', 'mansion', 'deity'), fc.integer({ min: -10, max: 10 })])(
  'a custom model changes the score exactly as its weights say',
  (d, table, value) => {
    const base = fortune(d);
    const model = JSON.parse(JSON.stringify(defaultModel)) as typeof defaultModel;
    const factor = base.factors.find((f) => f.key === table);
    const weights = model.weights[table] as Record<string, number>;
    for (const key of Object.keys(weights)) weights[key] = value; // the same weight whatever the day's value
    const changed = fortune(d, { model });
    const sum = base.factors.reduce((s, f) => s + (f.key === table ? value : f.weight), 0);
    expect(changed.score).toBe(Math.max(-10, Math.min(10, sum)));
    expect(changed.factors.find((f) => f.key === table)?.weight).toBe(value);
    expect(factor).toBeDefined();
  },
);

test.prop([civilDate, fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined })])(
  'the factors are those the model defines for the day (getFortuneFactors), however they are memoised',
  (d, sentiment) => {
    const f = fortune(d, sentiment === undefined ? {} : { sentiment });
    const [stemText = '', branchText = ''] = f.elements.text.split(',');
    expect(f.factors).toEqual(getFortuneFactors({ ...inputOf(d), sentiment }, defaultFortuneModel, [stemText, branchText]));
  },
);

test.prop([fc.constantFrom(...activities)])('only the model’s trade activities count as trade', (activity) => {
  const model = defaultFortuneModel;
  const input = inputOf({ year: 2025, month: 12, day: 18 });
  const factors = getFortuneFactors({ ...input, yi: [activity], ji: [] }, model);
  const expected = model.tradeActivities.includes(activity) ? model.weights.tradeInYi : 0;
  expect(factors.find((f) => f.key === 'trade-yi')?.weight).toBe(expected);
});
