import { caiShen, fuShen, fuShenSect1, naYin, pengZuBranch, pengZuStem, xiShen, yangGuiShen, yinGuiShen } from '../data/almanac.generated';
import { BRANCHES, STEMS } from '../names/stemsBranches';
import type { Branch, Stem } from '../types';
import { getClash } from './getClash';
import { getTaiShen } from './getTaiShen';
import { positionAt } from './getTaiSui';
import type { DailyAlmanac, DayLu, GodDirections, NaYinName } from './types';
import { emptySlots } from '../internal/memo';

/** What a day's page takes from its pillar alone. @internal */
export type DayPillarItems = Pick<DailyAlmanac, 'clash' | 'pengZu' | 'naYin' | 'lu' | 'directions'>;

/** The items of each day pillar, with the 福神 of sect 2 (index 2·pillar) and of sect 1 (2·pillar + 1), built on first use. */
const memo = /* @__PURE__ */ emptySlots<DayPillarItems>(120);
/** The gods' directions of each stem, with the 福神 of sect 2 (index 2·stem) and of sect 1 (2·stem + 1), built on first use. */
const stemDirections = /* @__PURE__ */ emptySlots<GodDirections>(20);

/**
 * The items of a day's page that depend only on its pillar (and, for the 福神, on `fuShenSect`):
 * the clash, 彭祖百忌, 纳音, 日禄 and the directions of the gods with 胎神, built once for each of
 * the 120 cases and shared, frozen.
 * @internal
 */
export function getDayPillarItems(dayIndex: number, fuShenSect: 1 | 2): DayPillarItems {
  const key = 2 * dayIndex + (fuShenSect === 2 ? 0 : 1);
  return (memo[key] ??= buildItems(dayIndex, fuShenSect));
}

/**
 * Where 喜神, 福神 (by `fuShenSect`), 财神, 阳贵神 and 阴贵神 stand on a day or in an hour of stem
 * `stem` (0 = 甲): the reference's tables keyed by the stem (LunarUtil.POSITION_XI …), the same
 * for a day stem and an hour stem. One frozen record per case, shared.
 * @internal
 */
export function getStemDirections(stem: number, fuShenSect: 1 | 2): GodDirections {
  return (stemDirections[2 * stem + (fuShenSect === 2 ? 0 : 1)] ??= Object.freeze({
    xiShen: positionAt(xiShen[stem] as string),
    fuShen: positionAt((fuShenSect === 2 ? fuShen : fuShenSect1)[stem] as string),
    caiShen: positionAt(caiShen[stem] as string),
    yangGuiShen: positionAt(yangGuiShen[stem] as string),
    yinGuiShen: positionAt(yinGuiShen[stem] as string),
  }));
}

/** The 禄 (临官) of each stem, 甲 … 癸 (LunarUtil.LU): 戊, 己 share 丙, 丁's 巳, 午. */
const LU = '寅卯巳午巳午申酉亥子';

/** 日禄 of a day pillar: the day stem's 禄 (互禄), and the stems whose 禄 the day branch is (进禄), as Lunar#getDayLu prints them. */
function getDayLu(dayStem: number, dayBranch: number): DayLu {
  const huLu = LU.charAt(dayStem) as Branch;
  const jinLu: Stem[] = [];
  for (let stem = 0; stem < 10; stem++) if (LU.charAt(stem) === BRANCHES[dayBranch]) jinLu.push(STEMS[stem] as Stem);
  const text = jinLu.length === 0 ? `${huLu}命互禄` : `${huLu}命互禄 ${jinLu.join(',')}命进禄`;
  return Object.freeze({ huLu, jinLu: Object.freeze(jinLu), text });
}

function buildItems(dayIndex: number, fuShenSect: 1 | 2): DayPillarItems {
  const dayStem = dayIndex % 10;
  const dayBranch = dayIndex % 12;
  return Object.freeze({
    clash: getClash(dayStem, dayBranch),
    pengZu: Object.freeze([pengZuStem[dayStem] as string, pengZuBranch[dayBranch] as string] as const),
    naYin: naYin[dayIndex >> 1] as NaYinName,
    lu: getDayLu(dayStem, dayBranch),
    directions: Object.freeze({ ...getStemDirections(dayStem, fuShenSect), taiShen: getTaiShen(dayIndex) }),
  });
}
