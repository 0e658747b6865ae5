/** Fitted coefficients of the solar-term model (see `src/data/solarTerms.generated.ts`). @internal */
export interface TermModel {
  /** Per term k (0 = 小寒 … 23 = 冬至): slot of the term in 2000. */
  readonly a: readonly number[];
  /** Per term k: slots per year. */
  readonly b: readonly number[];
  /** A sine and a cosine coefficient for each argument of {@link termArguments}, in slots. */
  readonly p: readonly number[];
}

const DEG = 0.017453292519943295; // π / 180
/** 2000-01-01T12:00 (J2000) in slots of UTC+8 since 1970 (10957.5 days, less 8 hours, × 2880). */
const J2000_SLOT = 10957.5 * 2880 + 960;
const SLOTS_PER_CENTURY = 36525 * 2880;

/**
 * The periodic arguments (radians) that move a term away from its smooth trend, at `T` Julian
 * centuries from J2000: the Moon's node (nutation), the Moon's elongation (the Earth's monthly
 * wobble about the Earth–Moon barycentre), and the pulls of Jupiter, Venus and Mars.
 *
 * @internal
 */
export function termArguments(T: number): number[] {
  const earth = (100.46 + 35999.3729 * T) * DEG;
  const jupiter = (34.35 + 3034.9057 * T) * DEG;
  const venus = (181.98 + 58517.8157 * T) * DEG;
  const mars = (355.43 + 19140.2993 * T) * DEG;
  return [
    (125.04452 - 1934.136261 * T) * DEG,
    (297.85036 + 445267.11148 * T) * DEG,
    earth - jupiter, 2 * (earth - jupiter), venus - earth, 2 * (venus - earth), 3 * (venus - earth),
    earth - mars, 2 * (earth - mars), jupiter,
  ];
}

/**
 * The smooth model that the solar-term table is stored against. A term instant is kept as
 * `Math.round(predictTermSlot(model, year, k)) + residual`, where a slot is 30 seconds of UTC+8
 * counted from 1970-01-01T00:00+08:00 and the residual is one character of the table. The
 * generator (`data/scripts/generate.ts`) imports this very function, so encoder and decoder
 * cannot drift apart.
 *
 * @internal
 */
export function predictTermSlot(model: TermModel, year: number, k: number): number {
  const trend = (model.a[k] as number) + (model.b[k] as number) * (year - 2000);
  const args = termArguments((trend - J2000_SLOT) / SLOTS_PER_CENTURY);
  let slot = trend;
  for (let i = 0; i < args.length; i++) {
    const x = args[i] as number;
    slot += (model.p[2 * i] as number) * Math.sin(x) + (model.p[2 * i + 1] as number) * Math.cos(x);
  }
  return slot;
}
