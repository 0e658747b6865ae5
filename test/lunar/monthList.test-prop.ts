/**
 * The lookup of a day in a year's month list from the list's shape (findMonthIndex and the
 * months named by arithmetic, as lunarDate reads them) against scanning the whole list that
 * getMonthList builds and names month by month, over the whole range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findMonthIndex, getLeapIndex, getListMonth, getListMonthYear, getMonthList, getMonthListShape, isRenamedList,
} from '../../src/lunar/monthList';

describe('findMonthIndex', () => {
  it('finds the month that scanning the list finds, and names it as the list does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -721, max: 10000 }), fc.integer({ min: 0, max: 440 }), (year, offset) => {
        const list = getMonthList(year);
        const first = list[0]!.firstDay;
        const end = list[14]!.firstDay + list[14]!.days;
        const day = first + (offset % (end - first));
        const shape = getMonthListShape(year);
        const i = findMonthIndex(shape, day);
        const scanned = list.findIndex((m) => day >= m.firstDay && day < m.firstDay + m.days);
        expect(i).toBe(scanned);
        if (isRenamedList(shape)) {
          // Only the renaming eras (9–23, 237–239) are named by the list alone.
          expect((year >= 7 && year <= 25) || (year >= 235 && year <= 241)).toBe(true);
        } else {
          const m = list[i]!;
          expect([getListMonthYear(shape, year, i), getListMonth(shape, i), i === getLeapIndex(shape)]).toEqual([m.year, m.month, m.leap]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('marks the lists of the renaming eras', () => {
    expect(isRenamedList(getMonthListShape(237))).toBe(true);
    expect(isRenamedList(getMonthListShape(2025))).toBe(false);
  });

  it('throws for a day outside the list', () => {
    expect(() => findMonthIndex(getMonthListShape(2025), getMonthList(2025)[0]!.firstDay - 1)).toThrow(RangeError);
  });
});
