import { evaluatePolynomial, radiansPerArcsecond } from './engine/angles';

/** The mean obliquity of the ecliptic ε0 in arcseconds, a polynomial in Julian centuries (IAU 1976; Meeus eq. 22.2). */
const meanObliquityArcseconds = [84381.448, -46.815, -0.00059, 0.001813] as const;

/**
 * Computes the mean obliquity of the ecliptic ε0, the angle between the ecliptic and the mean
 * equator of date, by the IAU polynomial (Meeus, *Astronomical Algorithms*, eq. 22.2; 0.01″
 * over 1900–2100, about 1″ at ±2000 years).
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns ε0 in radians.
 * Example (run by test/astro/equationOfTime.test.ts):
 * Math.round(computeMeanObliquity(0) * 180 / Math.PI * 1e6) / 1e6
 * //=> 23.439291
 * @category Astronomy
 * @since 0.4.0
 */
export function computeMeanObliquity(t: number): number {
  return evaluatePolynomial(meanObliquityArcseconds, t) * radiansPerArcsecond;
}

/**
 * Computes the nutation in obliquity Δε by the four-term formula of Meeus (*Astronomical
 * Algorithms*, ch. 22: `9.20″ cos Ω + 0.57″ cos 2L + 0.10″ cos 2L′ − 0.09″ cos 2Ω`, with the
 * Moon's ascending node Ω and the mean longitudes L of the Sun and L′ of the Moon), good to 0.1″.
 * The engine's nutation table (`src/data/nutationSeries.generated.ts`) carries no obliquity
 * column; 0.1″ of ε moves the Sun's right ascension by less than 0.05″ (0.003 s of time).
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns Δε in radians; the true obliquity is `computeMeanObliquity(t) + computeNutationInObliquity(t)`.
 * Example (run by test/astro/equationOfTime.test.ts):
 * Math.round(computeNutationInObliquity(0) / (Math.PI / 648000) * 10) / 10
 * //=> -5.8
 * @category Astronomy
 * @since 0.4.0
 */
export function computeNutationInObliquity(t: number): number {
  const degree = Math.PI / 180;
  const node = (125.04452 - 1934.136261 * t) * degree;
  const sun = (280.4665 + 36000.7698 * t) * degree;
  const moon = (218.3165 + 481267.8813 * t) * degree;
  return (9.2 * Math.cos(node) + 0.57 * Math.cos(2 * sun) + 0.1 * Math.cos(2 * moon) - 0.09 * Math.cos(2 * node)) * radiansPerArcsecond;
}
