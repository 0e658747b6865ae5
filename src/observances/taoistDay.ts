import {
  taoistAnWuBranches, taoistAssemblies, taoistEightTerms, taoistFestivalDays, taoistFestivals, taoistSanHuiDays, taoistSanYuanDays,
  taoistTermFestivals, taoistWuLaDays,
} from '../data/observances.generated';
import { emptySlots } from '../internal/memo';
import { BRANCHES, getPillar } from '../names/stemsBranches';
import { getDayPillarIndex } from '../pillars/getPillarIndices';
import type { DateInput } from '../types';
import { getObservanceKey, readObservanceDay, type ObservanceDay } from './readObservanceDay';
import type { ObservanceOptions, TaoistDay, TaoistFestival } from './types';

const FN = 'taoistDay';
/** The Taoist era counts from the Yellow Emperor, 2697 years before lunar year 0 (the reference's Tao.BIRTH_YEAR). */
const ERA_OFFSET = 2697;
/** 天赦 by season of the month branch (寅卯辰 spring …): the day pillar 戊寅, 甲午, 戊申, 甲子. */
const TIAN_SHE = [14, 30, 44, 0];

const festivalMemo = /* @__PURE__ */ emptySlots<TaoistFestival>(taoistFestivals.length);
function getFestival(i: number): TaoistFestival {
  return (festivalMemo[i] ??= (() => {
    const [name, remark] = taoistFestivals[i] as readonly [string, string | null];
    return Object.freeze({ name, remark });
  })());
}
const named = (name: string): TaoistFestival => Object.freeze({ name, remark: null });

/**
 * The day in the Taoist calendar (道历), as the reference implementation (`lunar-javascript`'s
 * `Tao`) gives it: the year of the Taoist era, the lunar date, the day's festivals (immortals'
 * birthdays and ascensions, the 五腊, the deities of the 八节, the 八会), and the kinds of day it
 * is: 三会, 三元, 八节, 五腊, 八会, 明戊 and 暗戊 (戊 days), 天赦.
 *
 * A leap month's days have no festival of the lunar day and are no 三会, 三元 or 五腊 (the
 * reference keys those by month and day); the terms' and day pillars' festivals still fall in
 * them. Its names are Simplified Chinese; `localize(day, 'en', { names: observanceNames })`
 * renders them.
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date`, from −0721-01-01 to 9999-12-31 (read as `lunarDate` reads it).
 * @param options - `timeZone`, `calendar` and `disambiguation`, as `lunarDate` takes them.
 * @returns A frozen {@link TaoistDay}.
 * @throws {TypeError} If `date` is not one of the accepted shapes, or `options` is not an object.
 * @throws {RangeError} If the date does not exist or is out of range, or an option has an unknown value.
 * @example
 * const day = taoistDay('2025-12-21'); // 冬至
 * [day.year, day.festivals.map((f) => f.name), day.baJie]
 * //=> [4722, ['元始天尊圣诞', '北方玄上玉宸天尊同黑帝五炁天君下降'], true]
 * @example
 * // 正月十五 (上元, a day of the 三元), 壬子 (人会, of the 八会)
 * const lantern = taoistDay('2025-02-12');
 * [lantern.festivals.map((f) => f.name), lantern.sanYuan, lantern.sanHui]
 * //=> [['上元天官圣诞', '老祖天师圣诞', '人会'], true, false]
 * @example
 * // The last day of the range
 * taoistDay('9999-12-31').year
 * //=> 12696
 * @category Observances
 * @since 0.7.0
 */
export function taoistDay(date: DateInput, options?: ObservanceOptions): TaoistDay {
  return buildTaoistDay(readObservanceDay(FN, date, options));
}

/** {@link taoistDay} of a day already read (the iCalendar feed's). @internal */
export function buildTaoistDay(observed: ObservanceDay): TaoistDay {
  const { epochDay, lunar, term, monthBranch } = observed;
  const key = getObservanceKey(observed);
  const dayIndex = getDayPillarIndex(epochDay);
  const assembly = taoistAssemblies[getPillar(dayIndex).name];
  const festivals: TaoistFestival[] = key === null ? [] : (taoistFestivalDays[key] ?? []).map(getFestival);
  for (const name of (term === null ? undefined : taoistTermFestivals[term]) ?? []) festivals.push(named(name));
  if (assembly !== undefined) festivals.push(named(assembly));
  const isOn = (days: readonly string[]): boolean => key !== null && days.includes(key);
  const mingWu = dayIndex % 10 === 4;
  const anWu = BRANCHES[dayIndex % 12] === taoistAnWuBranches.charAt(lunar.month - 1);
  return Object.freeze({
    year: lunar.year + ERA_OFFSET,
    lunar,
    festivals: Object.freeze(festivals),
    sanHui: isOn(taoistSanHuiDays),
    sanYuan: isOn(taoistSanYuanDays),
    baJie: term !== null && taoistEightTerms.includes(term),
    wuLa: isOn(taoistWuLaDays),
    baHui: assembly !== undefined,
    mingWu,
    anWu,
    wu: mingWu || anWu,
    tianShe: dayIndex === TIAN_SHE[Math.floor(((monthBranch + 10) % 12) / 3)],
  });
}
