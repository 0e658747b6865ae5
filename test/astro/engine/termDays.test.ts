/**
 * The fast calendar days of solar terms and new moons (src/astro/engine/termDays.ts) against their
 * definition, the UTC+8 day of the precise term instant and of the compact new-moon instant, on a
 * seeded sample of the whole range and on the instants nearest to midnight. The sweep of every
 * term and new moon is termDays.full.test.ts (npm run test:full) and scripts/verify-term-days.ts.
 */
import { describe, expect, it } from 'vitest';
import { approximateNewMoonTime, refineNewMoonTime } from '../../../src/astro/engine/approximateNewMoonInstant';
import { approximateSolarTermTime, refinedTerms, refineSolarTermTime } from '../../../src/astro/engine/approximateTermInstant';
import { computeNewMoonInstant } from '../../../src/astro/engine/computeNewMoonInstant';
import { computeNewMoonInstantCompact } from '../../../src/astro/engine/computeNewMoonInstantCompact';
import { computeSolarTermInstant } from '../../../src/astro/engine/computeSolarTermInstant';
import { computeDeltaTDays } from '../../../src/astro/engine/deltaT';
import { fromJulianCenturies } from '../../../src/astro/engine/julianCenturies';
import { getNewMoonDay, getTermDay, newMoonDayMargins, termDayMargins } from '../../../src/astro/engine/termDays';
import { seededRandom } from '../../support/seededRandom';

const UNIX_EPOCH_JD = 2440587.5;
const LUNATIONS_PER_YEAR = 365.2425 / 29.530588853;
/** The terms and new moons of the years −726 … 10003, as scripts/verify-term-days.ts checks them. */
const TERMS = [24 * (-726 - 2000) + 19, 24 * (10003 - 2000) + 42] as const;
const NEW_MOONS = [Math.floor((-726 - 2000) * LUNATIONS_PER_YEAR) - 1, Math.ceil((10004 - 2000) * LUNATIONS_PER_YEAR) + 1] as const;

const preciseTermDay = (k: number) => Math.floor(computeSolarTermInstant(k) - UNIX_EPOCH_JD + 1 / 3);
const compactNewMoonDay = (n: number) => Math.floor(computeNewMoonInstantCompact(n) - UNIX_EPOCH_JD + 1 / 3);

const next = seededRandom(20260301); // the same sample on every run
const sample = ([from, to]: readonly [number, number], count: number) =>
  Array.from({ length: count }, () => from + Math.floor(next() * (to - from + 1)));
const sampledTerms = sample(TERMS, 2000);
const sampledNewMoons = sample(NEW_MOONS, 2000);

/**
 * The 20 terms whose precise instant and the 20 new moons whose compact instant is nearest to a
 * UTC+8 midnight (all within 2 s and 6 s of it), as scripts/verify-term-days.ts lists them
 * ("nearest to midnight"): the ones that reach the last estimate or the defining instant.
 */
const termsNearMidnight = [
  101618, 175333, 107467, 157711, -47194, 181012, -31187, 72356, 177117, -1134, 34572, 191766, 129795, 30149, -48315,
  28046, 64799, 143921, 140229, 28497,
];
const newMoonsNearMidnight = [
  -2727, 43729, 10939, 45977, 46949, 66487, 73720, 59631, -4573, 50789, 32904, 90465, 62072, 15298, 32287, -21992, 85873,
  31843, 82882, 92625,
];

/** Seconds between instant `t` (Julian centuries, TT) and the precise instant `jd` (Julian Day, UT). */
const secondsFrom = (t: number, jd: number) => {
  const jde = fromJulianCenturies(t);
  return Math.abs(jde - computeDeltaTDays(jde) - jd) * 86400;
};

describe('getTermDay', () => {
  it('is the day of the precise instant on 2000 sampled terms of −726 … 10003', () => {
    const wrong = sampledTerms.filter((k) => getTermDay(k) !== preciseTermDay(k));
    expect(wrong).toEqual([]);
  });

  it('is the day of the precise instant for the terms nearest to midnight', () => {
    for (const k of termsNearMidnight) expect(getTermDay(k), `k = ${k}`).toBe(preciseTermDay(k));
  });

  it('takes days from estimates within half their margins of the precise instant (sampled)', () => {
    const [m1, m2, m3] = termDayMargins;
    for (const k of sampledTerms) {
      const precise = computeSolarTermInstant(k);
      const t1 = approximateSolarTermTime(k);
      const t2 = refineSolarTermTime(k, t1, refinedTerms);
      const t3 = refineSolarTermTime(k, t2);
      expect(secondsFrom(t1, precise), `k = ${k}`).toBeLessThan(m1(t1) / 2);
      expect(secondsFrom(t2, precise), `k = ${k}`).toBeLessThan(m2(t2) / 2);
      expect(secondsFrom(t3, precise), `k = ${k}`).toBeLessThan(m3() / 2);
    }
  });

  it('keeps the numbering: k = 24 (y − 2000) + 19 is the 小寒 of y', () => {
    expect(getTermDay(24 * (2025 - 2000) + 19)).toBe(Date.UTC(2025, 0, 5) / 86400000); // 2025-01-05 10:32 CST
    expect(getTermDay(24 * (2025 - 2000) + 42)).toBe(Date.UTC(2025, 11, 21) / 86400000); // 冬至 2025-12-21 23:03 CST
  });
});

describe('getNewMoonDay', () => {
  it('is the day of the compact instant on 2000 sampled new moons of −726 … 10003', () => {
    const wrong = sampledNewMoons.filter((n) => getNewMoonDay(n) !== compactNewMoonDay(n));
    expect(wrong).toEqual([]);
  });

  it('is the day of the compact instant for the new moons nearest to midnight', () => {
    for (const n of newMoonsNearMidnight) expect(getNewMoonDay(n), `n = ${n}`).toBe(compactNewMoonDay(n));
  });

  it('takes days from estimates within half their margins of the compact instant (sampled)', () => {
    const [m1, m2, m3] = newMoonDayMargins;
    for (const n of sampledNewMoons) {
      const compact = computeNewMoonInstantCompact(n);
      const t1 = approximateNewMoonTime(n);
      const t2 = refineNewMoonTime(n, t1);
      const t3 = refineNewMoonTime(n, t2);
      expect(secondsFrom(t1, compact), `n = ${n}`).toBeLessThan(m1(t1) / 2);
      expect(secondsFrom(t2, compact), `n = ${n}`).toBeLessThan(m2() / 2);
      expect(secondsFrom(t3, compact), `n = ${n}`).toBeLessThan(m3() / 2);
    }
  });

  it('rounds an instant minutes from the precise one (data/astro/SOURCES.md: at most 366.4 s over −726 … 10003)', () => {
    const worst = Math.max(...sampledNewMoons.map((n) => Math.abs(computeNewMoonInstantCompact(n) - computeNewMoonInstant(n)) * 86400));
    expect(worst).toBeGreaterThan(200); // the truncation is the one measured, not a more precise one
    expect(worst).toBeLessThan(370);
  });

  it('keeps the numbering: n = 0 is 2000-01-06', () => {
    expect(getNewMoonDay(0)).toBe(Date.UTC(2000, 0, 7) / 86400000); // 2000-01-06T18:14Z is the 7th in UTC+8
  });
});

describe('what the calendar bundles', () => {
  it('neither the lunar calendar nor termDays reaches the precise Moon series or computeNewMoonInstant', async () => {
    const { build } = await import('esbuild');
    const root = new URL('../../../', import.meta.url).pathname;
    for (const entry of ['src/lunar/calendarDays.ts', 'src/astro/engine/termDays.ts', 'src/lunar/lunarDate.ts']) {
      const { metafile } = await build({ entryPoints: [root + entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'error' });
      const inputs = Object.keys(metafile.inputs);
      expect(inputs.some((f) => f.endsWith('computeNewMoonInstantCompact.ts')), entry).toBe(true);
      expect(inputs.filter((f) => /moonLongitudeSeries\.generated|computeNewMoonInstant\.ts|moonSunElongation|moonLongitude\.ts/.test(f)), entry).toEqual([]);
    }
  });
});

describe('getNewMoonDay with a shift (进朔: the day starts before midnight)', () => {
  it('is the day of the compact instant plus the shift, for 2,000 new moons of 619 … 1959 and every shift the calendar uses', () => {
    for (let n = -17080; n <= -495; n += 8) {
      for (const shift of [22 / 96, 0.25]) expect(getNewMoonDay(n, shift)).toBe(Math.floor(computeNewMoonInstantCompact(n) - 2440587.5 + 1 / 3 + shift));
    }
  });
});
