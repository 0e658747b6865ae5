/**
 * fromBaZi's invariants (seed fixed in test/support/setup.ts): the lookup of a moment's chart
 * finds the moment; everything it finds has the chart, starts a piece of the timeline, ascends and
 * lies within the range. Moments are drawn anywhere in 1900 … 2100 and near 节 instants, where a
 * window is cut.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { baZi } from '../../src/bazi/baZi';
import { fromBaZi } from '../../src/bazi/fromBaZi';
import { solarTerms } from '../../src/index';
import {
  RANGE_END, RANGE_START, chartAt, fromIso, pieceStart, sameChart, toIso, type DayBoundary,
} from './fromBaZiReference';

const dayBoundary = fc.constantFrom<DayBoundary>('midnight', '23:00');
const anySecond = fc.integer({ min: RANGE_START, max: RANGE_END });
/** A second within two hours of a 节 (or 立春) instant of 1900 … 2100. */
const nearJie = fc.record({ year: fc.integer({ min: 1900, max: 2100 }), j: fc.integer({ min: 0, max: 11 }), offset: fc.integer({ min: -7200, max: 7200 }) })
  .map(({ year, j, offset }) => fromIso((solarTerms(year)[2 * j]?.instant ?? '').slice(0, 19)) + offset)
  .filter((s) => s >= RANGE_START && s <= RANGE_END);
const moment = fc.oneof(anySecond, nearJie);

/** Our format: `'YYYY-MM-DDTHH:mm'`, with `:ss` only when the seconds are not zero. */
const format = (seconds: number): string => (seconds % 60 === 0 ? toIso(seconds).slice(0, 16) : toIso(seconds));

test.prop([moment, dayBoundary])("the lookup of a moment's chart holds the start of the moment's piece of its window", (m, boundary) => {
  const found = fromBaZi(chartAt(m, boundary), { dayBoundary: boundary });
  expect(found).toContain(format(pieceStart(m, boundary, RANGE_START)));
});

test.prop([moment, dayBoundary], { numRuns: 50 })("fromBaZi(baZi(m).pillars) holds m's piece, and baZi reads each result back to the same pillars", (m, boundary) => {
  const chart = baZi(toIso(m), { dayBoundary: boundary }).pillars;
  const found = fromBaZi(chart, { dayBoundary: boundary });
  expect(found).toContain(format(pieceStart(m, boundary, RANGE_START)));
  const names = (p: typeof chart): string[] => [p.year.name, p.month.name, p.day.name, p.hour.name];
  for (const start of found) expect(names(baZi(start, { dayBoundary: boundary }).pillars)).toEqual(names(chart));
});

test.prop([moment, dayBoundary])('each result has the chart, starts where the chart begins, and the results ascend within the range', (m, boundary) => {
  const chart = chartAt(m, boundary);
  const found = fromBaZi(chart, { dayBoundary: boundary });
  let previous = -Infinity;
  for (const start of found) {
    expect(format(fromIso(start))).toBe(start);
    const s = fromIso(start);
    expect(sameChart(chartAt(s, boundary), chart)).toBe(true);
    // The start of a piece: the second before has another chart (or is before the range).
    if (s > RANGE_START) expect(sameChart(chartAt(s - 1, boundary), chart)).toBe(false);
    expect(s).toBeGreaterThan(previous);
    expect(s).toBeLessThanOrEqual(RANGE_END);
    previous = s;
  }
});

/** A distance from a moment: within its window or within a century. */
const distance = fc.oneof(fc.integer({ min: 0, max: 3 * 3600 }), fc.integer({ min: 0, max: 100 * 365 * 86400 }));

test.prop([moment, distance, distance, dayBoundary])('a range keeps the results within it, and a piece that began before `from` is found at `from`', (m, before, after, boundary) => {
  const from = Math.max(RANGE_START, m - before);
  const to = Math.min(RANGE_END, m + after);
  const chart = chartAt(m, boundary);
  const expected = fromBaZi(chart, { dayBoundary: boundary }).map(fromIso).filter((s) => s >= from && s <= to);
  if (sameChart(chartAt(from, boundary), chart) && !expected.includes(from)) expected.unshift(from);
  const found = fromBaZi(chart, { dayBoundary: boundary, from: toIso(from), to: toIso(to) });
  expect(found).toEqual(expected.map(format));
  expect(found).toContain(format(pieceStart(m, boundary, from)));
});
