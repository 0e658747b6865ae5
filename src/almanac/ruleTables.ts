import {
  activityNames, badGodNames, badGodRules, dayRuleCells, goodGodNames, goodGodRules, hourRuleCells,
} from '../data/almanac.generated';
import { decodeGodRules } from './godRuleCodec';
import { decodeListPairs } from './listCodec';

type Pairs = readonly (readonly [readonly string[], readonly string[]])[];

// Each table is decoded once, on first use, into shared frozen arrays; after that a lookup is
// an index. The memo is invisible to callers: same values every time, fixed size, no reset.
let dayRules: Pairs | undefined;
let hourRules: Pairs | undefined;
let goodGods: readonly (readonly string[])[] | undefined;
let badGods: readonly (readonly string[])[] | undefined;

/** 宜 and 忌 of a day: `[yi, ji]`, keyed by the month branch (by 节 day) and the day pillar. @internal */
export function getDayRules(monthBranch: number, dayPillar: number): readonly [readonly string[], readonly string[]] {
  dayRules ??= decodeListPairs(dayRuleCells, activityNames);
  return dayRules[monthBranch * 60 + dayPillar] as Pairs[number];
}

/** 宜 and 忌 of an hour: `[yi, ji]`, keyed by the pillar of the day that the hour belongs to and the hour branch. @internal */
export function getHourRules(dayPillar: number, hourBranch: number): readonly [readonly string[], readonly string[]] {
  hourRules ??= decodeListPairs(hourRuleCells, activityNames);
  return hourRules[dayPillar * 12 + hourBranch] as Pairs[number];
}

/** 吉神宜趋 and 凶煞宜忌 of a day: `[auspicious, inauspicious]`, keyed by month branch and day pillar. @internal */
export function getDayGods(monthBranch: number, dayPillar: number): readonly [readonly string[], readonly string[]] {
  goodGods ??= decodeGodRules(goodGodRules, goodGodNames);
  badGods ??= decodeGodRules(badGodRules, badGodNames);
  const cell = monthBranch * 60 + dayPillar;
  return [goodGods[cell] as readonly string[], badGods[cell] as readonly string[]];
}
