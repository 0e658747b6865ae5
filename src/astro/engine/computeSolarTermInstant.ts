import { computeDeltaTDays } from './deltaT';
import { fromJulianCenturies } from './julianCenturies';
import { computeSunApparentLongitude } from './sunApparentLongitude';

/** Stop when a Newton step is below this many centuries (about 3 ms). */
const tolerance = 1e-12;

/**
 * Computes the instant the Sun's apparent longitude reaches `k · 15°`, the k-th solar term
 * counted from the March equinox of 2000 (k = 0, 2000-03-20 07:35 UT): k = -6 is the winter
 * solstice of 1999, k = 18 that of 2000, and k = 24 n + 18 the winter solstice (冬至) of 2000 + n.
 * Newton's method on {@link computeSunApparentLongitude}, started from the Sun's mean motion and
 * equation of centre; converges in three or four evaluations to a few milliseconds.
 *
 * @param k - Integer count of 15° steps of the Sun's longitude from the 2000 March equinox.
 * @returns The instant as a Julian Day in UT (ΔT by {@link computeDeltaT}).
 * @example
 * Math.round((computeSolarTermInstant(18) - 2451900) * 1e6) / 1e6 // 2000-12-21T13:37:33Z
 * //=> 0.067737
 * @category Astronomy
 * @since 0.2.0
 */
export function computeSolarTermInstant(k: number): number {
  const w = (k * Math.PI) / 12;
  // mean longitude 4.895063 + 628.331965 t, equation of centre 0.033417 sin M
  let t = (w - 4.895063) / 628.331965;
  t -= (0.033417 * Math.sin(6.240059 + 628.301946 * t)) / 628.331965;
  for (let i = 0; i < 8; i++) {
    const rate = 628.331965 + 20.996 * Math.cos(6.240059 + 628.301946 * t);
    const step = (w - computeSunApparentLongitude(t)) / rate;
    t += step;
    if (Math.abs(step) < tolerance) break;
  }
  const jde = fromJulianCenturies(t);
  return jde - computeDeltaTDays(jde);
}
