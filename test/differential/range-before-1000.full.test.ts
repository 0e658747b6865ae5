/**
 * Every day of -721 … 999 against the reference (lunar-javascript): lunar date, pillars and the
 * fromLunar round trip (test/support/rangeDifferential.ts). Zero differences are allowed. One of four
 * sweeps of the whole range, run by `npm run test:full`; range.test.ts samples it in `npm test`.
 */
import { expect } from 'vitest';
import { describeRangeSweep } from '../support/rangeDifferential';

describeRangeSweep(-721, 999, ({ contradictions }) => {
  // Where the reference's lists of two years disagree (rangeDifferential): 74 December days of
  // 14 years before 1 CE, each 腊月 by the reference's getLunar() and 闰冬月 by the next year's list.
  expect(contradictions.length).toBe(74);
  const years = new Set(contradictions.map((c) => (JSON.parse(c.slice(0, c.indexOf('}') + 1)) as { year: number }).year));
  expect([...years]).toEqual([-647, -590, -571, -533, -438, -381, -256, -199, -180, -161, -142, -123, -77, -1]);
  for (const c of contradictions) expect(c).toMatch(/"month":12,.*: 腊月(\S+) vs 闰冬月\1$/);
});
