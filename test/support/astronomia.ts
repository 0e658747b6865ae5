/**
 * The independent second opinion for the equation of time: the npm package `astronomia` 4.2
 * (MIT; Sonia Keys' and commenthol's port of Meeus' *Astronomical Algorithms*), loaded through
 * `createRequire` with the few types used here, since the package ships none.
 *
 * Its `eqtime.e(jde, earth)` is Meeus' eq. 28.1 on the full VSOP87 Earth (here VSOP87B, J2000
 * ecliptic, precessed to the equinox of date by the package's `precess`), the full 63-term
 * IAU 1980 nutation and the IAU mean obliquity: the same formula as the library's, but none of its
 * series, so a slip in the library's Sun, nutation or obliquity shows as a difference.
 */
import { createRequire } from 'node:module';

interface Planet { readonly name: string }
interface Astronomia {
  readonly eqtime: { e(jde: number, earth: Planet): number };
  readonly planetposition: { Planet: new (data: unknown) => Planet };
}

const require = createRequire(import.meta.url);
const astronomia = require('astronomia') as Astronomia;
/** The CommonJS build of a data file exports its table as `default`. */
const table = (name: string): unknown => (require(`astronomia/data/${name}`) as { default: unknown }).default;
const earthB = new astronomia.planetposition.Planet(table('vsop87Bearth'));
const earthD = new astronomia.planetposition.Planet(table('vsop87Dearth'));

/**
 * astronomia's equation of time at a Julian Ephemeris Day (TT), in seconds of time (its hour
 * angle in radians × 86400 / 2π), apparent minus mean solar time.
 */
export function astronomiaEquationOfTime(jde: number, series: 'VSOP87B' | 'VSOP87D' = 'VSOP87B'): number {
  return (astronomia.eqtime.e(jde, series === 'VSOP87B' ? earthB : earthD) * 86400) / (2 * Math.PI);
}
