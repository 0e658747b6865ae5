/**
 * computeSolarTime (src/bazi/trueSolarTime.ts): local mean and apparent (true) solar time of an
 * instant at a longitude. The equation of time itself is compared with astronomia in
 * test/astro/equationOfTime.test.ts; here: the longitude's share, the yearly shape of the
 * equation of time, the wiring of UT → TT, and the Beijing and Urumqi examples of the docs.
 */
import { describe, expect, it } from 'vitest';
import { computeDeltaTDays } from '../../src/astro/engine/index';
import { computeSolarTime } from '../../src/bazi/trueSolarTime';
import { astronomiaEquationOfTime } from '../support/astronomia';
import { exampleParagraphs } from '../support/exampleParagraphs';

const utc = (iso: string) => Date.parse(iso) / 1000;
/** Wall seconds read as a clock, to the second: "1990-05-05T19:45:36". */
const wall = (seconds: number) => new Date(Math.round(seconds) * 1000).toISOString().slice(0, 19);
const INSTANTS = ['1900-01-01T00:00:00Z', '1949-10-01T07:00:00Z', '1990-05-05T12:00:00Z', '2024-02-29T23:59:59Z', '2100-12-31T12:34:56Z'].map(utc);

describe('computeSolarTime: the longitude (mean solar time = UT + longitude / 15 h)', () => {
  it.each(INSTANTS)('at 120°E mean solar time is UTC+8 exactly (%s)', (u) => {
    expect(computeSolarTime(u, 120).meanSolarSeconds).toBe(u + 8 * 3600);
  });

  it.each([
    [0, 0],
    [1, 240],
    [-1, -240],
    [15, 3600],
    [116.4, 27936],
    [87.6, 21024],
    [180, 43200],
    [-180, -43200],
  ])('at %s° the mean clock is %s s ahead of UT (4 minutes per degree)', (longitude, seconds) => {
    for (const u of INSTANTS) expect(computeSolarTime(u, longitude).meanSolarSeconds - u).toBeCloseTo(seconds, 6);
  });

  it('apparent = mean + equation of time, and the equation of time does not depend on the longitude', () => {
    for (const u of INSTANTS) {
      const here = computeSolarTime(u, 116.4);
      expect(here.apparentSolarSeconds).toBe(here.meanSolarSeconds + here.equationOfTimeSeconds);
      for (const longitude of [-180, -73.9, 0, 87.6, 180]) expect(computeSolarTime(u, longitude).equationOfTimeSeconds).toBe(here.equationOfTimeSeconds);
    }
  });

  it('returns a fresh frozen record', () => {
    const a = computeSolarTime(0, 0);
    expect(Object.isFrozen(a)).toBe(true);
    expect(computeSolarTime(0, 0)).not.toBe(a);
    expect(computeSolarTime(0, 0)).toEqual(a);
  });
});

/** The equation of time hourly through a year (UT), in minutes, and where it changes sign. */
function yearOf(year: number) {
  const start = Date.UTC(year, 0, 1) / 1000;
  const end = Date.UTC(year + 1, 0, 1) / 1000;
  let min = { minutes: Infinity, at: '' };
  let max = { minutes: -Infinity, at: '' };
  const zeros: string[] = [];
  let previous = NaN;
  for (let u = start; u < end; u += 3600) {
    const minutes = computeSolarTime(u, 0).equationOfTimeSeconds / 60;
    if (minutes < min.minutes) min = { minutes, at: wall(u) };
    if (minutes > max.minutes) max = { minutes, at: wall(u) };
    if (Math.sign(minutes) !== Math.sign(previous) && !Number.isNaN(previous)) zeros.push(wall(u).slice(5, 10));
    previous = minutes;
  }
  return { min, max, zeros };
}

describe('computeSolarTime: the equation of time over the year', () => {
  it.each([1900, 1990, 2024, 2100])('%s: from about −14.3 min (mid-February) to +16.4 min (early November), zero in mid-April, mid-June, early September and late December', (year) => {
    const { min, max, zeros } = yearOf(year);
    expect(min.minutes).toBeGreaterThan(-14.6);
    expect(min.minutes).toBeLessThan(-13.9);
    expect(min.at.slice(5, 7)).toBe('02');
    expect(max.minutes).toBeGreaterThan(16.2);
    expect(max.minutes).toBeLessThan(16.6);
    expect(max.at.slice(5, 7)).toBe('11');
    expect(zeros).toHaveLength(4);
    const [april, june, september, december] = zeros as [string, string, string, string];
    expect(april >= '04-13' && april <= '04-18', april).toBe(true);
    expect(june >= '06-11' && june <= '06-16', june).toBe(true);
    expect(september >= '08-30' && september <= '09-03', september).toBe(true);
    expect(december >= '12-23' && december <= '12-28', december).toBe(true);
  });

  it('2024 in detail (hourly, UT): −14m11.5s at 02-12T00, +16m27.4s at 11-02T18; zero on 04-15, 06-12, 09-01, 12-24', () => {
    const { min, max, zeros } = yearOf(2024);
    expect(min.at).toBe('2024-02-12T00:00:00');
    expect(max.at).toBe('2024-11-02T18:00:00');
    expect(min.minutes * 60).toBeCloseTo(-851.5, 1);
    expect(max.minutes * 60).toBeCloseTo(987.4, 1);
    expect(zeros).toEqual(['04-15', '06-12', '09-01', '12-24']);
  });

  it('evaluates the equation of time at TT = UT + ΔT (the engine’s): matches astronomia at that JDE within 0.1 s', () => {
    for (const u of INSTANTS) {
      const jdUt = u / 86400 + 2440587.5;
      const jde = jdUt + computeDeltaTDays(jdUt);
      expect(Math.abs(computeSolarTime(u, 0).equationOfTimeSeconds - astronomiaEquationOfTime(jde))).toBeLessThan(0.1);
    }
  });
});

// An instant given with its offset. (Beijing's clocks read 21:00 then: China kept daylight
// saving time, UTC+9, from 1990-04-15 to 09-16; turning a wall clock into an instant is baZi's.)
describe('computeSolarTime: the examples of docs/bazi.md (1990-05-05T20:00+08:00 = 12:00 UT)', () => {
  const u = utc('1990-05-05T20:00:00+08:00');
  it('Beijing, 116.4°E: mean 19:45:36 (−14m24s), equation of time +3m19.23s, apparent 19:48:55.23', () => {
    const r = computeSolarTime(u, 116.4);
    expect(r.meanSolarSeconds - (u + 8 * 3600)).toBeCloseTo(-864, 9); // 3.6° west of 120°E
    expect(wall(r.meanSolarSeconds)).toBe('1990-05-05T19:45:36');
    expect(r.equationOfTimeSeconds).toBeCloseTo(199.23, 2);
    expect(wall(r.apparentSolarSeconds)).toBe('1990-05-05T19:48:55');
  });
  it('Urumqi, 87.6°E: mean 17:50:24 (−2h09m36s), equation of time +3m19.23s, apparent 17:53:43.23', () => {
    const r = computeSolarTime(u, 87.6);
    expect(r.meanSolarSeconds - (u + 8 * 3600)).toBeCloseTo(-7776, 9); // 32.4° west of 120°E
    expect(wall(r.meanSolarSeconds)).toBe('1990-05-05T17:50:24');
    expect(r.equationOfTimeSeconds).toBeCloseTo(199.23, 2);
    expect(wall(r.apparentSolarSeconds)).toBe('1990-05-05T17:53:43');
  });
});

describe('doc examples of src/bazi/trueSolarTime.ts', () => {
  const examples = exampleParagraphs(new URL('../../src/bazi/trueSolarTime.ts', import.meta.url));
  it('are found', () => expect(examples.length).toBeGreaterThan(0));
  it.each(examples)('trueSolarTime.ts:$line', ({ code, expected }) => {
    const run = (text: string): unknown => new Function('computeSolarTime', `return (${text});`)(computeSolarTime);
    expect(run(code)).toEqual(run(expected));
  });
});
