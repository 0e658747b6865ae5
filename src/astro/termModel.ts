/**
 * The smooth model that the solar-term table is stored against. A term instant is kept as
 * `Math.round(predictTermSlot(n)) + residual`, where a slot is 30 seconds of China Standard
 * Time counted from 1970-01-01T00:00+08:00 and the residual is one character of the table.
 * The generator (`data/scripts/generate.ts`) fits the coefficients and imports this very
 * function, so encoder and decoder cannot drift apart.
 *
 * @internal
 */
export function predictTermSlot(
  model: { readonly a: readonly number[]; readonly b: readonly number[]; readonly c: number; readonly d: number },
  year: number,
  k: number,
): number {
  const t = year - 2000;
  // Longitude of the Moon's ascending node (degrees): nutation moves every term by a few minutes.
  const node = ((125.04452 - 19.34136261 * (t + k / 24)) * Math.PI) / 180;
  return (model.a[k] as number) + (model.b[k] as number) * t + model.c * Math.sin(node) + model.d * Math.cos(node);
}
