import { getJieDay } from '../astro/termInstants';
import { fromEpochDayIn, getDaysInMonthIn } from '../calendar/julianCalendar';
import { lunarFestivals, lunarOtherFestivals } from '../data/almanac.generated';
import type { FestivalSet } from '../festivals/types';
import { modFloor } from '../internal/math';
import type { Moment } from '../input/toMoment';
import type { LunarDate, SolarTerm } from '../types';
import type { Festival } from './types';
import { emptySlots } from '../internal/memo';

type Table = Readonly<Record<string, readonly string[]>>;
const lookup = (table: Table, key: string): readonly string[] => (Object.prototype.hasOwnProperty.call(table, key) ? (table[key] as readonly string[]) : []);
type DayIndex = readonly (readonly string[] | undefined)[];
const NO_FESTIVALS: readonly Festival[] = /* @__PURE__ */ Object.freeze([]);
// The lunar tables by month · 32 + day, built on first use (then a lookup is an index).
let lunarIndex: DayIndex | undefined;
let lunarOtherIndex: DayIndex | undefined;
function indexByDay(table: Table): DayIndex {
  const index = emptySlots<readonly string[]>(13 * 32);
  for (const key in table) {
    const dash = key.indexOf('-');
    index[Number(key.slice(0, dash)) * 32 + Number(key.slice(dash + 1))] = table[key];
  }
  return index;
}

/** The 社日: the fifth 戊 day counting from the day of a 节 (立春 for 春社, 立秋 for 秋社). */
function sheDay(jieDay: number): number {
  return jieDay + modFloor(4 - modFloor(jieDay + 17, 60) % 10, 10) + 40;
}

/**
 * The festivals of a day, as the reference lists them. `'traditional'`: its lunar festivals and
 * other festivals (Lunar#getFestivals, Lunar#getOtherFestivals: 除夕 on the last day of the lunar
 * year, whether 腊月 or a 闰腊月 has 29 or 30 days, 寒食, 春社, 秋社), plus 清明节 and 冬至节 on the
 * day of those terms; a leap month has no lunar festival. A festival `set` (`options.festivals`,
 * e.g. gregorianFestivals: the reference's Solar#getFestivals, Solar#getOtherFestivals) adds its
 * days after them, on the date as written in the moment's calendar. @internal
 */
export function getFestivals(moment: Moment, lunar: LunarDate, isLastDayOfLunarYear: boolean, term: SolarTerm | null, set?: FestivalSet): readonly Festival[] {
  // Most days have none: the lists are looked up first, and the array made only for a day that has some.
  const lunarKey = lunar.month * 32 + lunar.day;
  const lunarNames = lunar.leap ? undefined : (lunarIndex ??= indexByDay(lunarFestivals))[lunarKey];
  // As the reference: the last day of a 腊月 or 闰腊月 that ends the year (the reform year 8 CE ends with 十一月: none).
  const eve = isLastDayOfLunarYear && lunar.month === 12;
  const termFestival = term !== null && (term.name === '清明' || term.name === '冬至');
  const otherNames = lunar.leap ? undefined : (lunarOtherIndex ??= indexByDay(lunarOtherFestivals))[lunarKey];
  const day = moment.epochDay;
  const month = moment.month;
  // The eve of 清明: in April, and from 8476 on (the calendar running ahead of the Sun) some years on 31 March.
  const hanShi = (month === 4 || month === 3) && day === getJieDay(moment.year, 3) - 1;
  const chunShe = month >= 3 && month <= 4 && day === sheDay(getJieDay(moment.year, 1));
  const qiuShe = month >= 9 && month <= 10 && day === sheDay(getJieDay(moment.year, 7));
  if (lunarNames === undefined && !eve && !termFestival && otherNames === undefined && !hanShi && !chunShe && !qiuShe && set === undefined) return NO_FESTIVALS;
  const out: Festival[] = [];
  if (lunarNames !== undefined) addAll(out, lunarNames, 'lunar');
  if (eve) addAll(out, ['除夕'], 'lunar');
  if (termFestival) addAll(out, [`${(term as SolarTerm).name}节`], 'solar-term');
  if (otherNames !== undefined) addAll(out, otherNames, 'lunar-other');
  if (hanShi) addAll(out, ['寒食节'], 'lunar-other');
  if (chunShe) addAll(out, ['春社'], 'lunar-other');
  if (qiuShe) addAll(out, ['秋社'], 'lunar-other');
  if (set !== undefined) {
    // The set's days on the date as written: its fixed days, its weekday rules in order (the week
    // of day d is ceil(d / 7); week -1, the month's last seven days), then its other days.
    const { year: y, month: m, day: d } = fromEpochDayIn(moment.calendar, day);
    const date = `${m}-${d}`;
    addAll(out, lookup(set.fixed, date), 'solar');
    for (const r of set.weekdays) {
      if (r.month === m && r.weekday === modFloor(day + 4, 7) && (r.week === Math.ceil(d / 7) || (r.week < 0 && d + 7 > getDaysInMonthIn(moment.calendar, y, m)))) addAll(out, r.names, 'solar');
    }
    addAll(out, lookup(set.other, date), 'solar-other');
  }
  return out.length === 0 ? NO_FESTIVALS : Object.freeze(out);
}

function addAll(out: Festival[], names: readonly string[], kind: Festival['kind']): void {
  for (const name of names) out.push(Object.freeze({ name, kind }));
}
