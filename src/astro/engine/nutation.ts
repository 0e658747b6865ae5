import { nutationSeriesText } from '../../data/nutationSeries.generated';
import { evaluateNutationInLongitude } from './evaluateNutationInLongitude';
import { decodeDecimals } from './seriesCodec';

/** Nutation in longitude as [φ₀, φ₁, φ₂, A, A₁] rows, amplitudes in 0.01 arcsec (data/astro/nutation-longitude.tsv). @internal */
export const nutationSeries: readonly number[] = /* @__PURE__ */ decodeDecimals(nutationSeriesText);

/**
 * Computes the nutation in longitude Δψ from the ten largest terms of the IAU 1980 theory
 * (Meeus, *Astronomical Algorithms*, ch. 22; the ten rows 寿星万年历 keeps), good to about 0.05″.
 *
 * @param t - Julian centuries (TT) from J2000.0.
 * @returns Δψ in radians.
 * Example (run by test/astro/engine/examples.test.ts):
 * Math.round(computeNutationInLongitude(0) / (Math.PI / 648000) * 10) / 10
 * //=> -13.9
 * @category Astronomy
 * @since 0.2.0
 */
export function computeNutationInLongitude(t: number): number {
  return evaluateNutationInLongitude(nutationSeries, t);
}
