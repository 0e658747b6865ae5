/**
 * fromBaZi with `timeZone` against pillars() on every minute of a whole year (`npm run
 * test:full`): the year 2025 on the clocks of New York, London and Lord Howe Island (a
 * 30-minute change) and 1883 in New York (the end of its local mean time), both 子时
 * conventions. Each stretch of one chart starts at one moment (test/bazi/zoneScan.ts finds it to
 * the second), and fromBaZi must give exactly those moments, for every chart of the year.
 */
import { describe, expect, it } from 'vitest';
import { fromBaZi } from '../../src/bazi/index';
import { scanStarts, toUnix } from './zoneScan';

const YEARS: readonly [string, number][] = [['America/New_York', 2025], ['Europe/London', 2025], ['Australia/Lord_Howe', 2025], ['America/New_York', 1883]];

describe('fromBaZi with timeZone, every minute of a year', () => {
  it.each(YEARS)('%s, %i', (timeZone, year) => {
    const from = Date.UTC(year, 0, 1) / 1000;
    const to = Date.UTC(year, 11, 31, 23, 59) / 1000;
    let charts = 0;
    for (const dayBoundary of ['midnight', '23:00'] as const) {
      const starts = scanStarts(timeZone, dayBoundary, from, to);
      for (const [chart, expected] of starts) {
        const query = { year: chart.slice(0, 2), month: chart.slice(2, 4), day: chart.slice(4, 6), hour: chart.slice(6, 8) };
        const found = fromBaZi(query, { timeZone, dayBoundary, from: new Date(from * 1000), to: new Date(to * 1000) });
        expect(found.map((r) => toUnix(r, timeZone)), `${chart} (${dayBoundary})`).toEqual(expected);
      }
      charts += starts.size;
    }
    // A year holds about 365 × 12 windows, plus the midnight cuts and the 12 节 cuts.
    expect(charts).toBeGreaterThan(2 * 365 * 12);
  }, 120_000);
});
