import { earthLongitudeSeriesText } from '../../data/earthLongitudeSeries.generated';
import { decodeSeries } from './seriesCodec';

/**
 * VSOP87D Earth L0…L5 as [A (1e-10 rad), φ (rad), ω (rad/millennium)] triples, the truncated series
 * of src/data/earthLongitudeSeries.generated.ts (readable copy: data/astro/vsop87-earth-longitude.tsv),
 * read from its text once. @internal
 */
export const earthLongitudeSeries: readonly (readonly number[])[] = /* @__PURE__ */ decodeSeries(earthLongitudeSeriesText);
