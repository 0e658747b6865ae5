import { zodiac } from '../data/almanac.generated';
import { toMoment } from '../input/toMoment';
import { describe, rangeError, typeError } from '../internal/errors';
import { modFloor } from '../internal/math';
import { toLunarDate } from '../lunar/lunarDate';
import { BRANCHES, STEMS } from '../names/stemsBranches';
import { getSolarMonthNumber, getSolarYear } from '../pillars/getPillarIndices';
import type { Branch, Stem, TimeZoneOptions } from '../types';

const EXPECTED = "a zodiac animal ('鼠' … '猪'), a birth year, { birth, yearBoundary? } or { yearPillar }";
const PILLAR_EXPECTED = "a year pillar: one of the 60 stem-branch pairs ('甲子' … '癸亥') or { stem, branch }";

/** The branch (0 = 子) of the year pillar of year number `year`: 1984 is 甲子. */
function branchOfYear(year: number): number {
  return modFloor(year - 4, 12);
}

/** The branch of a stem-branch pair of the cycle, or -1. */
function branchOfPair(stem: unknown, branch: unknown): number {
  const s = STEMS.indexOf(stem as Stem);
  const b = BRANCHES.indexOf(branch as Branch);
  return s < 0 || b < 0 || s % 2 !== b % 2 ? -1 : b;
}

function checkKeys(fn: string, what: string, o: object, keys: readonly string[]): void {
  for (const key of Object.keys(o)) if (!keys.includes(key)) throw rangeError(fn, `${what} key`, `one of ${keys.join(', ')}`, key);
}

/**
 * The earthly branch (0 = 子 … 11 = 亥) of a `FindDaysQuery.notClash` (`what` names it): the
 * person's year branch. A birth date is read with `options` (calendar, time zone). @internal
 */
export function readClashTarget(fn: string, what: string, value: unknown, options: TimeZoneOptions | undefined): number {
  if (typeof value === 'string') {
    const index = zodiac.indexOf(value as (typeof zodiac)[number]);
    if (index < 0) throw rangeError(fn, what, EXPECTED, value);
    return index;
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw typeError(fn, what, `${EXPECTED} (a year is an integer)`, value);
    return branchOfYear(value);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw typeError(fn, what, EXPECTED, value);
  const o = value as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(o, 'birth')) {
    checkKeys(fn, what, o, ['birth', 'yearBoundary']);
    const yearBoundary = o['yearBoundary'] ?? 'lichun';
    if (yearBoundary !== 'lichun' && yearBoundary !== 'lunar-new-year') {
      throw rangeError(fn, `${what}.yearBoundary`, "'lichun' or 'lunar-new-year'", yearBoundary);
    }
    const moment = toMoment(fn, o['birth'], options, `${what}.birth`);
    // 立春: by its day for a plain date, by its instant for a moment, as pillars(); 正月初一: the lunar year.
    const year = yearBoundary === 'lichun' ? getSolarYear(getSolarMonthNumber(moment, moment.hasTime)) : toLunarDate(moment.epochDay, moment.year).year;
    return branchOfYear(year);
  }
  if (Object.prototype.hasOwnProperty.call(o, 'yearPillar')) {
    checkKeys(fn, what, o, ['yearPillar']);
    const pillar = o['yearPillar'];
    let branch = -1;
    if (typeof pillar === 'string') branch = pillar.length === 2 ? branchOfPair(pillar.charAt(0), pillar.charAt(1)) : -1;
    else if (pillar !== null && typeof pillar === 'object') branch = branchOfPair((pillar as { stem?: unknown }).stem, (pillar as { branch?: unknown }).branch);
    else throw typeError(fn, `${what}.yearPillar`, PILLAR_EXPECTED, pillar);
    if (branch < 0) throw rangeError(fn, `${what}.yearPillar`, PILLAR_EXPECTED, pillar);
    return branch;
  }
  throw new TypeError(`${fn}: ${what} must be ${EXPECTED}, but the object has neither birth nor yearPillar: ${describe(value)}`);
}
