/**
 * Helpers of the fromBaZi tests: moments as seconds of China Standard Time, the piece of the
 * timeline a moment belongs to (found with `pillars()` alone, independently of fromBaZi), and the
 * comparison with the reference's `Solar.fromBaZi`.
 */
import { vi } from 'vitest';
import { pillars } from '../../src/index';
import type { DateTimeString } from '../../src/types';
import { reference, type RefSolar } from '../support/reference';

export type DayBoundary = 'midnight' | '23:00';

/** Names of the four pillars of a moment, as fromBaZi takes them. */
export interface ChartNames {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** `'YYYY-MM-DDTHH:mm:ss'` of seconds since 1970-01-01T00:00 China Standard Time. */
export function toIso(seconds: number): DateTimeString {
  const d = new Date(seconds * 1000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}` as DateTimeString;
}

/** Seconds of a CST wall clock `'YYYY-MM-DDTHH:mm[:ss]'` (or `'YYYY-MM-DD HH:mm:ss'`, the reference's format). */
export function fromIso(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(iso);
  if (m === null) throw new Error(`not a wall clock: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) / 1000;
}

/** The four pillar names of a moment (seconds) under a day boundary. */
export function chartAt(seconds: number, dayBoundary: DayBoundary): ChartNames {
  const p = pillars(toIso(seconds), { dayBoundary });
  return { year: p.year.name, month: p.month.name, day: p.day.name, hour: p.hour.name };
}

export const sameChart = (a: ChartNames, b: ChartNames): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour;

/**
 * The start of the two-hour window (时辰) that holds `seconds`: odd hours, 23:00 for 子; with
 * `'midnight'` the 子 hour is cut at 00:00 (the day pillar changes there), so 00:00 starts a window.
 */
export function windowStart(seconds: number, dayBoundary: DayBoundary): number {
  const day = Math.floor(seconds / 86400) * 86400;
  const hour = Math.floor((seconds - day) / 3600);
  if (hour === 0) return dayBoundary === 'midnight' ? day : day - 3600;
  if (hour === 23) return day + 23 * 3600;
  return day + (hour % 2 === 1 ? hour : hour - 1) * 3600;
}

/** The end (exclusive) of the window that holds `seconds`. */
export function windowEnd(seconds: number, dayBoundary: DayBoundary): number {
  const start = windowStart(seconds, dayBoundary);
  const hour = Math.floor((start - Math.floor(start / 86400) * 86400) / 3600);
  return start + (dayBoundary === 'midnight' && (hour === 0 || hour === 23) ? 3600 : 7200);
}

/**
 * The first second of the piece of the timeline that holds `seconds`: the latest of its window's
 * start, the instant within the window from which the pillars are those of `seconds` (a 节 cuts
 * the window), and `from`. Found by bisection on `pillars()`, which changes once at most in a window.
 */
export function pieceStart(seconds: number, dayBoundary: DayBoundary, from = -Infinity): number {
  const chart = chartAt(seconds, dayBoundary);
  let lo = Math.max(windowStart(seconds, dayBoundary), from);
  if (sameChart(chartAt(lo, dayBoundary), chart)) return lo;
  let hi = seconds; // chart(lo) differs, chart(hi) is the chart: find the first second of the chart
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (sameChart(chartAt(mid, dayBoundary), chart)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Whether a 节 (or 立春) instant cuts the window that holds `seconds`: its first and last second differ. */
export function isCutWindow(seconds: number, dayBoundary: DayBoundary): boolean {
  return !sameChart(chartAt(windowStart(seconds, dayBoundary), dayBoundary), chartAt(windowEnd(seconds, dayBoundary) - 1, dayBoundary));
}

/**
 * Whether `seconds` is in the 子 hour (23:00–01:00) of the day 30 days after the day of the 节
 * that began its month (the day on which the plain-date month pillar becomes the moment's).
 */
export function isZiOnDay30(seconds: number): boolean {
  const hour = (Math.floor(seconds / 3600) % 24 + 24) % 24; // seconds before 1970 are negative
  if (hour !== 0 && hour !== 23) return false;
  const day = Math.floor(seconds / 86400) * 86400;
  const month = pillars(toIso(seconds)).month.name;
  const monthOfDay = (d: number): string => pillars(toIso(d).slice(0, 10)).month.name;
  return monthOfDay(day - 30 * 86400) === month && monthOfDay(day - 31 * 86400) !== month;
}

interface RefSolarStatic {
  fromBaZi(year: string, month: string, day: string, time: string, sect: number, baseYear: number): RefSolar[];
}
const RefSolarClass = reference.Solar as unknown as RefSolarStatic;

/**
 * The reference's `Solar.fromBaZi(…, sect, 1900)` as seconds. Its search ends at the current
 * year (`new Date().getFullYear()`), so the clock is set to 2101 for the call.
 * `'midnight'` is its sect 2 (晚子时日柱算当天), `'23:00'` its sect 1.
 */
export function referenceLookup(chart: ChartNames, dayBoundary: DayBoundary): number[] {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2101-06-01T00:00:00Z'));
  try {
    return RefSolarClass.fromBaZi(chart.year, chart.month, chart.day, chart.hour, dayBoundary === 'midnight' ? 2 : 1, 1900)
      .map((s) => fromIso(s.toYmdHms()));
  } finally {
    vi.useRealTimers();
  }
}

export interface ReferenceComparison {
  /** Queries compared. */
  queries: number;
  /** Pieces found by both. */
  agreed: number;
  /**
   * Pieces that fromBaZi finds and the reference does not, each in a window cut by a 节: the
   * reference tries one moment per window (the even hour, the 节's own minute on its day) and
   * misses the part of the window on the other side of the 节.
   */
  referenceMissesAtTerms: number;
  /**
   * 子 pieces (00:00 or 23:00) with `'midnight'` on the day 30 days after the day of the month's
   * 节, which the reference misses: for that day it moves its probes an hour earlier
   * (`if (d === 30) solar = solar.nextHour(-1)` in `Solar.fromBaZi`), to 22:00 (亥) and to 23:00
   * of the day before (another day pillar under its sect 2). Minimal case: 戊午 庚申 壬申 壬子,
   * 1978-09-07 23:00 (立秋 1978-08-08): `Solar.fromBaZi('戊午', '庚申', '壬申', '壬子', 2, 1900)` is
   * empty. In the other hours the earlier probe stays in the window.
   */
  referenceMissesOnDay30: number;
  /**
   * Everything else, including any reference result whose pillars are not those of its query (term
   * instants are the reference's to the second, so none is tolerated): must be empty.
   */
  differences: string[];
}

/**
 * Looks each chart up both ways and compares the pieces of timeline found, within
 * [from, to] (seconds; both on a window boundary under either convention, an odd hour, so that no
 * window straddles them). `lookup` is fromBaZi over that range.
 */
export function compareWithReference(
  charts: readonly ChartNames[], dayBoundary: DayBoundary, from: number, to: number,
  lookup: (chart: ChartNames) => readonly string[],
): ReferenceComparison {
  const result: ReferenceComparison = { queries: 0, agreed: 0, referenceMissesAtTerms: 0, referenceMissesOnDay30: 0, differences: [] };
  for (const chart of charts) {
    result.queries++;
    const ours = lookup(chart).map(fromIso);
    const found = new Set(ours);
    const hit = new Set<number>();
    const q = `${chart.year} ${chart.month} ${chart.day} ${chart.hour} (${dayBoundary})`;
    for (const probe of referenceLookup(chart, dayBoundary)) {
      if (probe < from || probe > to) continue;
      if (!sameChart(chartAt(probe, dayBoundary), chart)) {
        result.differences.push(`${q}: the reference gives ${toIso(probe)}, whose pillars are not those`);
        continue;
      }
      const start = pieceStart(probe, dayBoundary, from);
      if (found.has(start)) hit.add(start);
      else result.differences.push(`${q}: the reference gives ${toIso(probe)} (piece from ${toIso(start)}), fromBaZi does not`);
    }
    for (const start of ours) {
      if (hit.has(start)) result.agreed++;
      else if (isCutWindow(start, dayBoundary)) result.referenceMissesAtTerms++;
      else if (dayBoundary === 'midnight' && isZiOnDay30(start)) result.referenceMissesOnDay30++;
      else result.differences.push(`${q}: fromBaZi gives ${toIso(start)}, the reference does not`);
    }
  }
  return result;
}

export { seededRandom } from '../support/seededRandom';

/** First and last second of the supported range, 1900-01-01T00:00:00 … 2100-12-31T23:59:59 CST. */
export const RANGE_START = fromIso('1900-01-01T00:00');
export const RANGE_END = fromIso('2100-12-31T23:59:59');

/**
 * The range of the comparisons with the reference: it skips the months whose 节 falls before its
 * base year (1900), so it starts after 小寒 1900 (1900-01-06 02:03); both ends on odd hours.
 */
export const REFERENCE_FROM = fromIso('1900-01-07T01:00');
export const REFERENCE_TO = fromIso('2100-12-31T20:59:59');
