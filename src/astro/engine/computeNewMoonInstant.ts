import { computeMoonSunElongation } from './moonSunElongation';
import { solveNewMoonInstant } from './solveNewMoon';

/**
 * Computes the instant of the n-th new moon counted from that of 2000-01-06 (n = 0): the apparent
 * Moon's and the apparent Sun's longitudes equal (conjunction in longitude), solved on
 * {@link computeMoonSunElongation} (the precise series) by {@link solveNewMoonInstant}.
 *
 * @param n - Integer count of lunations from the new moon of 2000-01-06.
 * @returns The instant as a Julian Day in UT (ΔT by {@link computeDeltaT}).
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round((computeNewMoonInstant(0) - 2451550) * 1e6) / 1e6 // 2000-01-06T18:13:38Z
 * //=> 0.259471
 * @category Astronomy
 * @since 0.2.0
 */
export function computeNewMoonInstant(n: number): number {
  return solveNewMoonInstant(n, computeMoonSunElongation);
}
