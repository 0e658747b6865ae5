const DEG = Math.PI / 180;

/**
 * Illuminated fraction of the Moon at noon (UTC+8) of a day, from the phase angle of Meeus,
 * Astronomical Algorithms (2nd ed.), ch. 48, with the mean elongation and anomalies of ch. 47.
 * ΔT (about a minute) is ignored: it changes the fraction by less than 0.0003. Rounded to 3 decimals.
 * @internal
 */
export function getMoonIllumination(epochDay: number): number {
  // Noon UTC+8 is 04:00 UTC: Julian day 2440587.5 + epochDay + 4/24.
  const T = (epochDay + 2440587.5 + 4 / 24 - 2451545) / 36525;
  const D = (297.8501921 + 445267.1114034 * T - 0.0018819 * T * T) * DEG;
  const M = (357.5291092 + 35999.0502909 * T - 0.0001536 * T * T) * DEG;
  const Mp = (134.9633964 + 477198.8675055 * T + 0.0087414 * T * T) * DEG;
  const i = Math.PI - D
    - 6.289 * DEG * Math.sin(Mp) + 2.1 * DEG * Math.sin(M) - 1.274 * DEG * Math.sin(2 * D - Mp)
    - 0.658 * DEG * Math.sin(2 * D) - 0.214 * DEG * Math.sin(2 * Mp) - 0.11 * DEG * Math.sin(D);
  return Math.round(((1 + Math.cos(i)) / 2) * 1000) / 1000;
}
