/**
 * The calendar fields of a day against the reference (lunar-javascript): lunar date, month and
 * day names, the pillars under the plain-date conventions, and the fromLunar round trip. Used by
 * test/differential/calendar.test.ts (sampled days) and calendar.full.test.ts (every day).
 */
import { beforeAll, describe, expect, it } from 'vitest';
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

/**
 * The tests of a comparison over `days()`: zero differences, and the turning points that the days
 * must hold (`expected`, counted by the reference). The sweep runs in `beforeAll`, not at import.
 */
export function describeCalendarDifferential(title: string, days: () => Iterable<CivilDate>, expected: Coverage): void {
  describe(title, () => {
    let result: CalendarComparison;
    beforeAll(() => {
      result = compareCalendar(days());
    });

    it(`holds ${expected.days.toLocaleString('en-US')} days: ${expected.leapMonths} leap months day by day, ${expected.jieDays.toLocaleString('en-US')} 节 days, ${expected.liChunDays} 立春 and ${expected.lunarNewYears} 正月初一`, () => {
      expect(result.coverage).toEqual(expected);
    });

    it('has zero differences in lunar date, month and day names, pillars and the fromLunar round trip', () => {
      expect(result.differences.slice(0, 20)).toEqual([]);
      expect(result.differences.length).toBe(0);
    });
  });
}
