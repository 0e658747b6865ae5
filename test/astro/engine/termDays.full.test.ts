/**
 * Every solar term and every new moon of the years −726 … 10003: the fast calendar day
 * (src/astro/engine/termDays.ts) is the UTC+8 day of the precise term instant and of the compact
 * new-moon instant. The same sweep as scripts/verify-term-days.ts, which also prints the errors,
 * margins and speed.
 */
import { describe, expect, it } from 'vitest';
import { computeNewMoonInstantCompact } from '../../../src/astro/engine/computeNewMoonInstantCompact';
import { computeSolarTermInstant } from '../../../src/astro/engine/computeSolarTermInstant';
import { getNewMoonDay, getTermDay } from '../../../src/astro/engine/termDays';

const UNIX_EPOCH_JD = 2440587.5;
const LUNATIONS_PER_YEAR = 365.2425 / 29.530588853;
const TERMS = [24 * (-726 - 2000) + 19, 24 * (10003 - 2000) + 42] as const;
const NEW_MOONS = [Math.floor((-726 - 2000) * LUNATIONS_PER_YEAR) - 1, Math.ceil((10004 - 2000) * LUNATIONS_PER_YEAR) + 1] as const;

/** The indexes `from … to` whose fast day is not that of the defining instant. */
function differences([from, to]: readonly [number, number], fast: (i: number) => number, instant: (i: number) => number): number[] {
  const wrong: number[] = [];
  for (let i = from; i <= to; i++) if (fast(i) !== Math.floor(instant(i) - UNIX_EPOCH_JD + 1 / 3)) wrong.push(i);
  return wrong;
}

describe('termDays, every term and new moon of −726 … 10003', () => {
  it('getTermDay is the day of the precise instant', () => {
    expect(differences(TERMS, getTermDay, computeSolarTermInstant)).toEqual([]);
  });
  it('getNewMoonDay is the day of the compact instant', () => {
    expect(differences(NEW_MOONS, getNewMoonDay, computeNewMoonInstantCompact)).toEqual([]);
  });
});
