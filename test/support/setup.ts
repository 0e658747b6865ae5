import fc from 'fast-check';

/** Fixed seed so that every run, locally and in CI, checks the same cases; override with FC_SEED. */
export const DEFAULT_SEED = 20251218;
const seed = process.env['FC_SEED'] === undefined ? DEFAULT_SEED : Number(process.env['FC_SEED']);
fc.configureGlobal({ seed, numRuns: 200 });
