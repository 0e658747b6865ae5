import { deityOffsetByBranch, deityTypes, naYin } from '../data/almanac.generated';
import { BRANCHES, getPillar } from '../names/stemsBranches';
import { getHourPillarIndex } from '../pillars/getPillarIndices';
import type { Branch } from '../types';
import { getClash } from './getClash';
import { getStemDirections } from './getDayPillarItems';
import { getDeity } from './getDeity';
import { getHourNineStar } from './getNineStar';
import { getHourRules } from './ruleTables';
import { xunOf } from './getXunKong';
import type { HourAlmanac, NaYinName } from './types';
import { emptySlots } from '../internal/memo';

const HOUR_STARTS = ['23:00', '01:00', '03:00', '05:00', '07:00', '09:00', '11:00', '13:00', '15:00', '17:00', '19:00', '21:00'];
const HOUR_ENDS = ['00:59', '02:59', '04:59', '06:59', '08:59', '10:59', '12:59', '14:59', '16:59', '18:59', '20:59', '22:59'];

/**
 * The hours of each day pillar, falling or rising, with the 福神 of sect 2 or 1: index
 * 4·pillar + 2·(sect 1) + (rising), built on first use.
 */
const memo = /* @__PURE__ */ emptySlots<readonly HourAlmanac[]>(240);

/**
 * The twelve 时辰 of a day (子 first, from 23:00 the evening before): their pillars, deities,
 * clashes, 宜/忌, 纳音, 旬, 旬空 and gods' directions depend only on the day pillar (the 福神 also
 * on `fuShenSect`), and their 九星 on it and on whether the hours' stars rise (阳遁, from the
 * winter solstice's day to the summer solstice's) — so each of the 240 possible lists is built
 * once and shared, frozen, by every day that has it.
 * @internal
 */
export function getHours(dayIndex: number, rising: boolean, fuShenSect: 1 | 2): readonly HourAlmanac[] {
  const key = 4 * dayIndex + (fuShenSect === 2 ? 0 : 2) + (rising ? 1 : 0);
  return (memo[key] ??= buildHours(dayIndex, rising, fuShenSect));
}

function buildHours(dayIndex: number, rising: boolean, fuShenSect: 1 | 2): readonly HourAlmanac[] {
  const dayBranch = dayIndex % 12;
  const hours: HourAlmanac[] = [];
  for (let branch = 0; branch < 12; branch++) {
    const pillar = getPillar(getHourPillarIndex(dayIndex, branch === 0 ? 0 : 2 * branch - 1));
    const hourDeity = (branch + (deityOffsetByBranch[dayBranch] as number)) % 12;
    const [hourYi, hourJi] = getHourRules(dayIndex, branch);
    const xun = xunOf(pillar.index);
    hours.push(Object.freeze({
      branch: BRANCHES[branch] as Branch,
      start: HOUR_STARTS[branch] as string,
      end: HOUR_ENDS[branch] as string,
      pillar,
      deity: getDeity(hourDeity),
      luck: deityTypes[hourDeity] === '黄道' ? '吉' : '凶',
      clash: getClash(pillar.index % 10, branch),
      yi: hourYi,
      ji: hourJi,
      nineStar: getHourNineStar(rising, dayBranch, branch),
      naYin: naYin[pillar.index >> 1] as NaYinName,
      xun: xun[0],
      xunKong: xun[1],
      directions: getStemDirections(pillar.index % 10, fuShenSect),
    }));
  }
  return Object.freeze(hours);
}
