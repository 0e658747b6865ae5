import { computeEquationOfTime } from '../astro/equationOfTime';
import { toJulianEphemerisDay } from '../astro/toJulianEphemerisDay';

/** Seconds of mean solar time per degree of longitude: 24 h / 360° = 4 min. */
const secondsPerDegree = 240;

/**
 * The local solar times of an instant at a longitude, each as *wall seconds*: seconds since
 * 1970-01-01T00:00 of that local solar clock, read as if it were UTC (so `new Date(s * 1000)`'s
 * UTC fields are the clock's reading). Not rounded.
 *
 * - **Mean solar time** is the time of the *mean Sun*, a fictitious Sun that moves uniformly
 *   along the equator: UT plus 4 minutes per degree east (UT + longitude / 15 h). Clock zones
 *   are mean solar time of a chosen meridian: China's UTC+8 is the mean time of 120°E.
 * - **Apparent (true) solar time** (真太阳时) is the time of the real Sun, the one a sundial
 *   shows: noon when the Sun crosses the meridian. Because the Earth's orbit is an ellipse and
 *   the ecliptic is tilted against the equator, the real Sun runs ahead of the mean Sun or lags
 *   behind it by up to a quarter of an hour; the difference is the equation of time.
 *
 * @internal
 */
export interface SolarTimeReading {
  /** Local mean solar time, as wall seconds (seconds since 1970-01-01T00:00 of that clock read as UTC): UT + longitude × 240 s. */
  readonly meanSolarSeconds: number;
  /** Local apparent (true) solar time: mean solar time plus the equation of time, as wall seconds. */
  readonly apparentSolarSeconds: number;
  /** The equation of time at the instant, apparent minus mean, in seconds (about −14.3 … +16.4 min). */
  readonly equationOfTimeSeconds: number;
}

/**
 * Computes the local mean and apparent (true) solar time of an instant at a longitude: the clock
 * a 八字 chart is cast on when `trueSolarTime` is asked for.
 *
 * Mean solar time is exact arithmetic (at 120°E it equals UTC+8 to the second). The equation
 * of time comes from the library's own astronomy (`computeEquationOfTime`: Meeus eq. 28.1 on the
 * engine's VSOP87 Sun, nutation and aberration) at TT = UT + ΔT (the engine's ΔT); it agrees with
 * astronomia's full-VSOP87 computation within 0.05 s over 1900–2100 (0.042 s at most). Internal: nothing is
 * validated here (`baZi` validates its options); the inputs are assumed finite. The example is
 * Beijing, 116.4°E, at 1990-05-05T12:00Z (20:00 at UTC+8), read to the second.
 *
 * @param unixSeconds - The instant, seconds since 1970-01-01T00:00 UTC (any finite value; the
 *   astronomy is measured over 1900–2100 and degrades slowly outside it).
 * @param longitude - Degrees east of Greenwich, −180 … 180 (west negative).
 * @returns A fresh frozen {@link SolarTimeReading}.
 * Example (run by test/bazi/trueSolarTime.test.ts):
 * new Date(computeSolarTime(641908800, 116.4).apparentSolarSeconds * 1000).toISOString().slice(0, 19)
 * //=> '1990-05-05T19:48:55'
 * @internal
 */
export function computeSolarTime(unixSeconds: number, longitude: number): SolarTimeReading {
  const meanSolarSeconds = unixSeconds + longitude * secondsPerDegree;
  const equationOfTimeSeconds = computeEquationOfTime(toJulianEphemerisDay(unixSeconds));
  return Object.freeze({ meanSolarSeconds, apparentSolarSeconds: meanSolarSeconds + equationOfTimeSeconds, equationOfTimeSeconds });
}
