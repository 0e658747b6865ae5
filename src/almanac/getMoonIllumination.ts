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

/** sin x for |x| ≤ π/4, by its Taylor polynomial to x¹¹ (error below 1e-11). */
function sinSmall(x: number): number {
  const x2 = x * x;
  return x * (1 + x2 * (-1 / 6 + x2 * (1 / 120 + x2 * (-1 / 5040 + x2 * (1 / 362880 + x2 * (-1 / 39916800))))));
}

/** cos x for |x| ≤ π/4, by its Taylor polynomial to x¹² (error below 1e-12). */
function cosSmall(x: number): number {
  const x2 = x * x;
  return 1 + x2 * (-1 / 2 + x2 * (1 / 24 + x2 * (-1 / 720 + x2 * (1 / 40320 + x2 * (-1 / 3628800 + x2 * (1 / 479001600))))));
}

/**
 * {@link getMoonIlluminationAt} by the same formula, faster and without a call to Math.sin: each
 * angle (in degrees) is split into quadrants and a rest within ±45° (exactly: the subtraction of
 * the whole quadrants is exact), whose sine and cosine are polynomials; the sines of 2D, 2M′ and
 * 2D − M′ follow from those of D and M′, and cos i from D and the small sum e of the periodic
 * terms (i = 180° − D + e). It differs from the defining formula by rounding and truncation
 * errors only, below 1e-9 (test/almanac/moonIllumination.test.ts measures it on every day of the
 * range). @internal
 */
export function estimateMoonIllumination(unixDays: number): number {
  const T = (unixDays + 2440587.5 - 2451545) / 36525;
  const d = 297.8501921 + 445267.1114034 * T - 0.0018819 * T * T;
  const mp = 134.9633964 + 477198.8675055 * T + 0.0087414 * T * T;
  const m = 357.5291092 + 35999.0502909 * T - 0.0001536 * T * T;
  const qD = Math.round(d * (1 / 90));
  const qMp = Math.round(mp * (1 / 90));
  const qM = Math.round(m * (1 / 90));
  const rD = (d - 90 * qD) * DEG;
  const rMp = (mp - 90 * qMp) * DEG;
  const rM = (m - 90 * qM) * DEG;
  const sD = sinSmall(rD);
  const cD = cosSmall(rD);
  const sMp = sinSmall(rMp);
  const cMp = cosSmall(rMp);
  // sin and cos of 90° · q + r by q mod 4.
  const kD = qD & 3;
  const sinD = kD === 0 ? sD : kD === 1 ? cD : kD === 2 ? -sD : -cD;
  const cosD = kD === 0 ? cD : kD === 1 ? -sD : kD === 2 ? -cD : sD;
  const kMp = qMp & 3;
  const sinMp = kMp === 0 ? sMp : kMp === 1 ? cMp : kMp === 2 ? -sMp : -cMp;
  const cosMp = kMp === 0 ? cMp : kMp === 1 ? -sMp : kMp === 2 ? -cMp : sMp;
  const kM = qM & 3;
  const sinM = kM === 0 ? sinSmall(rM) : kM === 1 ? cosSmall(rM) : kM === 2 ? -sinSmall(rM) : -cosSmall(rM);
  const sin2D = 2 * sinD * cosD;
  const cos2D = 1 - 2 * sinD * sinD;
  // Within ±11°: cos i = −cos(D − e).
  const e = DEG * (-6.289 * sinMp + 2.1 * sinM - 1.274 * (sin2D * cosMp - cos2D * sinMp) - 0.658 * sin2D - 0.214 * 2 * sinMp * cosMp - 0.11 * sinD);
  return (1 - (cosD * cosSmall(e) + sinD * sinSmall(e))) / 2;
}
