/**
 * The holiday functions on named days of the notices (the expected values are the notices' own
 * words, quoted), their errors, and the validation of a caller's dataset with hand-made bad ones:
 * each message must name the entry. The bundled data against the two other sources:
 * ./differential.test.ts.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holiday, holidayData, holidays, isWorkday } from '../../src/holidays/index';
import type { HolidayFestival, HolidayYearInput } from '../../src/holidays/index';
import { getBundledData } from '../../src/holidays/bundledHolidays';

const require = createRequire(import.meta.url);
const { Lunar, Solar } = require('lunar-javascript') as {
  Lunar: { fromYmd(y: number, m: number, d: number): { getSolar(): { toYmd(): string } } };
  Solar: { fromYmd(y: number, m: number, d: number): { toYmd(): string; getLunar(): { getJieQi(): string } } };
};
const source = JSON.parse(readFileSync(new URL('../../data/holidays/schedules.json', import.meta.url), 'utf8')) as HolidayYearInput[];

/** Every day from `first` to `last`, 'YYYY-MM-DD'. */
function daysFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('holidays, holiday and isWorkday on the notices', () => {
  it('2025 春节: 1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班', () => {
    expect(daysFrom('2025-01-28', '2025-02-04').map((d) => isWorkday(d))).toEqual(Array(8).fill(false));
    expect(['2025-01-26', '2025-02-08'].map((d) => holiday(d))).toEqual([
      { date: '2025-01-26', kind: 'workday', festival: '春节', festivals: ['春节'], year: 2025 },
      { date: '2025-02-08', kind: 'workday', festival: '春节', festivals: ['春节'], year: 2025 },
    ]);
    expect(['2025-01-27', '2025-02-05', '2025-02-09'].map((d) => [holiday(d), isWorkday(d)])).toEqual([[null, true], [null, true], [null, false]]);
  });

  it('2025 国庆节、中秋节: 10月1日至8日放假调休，共8天。9月28日（周日）、10月11日（周六）上班 — one break, both festivals', () => {
    const b = holidays(2025).breaks.find((x) => x.festivals.some((f) => f.name === '中秋节'));
    expect(b).toEqual({
      festivals: [{ name: '国庆节', date: '2025-10-01' }, { name: '中秋节', date: '2025-10-06' }], off: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'],
    });
    expect(holiday('2025-10-06')?.festivals).toEqual(['国庆节', '中秋节']);
  });

  it('2020: 延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班 — and 2月1日 is no longer a workday', () => {
    expect(daysFrom('2020-01-24', '2020-02-02').every((d) => holiday(d)?.kind === 'off')).toBe(true);
    expect([isWorkday('2020-01-19'), isWorkday('2020-02-01'), isWorkday('2020-02-03')]).toEqual([true, false, true]);
    expect(holidays(2020).notices.map((n) => n.title)).toEqual(['国务院办公厅关于2020年部分节假日安排的通知', '国务院办公厅关于延长2020年春节假期的通知']);
  });

  it('2019: 调整2019年劳动节 — 5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班', () => {
    expect(daysFrom('2019-04-28', '2019-05-05').map((d) => isWorkday(d))).toEqual([true, true, true, false, false, false, false, true]);
  });

  it('2003: the SARS notice — 5月1日-3日为法定假日，5月3日（星期六）的公休调至5月5日（星期一）休息', () => {
    expect(daysFrom('2003-04-26', '2003-05-07').map((d) => isWorkday(d))).toEqual([false, false, true, true, true, false, false, false, false, false, true, true]);
  });

  it('2015: 9月3日至5日调休放假，共3天。其中9月3日（星期四）放假，9月4日（星期五）调休，9月6日（星期日）上班', () => {
    expect(holiday('2015-09-03')).toEqual({ date: '2015-09-03', kind: 'off', festival: '抗战胜利纪念日', festivals: ['抗战胜利纪念日'], year: 2015 });
    expect(['2015-09-04', '2015-09-05', '2015-09-06'].map((d) => holiday(d)?.kind)).toEqual(['off', 'off', 'workday']);
  });

  it('元旦 breaks that begin in December are in the next year\'s schedule (2023: 2022年12月31日至2023年1月2日; 2019: 2018年12月29日（星期六）上班)', () => {
    expect(holiday('2022-12-31')?.year).toBe(2023);
    expect(holidays(2023).days[0]).toEqual({ date: '2022-12-31', kind: 'off', festival: '元旦', festivals: ['元旦'], year: 2023 });
    expect([isWorkday('2018-12-29'), isWorkday('2018-12-30'), isWorkday('2018-12-31')]).toEqual([true, false, false]);
    expect(holidays(2022).days.some((d) => d.date === '2022-12-31')).toBe(false);
  });

  it('reads dates as every function does: objects, Date instants in UTC+8 or options.timeZone', () => {
    expect(isWorkday({ year: 2025, month: 1, day: 28 })).toBe(false);
    // 2025-01-27T17:00Z is 01-28 01:00 in China (a day off), still 01-27 (a Monday) in UTC.
    expect([isWorkday(new Date('2025-01-27T17:00:00Z')), isWorkday(new Date('2025-01-27T17:00:00Z'), { timeZone: 'UTC' })]).toEqual([false, true]);
    expect(holiday('2025-01-28T23:30')?.festival).toBe('春节');
  });

  it('returns frozen, JSON-serialisable values', () => {
    const s = holidays(2025);
    expect(Object.isFrozen(s) && Object.isFrozen(s.days) && Object.isFrozen(s.breaks[0]?.off) && Object.isFrozen(s.notices[0]) && Object.isFrozen(holiday('2025-01-28'))).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('every bundled year: a notice titled for the year, each festival on its own day (by the reference), every make-up workday a weekend day', () => {
    const festivalDay: Record<string, (y: number) => string> = {
      元旦: (y) => `${y}-01-01`, 劳动节: (y) => `${y}-05-01`, 国庆节: (y) => `${y}-10-01`, 抗战胜利纪念日: (y) => `${y}-09-03`,
      春节: (y) => Lunar.fromYmd(y, 1, 1).getSolar().toYmd(), 端午节: (y) => Lunar.fromYmd(y, 5, 5).getSolar().toYmd(),
      中秋节: (y) => Lunar.fromYmd(y, 8, 15).getSolar().toYmd(),
      清明节: (y) => [3, 4, 5, 6].map((d) => Solar.fromYmd(y, 4, d)).find((s) => s.getLunar().getJieQi() === '清明')?.toYmd() ?? '',
    };
    for (let year = 2002; year <= 2026; year++) {
      const s = holidays(year);
      expect(s.notices[0]?.title).toContain(`${year}年`);
      for (const b of s.breaks) {
        for (const f of b.festivals) expect(f.date, `${year} ${f.name}`).toBe(festivalDay[f.name]?.(year));
        for (const w of b.workdays) expect([0, 6]).toContain(new Date(`${w}T00:00:00Z`).getUTCDay());
      }
    }
  });

  it('the bundled data decode to the source file, validated (the generator and the codec round-trip)', () => {
    expect(holidayData(source, { bundled: false })).toEqual(getBundledData());
  });
});

describe('errors', () => {
  it('a year without a schedule is a RangeError naming the first and the last year with one', () => {
    expect(() => holidays(2027)).toThrow(new RangeError('holidays: year must be a year whose holiday schedule is in the data (2002 … 2026: the first is 2002, the last 2026), got 2027'));
    expect(() => holidays(2001)).toThrow(RangeError);
    expect(() => isWorkday('2027-03-01')).toThrow(new RangeError('isWorkday: date must be a day of a year whose holiday schedule is in the data (2002 … 2026: the first is 2002, the last 2026), got "2027-03-01"'));
    expect(() => holiday('1999-10-01')).toThrow(RangeError);
    expect(() => holiday('1999-10-01')).toThrow(/^holiday: date must be a day of a year whose holiday schedule is in the data .*the last 2026\), got "1999-10-01"$/);
  });

  it('the last days of December of the last year are a RangeError: the next notice may still change them', () => {
    expect(isWorkday('2026-12-24')).toBe(true);
    expect(() => isWorkday('2026-12-25')).toThrow(RangeError);
    expect(() => isWorkday('2026-12-25')).toThrow(/^isWorkday: date must be before 2026-12-25 while the 2027 schedule is not in the data: .*got "2026-12-25"$/);
    expect(() => holiday('2026-12-31')).toThrow(RangeError);
  });

  it('bad input is a TypeError or a RangeError naming the function and the field', () => {
    expect(() => holidays(2025.5)).toThrow(new TypeError('holidays: year must be an integer, got 2025.5'));
    expect(() => holidays('2025' as unknown as number)).toThrow(TypeError);
    expect(() => isWorkday('2025-02-30')).toThrow(RangeError);
    expect(() => isWorkday('2025-02-30')).toThrow(/^isWorkday: date.day must be between 1 and 28 in 2025-02/);
    expect(() => isWorkday('2025-01-01', { data: { years: [] } })).toThrow(new TypeError('isWorkday: options.data must be a dataset made by holidayData(years), got {"years":[]}'));
    expect(() => holidays(2025, null as never)).toThrow(new TypeError('holidays: options must be an object, got null'));
    expect(() => holidayData(source, { bundled: 'no' as unknown as boolean })).toThrow(new TypeError('holidayData: options.bundled must be a boolean, got "no"'));
  });
});

describe('holidayData: a caller\'s dataset, validated like the bundled one', () => {
  const notices = [{ title: '国务院办公厅关于2027年部分节假日安排的通知', dated: '2026-11-10', published: '2026-11-10' }];
  const year2027 = (breaks: unknown[]): HolidayYearInput[] => [{ year: 2027, notices, breaks } as HolidayYearInput];
  const spring = { festivals: [{ name: '春节', date: '2027-02-06' }], off: ['2027-02-05', '2027-02-11'], workdays: ['2027-01-31', '2027-02-20'] };
  const newYear = { festivals: [{ name: '元旦', date: '2027-01-01' }], off: ['2027-01-01', '2027-01-03'] };
  const fails = (breaks: unknown[]) => () => holidayData(year2027(breaks), { bundled: false });

  it('adds a year to the bundled ones, and answers the late December of the year before', () => {
    const data = holidayData(year2027([newYear, spring]));
    expect(data.years.map((y) => y.year)).toEqual([...Array(26).keys()].map((i) => 2002 + i));
    expect([isWorkday('2027-01-31', { data }), isWorkday('2027-02-08', { data }), isWorkday('2026-12-31', { data }), isWorkday('2026-12-26', { data })]).toEqual([true, false, true, false]);
    expect(holidays(2027, { data }).notices).toEqual(notices);
    expect(() => isWorkday('2027-12-28', { data })).toThrow(/before 2027-12-25 while the 2028 schedule/);
  });

  it('replaces a bundled year; with bundled: false has only the years given', () => {
    const moved = holidayData([{ ...holidays(2025), breaks: [{ festivals: [{ name: '元旦', date: '2025-01-01' }], off: ['2025-01-01', '2025-01-01'] }] }]);
    expect([isWorkday('2025-01-28', { data: moved }), isWorkday('2025-01-01', { data: moved }), isWorkday('2024-02-12', { data: moved })]).toEqual([true, false, false]);
    const only = holidayData(year2027([newYear]), { bundled: false });
    expect(() => holidays(2025, { data: only })).toThrow('holidays: year must be a year whose holiday schedule is in the data (2027: the first is 2027, the last 2027), got 2025');
  });

  it('accepts a schedule as holidays() returns it (days ignored)', () => {
    expect(holidayData([holidays(2024)], { bundled: false }).years).toEqual([holidays(2024)]);
  });

  it('rejects a make-up workday on a Tuesday, naming the entry', () => {
    expect(fails([newYear, { ...spring, workdays: ['2027-02-16'] }])).toThrow(new RangeError(
      'holidayData: years[0].breaks[1].workdays[0] (2027 春节) must be a Saturday or a Sunday (a make-up workday is a weekend day worked), got "2027-02-16", a Tuesday',
    ));
  });

  it('rejects an overlap, naming both entries', () => {
    const labour = { festivals: [{ name: '劳动节', date: '2027-05-01' }], off: ['2027-02-10', '2027-05-01'] };
    expect(fails([spring, { ...labour, off: ['2027-04-28', '2027-05-02'] }, { festivals: [{ name: '清明节', date: '2027-04-05' }], off: ['2027-04-03', '2027-04-28'] }])).toThrow(new RangeError(
      'holidayData: years[0].breaks[2].off (2027 清明节) must be days that no other entry lists, got "2027-04-03 … 2027-04-28": 2027-04-28 is also in years[0].breaks[1] (2027 劳动节)',
    ));
    // A make-up workday inside a break's days off.
    expect(fails([{ ...spring, workdays: ['2027-02-06'] }])).toThrow(new RangeError('holidayData: years[0].breaks[0].workdays[0] (2027 春节) must be days that no other entry lists, got "2027-02-06": 2027-02-06 is also in years[0].breaks[0] (2027 春节)'));
  });

  it('rejects a festival day outside its break, dates that do not exist or are outside the year, misspelt fields', () => {
    expect(fails([{ ...spring, festivals: [{ name: '春节', date: '2027-02-12' }] }])).toThrow(new RangeError(
      'holidayData: years[0].breaks[0].festivals[0].date (2027 春节) must be one of the break\'s days off, 2027-02-05 … 2027-02-11, got "2027-02-12"',
    ));
    expect(fails([{ ...spring, off: ['2027-02-05', '2027-02-30'] }])).toThrow(/years\[0\]\.breaks\[0\]\.off\[1\] \(2027 春节\) must be a day 'YYYY-MM-DD' that exists, got "2027-02-30"/);
    expect(fails([{ ...spring, workdays: ['2026-12-26'] }])).toThrow(/years\[0\]\.breaks\[0\]\.workdays\[0\] \(2027 春节\) must be a day of 2027, got "2026-12-26"/);
    expect(fails([{ ...newYear, off: ['2026-12-31', '2027-01-02'] }])).not.toThrow();
    expect(fails([{ ...spring, workday: ['2027-01-31'] }])).toThrow(new TypeError(
      'holidayData: years[0].breaks[0] must be an object with only the fields festivals, off, workdays, got "a field \\"workday\\""',
    ));
    expect(fails([{ ...spring, festivals: [{ name: '除夕', date: '2027-02-05' }] }])).toThrow(/festivals\[0\]\.name must be one of 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, 抗战胜利纪念日, got "除夕"/);
    expect(fails([spring, { ...newYear, festivals: [{ name: '春节', date: '2027-01-01' }] }])).toThrow(/years\[0\]\.breaks\[1\]\.festivals must be festivals that no other break of 2027 names/);
    expect(fails([{ ...spring, workdays: ['2027-04-10'] }])).toThrow(/workdays\[0\] \(2027 春节\) must be within 30 days of the break's days off, 2027-02-05 … 2027-02-11, got "2027-04-10"$/);
  });

  it('rejects bad years and notices', () => {
    expect(() => holidayData([...year2027([newYear]), ...year2027([spring])], { bundled: false })).toThrow(new RangeError('holidayData: years[1].year must be a year given once (years[0] is 2027 too), got 2027'));
    expect(() => holidayData([{ year: 2027, notices: [], breaks: [newYear] } as unknown as HolidayYearInput])).toThrow(/years\[0\]\.notices must be a non-empty array/);
    expect(() => holidayData([{ year: 2027, notices: [{ title: 'x', published: null }], breaks: [newYear] } as unknown as HolidayYearInput])).toThrow(/years\[0\]\.notices\[0\]\.dated must be a day 'YYYY-MM-DD', or null where it is not confirmed, got undefined/);
    expect(() => holidayData({} as never)).toThrow(new TypeError('holidayData: years must be an array of year schedules { year, notices, breaks }, got {}'));
  });
});

describe('localize renders the holiday records', () => {
  it('every festival of the data in English (no Chinese left) and in Traditional Chinese as the iCalendar feed names them', async () => {
    const { localize } = await import('../../src/index');
    const names = new Set<HolidayFestival>();
    for (let year = 2002; year <= 2026; year++) for (const day of holidays(year).days) for (const name of day.festivals) names.add(name);
    expect(names.size).toBe(8);
    for (const name of names) expect(localize(name, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
    expect([...names].map((name) => localize(name, 'zh-Hant')).sort()).toEqual(['中秋節', '元旦', '勞動節', '國慶節', '抗戰勝利紀念日', '清明節', '春節', '端午節'].sort());
    expect(localize(holiday('2025-01-01'), 'en')?.festival).toBe("New Year's Day");
  });
});
