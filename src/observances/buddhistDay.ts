import { getMansion } from '../almanac/getMansion';
import { fromEpochDayIn } from '../calendar/julianCalendar';
import {
  buddhistFestivalDays, buddhistFestivals, buddhistMansionOffsets, buddhistMansions, buddhistOtherFestivals, guanYinFastDays,
} from '../data/observances.generated';
import { emptySlots } from '../internal/memo';
import type { DateInput } from '../types';
import { getObservanceKey, hasThirtyDays, readObservanceDay, type ObservanceDay } from './readObservanceDay';
import type { BuddhistDay, BuddhistFestival, ObservanceOptions } from './types';

const FN = 'buddhistDay';
/** The Buddhist era counts from the Buddha's death, in −543 (the reference's Foto.DEAD_YEAR). */
const DEAD_YEAR = -543;
const TEN_DAYS = [1, 8, 14, 15, 18, 23, 24, 28, 29, 30];
const SIX_DAYS = [8, 14, 15, 23, 29, 30];
const NONE: readonly never[] = Object.freeze([]);

/** Each festival record, frozen on first use and shared. */
const festivalMemo = /* @__PURE__ */ emptySlots<BuddhistFestival>(buddhistFestivals.length);
function getFestival(i: number): BuddhistFestival {
  return (festivalMemo[i] ??= (() => {
    const [name, result, everyMonth, remark] = buddhistFestivals[i] as readonly [string, string | null, boolean, string | null];
    return Object.freeze({ name, result, everyMonth, remark });
  })());
}

/**
 * The day in the Buddhist calendar (佛历), as the reference implementation (`lunar-javascript`'s
 * `Foto`) gives it: the year of the Buddhist era, the lunar date, the day's festivals and
 * observances (saints' days, the gods' inspections, with what befalls one who breaks the day),
 * the other Buddhist days, the fasting days (斋日) it is, 杨公忌, and its mansion of the 27.
 *
 * A leap month has no festival, no fasting month and no 观音斋: the reference keys them by month
 * and day, and a leap month's key matches none (its 朔望斋, six and ten fasting days do count). Its names
 * are Simplified Chinese; `localize(day, 'en', { names: observanceNames })` renders them.
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date`, from −0721-01-01 to 9999-12-31 (read as `lunarDate` reads it).
 * @param options - `timeZone`, `calendar` and `disambiguation`, as `lunarDate` takes them.
 * @returns A frozen {@link BuddhistDay}.
 * @throws {TypeError} If `date` is not one of the accepted shapes, or `options` is not an object.
 * @throws {RangeError} If the date does not exist or is out of range, or an option has an unknown value.
 * @example
 * const day = buddhistDay('2025-05-05'); // 四月初八, the Buddha's birthday
 * [day.year, day.festivals.map((f) => f.name), day.otherFestivals, day.fasts.tenDays]
 * //=> [2569, ['释迦牟尼佛诞', '万神善会', '善恶童子降', '九殿平等王诞', '四天王巡行'], ['释迦牟尼佛圣诞'], true]
 * @example
 * buddhistDay('2025-12-18').mansion.name // 十月廿九
 * //=> '尾'
 * @example
 * // The first day of the range (Julian, as historians write it), in lunar year −722: 佛历 −178
 * buddhistDay('-000721-01-16', { calendar: 'julian' }).year
 * //=> -178
 * @category Observances
 * @since 0.7.0
 */
export function buddhistDay(date: DateInput, options?: ObservanceOptions): BuddhistDay {
  return buildBuddhistDay(readObservanceDay(FN, date, options));
}

/** {@link buddhistDay} of a day already read (the iCalendar feed's). @internal */
export function buildBuddhistDay(observed: ObservanceDay): BuddhistDay {
  const { epochDay, lunar } = observed;
  const key = getObservanceKey(observed);
  // As the reference counts it: the solar year (Julian before 1582-10-15) since the Buddha's
  // death, one more from the lunar new year on. That is the lunar year + 544 but on the seven
  // days when a lunar year of 王莽's calendar had begun in December.
  const solarYear = fromEpochDayIn('julian', epochDay).year;
  const { day } = lunar;
  const festivals = key === null ? NONE : Object.freeze((buddhistFestivalDays[key] ?? NONE).map(getFestival));
  const sixDays = SIX_DAYS.includes(day) || (day === 28 && !hasThirtyDays(epochDay, day));
  const { month } = lunar;
  return Object.freeze({
    year: solarYear - DEAD_YEAR + (solarYear === lunar.year ? 1 : 0),
    lunar,
    festivals,
    otherFestivals: key === null ? NONE : Object.freeze([...(buddhistOtherFestivals[key] ?? NONE)]),
    fasts: Object.freeze({
      month: !lunar.leap && (month === 1 || month === 5 || month === 9),
      newAndFullMoon: day === 1 || day === 15,
      sixDays,
      tenDays: TEN_DAYS.includes(day),
      guanYin: key !== null && guanYinFastDays.includes(key),
    }),
    yangGong: festivals.some((f) => f.name === '杨公忌'),
    mansion: getMansion(buddhistMansions[((buddhistMansionOffsets[month - 1] as number) + day - 1) % 27] as number),
  });
}
