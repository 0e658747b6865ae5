import { describe, expect, it } from 'vitest';
import { almanac, pillars, type DailyAlmanac } from '../../src/index';
import { holidayData } from '../../src/holidays/index';
import { findDays, type ClashTarget, type FindDaysQuery, type FoundDay } from '../../src/select/index';
import { bruteForce } from './bruteForce';

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

const dates = (days: Iterable<FoundDay>): string[] => [...days].map((d) => d.date);

describe('findDays() on named queries, against brute force over almanac()', () => {
  const queries: [string, FindDaysQuery][] = [
    ['嫁娶, not clashing with 马, 黄道, in 2025–2026', { from: '2025-01-01', to: '2026-12-31', yi: ['嫁娶'], notClash: '马', huangDao: true }],
    ['开市 and 交易 without 忌 安葬, 成 or 开 days, 吉 mansions', { from: '2024-01-01', to: '2025-12-31', yi: ['开市', '交易'], notJi: ['安葬'], officers: ['成', '开'], mansionLuck: '吉' }],
    ['Saturdays and Sundays, score 5 or more, no 诸事不宜', { from: '2025-01-01', to: '2025-12-31', weekdays: [0, 6], minScore: 5, skipNothingGood: true }],
    ['a 1990 birth year, clash only, 黑道 days', { from: '1990-01-01', to: '1990-12-31', notClash: 1990, sha: false, huangDao: false }],
    ['the first days of the range', { from: '-000721-01-01', to: '-000720-03-01', yi: ['祭祀'], notClash: { yearPillar: '庚午' } }],
    ['the last days of the range', { from: '9999-10-01', to: '9999-12-31', notJi: ['出行'], minScore: 0 }],
  ];
  it.each(queries)('%s', (_, q) => {
    const expected = bruteForce(q).found;
    expect(expected.length).toBeGreaterThan(3);
    expect([...findDays(q)]).toEqual(expected);
  });

  it('reads and writes Julian dates with { calendar: "julian" }', () => {
    const q: FindDaysQuery = { from: '1582-09-20', to: '1582-10-25', yi: ['祭祀'] };
    const found = [...findDays(q, { calendar: 'julian' })];
    expect(found).toEqual(bruteForce(q, { calendar: 'julian' }).found);
    expect(found.map((d) => d.date)).not.toContain('1582-10-10'); // the days the switch skipped
    expect(found.some((d) => d.date === '1582-10-04') || found.some((d) => d.date === '1582-10-15')).toBe(true);
  });

  it('takes the 宜/忌 of the month at 00:00 with { monthBoundary: "instant" }, on a 节 day', () => {
    // 大雪 2025 is at 05:04 on 12-07: at 00:00 the 亥 month still runs.
    const day = almanac('2025-12-07', { monthBoundary: 'instant' });
    const only = day.yi.find((a) => !almanac('2025-12-07').yi.includes(a) && a !== '馀事勿取' && a !== '诸事不宜');
    expect(only).toBeDefined();
    const q = { from: '2025-12-06', to: '2025-12-08', yi: [only as never] };
    expect(dates(findDays(q, { monthBoundary: 'instant' }))).toContain('2025-12-07');
    expect(dates(findDays(q))).not.toContain('2025-12-07');
  });

  it('keeps a 节 at exactly 00:00:00 in its own day with monthBoundary "instant" (芒种 3255, the one such 节 of the range)', () => {
    const q: FindDaysQuery = { from: '3255-06-01', to: '3255-06-10', notJi: ['嫁娶'] };
    expect(almanac('3255-06-05', { monthBoundary: 'instant' }).yi).toEqual(almanac('3255-06-05').yi);
    expect([...findDays(q, { monthBoundary: 'instant' })]).toEqual(bruteForce(q, { monthBoundary: 'instant' }).found);
  });

  it('gives where the almanac of the day with the options, and scores with the model and sentiment', () => {
    const seen: DailyAlmanac[] = [];
    const options = { calendar: 'julian', model: { weights: { tradeInYi: 4 } }, sentiment: 10, fuShenSect: 1 } as const;
    const q: FindDaysQuery = { from: '1500-02-20', to: '1500-03-20', minScore: 2, where: (day) => seen.push(day) };
    const expected = bruteForce(q, options).found;
    seen.length = 0;
    const found = [...findDays(q, options)];
    expect(found).toEqual(expected);
    expect(seen.length).toBe(found.length);
    for (const day of seen) expect(day).toEqual(almanac(day.date, options));
    expect(found.length).toBeGreaterThan(3);
    seen.length = 0;
    expect([...findDays({ ...q, minScore: -10 }, options)].length).toBe(30); // 1500 is a leap year of the Julian calendar
    expect(seen.map((day) => day.date)).toContain('1500-02-29');
  });
});

describe('findDays() reads whom a day must not clash with', () => {
  // 2024: 立春 2024-02-04 16:27, 春节 2024-02-10. Between them the year pillar is 甲辰 (龙), the lunar year still 癸卯 (兔).
  const range = { from: '2025-03-01', to: '2025-04-30', yi: ['祭祀'] } as const;
  const same = (a: ClashTarget, b: ClashTarget): void => {
    expect(dates(findDays({ ...range, notClash: a }))).toEqual(dates(findDays({ ...range, notClash: b })));
  };
  it('as the year pillar (立春) by default, by the day of 立春 for a date and by its instant for a moment', () => {
    expect(pillars('2024-02-05').year.name).toBe('甲辰');
    same({ birth: '2024-02-05' }, '龙');
    same({ birth: '2024-02-04' }, '龙');
    same({ birth: '2024-02-04T10:00' }, '兔');
    same({ birth: '2024-02-04T17:00' }, '龙');
    same({ birth: '2024-02-05', yearBoundary: 'lichun' }, '龙');
  });
  it('as the lunar year (正月初一) with yearBoundary "lunar-new-year"', () => {
    same({ birth: '2024-02-05', yearBoundary: 'lunar-new-year' }, '兔');
    same({ birth: '2024-02-10', yearBoundary: 'lunar-new-year' }, '龙');
  });
  it('as a year number, a year pillar or a Pillar', () => {
    same(1990, '马');
    same({ yearPillar: '庚午' }, '马');
    same({ yearPillar: pillars('1990-05-05').year }, '马');
    expect(dates(findDays({ ...range, notClash: '马' }))).not.toEqual(dates(findDays({ ...range, notClash: '鼠' })));
  });
  it('skips the clash and, unless sha is false, the 三煞', () => {
    const clash = [...findDays({ ...range, notClash: '马', sha: false })];
    const both = [...findDays({ ...range, notClash: '马' })];
    for (const d of clash) expect(almanac(d.date).clash.zodiac).not.toBe('马');
    for (const d of both) expect(almanac(d.date).clash.direction).not.toBe('南');
    expect(both.length).toBeLessThan(clash.length);
    expect(clash.some((d) => almanac(d.date).clash.direction === '南')).toBe(true);
  });
});

describe('findDays() reads workdays from the holiday data', () => {
  // 春节 2025: 1月28日至2月4日放假调休, 1月26日（周日）、2月8日（周六）上班
  const spring: FindDaysQuery = { from: '2025-01-20', to: '2025-02-15' };
  it('workday: true keeps the working days, a make-up Sunday included', () => {
    const q = { ...spring, workday: true };
    const found = [...findDays(q)];
    expect(found).toEqual(bruteForce(q).found);
    expect(found.map((d) => d.date)).toContain('2025-01-26');
    expect(found.map((d) => d.date)).not.toContain('2025-01-28');
    expect(found[0]?.reasons).toEqual([{ criterion: 'workday', workday: true }]);
  });
  it('workday: false keeps the days off, weekends included', () => {
    const q = { ...spring, workday: false, yi: ['祭祀'] as const };
    const found = [...findDays(q)];
    expect(found).toEqual(bruteForce(q).found);
    expect(dates(findDays({ ...spring, workday: false }))).toEqual(expect.arrayContaining(['2025-01-28', '2025-02-04', '2025-02-09']));
    expect(dates(findDays({ ...spring, workday: false }))).not.toContain('2025-02-08');
  });
  it('takes a dataset with the next year from options.holidayData', () => {
    const data = holidayData([{
      year: 2027,
      notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', dated: null, published: null }],
      breaks: [{ festivals: [{ name: '元旦', date: '2027-01-01' }], off: ['2027-01-01', '2027-01-03'] }],
    }]);
    const q: FindDaysQuery = { from: '2026-12-20', to: '2027-01-08', workday: false };
    expect([...findDays(q, { holidayData: data })]).toEqual(bruteForce(q, { holidayData: data }).found);
    expect(dates(findDays(q, { holidayData: data }))).toEqual(['2026-12-20', '2026-12-26', '2026-12-27', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(() => findDays(q)).toThrow(RangeError);
  });
  it.each([
    ['a year before the data', { from: '2001-12-01', to: '2002-01-31', workday: true }, undefined, RangeError, /^findDays: query\.from must be a day of a year whose holiday schedule is in the data when query\.workday is given \(2002 … 2026: the first is 2002, the last 2026\), got "2001-12-01"$/],
    ['a year after it', { from: '2026-12-01', to: '2027-01-31', workday: true }, undefined, RangeError, /^findDays: query\.to must be a day such that every year from query\.from to it has its holiday schedule in the data when query\.workday is given, but 2027 has none .*, got "2027-01-31"$/],
    ['the last days of the last year', { from: '2026-12-01', to: '2026-12-25', workday: false }, undefined, RangeError, /^findDays: query\.to must be before 2026-12-25 when query\.workday is given, while the 2027 schedule is not in the data: .*, got "2026-12-25"$/],
    ['a dataset not made by holidayData', { from: '2025-01-01', to: '2025-01-31', workday: true }, { holidayData: { years: [] } }, TypeError, /^findDays: options\.holidayData must be a dataset made by holidayData\(years\), got \{"years":\[\]\}$/],
    ['a workday that is not a boolean', { from: '2025-01-01', to: '2025-01-31', workday: 1 }, undefined, TypeError, /^findDays: query\.workday must be true or false, got 1$/],
  ])('refuses %s', (_, q, options, type, message) => {
    const call = (): unknown => findDays(q as FindDaysQuery, options as never);
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe('findDays() results', () => {
  it('are frozen, JSON-serialisable, with the reasons in the order of the query fields', () => {
    const [day] = findDays({ from: '2026-01-01', to: '2026-01-31', where: () => true, workday: true, weekdays: [1], minScore: 5, mansionLuck: '吉', huangDao: true, officers: ['满'], notClash: '猪', skipNothingGood: true, notJi: ['出行'], yi: ['开市'] });
    expect(day).toBeDefined();
    const a = almanac((day as FoundDay).date);
    expect(day).toEqual({
      date: a.date,
      reasons: [
        { criterion: 'yi', activities: ['开市'] },
        { criterion: 'notJi', activities: ['出行'] },
        { criterion: 'skipNothingGood' },
        { criterion: 'notClash', zodiac: '猪', clash: a.clash.text, sha: true },
        { criterion: 'officers', officer: a.officer },
        { criterion: 'huangDao', deity: a.deity.name, type: '黄道' },
        { criterion: 'mansionLuck', mansion: a.mansion.name, luck: '吉' },
        { criterion: 'minScore', score: a.fortune.score },
        { criterion: 'weekdays', weekday: 1 },
        { criterion: 'workday', workday: true },
        { criterion: 'where' },
      ],
    });
    expect(isDeepFrozen(day)).toBe(true);
    expect(JSON.parse(JSON.stringify(day))).toEqual(day);
  });

  it('is every day of the range, with no reasons, for a query without criteria', () => {
    const found = [...findDays({ from: '2025-02-25', to: '2025-03-02', yi: [], notJi: [] })];
    expect(found).toEqual(['2025-02-25', '2025-02-26', '2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02'].map((date) => ({ date, reasons: [] })));
  });

  it('do not change when the query is changed after the call', () => {
    const yi = ['嫁娶'];
    const q = { from: '2025-01-01', to: '2025-01-31', yi } as FindDaysQuery;
    const days = findDays(q);
    yi[0] = '安葬';
    expect(dates(days)).toEqual(dates(findDays({ ...q, yi: ['嫁娶'] })));
  });
});

describe('findDays() is lazy', () => {
  it('checks nothing before the first day is asked for, and stops at the limit', () => {
    let calls = 0;
    const days = findDays({ from: '-000721-01-01', to: '9999-12-31', yi: ['嫁娶'], where: () => ++calls, limit: 3 });
    expect(calls).toBe(0);
    const first = days.next();
    expect(first.done).toBe(false);
    expect(calls).toBe(1);
    expect([...days].length).toBe(2);
    expect(calls).toBe(3);
  });

  it('answers the first days of the whole range quickly, as a for…of that breaks', () => {
    const start = performance.now();
    const found: string[] = [];
    for (const day of findDays({ from: '-000721-01-01', to: '9999-12-31', yi: ['嫁娶'], where: (d) => d.lunar.day === 15 })) {
      found.push(day.date);
      if (found.length === 5) break;
    }
    expect(found.length).toBe(5);
    expect(found[0]?.startsWith('-000721-')).toBe(true);
    expect(performance.now() - start).toBeLessThan(1000); // the whole range would take minutes with where
  });
});

describe('findDays() refuses a bad query at the call, naming the function, the field and the value', () => {
  const base = { from: '2025-01-01', to: '2025-01-31' } as const;
  const bad = (q: unknown, options?: unknown): (() => unknown) => () => findDays(q as FindDaysQuery, options as never);
  it.each([
    ['an unknown activity', { ...base, yi: ['嫁娶', '结婚'] }, RangeError, /^findDays: query\.yi\[1\] must be an activity of the 宜\/忌 tables .*, got "结婚"$/],
    ['a marker as an activity', { ...base, notJi: ['诸事不宜'] }, RangeError, /^findDays: query\.notJi\[0\] must be an activity .* not the markers .*, got "诸事不宜"$/],
    ['an activity that is not a string', { ...base, yi: [1] }, TypeError, /^findDays: query\.yi\[0\] must be an activity .*, got 1$/],
    ['a single activity for a list', { ...base, yi: '嫁娶' }, TypeError, /^findDays: query\.yi must be an array of activities, got "嫁娶"$/],
    ['from after to', { from: '2025-02-01', to: '2025-01-31' }, RangeError, /^findDays: query\.to must be a day on or after query\.from \(2025-02-01\), got "2025-01-31"$/],
    ['a day out of range', { from: { year: 10000, month: 1, day: 1 }, to: '2025-01-31' }, RangeError, /^findDays: query\.from\.year must be between -721 and 9999, got 10000$/],
    ['a day before the range', { from: '-000722-12-31', to: '2025-01-31' }, RangeError, /^findDays: query\.from\.year must be between -721 and 9999, got "-000722-12-31"$/],
    ['a date that does not exist', { from: '2025-02-29', to: '2025-03-31' }, RangeError, /^findDays: query\.from\.day must be between 1 and 28 in 2025-02, got "2025-02-29"$/],
    ['no from', { to: '2025-01-31' }, TypeError, /^findDays: query\.from must be .*, got undefined$/],
    ['an unknown key', { ...base, huangdao: true }, RangeError, /^findDays: query key must be one of from, to, yi, .*, got "huangdao"$/],
    ['an unknown officer', { ...base, officers: ['收日'] }, RangeError, /^findDays: query\.officers\[0\] must be one of 建, 除, .*, got "收日"$/],
    ['no officers', { ...base, officers: [] }, RangeError, /^findDays: query\.officers must be a non-empty array .*, got an array$/],
    ['a weekday 7', { ...base, weekdays: [0, 7] }, RangeError, /^findDays: query\.weekdays\[1\] must be between 0 and 6, got 7$/],
    ['a score of 11', { ...base, minScore: 11 }, RangeError, /^findDays: query\.minScore must be between -10 and 10, got 11$/],
    ['a score of 2.5', { ...base, minScore: 2.5 }, TypeError, /^findDays: query\.minScore must be an integer, got 2\.5$/],
    ['a limit of 0', { ...base, limit: 0 }, RangeError, /^findDays: query\.limit must be a positive integer, got 0$/],
    ['a where that is not a function', { ...base, where: true }, TypeError, /^findDays: query\.where must be a function .*, got true$/],
    ['a huangDao that is not a boolean', { ...base, huangDao: 'yes' }, TypeError, /^findDays: query\.huangDao must be true or false, got "yes"$/],
    ['an unknown mansion luck', { ...base, mansionLuck: '大吉' }, RangeError, /^findDays: query\.mansionLuck must be '吉' or '凶', got "大吉"$/],
    ['a branch for an animal', { ...base, notClash: '午' }, RangeError, /^findDays: query\.notClash must be a zodiac animal .*, got "午"$/],
    ['a year that is not an integer', { ...base, notClash: 1990.5 }, TypeError, /^findDays: query\.notClash must be .*, got 1990\.5$/],
    ['a pillar that does not exist', { ...base, notClash: { yearPillar: '甲丑' } }, RangeError, /^findDays: query\.notClash\.yearPillar must be a year pillar: .*, got "甲丑"$/],
    ['a bad birth date', { ...base, notClash: { birth: '1990-13-01' } }, RangeError, /^findDays: query\.notClash\.birth\.month must be between 1 and 12, got "1990-13-01"$/],
    ['an unknown year boundary', { ...base, notClash: { birth: '1990-05-05', yearBoundary: 'spring' } }, RangeError, /^findDays: query\.notClash\.yearBoundary must be 'lichun' or 'lunar-new-year', got "spring"$/],
    ['sha without notClash', { ...base, sha: true }, TypeError, /^findDays: query\.sha must be given only with query\.notClash, got true$/],
    ['a query that is not an object', '2025-01-01', TypeError, /^findDays: query must be an object \{ from, to, … \}, got "2025-01-01"$/],
  ])('%s', (_, q, type, message) => {
    expect(bad(q)).toThrow(type);
    expect(bad(q)).toThrow(message);
  });
  it.each([
    ['an unknown calendar', { calendar: 'gregorian' }, RangeError, /^findDays: options\.calendar must be 'iso8601' or 'julian', got "gregorian"$/],
    ['an unknown month boundary', { monthBoundary: 'month' }, RangeError, /^findDays: options\.monthBoundary must be 'day' or 'instant', got "month"$/],
    ['a bad model weight', { model: { weights: { tradeInYi: 11 } } }, RangeError, /^findDays: model\.weights\.tradeInYi must be an integer between -10 and 10, got 11$/],
    ['a sentiment over 100', { sentiment: 101 }, RangeError, /^findDays: options\.sentiment must be a number from 0 to 100, got 101$/],
  ])('%s (an option)', (_, options, type, message) => {
    expect(bad(base, options)).toThrow(type);
    expect(bad(base, options)).toThrow(message);
  });
});
