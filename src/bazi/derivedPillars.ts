/**
 * The pillars a chart derives from its four (胎元, 胎息, 命宫, 身宫), on indices: a stem 0–9, a
 * branch 0–11, a pillar 0–59. Each follows the reference (lunar-javascript's `EightChar`).
 */

/** The pillar (0–59) of a stem (0–9) and a branch (0–11) of the same polarity. @internal */
export function getPillarIndex(stem: number, branch: number): number {
  return (6 * stem - 5 * branch + 60) % 60;
}

/** 胎元 (the month of conception): the month pillar's stem + 1 and branch + 3. @internal */
export function getTaiYuanIndex(monthPillar: number): number {
  return getPillarIndex(((monthPillar % 10) + 1) % 10, ((monthPillar % 12) + 3) % 12);
}

/** 胎息: the day stem's combining stem (五合: + 5) and the day branch's combining branch (六合: 子丑, 寅亥, …). @internal */
export function getTaiXiIndex(dayPillar: number): number {
  return getPillarIndex(((dayPillar % 10) + 5) % 10, (13 - (dayPillar % 12)) % 12);
}

/** The position of a branch counted from 寅 (1) … 丑 (12): the months of the 寅 year. */
function fromYin(branch: number): number {
  return ((branch + 10) % 12) + 1;
}

/**
 * The pillar of a palace at position `offset` (1 = 寅 … 12 = 丑), its stem by 五虎遁 from the
 * year stem (the stem the 寅 month of that year has, then one step per position).
 */
function getPalaceIndex(yearStem: number, offset: number): number {
  return getPillarIndex((((yearStem % 5) * 2 + 2 + offset - 1) % 10), (offset + 1) % 12);
}

/**
 * 命宫 (the life palace): counted back from 卯 by the month (from 寅) and the hour (from 寅) —
 * position 14 − (month + hour), or 26 − (month + hour) when that sum is 14 or more. @internal
 */
export function getMingGongIndex(yearStem: number, monthBranch: number, hourBranch: number): number {
  const sum = fromYin(monthBranch) + fromYin(hourBranch);
  return getPalaceIndex(yearStem, (sum >= 14 ? 26 : 14) - sum);
}

/** 身宫 (the body palace): the month's position (from 寅) plus the hour's (from 子, 1 … 12), less 12 past 12. @internal */
export function getShenGongIndex(yearStem: number, monthBranch: number, hourBranch: number): number {
  const sum = fromYin(monthBranch) + hourBranch + 1;
  return getPalaceIndex(yearStem, sum > 12 ? sum - 12 : sum);
}

/** The first pillar of the 旬 (decade of the cycle) of a pillar: 0 甲子, 10 甲戌, … 50 甲寅. @internal */
export function getXunStart(pillar: number): number {
  return pillar - (pillar % 10);
}
