import { deltaTBlendYears, deltaTEnd, deltaTParabola, deltaTTableText } from '../../data/deltaTSeries.generated';
import { evaluatePolynomial } from './angles';
import { j2000 } from './julianCenturies';
import { decodeDecimals } from './seriesCodec';

/** ΔT cubic segments as [from year, a0, a1, a2, a3] rows, seconds (data/astro/delta-t.tsv). */
const deltaTTable = /* @__PURE__ */ decodeDecimals(deltaTTableText);

/**
 * Computes ΔT = TT − UT in seconds for a (fractional) Gregorian-style year, by the model that
 * 寿星万年历 and lunar-javascript 1.7.7 use: cubic segments fitted to the historical and
 * measured ΔT from -4000 to 2016 (Morrison & Stephenson 2004, Stephenson & Houlden, IERS),
 * segments to 2050 fitted to the DE440s-based prediction of Skyfield, and after 2050 the
 * parabola `-20 + 31 ((y − 1820) / 100)²` (Morrison & Stephenson 2004), blended into the table's
 * last value over 100 years. Before -4000 the first segment is extended.
 *
 * @param year - The year, fractional (2000.0 is J2000.0 minus 12 h; the difference is negligible).
 * @returns ΔT in seconds.
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round(computeDeltaT(2000) * 100) / 100
 * //=> 63.87
 * @category Astronomy
 * @since 0.2.0
 */
export function computeDeltaT(year: number): number {
  const [endYear, endValue] = deltaTEnd as readonly [number, number];
  if (year >= endYear) {
    const parabola = (y: number) => evaluatePolynomial(deltaTParabola, (y - 1820) / 100);
    if (year > endYear + deltaTBlendYears) return parabola(year);
    return parabola(year) - ((parabola(endYear) - endValue) * (endYear + deltaTBlendYears - year)) / deltaTBlendYears;
  }
  let i = 0;
  while (i + 5 < deltaTTable.length && year >= deltaTTable[i + 5]!) i += 5;
  const next = i + 5 < deltaTTable.length ? deltaTTable[i + 5]! : endYear;
  const x = ((year - deltaTTable[i]!) / (next - deltaTTable[i]!)) * 10;
  return deltaTTable[i + 1]! + x * (deltaTTable[i + 2]! + x * (deltaTTable[i + 3]! + x * deltaTTable[i + 4]!));
}

/**
 * Computes ΔT in days at a Julian Ephemeris Day, with the year reckoned as the reference does
 * (365.2425 days a year from J2000.0).
 *
 * @param jde - Julian Ephemeris Day (TT).
 * @returns ΔT in days; `jde - computeDeltaTDays(jde)` is the Julian Day in UT.
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round(computeDeltaTDays(2451545) * 86400 * 100) / 100
 * //=> 63.87
 * @category Astronomy
 * @since 0.2.0
 */
export function computeDeltaTDays(jde: number): number {
  return computeDeltaT((jde - j2000) / 365.2425 + 2000) / 86400;
}
