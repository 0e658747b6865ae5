/**
 * Every day of the range, −0721-01-01 … 9999-12-31 read as the reference reads it (Julian before
 * 1582-10-15): `buddhistDay` and `taoistDay` against lunar-javascript's Foto and Tao code, item
 * by item (test/support/observancesDifferential.ts). The reference's code runs on a light Lunar
 * whose inputs are the values that the calendar, pillar and festival sweeps compare with the
 * reference on every day (observances.test.ts checks that light Lunar against the real one on a
 * sample), and on the real reference's Lunar for the six fasting days' month length.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromEpochDayIn } from '../../src/calendar/julianCalendar';
import { everyReferenceDay } from '../support/rangeDays';
import { REF_SPLIT_YEARS } from '../support/lunarYearDifferential';
import { compareObservances, referenceFestivalNames, sixDaysContradictions, type ObservanceComparison } from '../support/observancesDifferential';


describe('the Buddhist and Taoist days of every day of −0721 … 9999 against lunar-javascript', () => {
  let result: ObservanceComparison;
  beforeAll(() => {
    result = compareObservances(everyReferenceDay(), { via: 'light' });
  });

  it('covers the 3,915,772 days of the range with zero differences', () => {
    expect(result.days).toBe(3_915_772);
    expect(result.differences).toEqual([]);
    expect(result.differenceCount).toBe(0);
  });

  it('meets every festival of the reference\'s tables', () => {
    const { buddhist, taoist } = referenceFestivalNames();
    expect(buddhist.filter((name) => !(result.counts[`佛 ${name}`]! > 0))).toEqual([]);
    expect(taoist.filter((name) => !(result.counts[`道 ${name}`]! > 0))).toEqual([]);
  });

  it('counts the Buddhist era as the lunar year + 544 but on the 7 days of 王莽\'s era when a lunar year began in December', () => {
    // The reference counts from the solar year: lunar year + 542 between such a 正月初一 and 1 January.
    expect(result.otherEraYears.map((n) => { const d = fromEpochDayIn('julian', n); return `${d.year}-${d.month}-${d.day}`; }))
      .toEqual(['15-12-30', '15-12-31', '18-12-27', '18-12-28', '18-12-29', '18-12-30', '18-12-31']);
  });

  it('follows the reference\'s Lunar on the six fasting days only where its LunarYear misplaces a month', () => {
    const years = new Set([...sixDaysContradictions.keys()].map((day) => Number(/\(lunar (-?\d+)\)/.exec(day)![1])));
    expect([...years].sort((a, b) => a - b)).toEqual([...REF_SPLIT_YEARS].sort((a, b) => a - b));
    expect([...sixDaysContradictions.values()].filter((said) => typeof said === 'string').length).toBe(25);
  });
});
