// Every month 1900–2100 (2,412 months; Monday first in even years, Sunday first in odd ones)
// against the reference, and every in-month cell's score and festivals against almanac().
import { describe, expect, it } from 'vitest';
import { almanac } from '../../src/index';
import { compareMonthGrid } from '../support/gridReference';

describe('monthGrid, every month 1900–2100', () => {
  it('monthGrid for every month 1900–2100 has 28–31 in-month cells, correct weekdays and the lunar labels of the reference (lunar-javascript)', () => {
    const problems: string[] = [];
    const pageDifferences: string[] = [];
    let months = 0;
    let cells = 0;
    const labels = new Map<string, number>();
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        problems.push(...compareMonthGrid(year, month, year % 2 === 0 ? 'monday' : 'sunday', (cell) => {
          cells++;
          labels.set(cell.labelKind, (labels.get(cell.labelKind) ?? 0) + 1);
          const page = almanac(cell.date);
          if (cell.score !== page.fortune.score || JSON.stringify(cell.festivals) !== JSON.stringify(page.festivals)) pageDifferences.push(cell.date);
        }));
        months++;
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(pageDifferences.slice(0, 20)).toEqual([]);
    expect([months, cells]).toEqual([2412, 73414]);
    // Every kind of label occurs (the cell-by-cell comparison above decides which one each day shows).
    expect([...labels.keys()].sort()).toEqual(['day', 'festival', 'month', 'term']);
    console.log(`monthGrid 1900–2100: ${months} months, ${cells} days; labels ${JSON.stringify(Object.fromEntries(labels))}`);
  });
});
