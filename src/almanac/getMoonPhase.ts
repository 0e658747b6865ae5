import { moonPhases } from '../data/almanac.generated';
import { getMoonIlluminationPermille } from './getMoonIllumination';
import type { MoonPhase, MoonPhaseName } from './types';

/**
 * The records by lunar day · 1001 + illumination in thousandths, built on first use: at most
 * 31 · 1001 slots (allocated whole, so that the array stays an array rather than a dictionary).
 */
let memo: (MoonPhase | undefined)[] | undefined;

/**
 * The Moon of a day: the name of its lunar day's moon and the illuminated fraction at noon,
 * one frozen record for each pair that occurs, shared.
 * @internal
 */
export function getMoonPhase(lunarDay: number, epochDay: number): MoonPhase {
  const permille = getMoonIlluminationPermille(epochDay);
  memo ??= new Array<MoonPhase | undefined>(31 * 1001).fill(undefined);
  return (memo[lunarDay * 1001 + permille] ??= Object.freeze({ name: moonPhases[lunarDay - 1] as MoonPhaseName, illumination: permille / 1000 }));
}
