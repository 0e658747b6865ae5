import { caiShen, fuShen, fuShenSect1, naYin, pengZuBranch, pengZuStem, xiShen, yangGuiShen, yinGuiShen } from '../data/almanac.generated';
import { getClash } from './getClash';
import { getTaiShen } from './getTaiShen';
import { positionAt } from './getTaiSui';
import type { DailyAlmanac, NaYinName } from './types';
import { emptySlots } from '../internal/memo';

/** What a day's page takes from its pillar alone. @internal */
export type DayPillarItems = Pick<DailyAlmanac, 'clash' | 'pengZu' | 'naYin' | 'directions'>;

/** The items of each day pillar, with the 福神 of sect 2 (index 2·pillar) and of sect 1 (2·pillar + 1), built on first use. */
const memo = /* @__PURE__ */ emptySlots<DayPillarItems>(120);

/**
 * The items of a day's page that depend only on its pillar (and, for the 福神, on `fuShenSect`):
 * the clash, 彭祖百忌, 纳音 and the directions of the gods with 胎神, built once for each of the
 * 120 cases and shared, frozen.
 * @internal
 */
export function getDayPillarItems(dayIndex: number, fuShenSect: 1 | 2): DayPillarItems {
  const key = 2 * dayIndex + (fuShenSect === 2 ? 0 : 1);
  return (memo[key] ??= buildItems(dayIndex, fuShenSect));
}

function buildItems(dayIndex: number, fuShenSect: 1 | 2): DayPillarItems {
  const dayStem = dayIndex % 10;
  const dayBranch = dayIndex % 12;
  return Object.freeze({
    clash: getClash(dayStem, dayBranch),
    pengZu: Object.freeze([pengZuStem[dayStem] as string, pengZuBranch[dayBranch] as string] as const),
    naYin: naYin[dayIndex >> 1] as NaYinName,
    directions: Object.freeze({
      xiShen: positionAt(xiShen[dayStem] as string),
      fuShen: positionAt((fuShenSect === 2 ? fuShen : fuShenSect1)[dayStem] as string),
      caiShen: positionAt(caiShen[dayStem] as string),
      yangGuiShen: positionAt(yangGuiShen[dayStem] as string),
      yinGuiShen: positionAt(yinGuiShen[dayStem] as string),
      taiShen: getTaiShen(dayIndex),
    }),
  });
}
