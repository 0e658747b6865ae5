import { computeDeltaTDays } from './deltaT';
import { fromJulianCenturies } from './julianCenturies';
import { solveLongitude } from './solveLongitude';
import { computeSunApparentLongitude } from './sunApparentLongitude';

/**
 * Computes the instant the Sun's apparent longitude reaches `k · 15°`, the k-th solar term
 * counted from the March equinox of 1999 (k = 0, 1999-03-21 01:46 UT), the numbering of 寿星万年历:
 * k = 24 (y − 2000) + 19 is the 小寒 of year y (the first term of its civil year), k = 24 (y − 2000)
 * + 42 its 冬至, and k = 24 (y − 1999) its 春分.
 * Solved on {@link computeSunApparentLongitude} from a first guess by the Sun's mean motion and
 * equation of centre (Meeus, *Astronomical Algorithms*, ch. 25).
 *
 * @param k - Integer count of 15° steps of the Sun's longitude from the 1999 March equinox.
 * @returns The instant as a Julian Day in UT (ΔT by {@link computeDeltaT}).
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round((computeSolarTermInstant(42) - 2451900) * 1e6) / 1e6 // 冬至 2000-12-21T13:37:26Z
 * //=> 0.06766
 * @category Astronomy
 * @since 0.2.0
 */
export function computeSolarTermInstant(k: number): number {
  const w = (k * Math.PI) / 12;
  // mean longitude 280.466° + 36000.770° T, mean anomaly M = 357.529° + 35999.050° T, centre 1.915° sin M
  let t = (w - 4.895063) / 628.331965;
  t -= (0.033417 * Math.sin(6.24006 + 628.301946 * t)) / 628.331965;
  const rate = 628.331965 + 20.996 * Math.cos(6.24006 + 628.301946 * t);
  const jde = fromJulianCenturies(solveLongitude(computeSunApparentLongitude, w, t, rate));
  return jde - computeDeltaTDays(jde);
}
