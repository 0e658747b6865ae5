/**
 * almanac() over the whole range against lunar-javascript's defaults (test/support/almanacDifferential.ts),
 * sampled: 1,500 random days of 1 … 9998 read as the reference reads them (Julian before
 * 1582-10-15), the first and last days of that span and the Octobers of 1582. Years before 1 and
 * 9999 are left out: there the reference's month pillar, which keys 宜/忌, 建除 and the month's
 * 神煞, is broken (docs/calendar.md, "Where the reference contradicts itself"); the calendar
 * differential (range.test.ts) covers them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDayIn, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { compareAlmanac } from '../support/almanacDifferential';
import { SEED } from '../support/setup';

const first = toEpochDayIn('julian', 1, 1, 1);
const last = toEpochDayIn('julian', 9998, 12, 31);
const picked = new Set(fc.sample(fc.integer({ min: first, max: last }), { seed: SEED, numRuns: 1500 }));
for (let i = 0; i < 40; i++) picked.add(first + i).add(last - i);
for (let n = toEpochDayIn('julian', 1582, 9, 25); n <= toEpochDayIn('julian', 1582, 11, 5); n++) picked.add(n);
const days = [...picked].sort((a, b) => a - b).map((n) => fromEpochDayIn('julian', n));

describe(`almanac() on ${days.length.toLocaleString('en-US')} days of 1 … 9998 against lunar-javascript (seed ${SEED})`, () => {
  it('has zero differences in 宜/忌, clash, 彭祖, 建除, 天神, 纳音 (day, lunar year, month), 日禄, 宿, 月相, 神煞, directions, 胎神, 九星, festivals and the hours (with their 纳音, 旬, 旬空 and directions)', () => {
    expect(compareAlmanac(days, 'julian').differences).toEqual({});
  });
});
