// Issue 9, item 5: almanacViolations and calendarViolations are total: whatever they are given,
// they list what is wrong with it instead of throwing. Issue 10: they hold on every day
// −0721-01-01 … 9999-12-31, in either calendar, as true statements about the reference's calendar.
import { describe, expect, it } from 'vitest';
import { formatDate, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { FIRST_EPOCH_DAY, FIRST_ISO_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { almanac, lunarDate } from '../../src/index';
import type { SolarCalendar } from '../../src/types';
import { almanacViolations, calendarViolations } from '../../src/testing/index';
import type { DailyAlmanac } from '../../src/almanac/types';

const page = almanac('2025-12-18');
/** A mutable deep copy, as JSON gives it back. */
const thaw = (p: DailyAlmanac): Record<string, unknown> => JSON.parse(JSON.stringify(p)) as Record<string, unknown>;
/** A copy with `key` removed, frozen like the real page so that only the removal is wrong. */
const without = (key: string): Record<string, unknown> => {
  const { [key]: _removed, ...rest } = page as unknown as Record<string, unknown>;
  return Object.freeze(rest);
};

describe('almanacViolations', () => {
  it('reports nothing on a real page', () => {
    expect(almanacViolations(page)).toEqual([]);
    expect(almanacViolations(almanac('1900-01-01'))).toEqual([]);
    expect(almanacViolations(almanac('2100-12-31'))).toEqual([]);
  });

  it('reports nothing on a page of any day of the range, expanded years included', () => {
    for (const date of ['-000721-01-01', '-000100-03-01', '0000-02-29', '0237-02-11', '1582-10-10', '9999-12-31']) {
      expect(almanacViolations(almanac(date)), date).toEqual([]);
    }
  });

  it("checks a page made with calendar 'julian' in that calendar", () => {
    for (const date of ['-000721-01-01', '0237-02-11', '1500-02-29', '1582-10-04', '1582-10-15', '2025-12-18']) {
      expect(almanacViolations(almanac(date, { calendar: 'julian' }), { calendar: 'julian' }), date).toEqual([]);
    }
    // Read as ISO, its date is another day (or none): the check says so.
    expect(almanacViolations(almanac('1500-03-01', { calendar: 'julian' }))).toContain('lunar.day is 2, almanac(date) has 21');
    expect(almanacViolations(almanac('1500-02-29', { calendar: 'julian' }))[0]).toMatch(/^date\.day must be between 1 and 28 in 1500-02 \(proleptic Gregorian/);
  });

  it('reports bad options as violations', () => {
    expect(almanacViolations(page, 42 as never)).toEqual(['options must be an object, got 42']);
    expect(almanacViolations(page, { calendar: 'gregorian' as SolarCalendar })).toEqual(["options.calendar must be 'iso8601' or 'julian', got \"gregorian\""]);
  });

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '2025-12-18'],
    ['an array', [page]],
    ['a function', () => page],
  ])('lists violations for %s instead of throwing', (_, input) => {
    const out = almanacViolations(input);
    expect(Array.isArray(out)).toBe(true);
    expect(out.length).toBeGreaterThan(0);
    for (const v of out) expect(typeof v).toBe('string');
  });

  it('names what is wrong with {}', () => {
    const out = almanacViolations({});
    expect(out).toContain("date must be a 'YYYY-MM-DD' string, got undefined");
    expect(out).toContain('yi must be an array of strings, got undefined');
    expect(out).toContain('ji must be an array of strings, got undefined');
    expect(out).toContain('hours must be an array, got undefined');
    expect(out).toContain('fortune must be an object, got undefined');
  });

  it('names what is wrong with a value that is not an object', () => {
    expect(almanacViolations(null)).toEqual(['the page must be an object, got null']);
    expect(almanacViolations(42)).toEqual(['the page must be an object, got 42']);
    expect(almanacViolations([page])).toEqual(['the page must be an object, got an array']);
  });

  it.each(Object.keys(page))('names the field when %s is missing', (key) => {
    const out = almanacViolations(without(key));
    expect(out.length).toBeGreaterThan(0);
    expect(out.some((v) => v.startsWith(`${key} `))).toBe(true);
  });

  it.each<[string, (p: Record<string, unknown>) => void, string]>([
    ['weekday', (p) => { p['weekday'] = '4'; }, 'weekday is "4", almanac(date) has 4'],
    ['weekday', (p) => { p['weekday'] = 5; }, 'weekday is 5, almanac(date) has 4'],
    ['officer', (p) => { p['officer'] = 42; }, 'officer is 42, almanac(date) has "收"'],
    ['zodiac', (p) => { p['zodiac'] = null; }, 'zodiac is null, almanac(date) has "蛇"'],
    ['lunar.day', (p) => { (p['lunar'] as Record<string, unknown>)['day'] = 30; }, 'lunar.day is 30, almanac(date) has 29'],
    ['mansion', (p) => { p['mansion'] = '斗'; }, 'mansion is "斗", almanac(date) has an object'],
    ['pengZu', (p) => { p['pengZu'] = []; }, 'pengZu has 0 entries, almanac(date) has 2'],
    ['hours[3].clash.direction', (p) => { ((p['hours'] as Record<string, unknown>[])[3]!['clash'] as Record<string, unknown>)['direction'] = '中'; }, 'hours[3].clash.direction is "中", almanac(date) has "西"'],
  ])('names %s when it has a wrong value', (_, mutate, expected) => {
    const copy = thaw(page);
    mutate(copy);
    expect(almanacViolations(copy)).toContain(expected);
  });

  it('checks the shape of what the other checks read', () => {
    const copy = thaw(page);
    copy['yi'] = 'all';
    copy['hours'] = [null, ...(copy['hours'] as unknown[]).slice(1)];
    (copy['fortune'] as Record<string, unknown>)['factors'] = [{ weight: 'x' }];
    const out = almanacViolations(copy);
    expect(out).toContain('yi must be an array of strings, got "all"');
    expect(out).toContain('hours[0] must be an object, got null');
    expect(out).toContain('fortune.factors[0].weight must be a number, got "x"');
  });

  it('names a date that is not a day', () => {
    // The words of the library's parser, as every function throws them (without the function's name).
    expect(almanacViolations({ ...thaw(page), date: '2025-02-30' }).some((v) => /^date\.day must be between 1 and 28 in 2025-02, got (30|"2025-02-30")$/.test(v))).toBe(true);
    expect(almanacViolations({ ...thaw(page), date: '-000722-12-31' })).toContain('date.year must be between -721 and 9999, got "-000722-12-31"');
    expect(almanacViolations({ ...thaw(page), date: '+010000-01-01' })).toContain('date.year must be between -721 and 9999, got "+010000-01-01"');
    expect(almanacViolations({ ...thaw(page), date: '10000-01-01' })).toContain("date must be a 'YYYY-MM-DD' string, got \"10000-01-01\"");
    expect(almanacViolations({ ...thaw(page), date: 20251218 })).toContain("date must be a 'YYYY-MM-DD' string, got 20251218");
  });

  it('keeps its documented messages', () => {
    const forged = { ...page, yi: [...page.yi, '开市'], fortune: { ...page.fortune, score: 11 } };
    const out = almanacViolations(forged);
    expect(out.slice(0, 4)).toEqual([
      '宜 and 忌 share 开市',
      'the score 11 is not an integer in -10 … 10',
      'the score is not the clamped sum of its factors',
      'the page is not deeply frozen',
    ]);
    expect(out).toContain('yi has 9 entries, almanac(date) has 8');
    expect(out).toContain('fortune.score is 11, almanac(date) has -4');
  });

  it('survives a page that JSON cannot serialise', () => {
    const cyclic: Record<string, unknown> = thaw(page);
    cyclic['self'] = cyclic;
    expect(() => almanacViolations(cyclic)).not.toThrow();
    expect(almanacViolations(cyclic).length).toBeGreaterThan(0);
    expect(almanacViolations({ ...thaw(page), weekday: 10n })).toContain('weekday is 10n, almanac(date) has 4');
  });
});

describe('calendarViolations', () => {
  it('reports nothing on a real day, in any accepted form', () => {
    expect(calendarViolations({ year: 2033, month: 12, day: 22 })).toEqual([]);
    expect(calendarViolations('2100-12-31')).toEqual([]);
    expect(calendarViolations(new Date('2025-12-18T12:00:00+08:00'))).toEqual([]);
  });

  it.each<[string, SolarCalendar]>([
    ['-000721-01-01', 'iso8601'], ['-000721-01-01', 'julian'], ['-000001-12-31', 'iso8601'], ['0000-01-01', 'iso8601'],
    ['0000-02-29', 'julian'], ['1500-02-29', 'julian'], ['1582-10-04', 'julian'], ['1582-10-15', 'julian'], ['1582-10-10', 'iso8601'],
    ['9999-12-31', 'iso8601'], ['9999-12-31', 'julian'],
  ])('reports nothing on %s with calendar %s', (date, calendar) => {
    expect(calendarViolations(date, { calendar })).toEqual([]);
  });

  it.each<[string, unknown, RegExp]>([
    ['options that are not an object', 42, /^options must be an object, got 42$/],
    ['an unknown calendar', { calendar: 'gregorian' }, /^options\.calendar must be 'iso8601' or 'julian', got "gregorian"$/],
    ['a calendar that is not a string', { calendar: 1 }, /^options\.calendar must be 'iso8601' or 'julian', got 1$/],
  ])('lists a violation for %s', (_, options, message) => {
    const out = calendarViolations('2025-12-18', options as never);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(message);
  });

  it("reads the date in its calendar: 1582-10-10 is not a day with calendar 'julian', 1500-02-29 only with it", () => {
    expect(calendarViolations('1582-10-10', { calendar: 'julian' })).toEqual([
      "date.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian' (1582-10-04 is followed by 1582-10-15), got \"1582-10-10\"",
    ]);
    expect(calendarViolations('1500-02-29')[0]).toMatch(/^date\.day must be between 1 and 28 in 1500-02 \(proleptic Gregorian, the default calendar; 1500 is a leap year with calendar 'julian'\)/);
  });
});

/** Every day from `from` to `to` (epoch days, inclusive), written in `calendar`. */
const days = (from: number, to: number, calendar: SolarCalendar): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => formatDate(from + i, calendar));
/** The epoch day of a date written in `calendar`, expanded years included. */
function epochDayOf(date: string, calendar: SolarCalendar): number {
  const [, y, m, d] = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})$/.exec(date) as unknown as [string, string, string, string];
  return toEpochDayIn(calendar, Number(y), Number(m), Number(d));
}

describe('calendarViolations where the calendar is irregular', () => {
  // The months the doc comment names as exceptions, as the reference (lunar-javascript) has them.
  it('the 12th month of lunar year 236 has 28 days, and 237 has no 3rd month (the 景初 reform)', () => {
    expect(lunarDate('0237-02-11', { calendar: 'julian' })).toMatchObject({ year: 236, month: 12, day: 28 });
    expect(lunarDate('0237-02-12', { calendar: 'julian' })).toMatchObject({ year: 237, month: 1, day: 1 });
    expect(lunarDate('0237-04-11', { calendar: 'julian' })).toMatchObject({ year: 237, month: 2, day: 29, leap: false });
    expect(lunarDate('0237-04-12', { calendar: 'julian' })).toMatchObject({ year: 237, month: 4, day: 1, leap: false });
  });

  it('lunar year 8 has no 12th month (王莽\'s 始建国 made it 正月 of year 9)', () => {
    expect(lunarDate('0009-01-14', { calendar: 'julian' })).toMatchObject({ year: 8, month: 11, day: 29 });
    expect(lunarDate('0009-01-15', { calendar: 'julian' })).toMatchObject({ year: 9, month: 1, day: 1 });
  });

  // Every day of the irregular years, of year 0, of the 1582 switch and of the range's ends, in both calendars.
  const spans: [string, string, string][] = [
    ['lunar years 7–9 (始建国)', '0007-01-01', '0010-02-28'],
    ['lunar years 236–237 (景初)', '0236-01-01', '0238-02-28'],
    ['1 BCE and 1 CE', '-000001-01-01', '0001-12-31'],
    ['1582', '1582-01-01', '1583-01-31'],
  ];
  it.each(spans)('%s: every day, in both calendars', (_, from, to) => {
    for (const calendar of ['iso8601', 'julian'] as const) {
      for (const date of days(epochDayOf(from, calendar), epochDayOf(to, calendar), calendar)) {
        expect(calendarViolations(date, { calendar }), `${date} ${calendar}`).toEqual([]);
      }
    }
  });

  it('the first and last 100 days of the range, in both calendars', () => {
    for (const date of days(FIRST_ISO_EPOCH_DAY, FIRST_ISO_EPOCH_DAY + 99, 'iso8601')) expect(calendarViolations(date), date).toEqual([]);
    for (const date of days(FIRST_EPOCH_DAY, FIRST_EPOCH_DAY + 99, 'julian')) expect(calendarViolations(date, { calendar: 'julian' }), date).toEqual([]);
    for (const date of days(LAST_EPOCH_DAY - 99, LAST_EPOCH_DAY, 'iso8601')) expect(calendarViolations(date), date).toEqual([]);
  });

  it.each<[string, unknown, RegExp]>([
    ['null', null, /^date must be .*'YYYY-MM-DD'.*, got null$/],
    ['a number', 42, /^date must be .*, got 42$/],
    ['garbage', 'garbage', /^date must be .*, got "garbage"$/],
    ['a date without its day', { year: 2025, month: 12 }, /^date\.day must be an integer\b/],
    ['a day of the wrong type', { year: 2025, month: 12, day: '18' }, /^date\.day must be an integer, got "18"$/],
    ['a day that does not exist', { year: 2025, month: 2, day: 30 }, /^date\.day must be between 1 and 28 in 2025-02, got 30$/],
    ['a day outside the range', { year: -722, month: 12, day: 31 }, /^date\.year must be between -721 and 9999, got -722$/],
    ['a day after the range', '+010000-01-01', /^date\.year must be between -721 and 9999, got "\+010000-01-01"$/],
    ['an almanac page', page, /^date\.year must be an integer\b/],
  ])('lists a violation for %s instead of throwing', (_, input, message) => {
    const out = calendarViolations(input);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(message);
  });
});
