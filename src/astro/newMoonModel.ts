/** Arguments (degrees) of the periodic terms, as linear functions of the lunation number `n`. */
const ARGUMENTS = [
  // [at n = 0, per lunation] — Sun's mean anomaly M, Moon's mean anomaly M', argument of latitude F, node Ω
  [2.5534, 29.1053567],
  [201.5643, 385.81693528],
  [160.7108, 390.67050284],
  [124.7746, -1.56375588],
] as const;

/** Which combinations of (M, M', F, Ω) enter the model, one sine and one cosine each. */
export const newMoonTerms: readonly (readonly [number, number, number, number])[] = [
  [0, 1, 0, 0], [1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0], [-1, 1, 0, 0], [1, 1, 0, 0], [2, 0, 0, 0],
  [0, 1, -2, 0], [0, 1, 2, 0], [1, 2, 0, 0], [0, 3, 0, 0], [1, 0, 2, 0], [1, 0, -2, 0], [-1, 2, 0, 0],
  [0, 0, 0, 1], [0, 4, 0, 0], [0, 2, -2, 0], [1, 3, 0, 0], [1, 1, -2, 0],
];

/** Values of the model's features for lunation `n`: 1, n, n², then a sine and cosine per term. */
export function newMoonFeatures(n: number): number[] {
  const angles = ARGUMENTS.map(([a0, a1]) => ((a0 + a1 * n) * Math.PI) / 180);
  const features = [1, n / 1000, (n / 1000) ** 2];
  for (const [m, mp, f, o] of newMoonTerms) {
    const x = m * (angles[0] as number) + mp * (angles[1] as number) + f * (angles[2] as number) + o * (angles[3] as number);
    features.push(Math.sin(x), Math.cos(x));
  }
  return features;
}

/**
 * The smooth model that the new-moon table is stored against: the instant of new moon number
 * `n` (0 = 2000-01-06), in 30-second slots of China Standard Time since 1970-01-01T00:00+08:00,
 * before the one-character residual of the table is added.
 *
 * @internal
 */
export function predictNewMoonSlot(coefficients: readonly number[], n: number): number {
  const features = newMoonFeatures(n);
  let sum = 0;
  for (let i = 0; i < features.length; i++) sum += (coefficients[i] as number) * (features[i] as number);
  return sum;
}
