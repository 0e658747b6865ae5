import { buildAlmanac, type AlmanacOptions } from '../almanac/almanac';
import { getHours } from '../almanac/getHours';
import type { DailyAlmanac } from '../almanac/types';
import { getJieDay, getJieSecond } from '../astro/termInstants';
import { fromEpochDay } from '../calendar/epochDay';
import { mansionOffset } from '../data/almanac.generated';
import { formatDate } from '../calendar/julianCalendar';
import { modFloor } from '../internal/math';
import { getLunarDay } from '../lunar/lunarDate';
import { clampScore, type ScoreParts } from './dayScore';
import type { WorkdayOf } from './readWorkdays';
import type { FindDaysReason, FoundDay } from './types';

/**
 * A validated query, compiled to tables of the day cells (`monthBranch * 60 + dayPillar`). Each
 * table is absent when no criterion reads it. @internal
 */
export interface SearchPlan {
  readonly fn: string;
  /** First and last epoch day, inclusive. */
  readonly from: number;
  readonly to: number;
  /** The calendar in which dates are written and, with `almanacOptions`, the almanac for `where` is built. */
  readonly almanacOptions: AlmanacOptions & { readonly calendar: 'iso8601' | 'julian' };
  /** Whether 宜/忌 take the month at 00:00 (`monthBoundary: 'instant'`). */
  readonly instant: boolean;
  readonly limit: number;
  /** 1 where the criteria on 宜/忌 pass, by the cell of the 宜/忌 month. */
  readonly rulesOk: Uint8Array | undefined;
  /** 1 where the criteria on the rest of the cell (clash, 建除, 黄道) pass, by the cell of the day's month. */
  readonly cellOk: Uint8Array | undefined;
  /** Both, where the two months are the same (every day but, with `'instant'`, a 节's). */
  readonly bothOk: Uint8Array | undefined;
  /** Bit `w` set: weekday `w` passes. */
  readonly weekdays: number;
  /** 1 where the mansion (0–27) passes. */
  readonly mansionOk: Uint8Array | undefined;
  readonly minScore: number | undefined;
  readonly score: ScoreParts | undefined;
  /** The score's cell part, by the cell of the day's month. */
  readonly cellScore: Int16Array | undefined;
  /** `query.workday`: the value wanted, and the day's, from the holiday data. */
  readonly workday: { readonly wanted: boolean; readonly of: WorkdayOf } | undefined;
  readonly where: ((day: DailyAlmanac) => unknown) | undefined;
  /** Reasons, shared frozen values: the query's own, then one per value of what the day brings. */
  readonly reasons: {
    readonly head: readonly FindDaysReason[];
    readonly clash: readonly FindDaysReason[] | undefined;
    readonly officer: readonly FindDaysReason[] | undefined;
    readonly deity: readonly FindDaysReason[] | undefined;
    readonly mansion: readonly FindDaysReason[] | undefined;
    readonly score: readonly FindDaysReason[] | undefined;
    readonly weekday: readonly FindDaysReason[] | undefined;
    readonly workday: FindDaysReason | undefined;
    readonly where: FindDaysReason | undefined;
  };
}

/** The first day of solar month `n` (`year * 12 + j`, j = 0 at 小寒): its 节's day. */
function getMonthStart(n: number): number {
  return getJieDay(Math.floor(n / 12), modFloor(n, 12));
}

/** The first day whose 00:00 is in solar month `n`: the 节's day if the 节 is at 00:00:00, else the next. */
function getMonthStartAtMidnight(n: number): number {
  const day = getMonthStart(n);
  return getJieSecond(Math.floor(n / 12), modFloor(n, 12)) <= day * 86400 ? day : day + 1;
}

/** The solar month that contains `epochDay`. */
function getSolarMonthOf(epochDay: number): number {
  const { year, month } = fromEpochDay(epochDay);
  let n = year * 12 + month - 1;
  while (getMonthStart(n) > epochDay) n--;
  while (getMonthStart(n + 1) <= epochDay) n++;
  return n;
}

/**
 * The days of the plan, in order, lazily: a month at a time (its branch from the 节 days), a day
 * at a time by epoch day; the cheap tests first, the lunar day (for the score) and the almanac
 * (for `where`) only for the days that pass them. @internal
 */
export function* scanDays(plan: SearchPlan): Generator<FoundDay, void, undefined> {
  const { rulesOk, cellOk, bothOk, weekdays, mansionOk, minScore, score, cellScore, workday, where, reasons } = plan;
  const calendar = plan.almanacOptions.calendar;
  let found = 0;
  let day = plan.from;
  let pillar = modFloor(day + 17, 60);
  let weekday = modFloor(day + 4, 7);
  let mansion = modFloor(day + mansionOffset, 28);
  for (let n = getSolarMonthOf(day); day <= plan.to; n++) {
    const end = Math.min(getMonthStart(n + 1) - 1, plan.to);
    const monthBranch = modFloor(n + 1, 12); // 小寒 (j = 0) opens the 丑 month
    const previousBranch = (monthBranch + 11) % 12;
    const rulesStart = plan.instant ? getMonthStartAtMidnight(n) : -Infinity;
    for (; day <= end; day++, pillar = pillar === 59 ? 0 : pillar + 1, weekday = weekday === 6 ? 0 : weekday + 1, mansion = mansion === 27 ? 0 : mansion + 1) {
      const cell = monthBranch * 60 + pillar;
      const rulesBranch = day < rulesStart ? previousBranch : monthBranch;
      if (rulesBranch === monthBranch) {
        if (bothOk !== undefined && bothOk[cell] === 0) continue;
      } else if ((rulesOk !== undefined && rulesOk[rulesBranch * 60 + pillar] === 0) || (cellOk !== undefined && cellOk[cell] === 0)) continue;
      if (((weekdays >> weekday) & 1) === 0) continue;
      if (mansionOk !== undefined && mansionOk[mansion] === 0) continue;
      if (workday !== undefined && workday.of(day) !== workday.wanted) continue;
      let dayScore = 0;
      if (score !== undefined && cellScore !== undefined) {
        const rest = (cellScore[cell] as number) + (score.mansion[mansion] as number) + score.sentiment;
        if (minScore !== undefined && clampScore(rest + score.maxMoon) < minScore) continue;
        const lunarDay = getLunarDay(day, fromEpochDay(day).year);
        dayScore = clampScore(rest + (score.moon[lunarDay] as number));
        if (minScore !== undefined && dayScore < minScore) continue;
      }
      const date = formatDate(day, calendar);
      if (where !== undefined && !where(buildAlmanac(plan.fn, date, plan.almanacOptions, getHours))) continue;
      const list = reasons.head.slice();
      if (reasons.clash !== undefined) list.push(reasons.clash[pillar] as FindDaysReason);
      if (reasons.officer !== undefined) list.push(reasons.officer[modFloor(pillar % 12 - monthBranch, 12)] as FindDaysReason);
      if (reasons.deity !== undefined) list.push(reasons.deity[cell] as FindDaysReason);
      if (reasons.mansion !== undefined) list.push(reasons.mansion[mansion] as FindDaysReason);
      if (reasons.score !== undefined) list.push(reasons.score[dayScore + 10] as FindDaysReason);
      if (reasons.weekday !== undefined) list.push(reasons.weekday[weekday] as FindDaysReason);
      if (reasons.workday !== undefined) list.push(reasons.workday);
      if (reasons.where !== undefined) list.push(reasons.where);
      yield Object.freeze({ date, reasons: Object.freeze(list) });
      if (++found >= plan.limit) return;
    }
  }
}
