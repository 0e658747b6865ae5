/**
 * Pillars of moments (date + time) against lunar-javascript's exact conventions: year and month
 * change at the instant of the term (getYearInGanZhiExact, getMonthInGanZhiExact), the hour
 * pillar is getTimeInGanZhi, the day pillar getDayInGanZhi (midnight) or getDayInGanZhiExact (23:00).
 *
 * Known difference (TIMING-EDGE): term instants are kept to 30 s (rounded down to slot S), and a
 * moment counts as after the term from S + 1 s. At minute precision that disagrees with the
 * reference only when its instant is exactly on a minute (hh:mm:00, reference: already after; we:
 * not yet). Such moments, within 30 s of the reference instant, are counted, never silently
 * skipped, and the test fails on any difference anywhere else.
 */
import { describe, expect, it } from 'vitest';
import { pillars, solarTerms } from '../../src/index';
import { reference } from '../support/reference';

interface Case { year: number; month: number; day: number; hour: number; minute: number }

/** Deterministic pseudo-random moments (a fixed linear congruential sequence). */
function sampleMoments(count: number): Case[] {
  const cases: Case[] = [];
  let state = 12345;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const first = Date.UTC(1900, 0, 1) / 60000;
  const minutes = (Date.UTC(2101, 0, 1) - Date.UTC(1900, 0, 1)) / 60000;
  for (let i = 0; i < count; i++) {
    const d = new Date((first + next(minutes)) * 60000);
    cases.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() });
  }
  return cases;
}

/** Every minute from 2 minutes before to 2 minutes after each 节 and 立春 instant, 1900 … 2100. */
function momentsAroundTerms(): Case[] {
  const cases: Case[] = [];
  for (let year = 1900; year <= 2100; year++) {
    solarTerms(year).forEach((term, k) => {
      if (k % 2 !== 0) return;
      const at = Date.parse(term.instant);
      for (let m = -2; m <= 2; m++) {
        const d = new Date(at + 8 * 3600000 + m * 60000);
        cases.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() });
      }
    });
  }
  return cases.filter((c) => c.year >= 1900 && c.year <= 2100);
}

function compare(cases: Case[]): { differences: string[]; timingEdges: number } {
  const differences: string[] = [];
  let timingEdges = 0;
  for (const c of cases) {
    const ref = reference.Solar.fromYmdHms(c.year, c.month, c.day, c.hour, c.minute, 0).getLunar();
    const ours = pillars(c);
    const late = pillars(c, { dayBoundary: '23:00' });
    const actual = [ours.year.name, ours.month.name, ours.day.name, ours.hour?.name, late.day.name, late.hour?.name].join(' ');
    const expected = [ref.getYearInGanZhiExact(), ref.getMonthInGanZhiExact(), ref.getDayInGanZhi(), ref.getTimeInGanZhi(), ref.getDayInGanZhiExact(), ref.getTimeInGanZhi()].join(' ');
    if (actual === expected) continue;
    // Tolerated only when the moment is within 30 s of the reference's term instant.
    const table = ref.getJieQiTable();
    const t = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);
    const nearTerm = Object.values(table).some((s) => {
      const termAt = Date.UTC(s.getYear(), s.getMonth() - 1, s.getDay(), s.getHour(), s.getMinute(), s.getSecond());
      return Math.abs(termAt - t) < 30000;
    });
    if (nearTerm) timingEdges++;
    else differences.push(`${JSON.stringify(c)}: ${actual} vs ${expected}`);
  }
  return { differences, timingEdges };
}

describe('pillars of moments against lunar-javascript', () => {
  it('agrees on 6,000 pseudo-random minutes of 1900 … 2100', () => {
    const { differences } = compare(sampleMoments(6000));
    expect(differences).toEqual([]);
  });

  it('agrees on every minute within 2 minutes of every 节, except at a reference instant of exactly hh:mm:00', () => {
    const cases = momentsAroundTerms();
    const { differences, timingEdges } = compare(cases);
    expect(differences).toEqual([]);
    expect(cases.length).toBeGreaterThan(12000);
    // Only terms whose reference instant has 0 seconds (about 1 in 60) can disagree, at one minute each.
    expect(timingEdges).toBeLessThan(cases.length / 5 / 30);
  });
});
