/**
 * findDays() over the whole of 1900-01-01 … 2100-12-31 for a set of queries, against the
 * brute-force filter over almanac() (./bruteForce.ts): every day's almanac is built once, and
 * every query is read off it. Run: npx vitest run --config vitest.full.config.ts test/select/findDays.full.test.ts
 */
import { describe, expect, it } from 'vitest';
import { almanac } from '../../src/index';
import { findDays, type FindDaysOptions, type FindDaysQuery, type FoundDay } from '../../src/select/index';
import { reasonsOf } from './bruteForce';

const FROM = '1900-01-01';
const TO = '2100-12-31';
const cases: [string, FindDaysQuery, FindDaysOptions?][] = [
  ['嫁娶, not 马, 黄道 (the bench query)', { from: FROM, to: TO, yi: ['嫁娶'], notClash: '马', huangDao: true }],
  ['开市 and 交易, not 忌 安葬, 成/开, weekends', { from: FROM, to: TO, yi: ['开市', '交易'], notJi: ['安葬'], officers: ['成', '开'], weekdays: [0, 6] }],
  ['score ≥ 6', { from: FROM, to: TO, minScore: 6 }],
  ['score ≥ 4 with a model and a sentiment', { from: FROM, to: TO, minScore: 4 }, { model: { weights: { tradeInYi: 3, officer: { 收: 2 } } }, sentiment: 20 }],
  ['not 出行 bad, no 诸事不宜, 吉 mansions', { from: FROM, to: TO, notJi: ['出行'], skipNothingGood: true, mansionLuck: '吉' }],
  ['安葬, a 1990 birth, clash only, 黑道', { from: FROM, to: TO, yi: ['安葬'], notClash: { birth: '1990-01-20' }, sha: false, huangDao: false }],
  ['入宅 and 移徙, 宜/忌 at 00:00', { from: FROM, to: TO, yi: ['入宅', '移徙'] }, { monthBoundary: 'instant' }],
  ['开市 on working days, 2002–2026 (the holiday data)', { from: '2002-01-01', to: '2026-12-24', yi: ['开市'], workday: true }],
  ['days off that suit 出行, 2002–2026', { from: '2002-01-01', to: '2026-12-24', yi: ['出行'], workday: false }],
];

describe('findDays() over 1900–2100 equals brute force over almanac()', () => {
  it(`for ${cases.length} queries`, () => {
    const expected: FoundDay[][] = cases.map(() => []);
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const plain = almanac(new Date(t));
      const instant = almanac(new Date(t), { monthBoundary: 'instant' });
      cases.forEach(([, q, options], i) => {
        if (plain.date < (q.from as string) || plain.date > (q.to as string)) return;
        const a = options?.monthBoundary === 'instant' ? instant : options?.model !== undefined ? almanac(new Date(t), options) : plain;
        const reasons = reasonsOf(a, q, options);
        if (reasons !== undefined) (expected[i] as FoundDay[]).push({ date: a.date, reasons });
      });
    }
    cases.forEach(([name, q, options], i) => {
      const found = [...findDays(q, options)];
      expect(found.length, name).toBeGreaterThan(100);
      expect(found, name).toEqual(expected[i]);
    });
  });
});
