import { computeDeltaTDays } from './engine/deltaT';

/** The Julian Day of the Unix epoch, 1970-01-01T00:00 UT. */
const unixEpochJulianDay = 2440587.5;

/**
 * Converts an instant (Unix seconds, UT) to a Julian Ephemeris Day (Terrestrial Time), the time
 * argument of the engine's series: `jde = jdUt + ΔT`, with the engine's ΔT
 * ({@link computeDeltaTDays}, the model of 寿星万年历). This is the inverse of the engine's own
 * `jdUt = jde − ΔT(jde)` to within 1e-5 s (ΔT evaluated at UT instead of TT: about 64 s earlier).
 *
 * @param unixSeconds - Seconds since 1970-01-01T00:00 UT (UTC, leap seconds not counted).
 * @returns The Julian Ephemeris Day.
 * Example (run by test/astro/equationOfTime.test.ts):
 * Math.round((toJulianEphemerisDay(946728000) - 2451545) * 86400 * 100) / 100
 * //=> 63.87
 * @category Astronomy
 * @since 0.4.0
 */
export function toJulianEphemerisDay(unixSeconds: number): number {
  const jdUt = unixSeconds / 86400 + unixEpochJulianDay;
  return jdUt + computeDeltaTDays(jdUt);
}
