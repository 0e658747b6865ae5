/** Julian Day of the epoch J2000.0 (2000-01-01T12:00 TT). */
export const j2000 = 2451545;

/** Julian Day of 1970-01-01T00:00 UT. @internal */
export const unixEpochJulianDay = 2440587.5;

/** Days in a Julian century. */
export const daysPerJulianCentury = 36525;

/**
 * Converts a Julian Ephemeris Day (Terrestrial Time) to Julian centuries from J2000.0, the time
 * argument `T` of Meeus' *Astronomical Algorithms* (eq. 12.1) and of the ELP series.
 *
 * @param jde - Julian Ephemeris Day (TT).
 * @returns Julian centuries of 36525 days from J2000.0.
 * Example (run by test/astro/engine/examples.test.ts):
 * toJulianCenturies(2451545 + 36525)
 * //=> 1
 * @category Astronomy
 * @since 0.2.0
 */
export function toJulianCenturies(jde: number): number {
  return (jde - j2000) / daysPerJulianCentury;
}

/**
 * Converts Julian centuries from J2000.0 back to a Julian Ephemeris Day (TT).
 *
 * @param t - Julian centuries from J2000.0.
 * @returns Julian Ephemeris Day (TT).
 * Example (run by test/astro/engine/examples.test.ts):
 * fromJulianCenturies(0)
 * //=> 2451545
 * @category Astronomy
 * @since 0.2.0
 */
export function fromJulianCenturies(t: number): number {
  return j2000 + t * daysPerJulianCentury;
}
