import { activityNames } from '../data/almanac.generated';
import { almanac } from '../almanac/almanac';
import { fromEpochDay, toEpochDay } from '../calendar/epochDay';
import { LAST_EPOCH_DAY } from '../calendar/supportedRange';
import { fromLunar } from '../lunar/fromLunar';
import { lunarDate } from '../lunar/lunarDate';
import { pillars } from '../pillars/pillars';
import type { DailyAlmanac } from '../almanac/types';
import type { CivilDate } from '../types';

const isDeepFrozen = (value: unknown): boolean =>
  value === null || typeof value !== 'object' || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

/**
 * The library's calendar invariants for one day, as a list of the ones that fail (empty when all
 * hold): `fromLunar(lunarDate(d))` is `d`; the next day's day pillar is one step on; the next
 * day's lunar day is one more or a new month's 1; results are frozen.
 *
 * @param date - A day of the supported range.
 * @returns Descriptions of the violated invariants; `[]` when all hold.
 * @throws {RangeError} If `date` is outside the supported range (as every function does).
 * @example
 * calendarViolations({ year: 2033, month: 12, day: 22 })
 * //=> []
 * @category Testing
 * @since 0.3.0
 */
export function calendarViolations(date: CivilDate): string[] {
  const out: string[] = [];
  const lunar = lunarDate(date);
  const back = fromLunar(lunar);
  if (back.year !== date.year || back.month !== date.month || back.day !== date.day) out.push('fromLunar(lunarDate(d)) is not d');
  if (!Object.isFrozen(lunar)) out.push('lunarDate(d) is not frozen');
  const day = toEpochDay(date.year, date.month, date.day);
  if (day < LAST_EPOCH_DAY) {
    const next = fromEpochDay(day + 1);
    if (pillars(next).day.index !== (pillars(date).day.index + 1) % 60) out.push('the day pillar does not advance by one');
    const nextLunar = lunarDate(next);
    if (nextLunar.day !== 1 && nextLunar.day !== lunar.day + 1) out.push('the lunar day neither advances by one nor restarts at 1');
  }
  return out;
}

/**
 * The invariants of an almanac page, as a list of the ones that fail (empty when all hold):
 * every 宜/忌 entry (of the day and of each hour) is a known activity and 宜 and 忌 share none; the
 * fortune score is an integer in −10 … 10 that equals the clamped sum of its factors; the page is
 * deeply frozen, survives JSON unchanged, and is what `almanac(page.date)` gives.
 *
 * @param page - A {@link DailyAlmanac}.
 * @returns Descriptions of the violated invariants; `[]` when all hold.
 * @example
 * almanacViolations(almanac('2025-12-18'))
 * //=> []
 * @example
 * almanacViolations({ ...almanac('2025-12-18'), yi: ['交易'], ji: ['交易'] })
 * //=> ['宜 and 忌 share 交易', 'the page is not deeply frozen', 'the page differs from almanac(date)']
 * @category Testing
 * @since 0.3.0
 */
export function almanacViolations(page: DailyAlmanac): string[] {
  const out: string[] = [];
  const lists: [string, readonly string[], readonly string[]][] = [['', page.yi, page.ji], ...page.hours.map((h) => [`${h.branch}时 `, h.yi, h.ji] as [string, readonly string[], readonly string[]])];
  for (const [where, yi, ji] of lists) {
    for (const entry of [...yi, ...ji]) if (!activityNames.includes(entry)) out.push(`${where}unknown activity ${entry}`);
    for (const entry of yi) if (ji.includes(entry)) out.push(`${where}宜 and 忌 share ${entry}`);
  }
  const f = page.fortune;
  const sum = f.factors.reduce((total, factor) => total + factor.weight, 0);
  if (!Number.isInteger(f.score) || f.score < -10 || f.score > 10) out.push(`the score ${f.score} is not an integer in -10 … 10`);
  if (f.score !== Math.max(-10, Math.min(10, sum))) out.push('the score is not the clamped sum of its factors');
  if (!isDeepFrozen(page)) out.push('the page is not deeply frozen');
  if (JSON.stringify(JSON.parse(JSON.stringify(page))) !== JSON.stringify(page)) out.push('the page does not survive JSON');
  if (JSON.stringify(almanac(page.date)) !== JSON.stringify(page)) out.push('the page differs from almanac(date)');
  return out;
}
