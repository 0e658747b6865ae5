import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { almanac, supportedRange } from '../../src/index';
import { almanacViolations, arbitraryAlmanac, arbitraryDate, arbitraryPillar, calendarViolations } from '../../src/testing/index';

const FULL = { min: supportedRange.from, max: supportedRange.to };

test.prop([arbitraryDate()])('every day of 1900–2100 (the default) keeps the calendar invariants', (d) => {
  expect(calendarViolations(d)).toEqual([]);
});

test.prop([arbitraryDate(FULL)])('every day of the range keeps the calendar invariants', (d) => {
  expect(calendarViolations(d)).toEqual([]);
});

test.prop([arbitraryDate({ ...FULL, calendar: 'julian' })])("every day of the range written with calendar 'julian' keeps them", (d) => {
  expect(calendarViolations(d, { calendar: 'julian' })).toEqual([]);
});

test.prop([arbitraryDate({ min: supportedRange.from, max: '1582-10-14' })])('every day before the Gregorian reform keeps them (proleptic Gregorian)', (d) => {
  expect(calendarViolations(d)).toEqual([]);
});

test.prop([arbitraryAlmanac()], { numRuns: 60 })('every almanac page keeps the almanac invariants', (page) => {
  expect(almanacViolations(page)).toEqual([]);
});

test.prop([arbitraryAlmanac({ ...FULL, calendar: 'julian' })], { numRuns: 40 })("every almanac page of the range made with calendar 'julian' keeps them", (page) => {
  expect(almanacViolations(page, { calendar: 'julian' })).toEqual([]);
});

test.prop([arbitraryPillar()])('a pillar is one of the sixty', (p) => {
  expect(p.name).toBe(p.stem + p.branch);
  expect(p.index % 10).toBe('甲乙丙丁戊己庚辛壬癸'.indexOf(p.stem));
  expect(p.index % 12).toBe('子丑寅卯辰巳午未申酉戌亥'.indexOf(p.branch));
});

test.prop([arbitraryDate({ min: '2033-11-01', max: '2034-01-31' })])('a narrowed range stays inside its bounds', (d) => {
  const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  expect(iso >= '2033-11-01' && iso <= '2034-01-31').toBe(true);
});

test.prop([arbitraryDate({ min: '-000100-11-01', max: '-000099-01-31' })])('a narrowed range before 0 stays inside its bounds', (d) => {
  expect((d.year === -100 && d.month >= 11) || (d.year === -99 && d.month === 1)).toBe(true);
});

describe('the checks find broken pages', () => {
  it('reports a page that was tampered with', () => {
    const page = almanac('2025-12-18');
    const forged = { ...page, yi: [...page.yi, '开市'], fortune: { ...page.fortune, score: 11 } };
    expect(almanacViolations(forged)).toEqual([
      '宜 and 忌 share 开市',
      'the score 11 is not an integer in -10 … 10',
      'the score is not the clamped sum of its factors',
      'the page is not deeply frozen',
      'yi has 9 entries, almanac(date) has 8',
      'fortune.score is 11, almanac(date) has -4',
    ]);
  });

  it('rejects bad bounds', () => {
    expect(() => arbitraryDate({ min: '-000722-12-31' })).toThrow(RangeError);
    expect(() => arbitraryDate({ max: '+010000-01-01' })).toThrow(/options\.max must be a day within -000721-01-01 … 9999-12-31/);
    expect(() => arbitraryDate({ min: '2025-12-18', max: '2025-01-01' })).toThrow(/options\.min must be on or before options\.max/);
    expect(() => arbitraryDate({ max: '2025/12/18' })).toThrow(TypeError);
    expect(() => arbitraryDate({ max: '2025/12/18' })).toThrow(/options\.max must be .*'YYYY-MM-DD'/);
  });
});
