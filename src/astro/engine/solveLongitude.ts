/** Stop when a step is below this many Julian centuries (0.1 s; the secant step after it is far smaller). */
const tolerance = 3e-11;

/**
 * Finds the time at which an increasing angle `f` reaches `target`: one Newton step with an
 * approximate rate, then secant steps (each evaluates `f` once and converges faster than Newton
 * with an approximate derivative). Three or four evaluations reach a few milliseconds.
 *
 * @param f - The angle, radians, as a function of Julian centuries (TT); increasing.
 * @param target - The angle to reach, radians.
 * @param t - A first guess, Julian centuries.
 * @param rate - The approximate rate of `f` near `t`, radians per century.
 * @returns The Julian centuries (TT) at which `f` equals `target`.
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round(solveLongitude((t) => 2 * t + Math.sin(t) / 10, 1, 0, 2) * 1e9) / 1e9
 * //=> 0.477042315
 * @category Astronomy
 * @since 0.2.0
 */
export function solveLongitude(f: (t: number) => number, target: number, t: number, rate: number): number {
  let previousT = t;
  let previousF = f(t);
  t += (target - previousF) / rate;
  for (let i = 0; i < 12; i++) {
    const ft = f(t);
    const step = ((target - ft) * (t - previousT)) / (ft - previousF);
    previousT = t;
    previousF = ft;
    t += step;
    if (Math.abs(step) < tolerance) break;
  }
  return t;
}
