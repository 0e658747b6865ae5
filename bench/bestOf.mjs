// Shared by the benches: a seeded generator, and the best of `rounds` timings of each candidate (the one least disturbed
// by a shared machine), with the rounds interleaved so that every candidate sees the same load.

/** Rounds from BENCH_ROUNDS, else `fallback`. */
export function benchRounds(fallback = 5) {
  return Number(process.env.BENCH_ROUNDS ?? fallback);
}

/** `{ name: best ms }` for `{ name: () => void }`, over `rounds` interleaved rounds. */
export function bestOf(candidates, rounds = benchRounds()) {
  const best = Object.fromEntries(Object.keys(candidates).map((name) => [name, Infinity]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(candidates)) {
      const start = process.hrtime.bigint();
      run();
      best[name] = Math.min(best[name], Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return best;
}

/** A deterministic generator of numbers in [0, 1) (mulberry32, as test/support/seededRandom.ts). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
