import { solarFestivals, solarOtherFestivals, solarWeekFestivals } from '../data/festivals.generated';
import type { Festival } from './types';

type Table = Readonly<Record<string, readonly string[] | string>>;
const has = (table: Table, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key);

/**
 * The reference's Gregorian and international days of a date as written (Solar#getFestivals, then
 * Solar#getOtherFestivals): the fixed days ('solar'), the rules by weekday ('solar', e.g. 母亲节 on
 * the second Sunday of May: the week is `ceil(day / 7)`, and week 0 is a month's last seven days),
 * then the other days ('solar-other'). The rules hold in every year, before the day was instituted
 * too, as in the reference. `weekday`: 0 = Sunday. @internal
 */
export function getSolarFestivals(month: number, day: number, weekday: number, daysInMonth: number, out: Festival[]): void {
  const add = (name: string, kind: Festival['kind']): void => {
    out.push(Object.freeze({ name, kind }));
  };
  const date = `${month}-${day}`;
  if (has(solarFestivals, date)) for (const name of solarFestivals[date] as readonly string[]) add(name, 'solar');
  const nth = `${month}-${Math.ceil(day / 7)}-${weekday}`;
  if (has(solarWeekFestivals, nth)) add(solarWeekFestivals[nth] as string, 'solar');
  const last = `${month}-0-${weekday}`;
  if (day + 7 > daysInMonth && has(solarWeekFestivals, last)) add(solarWeekFestivals[last] as string, 'solar');
  if (has(solarOtherFestivals, date)) for (const name of solarOtherFestivals[date] as readonly string[]) add(name, 'solar-other');
}
