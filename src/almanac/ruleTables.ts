import {
  activityNames, badGodNames, badGodRules, dayRuleCells, goodGodNames, goodGodRules, hourRuleCells,
} from '../data/almanac.generated';
import { lookupGodRules } from './godRuleCodec';
import { lookupListPairs } from './listCodec';
import type { Activity, AuspiciousGod, InauspiciousGod } from './types';

type Rules = readonly [readonly Activity[], readonly Activity[]];

// 宜/忌 and 神煞 cells are decoded one by one on first use, into shared frozen arrays; after that a
// lookup is an index. The memo is invisible to callers: same values every time, bounded by the
// tables' size, no reset.
const dayRules = /* @__PURE__ */ lookupListPairs(dayRuleCells, activityNames) as (cell: number) => Rules;
const hourRules = /* @__PURE__ */ lookupListPairs(hourRuleCells, activityNames) as (cell: number) => Rules;
const goodGods = /* @__PURE__ */ lookupGodRules(goodGodRules, goodGodNames) as (cell: number) => readonly AuspiciousGod[];
const badGods = /* @__PURE__ */ lookupGodRules(badGodRules, badGodNames) as (cell: number) => readonly InauspiciousGod[];

/** 宜 and 忌 of a day: `[yi, ji]`, keyed by the month branch (by 节 day) and the day pillar. @internal */
export function getDayRules(monthBranch: number, dayPillar: number): Rules {
  return dayRules(monthBranch * 60 + dayPillar);
}

/** 宜 and 忌 of an hour: `[yi, ji]`, keyed by the pillar of the day that the hour belongs to and the hour branch. @internal */
export function getHourRules(dayPillar: number, hourBranch: number): Rules {
  return hourRules(dayPillar * 12 + hourBranch);
}

/** 吉神宜趋 and 凶煞宜忌 of a day: `[auspicious, inauspicious]`, keyed by month branch and day pillar. @internal */
export function getDayGods(monthBranch: number, dayPillar: number): readonly [readonly AuspiciousGod[], readonly InauspiciousGod[]] {
  const cell = monthBranch * 60 + dayPillar;
  return [goodGods(cell), badGods(cell)];
}
