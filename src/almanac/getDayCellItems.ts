import { deityOffsetByBranch, officers } from '../data/almanac.generated';
import { modFloor } from '../internal/math';
import { getDeity } from './getDeity';
import { getDayGods, getDayRules } from './ruleTables';
import type { DailyAlmanac, Officer } from './types';
import { emptySlots } from '../internal/memo';

/** What a day's page takes from its month branch and day pillar (the month of the 节's day). @internal */
export type DayCellItems = Pick<DailyAlmanac, 'yi' | 'ji' | 'officer' | 'deity' | 'gods'>;

/** The items of each cell monthBranch · 60 + dayPillar, built on first use. */
const memo = /* @__PURE__ */ emptySlots<DayCellItems>(720);

/**
 * The items of a day's page that depend only on the month branch and the day pillar: 宜/忌 (of
 * that month: the page's own when `monthBoundary` leaves it the 节's day's), 建除, the day's
 * deity (天神) and the day's gods (神煞), built once for each of the 720 cells and shared, frozen
 * (one record to read for the day, not four).
 * @internal
 */
export function getDayCellItems(monthBranch: number, dayIndex: number): DayCellItems {
  return (memo[monthBranch * 60 + dayIndex] ??= buildItems(monthBranch, dayIndex));
}

function buildItems(monthBranch: number, dayIndex: number): DayCellItems {
  const dayBranch = dayIndex % 12;
  const [auspicious, inauspicious] = getDayGods(monthBranch, dayIndex);
  const [yi, ji] = getDayRules(monthBranch, dayIndex);
  return Object.freeze({
    yi,
    ji,
    officer: officers[modFloor(dayBranch - monthBranch, 12)] as Officer,
    deity: getDeity((dayBranch + (deityOffsetByBranch[monthBranch] as number)) % 12),
    gods: Object.freeze({ auspicious, inauspicious }),
  });
}
