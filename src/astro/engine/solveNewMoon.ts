import { computeDeltaTDays } from './deltaT';
import { fromJulianCenturies } from './julianCenturies';
import { solveLongitude } from './solveLongitude';

/**
 * Solves an elongation of the Moon from the Sun for the instant of the n-th new moon (n turns from
 * that of 2000-01-06), from a first guess by the mean synodic motion and the largest lunar
 * inequalities (equation of centre, evection, variation; Meeus ch. 47). Shared by the precise
 * and the compact new moons, which differ only in the series summed.
 *
 * @param n - Integer count of lunations from the new moon of 2000-01-06.
 * @param elongation - The elongation, radians, as a function of Julian centuries (TT); it grows
 *   by 2π a synodic month and is about −1 rad at J2000.0.
 * @returns The instant as a Julian Day in UT (ΔT by {@link computeDeltaT}).
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round((solveNewMoonInstant(0, computeMoonSunElongation) - computeNewMoonInstant(0)) * 86400)
 * //=> 0
 * @category Astronomy
 * @since 0.5.0
 */
export function solveNewMoonInstant(n: number, elongation: (t: number) => number): number {
  const w = 2 * Math.PI * n;
  // Mean elongation D = -1.084718 + 7771.377145 t (Meeus 47.2); the Moon's mean anomaly M′, the
  // Sun's M; the largest inequalities of the elongation: 6.289° sin M′ (equation of centre),
  // 1.274° sin(2D − M′) (evection), 0.658° sin 2D (variation), −1.915° sin M (the Sun's centre).
  const inequalities = (x: number, derivative: boolean): number => {
    const m1 = 2.355556 + 8328.691425 * x;
    const ev = 1.758193 + 7214.062865 * x;
    const d2 = 4.113749 + 15542.75429 * x;
    const m = 6.24006 + 628.301946 * x;
    return derivative
      ? 914.2 * Math.cos(m1) + 160.4 * Math.cos(ev) + 178.5 * Math.cos(d2) - 21 * Math.cos(m)
      : 0.10976 * Math.sin(m1) + 0.022236 * Math.sin(ev) + 0.011484 * Math.sin(d2) - 0.033423 * Math.sin(m);
  };
  let t = (w + 1.084718) / 7771.377145;
  t -= inequalities(t, false) / 7771.377145;
  const jde = fromJulianCenturies(solveLongitude(elongation, w, t, 7771.377145 + inequalities(t, true)));
  return jde - computeDeltaTDays(jde);
}
