import { earthLongitudeSeries } from './earthLongitudeSeries';
import { moonLongitudeCompactSeries } from '../../data/moonLongitudeCompact.generated';
import { moonLateCorrection } from '../../data/moonLongitudePolynomials.generated';
import { evaluatePolynomial, radiansPerArcsecond } from './angles';
import { computeMoonSunElongationCompact } from './computeNewMoonInstantCompact';

/**
 * The mean elongation of the apparent Moon from the apparent Sun, radians, a polynomial in
 * Julian centuries (TT): the engine's polynomials summed (the Moon's mean longitude and
 * precession, `moonMeanLongitude` and `moonPrecession`, minus the Sun's: π plus the ω = 0 terms
 * of the Earth series and its frame correction), plus the constant parts of the two aberrations
 * (`moonAberration` and κ = 20.49552″).
 */
const meanElongation = [-1.0846227022604582, 7771.377144940421, -3.303520115746e-5, 3.160653248e-8, -2.030494042e-10];

const degrees = 0.017453292519943295; // π / 180, a literal so that an unused import of this module leaves no statement behind

/**
 * The rate of the elongation, radians per Julian century: the mean elongation's and the
 * derivatives of the ten largest terms of the Moon series and of the two largest periodic terms
 * of the Earth's (the Sun's equation of centre), to about 0.3 %.
 */
function computeElongationRate(t: number): number {
  const moon = moonLongitudeCompactSeries[0]!;
  const earth = earthLongitudeSeries[0]!;
  let rate = meanElongation[1]! + 2 * meanElongation[2]! * t;
  for (let i = 0; i < 60; i += 6) {
    const phase =
      moon[i + 1]! + moon[i + 2]! * t + (moon[i + 3]! * t * t) / 1e4 + (t * t * t * (moon[i + 4]! + moon[i + 5]! * t)) / 1e8;
    rate -= moon[i]! * radiansPerArcsecond * (moon[i + 2]! + 2e-4 * moon[i + 3]! * t) * Math.sin(phase);
  }
  for (let i = 3; i < 9; i += 3) rate += (earth[i]! / 1e11) * earth[i + 2]! * Math.sin(earth[i + 1]! + (earth[i + 2]! * t) / 10);
  return rate;
}

/**
 * Estimates the instant of new moon `n` (numbered as {@link computeNewMoonInstant}) cheaply, in
 * closed form: the instant at which the engine's mean elongation (with its late correction after
 * 3000) reaches n turns, plus the twelve largest periodic terms of Meeus' new-moon formula
 * (*Astronomical Algorithms*, ch. 49: M and M′ the Sun's and the Moon's mean anomalies and F the
 * Moon's argument of latitude at the mean lunation, E the decreasing eccentricity), in days:
 * within 5 minutes of the precise instant and 7.5 minutes of the compact one
 * ({@link computeNewMoonInstantCompact}, which {@link getNewMoonDay} rounds; measured for every
 * new moon by scripts/verify-term-days.ts).
 *
 * @param n - Integer count of lunations from the new moon of 2000-01-06.
 * @returns Julian centuries (TT) from J2000.0.
 * @internal
 */
export function approximateNewMoonTime(n: number): number {
  const w = 2 * Math.PI * n;
  let t = (w - meanElongation[0]!) / meanElongation[1]!;
  for (let i = 0; i < 2; i++) {
    const late = t > 10 ? evaluatePolynomial(moonLateCorrection, t - 10) * radiansPerArcsecond : 0;
    t += (w - evaluatePolynomial(meanElongation, t) - late) / meanElongation[1]!;
  }
  const T = n / 1236.85;
  const e = 1 - 0.002516 * T - 0.0000074 * T * T;
  const m = (2.5534 + 29.1053567 * n - T * T * (0.0000014 + 0.00000011 * T)) * degrees;
  const m1 = (201.5643 + 385.81693528 * n + T * T * (0.0107582 + T * (0.00001238 - 0.000000058 * T))) * degrees;
  const f2 = 2 * (160.7108 + 390.67050284 * n - T * T * (0.0016118 + T * (0.00000227 - 0.000000011 * T))) * degrees;
  const days =
    -0.4072 * Math.sin(m1) +
    0.17241 * e * Math.sin(m) +
    0.01608 * Math.sin(2 * m1) +
    0.01039 * Math.sin(f2) +
    e * (0.00739 * Math.sin(m1 - m) - 0.00514 * Math.sin(m1 + m) + 0.00208 * e * Math.sin(2 * m)) -
    0.00111 * Math.sin(m1 - f2) -
    0.00057 * Math.sin(m1 + f2) +
    0.00056 * e * Math.sin(2 * m1 + m) -
    0.00042 * Math.sin(3 * m1) +
    0.00042 * e * Math.sin(m + f2);
  return t + days / 36525;
}

/**
 * One Newton step from an estimate `t` of new moon `n` on the compact elongation
 * ({@link computeMoonSunElongationCompact}), towards the compact instant.
 *
 * @param n - The lunation.
 * @param t - An estimate, Julian centuries (TT), within a quarter of an hour.
 * @returns Julian centuries (TT) from J2000.0.
 * @internal
 */
export function refineNewMoonTime(n: number, t: number): number {
  return t + (2 * Math.PI * n - computeMoonSunElongationCompact(t)) / computeElongationRate(t);
}
