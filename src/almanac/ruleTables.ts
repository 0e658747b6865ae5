import {
  activityNames, badGodNames, badGodRules, dayRuleCells, goodGodNames, goodGodRules, hourRuleCells,
} from '../data/almanac.generated';
import { decodeGodRules } from './godRuleCodec';
import { decodeListPairs } from './listCodec';
import type { Activity, AuspiciousGod, InauspiciousGod } from './types';

type Rules = readonly [readonly Activity[], readonly Activity[]];
type Pairs = readonly Rules[];

// Each table is decoded once, on first use, into shared frozen arrays; after that a lookup is
// an index. The memo is invisible to callers: same values every time, fixed size, no reset.
let dayRules: Pairs | undefined;
let hourRules: Pairs | undefined;
let goodGods: readonly (readonly AuspiciousGod[])[] | undefined;
let badGods: readonly (readonly InauspiciousGod[])[] | undefined;

/** 宜 and 忌 of a day: `[yi, ji]`, keyed by the month branch (by 节 day) and the day pillar. @internal */
export function getDayRules(monthBranch: number, dayPillar: number): Rules {
  dayRules ??= decodeListPairs(dayRuleCells, activityNames) as Pairs;
  return dayRules[monthBranch * 60 + dayPillar] as Pairs[number];
}

/** 宜 and 忌 of an hour: `[yi, ji]`, keyed by the pillar of the day that the hour belongs to and the hour branch. @internal */
export function getHourRules(dayPillar: number, hourBranch: number): Rules {
  hourRules ??= decodeListPairs(hourRuleCells, activityNames) as Pairs;
  return hourRules[dayPillar * 12 + hourBranch] as Pairs[number];
}

/** 吉神宜趋 and 凶煞宜忌 of a day: `[auspicious, inauspicious]`, keyed by month branch and day pillar. @internal */
export function getDayGods(monthBranch: number, dayPillar: number): readonly [readonly AuspiciousGod[], readonly InauspiciousGod[]] {
  goodGods ??= decodeGodRules(goodGodRules, goodGodNames) as readonly (readonly AuspiciousGod[])[];
  badGods ??= decodeGodRules(badGodRules, badGodNames) as readonly (readonly InauspiciousGod[])[];
  const cell = monthBranch * 60 + dayPillar;
  return [goodGods[cell] as readonly AuspiciousGod[], badGods[cell] as readonly InauspiciousGod[]];
}
