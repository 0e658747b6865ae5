/**
 * Every lunation and every term (npm run test:full): src/lunar/calendarDays.ts against
 * lunar-javascript's calcShuo / calcQi at the arguments LunarYear._compute passes, for every lunar
 * year -722 … 10000 (its months' first days checked against LunarYear too), and at the library's
 * own argument for every lunation and term of the generated range. The same check as
 * `npx tsx scripts/verify-calendar-days.ts`.
 */
import { describe, expect, it } from 'vitest';
import { calendarFirstLunation, calendarFirstTerm, calendarLastLunation, calendarLastTerm } from '../../src/data/calendarDays.generated';
import { verifyItems, verifyYears } from '../../scripts/verify-calendar-days';

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('calendar days, every lunation and term', () => {
  for (const [from, to] of [[-722, 1644], [1645, 1959], [1960, 5000], [5001, 10000]] as const) {
    it(`LunarYear's arguments, years ${from} … ${to}`, () => {
      const r = verifyYears(years(from, to));
      expect(r.differences).toEqual([]);
      expect(r.terms).toBe(26 * (to - from + 1));
      expect(r.newMoons).toBe(16 * (to - from + 1));
    });
  }

  it('the library\'s own argument, every lunation and term of the generated range', () => {
    const r = verifyItems([calendarFirstLunation, calendarLastLunation], [calendarFirstTerm, calendarLastTerm]);
    expect(r.differences).toEqual([]);
    expect(r.newMoons).toBe(calendarLastLunation - calendarFirstLunation + 1);
    expect(r.terms).toBe(calendarLastTerm - calendarFirstTerm + 1);
  });
});
