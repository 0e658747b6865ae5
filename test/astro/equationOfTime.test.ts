/**
 * The equation of time (src/astro/equationOfTime.ts) against an independent computation,
 * astronomia 4.2's `eqtime.e` (Meeus eq. 28.1 on the full VSOP87 Earth, the full IAU 1980
 * nutation; see test/support/astronomia.ts), on a fixed sample of 1900–2100. The exhaustive
 * comparison (every 6 hours of 1900–2100) is scripts/verify-equation-of-time.ts.
 *
 * Time scale: both sides are evaluated at the same Julian Ephemeris Day (TT). The sample is drawn
 * as UT instants (Unix seconds) and turned into TT once, by the engine's ΔT
 * (`toJulianEphemerisDay`), so ΔT cannot make the two differ; only the astronomy can.
 * Issue 11's limit is 2 s; the sample also guards the measured agreement (about 0.05 s).
 */
import { describe, expect, it } from 'vitest';
import { computeEquationOfTime } from '../../src/astro/equationOfTime';
import { computeMeanObliquity, computeNutationInObliquity } from '../../src/astro/obliquity';
import { computeSunApparentRightAscension } from '../../src/astro/sunApparentRightAscension';
import { computeSunMeanLongitude } from '../../src/astro/sunMeanLongitude';
import { toJulianEphemerisDay } from '../../src/astro/toJulianEphemerisDay';
import { astronomiaEquationOfTime } from '../support/astronomia';
import { exampleParagraphs } from '../support/exampleParagraphs';
import { seededRandom } from '../support/seededRandom';

const SEED = 20261111;
const next = seededRandom(SEED); // the same sample on every run
const FIRST = Date.UTC(1900, 0, 1) / 1000;
const LAST = Date.UTC(2101, 0, 1) / 1000;
/** 300 random instants of 1900–2100 (UT), plus the range's two ends. */
const SAMPLE: readonly number[] = [FIRST, ...Array.from({ length: 300 }, () => Math.round(FIRST + next() * (LAST - FIRST))), LAST - 1];
const iso = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

describe('computeEquationOfTime', () => {
  it("gives Meeus' example 28.a: 1992-10-13T00:00 TT, E = +13m42.6s", () => {
    // Meeus, Astronomical Algorithms (2nd ed.), example 28.a: E = 3.427351° = 13m 42.6s.
    expect(computeEquationOfTime(2448908.5)).toBeCloseTo(822.6, 1);
  });

  it('takes its pieces from the same quantities as the book (examples 25.b and 28.a, 1992-10-13T00:00 TT)', () => {
    const t = (2448908.5 - 2451545) / 36525;
    const deg = (rad: number) => (((rad * 180) / Math.PI) % 360 + 360) % 360;
    const arcsec = (rad: number) => (rad * 648000) / Math.PI;
    expect(deg(computeSunMeanLongitude(t))).toBeCloseTo(201.807193, 6); // L0 = 201.807193°
    expect(deg(computeMeanObliquity(t))).toBeCloseTo(23.44023, 6); // ε0 = 23°26′24.83″
    expect(arcsec(computeNutationInObliquity(t))).toBeCloseTo(-0.308, 1); // Δε = −0.308″ (full IAU 1980; the four-term formula gives −0.334″)
    // α = 198.378178° in 28.a (198.378121° in 25.b); the engine's VSOP87 and frame correction give 198.378037°, 0.5″ (0.03 s) away.
    expect(deg(computeSunApparentRightAscension(t))).toBeCloseTo(198.378178, 3);
  });

  it(`agrees with astronomia within 2 s (measured: < 0.1 s) at ${SAMPLE.length} fixed instants of 1900–2100, both at the same JDE (TT); seed ${SEED}`, () => {
    let worst = { seconds: 0, at: '' };
    for (const u of SAMPLE) {
      const jde = toJulianEphemerisDay(u);
      const seconds = computeEquationOfTime(jde) - astronomiaEquationOfTime(jde);
      if (Math.abs(seconds) > Math.abs(worst.seconds)) worst = { seconds, at: iso(u) };
    }
    expect(Math.abs(worst.seconds), `worst at ${worst.at} UT`).toBeLessThan(2);
    expect(Math.abs(worst.seconds), `worst at ${worst.at} UT`).toBeLessThan(0.1);
  });

  it('is continuous: no jump across the turn of the angles (hourly through 2000 and 2100)', () => {
    for (const year of [2000, 2100]) {
      const start = Date.UTC(year, 0, 1) / 1000;
      let previous = computeEquationOfTime(toJulianEphemerisDay(start));
      for (let h = 1; h <= 24 * 366; h++) {
        const e = computeEquationOfTime(toJulianEphemerisDay(start + h * 3600));
        expect(Math.abs(e - previous)).toBeLessThan(1.5); // at most ~30 s a day
        previous = e;
      }
    }
  });
});

describe('toJulianEphemerisDay', () => {
  it('adds the engine ΔT to the UT Julian Day (inverse of the engine’s jde − ΔT(jde) to 1e-5 s)', () => {
    const u = Date.UTC(2000, 0, 1, 12) / 1000; // JD 2451545.0 UT
    const jde = toJulianEphemerisDay(u);
    expect((jde - 2451545) * 86400).toBeCloseTo(63.87, 1);
  });
});

// The "Example (run by …)" paragraphs of these files' doc comments, run with their exports in scope.
describe('doc examples of the equation-of-time files', async () => {
  const modules = {
    equationOfTime: await import('../../src/astro/equationOfTime'),
    obliquity: await import('../../src/astro/obliquity'),
    sunApparentRightAscension: await import('../../src/astro/sunApparentRightAscension'),
    sunMeanLongitude: await import('../../src/astro/sunMeanLongitude'),
    toJulianEphemerisDay: await import('../../src/astro/toJulianEphemerisDay'),
  };
  const scope: Record<string, unknown> = Object.assign({}, ...Object.values(modules));
  const examples = Object.keys(modules).flatMap((name) =>
    exampleParagraphs(new URL(`../../src/astro/${name}.ts`, import.meta.url)).map(({ line, code, expected }) => ({ where: `${name}.ts:${line}`, code, expected })));
  it('are found, one per file at least', () => expect(examples.length).toBeGreaterThanOrEqual(Object.keys(modules).length));
  it.each(examples)('$where', ({ code, expected }) => {
    const run = (text: string): unknown => new Function(...Object.keys(scope), `return (${text});`)(...Object.values(scope));
    expect(run(code)).toEqual(run(expected));
  });
});
