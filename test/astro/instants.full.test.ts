/**
 * Every solar term and every new moon of −721 … 9999 against the reference (lunar-javascript):
 * the day of every term as it shows it (getJieQiJulianDays read by Solar.fromJulianDay), every
 * term instant within 1 s over 1900–2100 (in fact the same second) and 60 s elsewhere, every new
 * moon (its msaLonT with its ΔT) within 1 s over 1900–2100 and 60 s elsewhere. `npm run test:full`.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { newMoons, solarTerms } from '../../src/astro/index';
import { reference } from '../support/reference';

const require = createRequire(import.meta.url);
const { ShouXingUtil: S } = require('lunar-javascript') as { ShouXingUtil: Record<string, (x: number) => number> };
const modern = (year: number): boolean => year >= 1900 && year <= 2100;
/** Seconds since 1970 of an ISO instant with an expanded or four-digit year at +08:00. */
const secondsOf = (iso: string): number => {
  const m = /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+08:00$/.exec(iso);
  if (m === null) throw new Error(`not an instant: ${iso}`);
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(Number(m[4]) - 8, Number(m[5]), Number(m[6]));
  return d.getTime() / 1000;
};

describe('every solar term of −721 … 9999', () => {
  it('falls on the reference day, to the second over 1900–2100 and within 60 s elsewhere', () => {
    const wrongDays: string[] = [];
    let worstModern = 0;
    let worstRest = 0;
    for (let year = -721; year <= 9999; year++) {
      const jds = reference.LunarYear.fromYear(year).getJieQiJulianDays();
      solarTerms(year).forEach((term, k) => {
        const refSeconds = Math.round((reference.Solar.fromJulianDay(jds[k + 2] as number).getJulianDay() - 2440587.5) * 86400);
        const oursSeconds = secondsOf(term.instant) + 8 * 3600;
        if (Math.floor(refSeconds / 86400) !== Math.floor(oursSeconds / 86400)) wrongDays.push(`${year} ${term.name}: ${term.instant}`);
        const error = Math.abs(refSeconds - oursSeconds);
        if (modern(year)) worstModern = Math.max(worstModern, error);
        else worstRest = Math.max(worstRest, error);
      });
    }
    expect(wrongDays).toEqual([]);
    expect(worstModern).toBe(0);
    expect(worstRest).toBeLessThanOrEqual(60);
  });
});

describe('every new moon of −721 … 9999', () => {
  it('is within 1 s of the reference over 1900–2100 and 60 s elsewhere', () => {
    let worstModern = 0;
    let worstRest = 0;
    let count = 0;
    for (let year = -721; year <= 9999; year++) {
      for (const instant of newMoons(year)) {
        const ours = secondsOf(instant);
        const n = Math.round((ours / 86400 + 2440587.5 - 2451550.1) / 29.530588853);
        const t = (S['msaLonT'] as (x: number) => number)(2 * Math.PI * n) * 36525;
        const theirs = (2451545 + t - (S['dtT'] as (x: number) => number)(t) - 2440587.5) * 86400;
        const error = Math.abs(ours - theirs);
        if (modern(year)) worstModern = Math.max(worstModern, error);
        else worstRest = Math.max(worstRest, error);
        count++;
      }
    }
    expect(count).toBeGreaterThan(132000);
    expect(worstModern).toBeLessThan(1);
    expect(worstRest).toBeLessThan(60);
  });
});
