import { encodeNumbers, readNumbers, unzigzag, zigzag } from '../../internal/numberCodec';

/**
 * Coefficient tables as printable text, for generated data: they gzip smaller than array literals
 * (the engine's Earth series, nutation and ΔT tables by about 560 bytes), with the same values. A decimal `m · 10⁻ᵈ` (m its digits, d ≤ 9 its decimals)
 * is the integer `10 m + d`, or `10 zigzag(m) + d` when signed, and the integers are written by
 * {@link encodeNumbers}. A VSOP87 series (per power of τ, a flat list of `[A, φ, ω]` triples: A an
 * integer, φ and ω non-negative decimals) is, per power, the number of triples, then per triple A
 * (the first of the power as is, each next as what it is less than the one before: the amplitudes
 * do not increase), φ and ω. Shared by the generator (the encoders, which check that
 * the decoders give back every value exactly) and the engine (the decoders), so that the two
 * cannot drift apart.
 * @internal
 */

/** `x`'s digits and decimals (`[m, d]` with x = m · 10⁻ᵈ), from its shortest decimal form. */
function toDecimal(x: number): [number, number] {
  const match = /^(-?\d+)(?:\.(\d{1,9}))?$/.exec(String(x));
  if (match === null) throw new RangeError(`seriesCodec: ${x} is not a decimal with at most 9 decimals`);
  const decimals = match[2] ?? '';
  return [Number(match[1]! + decimals), decimals.length];
}

/** The number `m · 10⁻ᵈ`, through its text, which reads as the same number as the digits it was written from. */
const fromDecimal = (m: number, d: number): number => Number(`${m}e-${d}`);

/** Throws unless `decoded` holds the values of `values`, each the same number. */
function checkDecoded(values: readonly (readonly number[])[], decoded: readonly (readonly number[])[]): void {
  if (decoded.length !== values.length || values.some((s, p) => s.length !== decoded[p]!.length || s.some((x, i) => !Object.is(x, decoded[p]![i])))) {
    throw new Error('seriesCodec: the text does not decode to the values');
  }
}

/** The text of `series` (see above); throws unless {@link decodeSeries} gives back every value exactly. @internal */
export function encodeSeries(series: readonly (readonly number[])[]): string {
  const values: number[] = [];
  for (const s of series) {
    if (s.length % 3 !== 0) throw new RangeError('encodeSeries: a power is not a list of triples');
    values.push(s.length / 3);
    for (let i = 0; i < s.length; i += 3) {
      const a = s[i]!;
      if (!Number.isInteger(a) || a < 0 || (i > 0 && a > s[i - 3]!)) throw new RangeError(`encodeSeries: amplitude ${a} is not a non-negative integer at most the one before`);
      values.push(i === 0 ? a : s[i - 3]! - a);
      for (const x of [s[i + 1]!, s[i + 2]!]) {
        const [m, d] = toDecimal(x);
        if (m < 0) throw new RangeError(`encodeSeries: ${x} is negative`);
        values.push(10 * m + d);
      }
    }
  }
  const text = encodeNumbers(values);
  checkDecoded(series, decodeSeries(text));
  return text;
}

/** The series of a text written by {@link encodeSeries} (plain arrays: the engine reads them in its inner loop). @internal */
export function decodeSeries(text: string): number[][] {
  const series: number[][] = [];
  let row: number[] = [];
  let left = 0;
  readNumbers(text, (v) => {
    if (left === 0) {
      series.push((row = []));
      left = 3 * v;
      return;
    }
    const i = row.length;
    row.push(i % 3 ? fromDecimal(Math.floor(v / 10), v % 10) : i ? row[i - 3]! - v : v);
    left--;
  });
  return series;
}

/** The text of `values` (signed decimals, see above); throws unless {@link decodeDecimals} gives them back exactly. @internal */
export function encodeDecimals(values: readonly number[]): string {
  const text = encodeNumbers(values.map((x) => {
    const [m, d] = toDecimal(x);
    return 10 * zigzag(m) + d;
  }));
  checkDecoded([values], [decodeDecimals(text)]);
  return text;
}

/** The signed decimals of a text written by {@link encodeDecimals}. @internal */
export function decodeDecimals(text: string): number[] {
  const values: number[] = [];
  readNumbers(text, (v) => values.push(fromDecimal(unzigzag(Math.floor(v / 10)), v % 10)));
  return values;
}
