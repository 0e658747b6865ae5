/** Known hard dates (../shared/reference/domain-notes.md), checked by value. */
import { describe, expect, it } from 'vitest';
import { fromLunar, lunarDate, pillars, solarTerms, yearPillar } from '../../src/index';
import { newMoons } from '../../src/astro/index';
import { reference } from '../support/reference';

describe('hard cases', () => {
  it('2033 has 闰十一月, not 闰七月', () => {
    expect(reference.LunarYear.fromYear(2033).getLeapMonth()).toBe(11);
    expect(lunarDate('2033-12-22')).toEqual({ year: 2033, month: 11, day: 1, leap: true, monthName: '闰冬月', dayName: '初一' });
    expect(lunarDate('2033-08-25').leap).toBe(false);
    expect(() => fromLunar({ year: 2033, month: 7, day: 1, leap: true })).toThrow(RangeError);
    expect(fromLunar({ year: 2033, month: 11, day: 1 })).toEqual({ year: 2033, month: 11, day: 22 });
  });

  it('1979 大寒 falls seconds before midnight and stays on 01-20', () => {
    const daHan = solarTerms(1979)[1];
    expect(daHan?.name).toBe('大寒');
    expect(daHan?.instant).toBe('1979-01-20T23:59:56+08:00'); // the reference's second
    expect(daHan?.instant).toBe(`${reference.Lunar.fromYmd(1979, 1, 1).getJieQiTable()['大寒']!.toYmdHms().replace(' ', 'T')}+08:00`);
  });

  it('the 2057-09-29 new moon, seconds after midnight, starts the ninth month as the reference has it', () => {
    expect(newMoons(2057).find((t) => t.startsWith('2057-09-'))).toBe('2057-09-29T00:00:25+08:00');
    const ref = reference.Solar.fromYmd(2057, 9, 29).getLunar();
    const ours = lunarDate('2057-09-29');
    expect([ours.month, ours.day]).toEqual([Math.abs(ref.getMonth()), ref.getDay()]);
    expect([ours.month, ours.day]).toEqual([9, 1]);
  });

  it('the first and last days of the range', () => {
    expect(lunarDate('1900-01-01')).toEqual({ year: 1899, month: 12, day: 1, leap: false, monthName: '腊月', dayName: '初一' });
    expect([pillars('1900-01-01').year.name, pillars('1900-01-01').month.name, pillars('1900-01-01').day.name]).toEqual(['己亥', '丙子', '甲戌']);
    const last = lunarDate('2100-12-31');
    const ref = reference.Solar.fromYmd(2100, 12, 31).getLunar();
    expect([last.year, last.month, last.day]).toEqual([ref.getYear(), ref.getMonth(), ref.getDay()]);
  });

  it('the year pillar changes on the day of 立春 for a plain date, at its instant with a time; the year named at 正月初一 is yearPillar(lunarDate(d).year)', () => {
    // 立春 2025 is 2025-02-03T22:10 (China); 正月初一 was 2025-01-29.
    expect(solarTerms(2025)[2]?.instant.slice(0, 16)).toBe('2025-02-03T22:10');
    expect(pillars('2025-02-02').year.name).toBe('甲辰');
    expect(pillars('2025-02-03').year.name).toBe('乙巳');
    expect(pillars('2025-02-03T12:00').year.name).toBe('甲辰');
    expect(pillars('2025-02-03T22:11').year.name).toBe('乙巳');
    expect(yearPillar(lunarDate('2025-01-30').year).name).toBe('乙巳');
    expect(yearPillar(lunarDate('2025-01-28').year).name).toBe('甲辰');
    expect(() => pillars('2025-01-30', { yearBoundary: 'lunar-new-year' } as never)).toThrow(/options\.yearBoundary must be 'lichun' \(for the year that changes at 正月初一, use yearPillar\(lunarDate\(date\)\.year\)\), got "lunar-new-year"/);
  });
});

describe('solar terms', () => {
  it('are 24 a year, strictly increasing, 14 to 17 days apart, across the whole range', () => {
    let previous = Date.parse('1899-12-22T00:00:00+08:00');
    for (let year = 1900; year <= 2100; year++) {
      const terms = solarTerms(year);
      expect(terms.length).toBe(24);
      for (const term of terms) {
        const at = Date.parse(term.instant);
        const gap = (at - previous) / 86400000;
        expect(gap).toBeGreaterThan(14);
        expect(gap).toBeLessThan(17);
        previous = at;
      }
    }
  });

  it('new moons are 29.2 to 29.9 days apart and 12 or 13 a year', () => {
    let previous: number | undefined;
    for (let year = 1900; year <= 2100; year++) {
      const moons = newMoons(year);
      expect([12, 13]).toContain(moons.length);
      for (const m of moons) {
        const at = Date.parse(m);
        if (previous !== undefined) {
          const gap = (at - previous) / 86400000;
          expect(gap).toBeGreaterThan(29.2);
          expect(gap).toBeLessThan(29.9);
        }
        previous = at;
      }
    }
  });
});
