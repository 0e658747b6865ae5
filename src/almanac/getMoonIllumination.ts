const DEG = 0.017453292519943295; // π / 180

/**
 * Illuminated fraction of the Moon at noon (UTC+8) of a day, from the phase angle of Meeus,
 * Astronomical Algorithms (2nd ed.), ch. 48, with the mean elongation and anomalies of ch. 47.
 * ΔT (about a minute) is ignored: it changes the fraction by less than 0.0003. Rounded to 3 decimals.
 *
 * The value is that of {@link getMoonIlluminationAt} rounded; it is found from
 * {@link estimateMoonIllumination}, which is within 1e-9 of it, unless that is too close to a
 * rounding boundary to tell (test/almanac/moonIllumination.test.ts checks every day of the range).
 * @internal
 */
export function getMoonIllumination(epochDay: number): number {
  return getMoonIlluminationPermille(epochDay) / 1000;
}

/** {@link getMoonIllumination} in thousandths (an integer, 0 … 1000). @internal */
export function getMoonIlluminationPermille(epochDay: number): number {
  // Noon UTC+8 is 04:00 UTC.
  const unixDays = epochDay + 4 / 24;
  const estimate = estimateMoonIllumination(unixDays) * 1000;
  const rounded = Math.round(estimate);
  if (Math.abs(estimate - rounded) < 0.5 - ROUNDING_MARGIN) return rounded;
  return Math.round(getMoonIlluminationAt(unixDays) * 1000);
}

/** How near (in thousandths) to a rounding boundary the estimate leaves the rounding to the defining formula. */
export const ROUNDING_MARGIN = 1e-6;

/** Illuminated fraction at an instant given in (fractional) days since 1970-01-01T00:00Z, unrounded: the defining formula. @internal */
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

/** An angle in degrees brought within ±180° and turned into radians (exactly: the subtraction of whole turns is exact). */
function reduce(degrees: number): number {
  return (degrees - 360 * Math.round(degrees * (1 / 360))) * DEG;
}

/**
 * {@link getMoonIlluminationAt} by the same formula, faster: the angles reduced to ±180° before
 * their sines (which are cheaper then), and the sines of 2D, 2M′ and 2D − M′ from those of D
 * and M′. It differs from the defining formula by rounding errors only (below 1e-10). @internal
 */
export function estimateMoonIllumination(unixDays: number): number {
  const T = (unixDays + 2440587.5 - 2451545) / 36525;
  const D = reduce(297.8501921 + 445267.1114034 * T - 0.0018819 * T * T);
  const M = reduce(357.5291092 + 35999.0502909 * T - 0.0001536 * T * T);
  const Mp = reduce(134.9633964 + 477198.8675055 * T + 0.0087414 * T * T);
  const sinD = Math.sin(D);
  const cosD = Math.cos(D);
  const sinMp = Math.sin(Mp);
  const cosMp = Math.cos(Mp);
  const sin2D = 2 * sinD * cosD;
  const cos2D = 1 - 2 * sinD * sinD;
  const i = Math.PI - D
    - 6.289 * DEG * sinMp + 2.1 * DEG * Math.sin(M) - 1.274 * DEG * (sin2D * cosMp - cos2D * sinMp)
    - 0.658 * DEG * sin2D - 0.214 * DEG * 2 * sinMp * cosMp - 0.11 * DEG * sinD;
  return (1 + Math.cos(i)) / 2;
}
