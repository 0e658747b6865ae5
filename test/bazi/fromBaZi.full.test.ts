/**
 * fromBaZi, exhaustively (npm run test:full):
 * - every one of the 60⁴ year-month-day-hour combinations (60 × 12 × 60 × 12 = 518,400 of them
 *   consistent, 五虎遁 and 五鼠遁; 60 × 12 × 60 × 13 with 'midnight', whose 子 is cut in two), under
 *   both day boundaries, looked up over the whole range: the results of all lookups together are
 *   every piece of the timeline 1900-01-01 00:00 … 2100-12-31 23:59:59 exactly once (each 时辰
 *   start, and each 节 instant, which cuts its window), each with the pillars of its query;
 * - against the reference's Solar.fromBaZi: the charts of 5,000 random moments and of both sides of
 *   every 节 of 1900 … 2100, under both sects.
 */
import { describe, expect, it } from 'vitest';
import { fromBaZi } from '../../src/bazi/fromBaZi';
import { solarTerms } from '../../src/index';
import { SEED } from '../support/setup';
import {
  RANGE_END, RANGE_START, REFERENCE_FROM, REFERENCE_TO, chartAt, compareWithReference, fromIso, seededRandom, toIso, type ChartNames, type DayBoundary,
} from './fromBaZiReference';

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const NAMES = Array.from({ length: 60 }, (_, i) => `${STEMS[i % 10] ?? ''}${BRANCHES[i % 12] ?? ''}`);

/**
 * Each 节's instant, 1900 … 2100: the first second of its month (solarTerms shows the reference's
 * second, and pillars() changes the month at that second, as the reference does).
 */
const jieStarts = (): number[] => {
  const out: number[] = [];
  for (let year = 1900; year <= 2100; year++) {
    solarTerms(year).forEach((t, k) => {
      if (k % 2 === 0) out.push(fromIso(t.instant.slice(0, 19)));
    });
  }
  return out;
};

/** Every point where the pillars may change in the range, under a day boundary, found without fromBaZi. */
function changePoints(dayBoundary: DayBoundary): number[] {
  const points = jieStarts();
  points.push(RANGE_START); // under '23:00' the first 子 window began on 1899-12-31 at 23:00
  for (let day = RANGE_START; day < RANGE_END; day += 86400) {
    if (dayBoundary === 'midnight' && day !== RANGE_START) points.push(day);
    for (let hour = 1; hour <= 23; hour += 2) points.push(day + hour * 3600);
  }
  return [...new Set(points)].sort((a, b) => a - b);
}

describe('fromBaZi, exhaustively', () => {
  for (const dayBoundary of ['midnight', '23:00'] as const satisfies readonly DayBoundary[]) {
    it(`all 60⁴ lookups together find every piece of 1900 … 2100 exactly once, each with its pillars (${dayBoundary})`, () => {
      const owner = new Map<number, number>(); // start → query number
      const twice: string[] = [];
      let nonEmpty = 0;
      const started = performance.now();
      for (let query = 0; query < 60 ** 4; query++) {
        const found = fromBaZi({ year: Math.floor(query / 216000), month: Math.floor(query / 3600) % 60, day: Math.floor(query / 60) % 60, hour: query % 60 }, { dayBoundary });
        if (found.length > 0) nonEmpty++;
        for (const start of found) {
          const s = fromIso(start);
          if (owner.has(s)) twice.push(start);
          owner.set(s, query);
        }
      }
      const ms = performance.now() - started;
      expect(twice).toEqual([]);
      // At most the consistent charts (12 months a year; 12 hours a day, 13 with 'midnight'); some never occur in 201 years.
      expect(nonEmpty).toBeLessThanOrEqual(60 * 12 * 60 * (dayBoundary === 'midnight' ? 13 : 12));
      const expected = changePoints(dayBoundary);
      expect([...owner.keys()].sort((a, b) => a - b)).toEqual(expected);
      // Each start has the pillars of the query that found it.
      for (const [s, query] of owner) {
        const chart = chartAt(s, dayBoundary);
        const h = query % 60;
        const d = Math.floor(query / 60) % 60;
        const m = Math.floor(query / 3600) % 60;
        const y = Math.floor(query / 216000);
        if (chart.year !== NAMES[y] || chart.month !== NAMES[m] || chart.day !== NAMES[d] || chart.hour !== NAMES[h]) {
          expect.fail(`${toIso(s)}: ${JSON.stringify(chart)}, found by ${NAMES[y]} ${NAMES[m]} ${NAMES[d]} ${NAMES[h]}`);
        }
      }
      console.log(`${dayBoundary}: ${owner.size.toLocaleString('en-US')} pieces from ${nonEmpty.toLocaleString('en-US')} charts that occur, 60⁴ lookups in ${ms.toFixed(0)} ms`);
    });
  }

  for (const dayBoundary of ['midnight', '23:00'] as const satisfies readonly DayBoundary[]) {
    const from = toIso(REFERENCE_FROM);
    const to = toIso(REFERENCE_TO);
    const lookup = (chart: ChartNames): readonly string[] => fromBaZi(chart, { dayBoundary, from, to });

    it(`agrees with the reference on the charts of 5,000 random moments (${dayBoundary}, seed ${SEED})`, () => {
      const random = seededRandom(SEED + (dayBoundary === 'midnight' ? 10 : 11));
      const charts = Array.from({ length: 5000 }, () => chartAt(REFERENCE_FROM + Math.floor(random() * (REFERENCE_TO - REFERENCE_FROM)), dayBoundary));
      const result = compareWithReference(charts, dayBoundary, REFERENCE_FROM, REFERENCE_TO, lookup);
      console.log(`random charts, ${dayBoundary}: ${JSON.stringify({ ...result, differences: result.differences.length })}`);
      expect(result.differences).toEqual([]);
      if (dayBoundary === '23:00') expect(result.referenceMissesOnDay30).toBe(0);
    });

    it(`agrees with the reference on both sides of every 节 of 1900 … 2100, but for the side it does not probe (${dayBoundary})`, () => {
      const charts = jieStarts().flatMap((s) => [s - 1800, s + 1800]).filter((s) => s >= REFERENCE_FROM && s <= REFERENCE_TO).map((s) => chartAt(s, dayBoundary));
      expect(charts.length).toBe(2 * 2412 - 2); // 小寒 1900 is before the comparison's range
      const result = compareWithReference(charts, dayBoundary, REFERENCE_FROM, REFERENCE_TO, lookup);
      console.log(`charts around every 节, ${dayBoundary}: ${JSON.stringify({ ...result, differences: result.differences.length })}`);
      expect(result.differences).toEqual([]);
      // The reference's known misses, counted exactly (a change in either is a change of behaviour to
      // look at): sides of a cut window that its single probe misses, and its d === 30 probe shift
      // (sect 2 only).
      expect([result.referenceMissesAtTerms, result.referenceMissesOnDay30])
        .toEqual(dayBoundary === 'midnight' ? [375, 70] : [374, 0]);
    });
  }
});
