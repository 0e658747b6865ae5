import { getJieDay } from '../astro/termInstants';
import { lunarFestivals, lunarOtherFestivals } from '../data/almanac.generated';
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
 * The traditional festivals of a day, as the reference lists them (Lunar#getFestivals,
 * Lunar#getOtherFestivals), plus 清明节 and 冬至节 on the day of those terms. A leap month has no
 * lunar festival. The reference's Gregorian holidays (Solar#getFestivals: 元旦, 国庆节, 母亲节 …)
 * are not almanac items and are left out. @internal
 */
export function getFestivals(moment: Moment, lunar: LunarDate, isLastDayOfLunarYear: boolean, term: SolarTerm | null): readonly Festival[] {
  const out: Festival[] = [];
  const add = (names: readonly string[], kind: Festival['kind']): void => {
    for (const name of names) out.push(Object.freeze({ name, kind }));
  };
  const lunarKey = `${lunar.month}-${lunar.day}`;
  if (!lunar.leap) add(lookup(lunarFestivals, lunarKey), 'lunar');
  if (isLastDayOfLunarYear) add(['除夕'], 'lunar');
  if (term !== null && (term.name === '清明' || term.name === '冬至')) add([`${term.name}节`], 'solar-term');
  if (!lunar.leap) add(lookup(lunarOtherFestivals, lunarKey), 'lunar-other');
  const day = moment.epochDay;
  const jieDay = (j: number): number => getJieDay(moment.year, j);
  if (moment.month === 4 && day === jieDay(3) - 1) add(['寒食节'], 'lunar-other'); // the eve of 清明
  if (moment.month >= 3 && moment.month <= 4 && day === sheDay(jieDay(1))) add(['春社'], 'lunar-other');
  if (moment.month >= 9 && moment.month <= 10 && day === sheDay(jieDay(7))) add(['秋社'], 'lunar-other');
  return Object.freeze(out);
}
