/**
 * Pillars of moments (date + time) against lunar-javascript's exact conventions: year and month
 * change at the instant of the term (getYearInGanZhiExact, getMonthInGanZhiExact), the hour
 * pillar is getTimeInGanZhi, the day pillar getDayInGanZhi (midnight) or getDayInGanZhiExact (23:00).
 * Used by test/differential/moments.test.ts (sampled) and moments.full.test.ts (denser).
 *
 * Term instants are the reference's to the second, so nothing is tolerated: around each 节 the
 * moments include its exact second (the new month, as in the reference) and the second before.
 */
import fc from 'fast-check';
import { pillars } from '../../src/index';
import { reference } from './reference';
import { SEED } from './setup';

/** A wall-clock minute in China Standard Time. */
export interface Moment { year: number; month: number; day: number; hour: number; minute: number; second: number }

const FIRST_MINUTE = Date.UTC(1900, 0, 1) / 60000;
const LAST_MINUTE = Date.UTC(2101, 0, 1) / 60000 - 1;

const momentOf = (minute: number, second = 0): Moment => {
  const d = new Date(minute * 60000 + second * 1000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
};

/** `count` minutes of 1900 … 2100 drawn uniformly with the run's fast-check seed. */
export function randomMoments(count: number): Moment[] {
  return fc.sample(fc.integer({ min: FIRST_MINUTE, max: LAST_MINUTE }), { seed: SEED, numRuns: count }).map(momentOf);
}

export interface MomentsAroundTerms {
  readonly moments: readonly Moment[];
  /** The 节 instants (by the reference) the moments surround: 12 a year. */
  readonly terms: number;
}

/**
 * Every minute from `window` minutes before to `window` minutes after the minute of each 节
 * (立春 among them) of 1900 … 2100, and the 节's own second and the second before it, the
 * instants taken from the reference.
 */
export function momentsAroundTerms(window: number): MomentsAroundTerms {
  const moments: Moment[] = [];
  let terms = 0;
  for (let year = 1900; year <= 2100; year++) {
    // Indices 2 … 25 of the reference's table are 小寒 … 冬至 of `year`; the 节 are the even ones.
    const jds = reference.LunarYear.fromYear(year).getJieQiJulianDays();
    for (let k = 0; k < 24; k += 2) {
      const s = reference.Solar.fromJulianDay(jds[k + 2] as number);
      terms++;
      const minute = Date.UTC(s.getYear(), s.getMonth() - 1, s.getDay(), s.getHour(), s.getMinute()) / 60000;
      for (let m = -window; m <= window; m++) moments.push(momentOf(minute + m));
      moments.push(momentOf(minute, s.getSecond()), momentOf(minute, s.getSecond() - 1));
    }
  }
  return { moments, terms };
}

export interface MomentsComparison {
  /** One line per moment that differs, `moment: ours vs reference`. */
  readonly differences: readonly string[];
}

export function compareMoments(moments: Iterable<Moment>): MomentsComparison {
  const differences: string[] = [];
  for (const c of moments) {
    const ref = reference.Solar.fromYmdHms(c.year, c.month, c.day, c.hour, c.minute, c.second).getLunar();
    const ours = pillars(c);
    const late = pillars(c, { dayBoundary: '23:00' });
    const actual = [ours.year.name, ours.month.name, ours.day.name, ours.hour?.name, late.day.name, late.hour?.name].join(' ');
    const expected = [ref.getYearInGanZhiExact(), ref.getMonthInGanZhiExact(), ref.getDayInGanZhi(), ref.getTimeInGanZhi(), ref.getDayInGanZhiExact(), ref.getTimeInGanZhi()].join(' ');
    if (actual !== expected) differences.push(`${JSON.stringify(c)}: ${actual} vs ${expected}`);
  }
  return { differences };
}
