const DEG = 0.017453292519943295; // π / 180

/**
 * Illuminated fraction of the Moon at noon (UTC+8) of a day, from the phase angle of Meeus,
 * Astronomical Algorithms (2nd ed.), ch. 48, with the mean elongation and anomalies of ch. 47.
 * ΔT (about a minute) is ignored: it changes the fraction by less than 0.0003. Rounded to 3 decimals.
 * @internal
 */
export function getMoonIllumination(epochDay: number): number {
  // Noon UTC+8 is 04:00 UTC.
  return Math.round(getMoonIlluminationAt(epochDay + 4 / 24) * 1000) / 1000;
}

/** Illuminated fraction at an instant given in (fractional) days since 1970-01-01T00:00Z, unrounded. @internal */
export function getMoonIlluminationAt(unixDays: number): number {
  const T = (unixDays + 2440587.5 - 2451545) / 36525;
  const D = (297.8501921 + 445267.1114034 * T - 0.0018819 * T * T) * DEG;
  const M = (357.5291092 + 35999.0502909 * T - 0.0001536 * T * T) * DEG;
  const Mp = (134.9633964 + 477198.8675055 * T + 0.0087414 * T * T) * DEG;
  const i = Math.PI - D
    - 6.289 * DEG * Math.sin(Mp) + 2.1 * DEG * Math.sin(M) - 1.274 * DEG * Math.sin(2 * D - Mp)
    - 0.658 * DEG * Math.sin(2 * D) - 0.214 * DEG * Math.sin(2 * Mp) - 0.11 * DEG * Math.sin(D);
  return (1 + Math.cos(i)) / 2;
}
