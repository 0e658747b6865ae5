import { getJieDay } from '../astro/termInstants';
import { fromEpochDayIn, getDaysInMonthIn } from '../calendar/julianCalendar';
import { lunarFestivals, lunarOtherFestivals } from '../data/almanac.generated';
import type { FestivalSet } from '../festivals/types';
import { modFloor } from '../internal/math';
import type { Moment } from '../input/toMoment';
import type { LunarDate, SolarTerm } from '../types';
import type { Festival } from './types';

type Table = Readonly<Record<string, readonly string[]>>;
const lookup = (table: Table, key: string): readonly string[] => (Object.prototype.hasOwnProperty.call(table, key) ? (table[key] as readonly string[]) : []);

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
  const out: Festival[] = [];
  const add = (names: readonly string[], kind: Festival['kind']): void => {
    for (const name of names) out.push(Object.freeze({ name, kind }));
  };
  const lunarKey = `${lunar.month}-${lunar.day}`;
  if (!lunar.leap) add(lookup(lunarFestivals, lunarKey), 'lunar');
  // As the reference: the last day of a 腊月 or 闰腊月 that ends the year (the reform year 8 CE ends with 十一月: none).
  if (isLastDayOfLunarYear && lunar.month === 12) add(['除夕'], 'lunar');
  if (term !== null && (term.name === '清明' || term.name === '冬至')) add([`${term.name}节`], 'solar-term');
  if (!lunar.leap) add(lookup(lunarOtherFestivals, lunarKey), 'lunar-other');
  const day = moment.epochDay;
  const jieDay = (j: number): number => getJieDay(moment.year, j);
  // The eve of 清明: in April, and from 8476 on (the calendar running ahead of the Sun) some years on 31 March.
  if ((moment.month === 4 || moment.month === 3) && day === jieDay(3) - 1) add(['寒食节'], 'lunar-other');
  if (moment.month >= 3 && moment.month <= 4 && day === sheDay(jieDay(1))) add(['春社'], 'lunar-other');
  if (moment.month >= 9 && moment.month <= 10 && day === sheDay(jieDay(7))) add(['秋社'], 'lunar-other');
  if (set !== undefined) {
    // The set's days on the date as written: its fixed days, its weekday rules in order (the week
    // of day d is ceil(d / 7); week -1, the month's last seven days), then its other days.
    const { year: y, month: m, day: d } = fromEpochDayIn(moment.calendar, day);
    const date = `${m}-${d}`;
    add(lookup(set.fixed, date), 'solar');
    for (const r of set.weekdays) {
      if (r.month === m && r.weekday === modFloor(day + 4, 7) && (r.week === Math.ceil(d / 7) || (r.week < 0 && d + 7 > getDaysInMonthIn(moment.calendar, y, m)))) add(r.names, 'solar');
    }
    add(lookup(set.other, date), 'solar-other');
  }
  return Object.freeze(out);
}
