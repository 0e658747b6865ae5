/**
 * The term instants the calendar shows (src/astro/termInstants.ts): the engine's instant rounded
 * to the second plus the generated corrections, and the fast day of that instant. Every term of
 * the range is checked in termInstants.full.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { getJieDay, getTermDisplayDay, getTermSecond } from '../../src/astro/termInstants';
import { toEpochDay } from '../../src/calendar/epochDay';
import { JIE_MAY_PRECEDE_MONTH } from '../../src/pillars/getPillarIndices';
import { readFileSync } from 'node:fs';
import { seededRandom } from '../support/seededRandom';

const FIRST = 24 * (-722 - 2000) + 19;
const LAST = 24 * (10000 - 2000) + 42;
// The corrected terms, from the readable copy of the data.
const corrected = readFileSync(new URL('../../data/astro/term-corrections.tsv', import.meta.url), 'utf8')
  .split('\n').filter((line) => /^-?\d/.test(line)).map((line) => Number(line.split('\t')[0]));

describe('getTermDisplayDay', () => {
  it('is the day of the shown second for every corrected term and 3,000 random ones', () => {
    expect(corrected.length).toBe(192);
    const random = seededRandom(20251218);
    const ks = [...corrected, ...Array.from({ length: 3000 }, () => FIRST + Math.floor(random() * (LAST - FIRST)))];
    for (const k of ks) expect(getTermDisplayDay(k)).toBe(Math.floor(getTermSecond(k) / 86400));
  });

  it('puts 1979 大寒 (23:59:56) on 01-20', () => {
    const k = 24 * (1979 - 2000) + 20;
    expect(getTermSecond(k) % 86400).toBe(86396);
    expect(getTermDisplayDay(k)).toBe(Math.floor(Date.UTC(1979, 0, 20) / 86400000));
  });
});

describe('the 节 and their months', () => {
  it('before JIE_MAY_PRECEDE_MONTH every 节 falls in its own Gregorian month (小寒 in January … 大雪 in December); after it some do not', () => {
    const early: string[] = [];
    for (let year = -721; year < JIE_MAY_PRECEDE_MONTH; year++) {
      for (let j = 0; j < 12; j++) if (getJieDay(year, j) < toEpochDay(year, j + 1, 1)) early.push(`${year}/${j}`);
    }
    expect(early).toEqual([]);
    expect(getJieDay(9999, 11)).toBe(toEpochDay(9999, 11, 30)); // 大雪 9999 on 11-30
  });
});
