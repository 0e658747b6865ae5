import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toEpochDay } from '../../src/calendar/epochDay';
import { toJulianEpochDay } from '../../src/calendar/julianCalendar';
import { monthGrid, type GridDay } from '../../src/grid/index';
import { almanac, localize } from '../../src/index';
import { festivalSet, gregorianFestivals } from '../../src/festivals/index';
import { SEED } from '../support/setup';
import { actualItems, compareMonthGrid, expectedItems } from '../support/gridReference';

const inMonth = (grid: { weeks: readonly (readonly (GridDay | null)[])[] }): GridDay[] => grid.weeks.flat().filter((c): c is GridDay => c !== null && c.inMonth);

/** Months of 1900–2100 where the calendar turns, and a random sample drawn with the run's seed. */
const SAMPLED_MONTHS: readonly (readonly [number, number])[] = [
  [1900, 1], [2100, 12], [2023, 3], [2023, 4], [2020, 5], [2020, 6], [2033, 11], [2033, 12], [2034, 1], [2026, 2], [2025, 1], [2024, 2], [2100, 2],
  ...fc.sample(fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })), { seed: SEED, numRuns: 60 }),
];

describe('monthGrid against the reference (sampled months; every month in monthGrid.full.test.ts)', () => {
  it.each(SAMPLED_MONTHS)('%i-%i: 28–31 in-month cells, weekdays, lunar dates, labels, terms and festivals', (year, month) => {
    const scores: string[] = [];
    const problems = [
      ...compareMonthGrid(year, month, 'monday', (cell) => {
        const page = almanac(cell.date);
        if (cell.score !== page.fortune.score || JSON.stringify(cell.festivals) !== JSON.stringify(page.festivals)) scores.push(cell.date);
      }),
      ...compareMonthGrid(year, month, 'sunday'),
    ];
    expect(problems).toEqual([]);
    expect(scores).toEqual([]);
  });

  it('2023-03: the leap month 闰二月 begins on 03-22, labelled with its name', () => {
    const cell = inMonth(monthGrid(2023, 3)).find((c) => c.date === '2023-03-22');
    expect([cell?.label, cell?.labelKind, cell?.lunar.leap]).toEqual(['闰二月', 'month', true]);
  });

  it('2033-12: 闰十一月 (闰冬月) begins on 12-22', () => {
    const cell = inMonth(monthGrid(2033, 12)).find((c) => c.lunar.day === 1);
    expect([cell?.date, cell?.label]).toEqual(['2033-12-22', '闰冬月']);
  });
});

describe('layout', () => {
  it('weekStart: Monday by default (ISO 8601), or Sunday; the first week holds the 1st, the last week the last day', () => {
    // 2026-02-01 is a Sunday: Monday first it is the last cell of the first week; Sunday first the month is exactly four weeks.
    const monday = monthGrid(2026, 2);
    const sunday = monthGrid(2026, 2, { weekStart: 'sunday' });
    expect([monday.weekStart, monday.weekdays, monday.weeks.length, monday.weeks[0]?.[6]?.date, monday.weeks[4]?.[6]?.date]).toEqual(['monday', [1, 2, 3, 4, 5, 6, 0], 5, '2026-02-01', '2026-03-01']);
    expect([sunday.weekStart, sunday.weekdays, sunday.weeks.length, sunday.weeks[0]?.[0]?.date, sunday.weeks[3]?.[6]?.date]).toEqual(['sunday', [0, 1, 2, 3, 4, 5, 6], 4, '2026-02-01', '2026-02-28']);
    expect(monthGrid(2026, 2, { weekStart: 'monday' })).toEqual(monday);
  });

  it('leading and trailing days are the neighbouring months, marked inMonth: false', () => {
    const grid = monthGrid(2025, 12);
    const cells = grid.weeks.flat() as GridDay[];
    expect(cells.filter((c) => !c.inMonth).map((c) => c.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(cells[0]?.date).toBe('2025-12-01'); // a Monday
    const june = monthGrid(2025, 6).weeks.flat() as GridDay[];
    expect(june.filter((c) => !c.inMonth).map((c) => c.date)).toEqual(['2025-05-26', '2025-05-27', '2025-05-28', '2025-05-29', '2025-05-30', '2025-05-31', '2025-07-01', '2025-07-02', '2025-07-03', '2025-07-04', '2025-07-05', '2025-07-06']);
  });

  it('fixedWeeks: six weeks whatever the month', () => {
    for (const [year, month] of [[2026, 2], [2025, 6], [2025, 12]] as const) {
      const grid = monthGrid(year, month, { fixedWeeks: true, weekStart: 'sunday' });
      expect(grid.weeks).toHaveLength(6);
      expect(inMonth(grid)).toEqual(inMonth(monthGrid(year, month, { weekStart: 'sunday' })));
    }
    expect(monthGrid(2026, 2, { fixedWeeks: true, weekStart: 'sunday' }).weeks[5]?.map((c) => c?.date)).toEqual(
      ['2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14'],
    );
  });
});

describe("calendar 'julian'", () => {
  it('1582-10 has 21 days: Thursday the 4th is followed by Friday the 15th in one week; the cells are the reference\'s', () => {
    const grid = monthGrid(1582, 10, { calendar: 'julian' });
    const days = inMonth(grid);
    expect(grid.days).toBe(21);
    expect(days.map((c) => c.day)).toEqual([1, 2, 3, 4, ...Array.from({ length: 17 }, (_, i) => 15 + i)]);
    expect(grid.weeks.map((w) => w.map((c) => c?.day))).toEqual([[1, 2, 3, 4, 15, 16, 17], [18, 19, 20, 21, 22, 23, 24], [25, 26, 27, 28, 29, 30, 31]]);
    expect([days[3]?.date, days[3]?.weekday, days[4]?.date, days[4]?.weekday]).toEqual(['1582-10-04', 4, '1582-10-15', 5]);
    const first = toJulianEpochDay(1582, 10, 1);
    // The reference reads dates before 1582-10-15 as Julian: each cell is its day.
    days.forEach((cell, i) => expect(actualItems(cell)).toEqual(expectedItems(first + i)));
    const sunday = monthGrid(1582, 10, { calendar: 'julian', weekStart: 'sunday' });
    expect(sunday.weeks.map((w) => w.map((c) => c?.date.slice(5)))).toEqual([
      ['09-30', '10-01', '10-02', '10-03', '10-04', '10-15', '10-16'],
      ['10-17', '10-18', '10-19', '10-20', '10-21', '10-22', '10-23'],
      ['10-24', '10-25', '10-26', '10-27', '10-28', '10-29', '10-30'],
      ['10-31', '11-01', '11-02', '11-03', '11-04', '11-05', '11-06'],
    ]);
  });

  it('1582-10 in ISO 8601 (the default) has 31 days, ten of them the Julian September', () => {
    const days = inMonth(monthGrid(1582, 10));
    expect(days).toHaveLength(31);
    expect(days[0]?.lunar).toEqual(inMonth(monthGrid(1582, 9, { calendar: 'julian' }))[20]?.lunar); // ISO 10-01 is Julian 09-21
  });

  it('1500-02 has 29 days with Julian, 28 without; the cells are the reference\'s', () => {
    const julian = inMonth(monthGrid(1500, 2, { calendar: 'julian' }));
    expect([julian.length, julian.at(-1)?.date, inMonth(monthGrid(1500, 2)).length]).toEqual([29, '1500-02-29', 28]);
    julian.forEach((cell, i) => expect(actualItems(cell)).toEqual(expectedItems(toJulianEpochDay(1500, 2, 1) + i)));
  });
});

describe('the ends of the range', () => {
  it('-0721-01: the days before -000721-01-01 are null', () => {
    const grid = monthGrid(-721, 1);
    const first = grid.weeks[0] as readonly (GridDay | null)[];
    const lead = (toEpochDay(-721, 1, 1) % 7 + 7 + 4 - 1) % 7; // Monday first
    expect(first.slice(0, lead)).toEqual(Array.from({ length: lead }, () => null));
    expect(first[lead]?.date).toBe('-000721-01-01');
    expect(inMonth(grid)).toHaveLength(31);
    // With 'julian' the range starts 8 days earlier, on Julian -000721-01-01.
    const julian = monthGrid(-721, 1, { calendar: 'julian' });
    expect(julian.weeks.flat().find((c) => c !== null)?.date).toBe('-000721-01-01');
    expect(julian.weeks.flat().filter((c) => c === null)).toHaveLength((toJulianEpochDay(-721, 1, 1) % 7 + 7 + 4 - 1) % 7);
  });

  it('9999-12: the days after 9999-12-31 (a Friday) are null', () => {
    const last = monthGrid(9999, 12).weeks.at(-1) as readonly (GridDay | null)[];
    expect(last.map((c) => c?.date ?? null)).toEqual(['9999-12-27', '9999-12-28', '9999-12-29', '9999-12-30', '9999-12-31', null, null]);
    expect(monthGrid(9999, 12, { fixedWeeks: true }).weeks.flat().filter((c) => c === null)).toHaveLength(2 + 7);
  });
});

describe('the result', () => {
  it('is deeply frozen and survives JSON', () => {
    const grid = monthGrid(2026, 2);
    const frozen = (v: unknown): boolean => v === null || typeof v !== 'object' || (Object.isFrozen(v) && Object.values(v).every(frozen));
    expect(frozen(grid)).toBe(true);
    expect(JSON.parse(JSON.stringify(grid))).toEqual(grid);
  });

  it('scores with options.model as almanac() does', () => {
    const model = { weights: { tradeInYi: 3, officer: { 开: 3 } } };
    for (const cell of inMonth(monthGrid(2025, 12, { model }))) expect([cell.date, cell.score]).toEqual([cell.date, almanac(cell.date, { model }).fortune.score]);
  });

  it('localize renders the labels in Traditional Chinese and English, by their kind', () => {
    const cells = inMonth(monthGrid(2023, 3));
    const en = localize(cells, 'en');
    const hant = localize(cells, 'zh-Hant');
    const at = (date: string): number => cells.findIndex((c) => c.date === date);
    expect([en[at('2023-03-21')]?.label, en[at('2023-03-22')]?.label, en[at('2023-03-23')]?.label, en[at('2023-03-22')]?.labelKind]).toEqual(['Spring Equinox', 'Leap second month', 'Day 2', 'month']);
    expect([hant[at('2023-03-06')]?.label, hant[at('2023-03-22')]?.label]).toEqual(['驚蟄', '閏二月']);
    const festival = inMonth(monthGrid(2025, 10)).find((c) => c.labelKind === 'festival');
    expect([festival?.date, localize(festival, 'en')?.label]).toEqual(['2025-10-06', 'Mid-Autumn Festival']);
  });

  it('lists a festival set\'s days as almanac() does, in the grid\'s calendar, and labels a day by its first solar festival when no lunar one', () => {
    const festivals = gregorianFestivals;
    const months: [number, number, 'iso8601' | 'julian'][] = [[2025, 10, 'iso8601'], [2026, 5, 'iso8601'], [2025, 1, 'iso8601'], [2026, 2, 'iso8601'], [1500, 3, 'julian'], [1582, 10, 'julian'], [-100, 12, 'julian']];
    let solarLabels = 0;
    for (const [year, month, calendar] of months) {
      for (const cell of inMonth(monthGrid(year, month, { festivals, calendar }))) {
        const page = almanac(cell.date, { festivals, calendar });
        expect([cell.date, cell.festivals]).toEqual([cell.date, page.festivals]);
        const lunar = page.festivals.find((f) => f.kind === 'lunar');
        const solar = page.festivals.find((f) => f.kind === 'solar');
        const expected = lunar?.name ?? solar?.name ?? (page.solarTerm?.name === undefined || page.solarTerm.instant.slice(0, 10) !== cell.date ? undefined : page.solarTerm.name);
        if (lunar === undefined && solar !== undefined) solarLabels++;
        if (lunar !== undefined || solar !== undefined) expect([cell.date, cell.label, cell.labelKind]).toEqual([cell.date, expected, 'festival']);
      }
    }
    // 国庆节 2025-10-01, 母亲节 2026-05-10, 元旦节 2025-01-01, 情人节 2026-02-14 among them.
    const labelOf = (grid: ReturnType<typeof monthGrid>, date: string): string | undefined => inMonth(grid).find((c) => c.date === date)?.label;
    expect(labelOf(monthGrid(2025, 10, { festivals }), '2025-10-01')).toBe('国庆节');
    expect(labelOf(monthGrid(2025, 10, { festivals }), '2025-10-06')).toBe('中秋节'); // the lunar festival first
    expect(labelOf(monthGrid(2026, 5, { festivals }), '2026-05-10')).toBe('母亲节');
    expect(labelOf(monthGrid(2026, 5), '2026-05-10')).toBe('廿四');
    expect(solarLabels).toBeGreaterThan(10);
    const own = festivalSet({ fixed: { '12-18': ['纪念日'] }, names: { 纪念日: { 'zh-Hant': '紀念日', en: 'Anniversary' } } });
    expect(inMonth(monthGrid(2025, 12, { festivals: own })).find((c) => c.date === '2025-12-18')?.festivals).toEqual([{ name: '纪念日', kind: 'solar' }]);
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ weekStart: 'sunday' as const, fixedWeeks: true, calendar: 'julian' as const, model: Object.freeze({ weights: Object.freeze({ tradeInYi: 3 }) }) });
    expect(() => monthGrid(1500, 2, options)).not.toThrow();
  });
});

describe('errors', () => {
  it.each([
    ['monthGrid(10000, 1)', () => monthGrid(10000, 1), RangeError, /^monthGrid: year must be between -721 and 9999, got 10000$/],
    ['monthGrid(-722, 12)', () => monthGrid(-722, 12), RangeError, /^monthGrid: year must be between -721 and 9999, got -722$/],
    ['monthGrid(2025.5, 1)', () => monthGrid(2025.5, 1), TypeError, /^monthGrid: year must be an integer, got 2025\.5$/],
    ['monthGrid(\'2025\', 1)', () => monthGrid('2025' as unknown as number, 1), TypeError, /^monthGrid: year must be an integer, got "2025"$/],
    ['monthGrid(2025, 13)', () => monthGrid(2025, 13), RangeError, /^monthGrid: month must be between 1 and 12, got 13$/],
    ['monthGrid(2025, 0)', () => monthGrid(2025, 0), RangeError, /^monthGrid: month must be between 1 and 12, got 0$/],
    ['monthGrid(2025, Number.NaN)', () => monthGrid(2025, Number.NaN), TypeError, /^monthGrid: month must be an integer, got NaN$/],
    ['monthGrid(2025, 1, { weekStart: \'friday\')', () => monthGrid(2025, 1, { weekStart: 'friday' as 'monday' }), RangeError, /^monthGrid: options\.weekStart must be 'monday' or 'sunday', got "friday"$/],
    ['monthGrid(2025, 1, { weekStart: 1)', () => monthGrid(2025, 1, { weekStart: 1 as unknown as 'monday' }), TypeError, /^monthGrid: options\.weekStart must be 'monday' or 'sunday', got 1$/],
    ['monthGrid(2025, 1, { fixedWeeks: \'yes\')', () => monthGrid(2025, 1, { fixedWeeks: 'yes' as unknown as boolean }), TypeError, /^monthGrid: options\.fixedWeeks must be a boolean, got "yes"$/],
    ['monthGrid(2025, 1, { calendar: \'gregorian\')', () => monthGrid(2025, 1, { calendar: 'gregorian' as 'julian' }), RangeError, /^monthGrid: options\.calendar must be 'iso8601' or 'julian', got "gregorian"$/],
    ['monthGrid(2025, 1, null)', () => monthGrid(2025, 1, null as unknown as undefined), TypeError, /^monthGrid: options must be an object, got null$/],
    ["monthGrid(2025, 1, { festivals: 'all' })", () => monthGrid(2025, 1, { festivals: 'all' as 'traditional' }), RangeError, /^monthGrid: options\.festivals must be 'traditional' or a festival set of huangli\/festivals/],
    ['monthGrid(2025, 1, { festivals: {} })', () => monthGrid(2025, 1, { festivals: {} as 'traditional' }), TypeError, /^monthGrid: options\.festivals must be 'traditional' or a festival set/],
    ['monthGrid(2025, 1, { model: { weights: { tradeInYi: 11 } } })', () => monthGrid(2025, 1, { model: { weights: { tradeInYi: 11 } } }), RangeError, /^monthGrid: model\.weights\.tradeInYi must be an integer between -10 and 10, got 11$/],
  ])('%s', (_, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
