import { earthLongitudeCorrection } from '../../data/earthLongitudeSeries.generated';
import { earthLongitudeSeries } from './earthLongitudeSeries';
import { earthLongitudeTermsForCompactMoon, moonLongitudeCompactSeries } from '../../data/moonLongitudeCompact.generated';
import {
  moonAberration,
  moonLateCorrection,
  moonMeanLongitude,
  moonPrecession,
} from '../../data/moonLongitudePolynomials.generated';
import { computeSunAberration } from './aberration';
import { evaluateEarthLongitude } from './evaluateEarthLongitude';
import { evaluateMoonLongitude } from './evaluateMoonLongitude';
import { solveNewMoonInstant } from './solveNewMoon';

const moonPolynomials = {
  meanLongitude: moonMeanLongitude,
  precession: moonPrecession,
  lateCorrection: moonLateCorrection,
};

/**
 * Computes the elongation of the apparent Moon from the apparent Sun as
 * {@link computeMoonSunElongation} does, from the compact series: the largest terms of the Moon's
 * (`src/data/moonLongitudeCompact.generated.ts`) and the leading terms of the Earth's
 * (`earthLongitudeTermsForCompactMoon`), for the calendar's new-moon days.
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns The elongation in longitude, radians, not reduced to one turn.
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.abs(computeMoonSunElongationCompact(0) - computeMoonSunElongation(0)) < 1e-3
 * //=> true
 * @category Astronomy
 * @since 0.5.0
 */
export function computeMoonSunElongationCompact(t: number): number {
  return (
    evaluateMoonLongitude(moonLongitudeCompactSeries, moonPolynomials, t) +
    moonAberration -
    (evaluateEarthLongitude(earthLongitudeSeries, earthLongitudeCorrection, t / 10, earthLongitudeTermsForCompactMoon) +
      Math.PI +
      computeSunAberration(t))
  );
}

/**
 * Computes the instant of new moon `n` (numbered as {@link computeNewMoonInstant}) on the compact
 * series ({@link computeMoonSunElongationCompact}), solved to convergence like the precise one:
 * within a few minutes of the precise instant (data/astro/SOURCES.md). Its UTC+8 day is the
 * calendar's new-moon base ({@link getNewMoonDay}); the calendar's stored day offsets
 * (src/data/calendarDays.generated.ts) are measured against it, so it must not change without
 * regenerating them (data/scripts/generate-calendar.ts).
 *
 * @param n - Integer count of lunations from the new moon of 2000-01-06.
 * @returns The instant as a Julian Day in UT (ΔT by {@link computeDeltaT}).
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round((computeNewMoonInstantCompact(0) - computeNewMoonInstant(0)) * 86400) // seconds
 * //=> -125
 * @category Astronomy
 * @since 0.5.0
 */
export function computeNewMoonInstantCompact(n: number): number {
  return solveNewMoonInstant(n, computeMoonSunElongationCompact);
}
