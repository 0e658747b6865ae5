/**
 * Differential test against the reference implementation, lunar-javascript, over every day of
 * the supported range (1900-01-01 … 2100-12-31, 73,414 days): lunar date, pillars under the
 * plain-date conventions, and every solar term of every year. Zero differences are allowed.
 */
import { describe, expect, it } from 'vitest';
import { fromLunar, lunarDate, pillars, solarTerms } from '../../src/index';
import { everyDay, reference } from '../support/reference';

describe('every day 1900-01-01 … 2100-12-31 against lunar-javascript', () => {
  const differences: string[] = [];
  let days = 0;
  for (const d of everyDay()) {
    days++;
    const ref = reference.Solar.fromYmd(d.year, d.month, d.day).getLunar();
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

  it('covers 73,414 days', () => {
    expect(days).toBe(73414);
  });

  it('has zero differences in lunar date, month and day names, pillars and the fromLunar round trip', () => {
    expect(differences.slice(0, 20)).toEqual([]);
    expect(differences.length).toBe(0);
  });
});

describe('every solar term 1900 … 2100 against lunar-javascript', () => {
  const dayDifferences: string[] = [];
  const instantErrors: number[] = [];
  for (let year = 1900; year <= 2100; year++) {
    // The reference keys its term table by lunar year: year+1's table holds 小寒 … 冬至 of `year` as indices 2 … 25.
    const jds = reference.LunarYear.fromYear(year).getJieQiJulianDays();
    solarTerms(year).forEach((term, k) => {
      const ref = reference.Solar.fromJulianDay(jds[k + 2] as number);
      const refText = ref.toYmdHms().replace(' ', 'T');
      if (term.instant.slice(0, 10) !== refText.slice(0, 10)) dayDifferences.push(`${year} ${term.name}: ${term.instant} vs ${refText}`);
      const seconds = (Date.parse(`${refText}+08:00`) - Date.parse(term.instant)) / 1000;
      instantErrors.push(seconds);
    });
  }

  it('puts every term on the reference day', () => {
    expect(dayDifferences).toEqual([]);
  });

  it('gives every term instant within 60 s of the reference (in fact at most 30 s earlier)', () => {
    expect(instantErrors.length).toBe(201 * 24);
    expect(Math.max(...instantErrors)).toBeLessThan(30);
    expect(Math.min(...instantErrors)).toBeGreaterThanOrEqual(0);
  });
});
