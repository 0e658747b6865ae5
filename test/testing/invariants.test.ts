// Issue 9, item 5: almanacViolations and calendarViolations are total: whatever they are given,
// they list what is wrong with it instead of throwing.
import { describe, expect, it } from 'vitest';
import { almanac } from '../../src/index';
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
    expect(almanacViolations({ ...thaw(page), date: '1899-12-31' }).some((v) => v.startsWith('date.year must be between 1900'))).toBe(true);
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

  it.each<[string, unknown, RegExp]>([
    ['null', null, /^date must be .*'YYYY-MM-DD'.*, got null$/],
    ['a number', 42, /^date must be .*, got 42$/],
    ['garbage', 'garbage', /^date must be .*, got "garbage"$/],
    ['a date without its day', { year: 2025, month: 12 }, /^date\.day must be an integer\b/],
    ['a day of the wrong type', { year: 2025, month: 12, day: '18' }, /^date\.day must be an integer, got "18"$/],
    ['a day that does not exist', { year: 2025, month: 2, day: 30 }, /^date\.day must be between 1 and 28 in 2025-02, got 30$/],
    ['a day outside the range', { year: 1899, month: 12, day: 31 }, /^date\.year must be between 1900 and 2100, got 1899$/],
    ['an almanac page', page, /^date\.year must be an integer\b/],
  ])('lists a violation for %s instead of throwing', (_, input, message) => {
    const out = calendarViolations(input);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(message);
  });
});
