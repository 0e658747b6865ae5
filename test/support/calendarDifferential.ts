/**
 * The calendar fields of a day against the reference (lunar-javascript): lunar date, month and
 * day names, the pillars under the plain-date conventions, and the fromLunar round trip. Used by
 * test/differential/calendar.test.ts (sampled days) and calendar.full.test.ts (every day).
 */
import { fromLunar, lunarDate, pillars } from '../../src/index';
import type { CivilDate } from '../../src/types';
import { coverageCounter, type Coverage } from './days';
import { reference } from './reference';

export interface CalendarComparison {
  readonly coverage: Coverage;
  /** One line per day that differs in any field, `date: ours vs reference`. */
  readonly differences: readonly string[];
}

export function compareCalendar(days: Iterable<CivilDate>): CalendarComparison {
  const differences: string[] = [];
  const coverage = coverageCounter();
  for (const d of days) {
    const ref = reference.Solar.fromYmd(d.year, d.month, d.day).getLunar();
    coverage.add(ref);
    const ours = lunarDate(d);
    const p = pillars(d);
    const expected = {
      year: ref.getYear(), month: Math.abs(ref.getMonth()), day: ref.getDay(), leap: ref.getMonth() < 0,
      monthName: `${ref.getMonth() < 0 ? '闰' : ''}${ref.getMonthInChinese().replace(/^闰/, '')}月`, dayName: ref.getDayInChinese(),
      pillars: [ref.getYearInGanZhiByLiChun(), ref.getMonthInGanZhi(), ref.getDayInGanZhi()].join(' '),
    };
    const actual = { ...ours, pillars: [p.year.name, p.month.name, p.day.name].join(' ') };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) differences.push(`${JSON.stringify(d)}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
    const back = fromLunar(ours);
    if (back.year !== d.year || back.month !== d.month || back.day !== d.day) differences.push(`${JSON.stringify(d)}: fromLunar gives ${JSON.stringify(back)}`);
  }
  return { coverage: coverage.counts(), differences };
}
