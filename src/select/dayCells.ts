import { activityNames } from '../data/almanac.generated';
import { getDayRules } from '../almanac/ruleTables';
import { NOTHING_GOOD, isRestricted } from './activityRules';

/** 32-bit words in an activity set (116 activities). @internal */
export const WORDS = /* @__PURE__ */ Math.ceil(activityNames.length / 32);

/**
 * The 宜/忌 of every cell of the day table (`monthBranch * 60 + dayPillar`, 720 cells) as sets of
 * activity indices, read as {@link isGoodFor} and {@link isBadFor} read them: cell `c`'s sets are
 * words `c * WORDS …` of `good` and `bad`. Module-private typed arrays, built once on first use
 * and never written after: the memo is invisible but for speed. @internal
 */
export interface CellTables {
  /** The activities that 宜 names. */
  readonly good: Uint32Array;
  /** The activities that 忌 names, and, on a cell with a marker, every activity that 宜 does not name. */
  readonly bad: Uint32Array;
  /** 1 where 宜 or 忌 says 诸事不宜. */
  readonly nothingGood: Uint8Array;
}

let tables: CellTables | undefined;
let indexOfActivity: ReadonlyMap<string, number> | undefined;

/** The index of an activity in the sets (its index in `activities`). @internal */
export function getActivityIndex(name: string): number {
  indexOfActivity ??= new Map(activityNames.map((n, i) => [n, i]));
  return indexOfActivity.get(name) as number;
}

/** The set of the given activities, `WORDS` words. @internal */
export function toActivitySet(names: readonly string[]): Uint32Array {
  const set = new Uint32Array(WORDS);
  for (const name of names) {
    const i = getActivityIndex(name);
    set[i >> 5] = (set[i >> 5] as number) | (1 << (i & 31));
  }
  return set;
}

/** The cell tables, decoded on first use. @internal */
export function getCellTables(): CellTables {
  if (tables !== undefined) return tables;
  const good = new Uint32Array(720 * WORDS);
  const bad = new Uint32Array(720 * WORDS);
  const nothingGood = new Uint8Array(720);
  const all = new Uint32Array(WORDS);
  for (let i = 0; i < activityNames.length; i++) all[i >> 5] = (all[i >> 5] as number) | (1 << (i & 31));
  for (let cell = 0; cell < 720; cell++) {
    const [yi, ji] = getDayRules(Math.floor(cell / 60), cell % 60);
    const y = toActivitySet(yi);
    const j = toActivitySet(ji);
    const restricted = isRestricted(yi, ji);
    for (let w = 0; w < WORDS; w++) {
      good[cell * WORDS + w] = y[w] as number;
      bad[cell * WORDS + w] = restricted ? ((j[w] as number) | ((all[w] as number) & ~(y[w] as number))) : (j[w] as number);
    }
    nothingGood[cell] = yi.includes(NOTHING_GOOD) || ji.includes(NOTHING_GOOD) ? 1 : 0;
  }
  tables = { good, bad, nothingGood };
  return tables;
}
