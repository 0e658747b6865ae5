/**
 * The oracle of the fromBaZi time-zone tests: every minute of a span cast with pillars() on a zone's
 * clock, and the second of each change of chart found by bisection.
 */
import { baZi } from '../../src/bazi/index';
import { pillars } from '../../src/index';

export type Boundary = 'midnight' | '23:00';

export const chartAt = (unix: number, timeZone: string, dayBoundary: Boundary): string => {
  const p = pillars(new Date(unix * 1000), { timeZone, dayBoundary });
  return `${p.year.name}${p.month.name}${p.day.name}${p.hour.name}`;
};

/** The first second of each stretch of one chart in [from, to] (Unix seconds, `from` a whole minute), by chart. */
export function scanStarts(timeZone: string, dayBoundary: Boundary, from: number, to: number): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  const add = (chart: string, at: number): void => void (starts.get(chart) ?? starts.set(chart, []).get(chart)!).push(at);
  let previous = chartAt(from, timeZone, dayBoundary);
  add(previous, from);
  for (let t = from + 60; t <= to; t += 60) {
    const chart = chartAt(t, timeZone, dayBoundary);
    // Every change within the minute, in order (a 节 a few seconds before a 时辰 begins makes two).
    for (let lo = t - 60; chart !== previous;) {
      let hi = t; // lo shows `previous`; the first second that does not is in (lo, hi]
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (chartAt(mid, timeZone, dayBoundary) === previous) lo = mid;
        else hi = mid;
      }
      previous = chartAt(hi, timeZone, dayBoundary);
      add(previous, hi);
      lo = hi;
    }
  }
  return starts;
}

export const toUnix = (result: string, timeZone: string): number => Date.parse(baZi(result, { timeZone }).moment.instant) / 1000;

