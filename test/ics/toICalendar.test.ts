// toICalendar() read back with a real iCalendar parser (ical.js): the events of a year as the
// reference (lunar-javascript) counts them, and the summaries and descriptions in all three
// languages as almanac() and localize() give them.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
import { almanac, localize, type Locale } from '../../src/index';
import { gregorianFestivals } from '../../src/festivals/index';
import { holidayData, holidays } from '../../src/holidays/index';
import { toICalendar, type ICalendarInclude } from '../../src/ics/index';
import { reference, type RefAlmanacLunar } from '../support/reference';

interface ParsedEvent { uid: string; start: string; end: string; summary: string; description: string | null; language: unknown; stamp: string }

function parse(ics: string): { name: unknown; props: Record<string, unknown>; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    expect(e.startDate.isDate).toBe(true);
    return {
      uid: e.uid, start: e.startDate.toString(), end: e.endDate.toString(), summary: e.summary, description: (v.getFirstPropertyValue('description') as string | null) ?? null,
      language: v.getFirstProperty('summary')?.getParameter('language'), stamp: String(v.getFirstPropertyValue('dtstamp')),
    };
  });
  const props = Object.fromEntries(['version', 'prodid', 'calscale'].map((p) => [p, calendar.getFirstPropertyValue(p)]));
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), props, events };
}

const iso = (n: number): string => {
  const d = fromEpochDay(n);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};
const kindOf = (uid: string): string => (uid.split('@')[0] as string).split('-')[1] as string;
const ALL: ICalendarInclude[] = ['terms', 'festivals', 'holidays', 'yiji'];
const LANGS: Locale[] = ['zh-Hans', 'zh-Hant', 'en'];
/** The names of 春节 and 元旦 as the files write them. */
const HOLIDAY_NAMES: Record<Locale, Record<string, string>> = {
  'zh-Hans': { 春节: '春节', 元旦: '元旦' }, 'zh-Hant': { 春节: '春節', 元旦: '元旦' }, en: { 春节: 'Spring Festival', 元旦: "New Year's Day" },
};

/** The events of a year as the reference has them: its terms and festivals (plus 清明节 and 冬至节, ours alone), and one 宜/忌 a day. */
function referenceEventsOf(year: number): { terms: string[]; festivals: string[]; days: number } {
  const terms: string[] = [];
  const festivals: string[] = [];
  let days = 0;
  for (let n = toEpochDay(year, 1, 1); n <= toEpochDay(year, 12, 31); n++) {
    const d = fromEpochDay(n);
    const l = reference.Solar.fromYmd(d.year, d.month, d.day).getLunar() as RefAlmanacLunar;
    days++;
    const term = l.getJieQi();
    if (term !== '') terms.push(`${iso(n)} ${term}`);
    for (const f of [...l.getFestivals(), ...l.getOtherFestivals(), ...(term === '清明' || term === '冬至' ? [`${term}节`] : [])]) festivals.push(`${iso(n)} ${f}`);
  }
  return { terms, festivals: festivals.sort(), days };
}

describe('a year, read back with ical.js', () => {
  const ics = toICalendar({ from: '2026-01-01', to: '2026-12-31', include: ALL });
  const { name, props, events } = parse(ics);

  it('is a VCALENDAR 2.0 with PRODID, CALSCALE and the calendar name', () => {
    expect([props, name]).toEqual([{ version: '2.0', prodid: '-//huangli//huangli Chinese almanac//EN', calscale: 'GREGORIAN' }, '黄历']);
  });

  it("has the reference's events: its 24 terms, its festivals on their days, its holidays, one 宜/忌 a day", () => {
    const expected = referenceEventsOf(2026);
    const of = (kind: string): ParsedEvent[] => events.filter((e) => kindOf(e.uid) === kind);
    expect(of('term').map((e) => `${e.start} ${e.summary}`)).toEqual(expected.terms);
    expect(of('festival').map((e) => `${e.start} ${e.summary}`).sort()).toEqual(expected.festivals);
    // The days off and make-up workdays: huangli/holidays' schedule of 2026, and the reference's HolidayUtil.
    const util = (reference as unknown as { HolidayUtil: { getHolidays(year: number): { getDay(): string; isWork(): boolean }[] } }).HolidayUtil;
    const days = holidays(2026).days;
    expect([...of('holiday'), ...of('workday')].map((e) => `${e.start} ${kindOf(e.uid)}`).sort()).toEqual(days.map((d) => `${d.date} ${d.kind === 'off' ? 'holiday' : 'workday'}`));
    expect(days.map((d) => `${d.date} ${d.kind === 'workday'}`)).toEqual(util.getHolidays(2026).map((h) => `${h.getDay()} ${h.isWork()}`).sort());
    expect(of('yiji')).toHaveLength(expected.days);
    expect(events).toHaveLength(24 + expected.festivals.length + days.length + 365);
    expect(expected.terms).toHaveLength(24);
  });

  it('each event is one all-day event, with a unique UID derived from its date, kind and name, and the DTSTAMP', () => {
    const uids = new Set(events.map((e) => e.uid));
    expect(uids.size).toBe(events.length);
    for (const e of events) {
      const start = toEpochDay(...(e.start.split('-').map(Number) as [number, number, number]));
      expect(e.end).toBe(iso(start + 1));
      expect(e.stamp).toBe('1970-01-01T00:00:00Z');
      const kind = kindOf(e.uid);
      const name = kind === 'holiday' || kind === 'workday' ? holidays(2026).days.find((d) => d.date === e.start)?.festival ?? '' : e.summary;
      const expectedUid = `${e.start.replaceAll('-', '')}-${kind}${kind === 'yiji' ? '' : `-${encodeURIComponent(name)}`}@huangli`;
      expect(e.uid).toBe(expectedUid);
    }
  });

  it('is CRLF throughout, ends with CRLF, and no physical line is longer than 75 octets or splits a character', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const encoder = new TextEncoder();
    for (const line of ics.slice(0, -2).split('\r\n')) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(line);
    }
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true); // some lines were folded
  });
});

describe('the summaries and descriptions round-trip in all three languages', () => {
  it.each(LANGS)('%s', (lang) => {
    const ics = toICalendar({ from: '2025-12-01', to: '2026-02-28', include: ALL, lang });
    const { name, events } = parse(ics);
    expect(name).toBe({ 'zh-Hans': '黄历', 'zh-Hant': '黃曆', en: 'Chinese almanac' }[lang]);
    const L = {
      'zh-Hans': { yi: '宜：', ji: '忌：', lunar: '农历：', none: '无', sep: ' ', list: '、', comma: '', off: '{} 放假', workday: '{} 调休上班', offDays: '放假：', workdays: '调休上班：', to: ' 至 ' },
      'zh-Hant': { yi: '宜：', ji: '忌：', lunar: '農曆：', none: '無', sep: ' ', list: '、', comma: '', off: '{} 放假', workday: '{} 調休上班', offDays: '放假：', workdays: '調休上班：', to: ' 至 ' },
      en: {
        yi: 'Favourable: ', ji: 'Avoid: ', lunar: 'Lunar date: ', none: 'none', sep: ', ', list: ', ', comma: ', ',
        off: 'Day off: {}', workday: 'Make-up workday: {}', offDays: 'Days off: ', workdays: 'Make-up workdays: ', to: ' to ',
      },
    }[lang];
    let checked = 0;
    for (const e of events) {
      expect(e.language).toBe(lang);
      const page = localize(almanac(e.start), lang);
      const lunarLine = `${L.lunar}${page.lunar.monthName}${L.comma}${page.lunar.dayName}`;
      const kind = kindOf(e.uid);
      const list = (names: readonly string[], sep: string): string => (names.length === 0 ? L.none : names.join(sep));
      if (kind === 'term') {
        expect([e.summary, e.description]).toEqual([page.solarTerm?.name, almanac(e.start).solarTerm?.instant]);
      } else if (kind === 'festival') {
        expect(page.festivals.map((f) => f.name)).toContain(e.summary);
        expect(e.description).toBe(lunarLine);
      } else if (kind === 'holiday' || kind === 'workday') {
        const day = holidays(Number(e.start.slice(0, 4))).days.find((d) => d.date === e.start);
        expect(day?.kind).toBe(kind === 'holiday' ? 'off' : 'workday');
        const names = (day?.festivals ?? []).map((f) => HOLIDAY_NAMES[lang][f]).join(L.list);
        expect(e.summary).toBe((kind === 'holiday' ? L.off : L.workday).replace('{}', names));
        const b = holidays(day?.year ?? 0).breaks.find((x) => x.festivals[0]?.name === day?.festival);
        expect(e.description).toBe(`${L.offDays}${b?.off[0]}${L.to}${b?.off[1]}\n${L.workdays}${b?.workdays.join(L.list)}\n${holidays(day?.year ?? 0).notices[0]?.title}`);
      } else {
        expect(e.summary).toBe(`${L.yi}${list(page.yi.slice(0, 3), L.sep)} · ${L.ji}${list(page.ji.slice(0, 3), L.sep)}`);
        expect(e.description).toBe([lunarLine, `${L.yi}${list(page.yi, L.list)}`, `${L.ji}${list(page.ji, L.list)}`, page.clash.text].join('\n'));
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(90);
    if (lang === 'en') expect(events.some((e) => /,/.test(e.summary) && /\n/.test(e.description ?? ''))).toBe(true); // commas and newlines were escaped and came back
  });

  it('the UIDs are the same in every language (a file in another language updates the same events)', () => {
    const uids = LANGS.map((lang) => parse(toICalendar({ from: '2026-01-01', to: '2026-03-31', include: ALL, lang })).events.map((e) => e.uid));
    expect(uids[1]).toEqual(uids[0]);
    expect(uids[2]).toEqual(uids[0]);
  });
});

describe("include 'holidays'", () => {
  const lines = (ics: string): string[] => ics.replaceAll('\r\n ', '').split('\r\n');
  it('国庆节 2025: a make-up workday, a day off, in the three languages, with the break and the notice', () => {
    const at = (lang: Locale): string[] => lines(toICalendar({ from: '2025-09-28', to: '2025-10-01', include: ['holidays'], lang })).filter((l) => /^(UID|SUMMARY|DESCRIPTION)/.test(l));
    const notice = holidays(2025).notices[0]?.title;
    expect(at('zh-Hans')).toEqual([
      'UID:20250928-workday-%E5%9B%BD%E5%BA%86%E8%8A%82@huangli', 'SUMMARY;LANGUAGE=zh-Hans:国庆节、中秋节 调休上班',
      `DESCRIPTION;LANGUAGE=zh-Hans:放假：2025-10-01 至 2025-10-08\\n调休上班：2025-09-28、2025-10-11\\n${notice}`,
      'UID:20251001-holiday-%E5%9B%BD%E5%BA%86%E8%8A%82@huangli', 'SUMMARY;LANGUAGE=zh-Hans:国庆节、中秋节 放假',
      `DESCRIPTION;LANGUAGE=zh-Hans:放假：2025-10-01 至 2025-10-08\\n调休上班：2025-09-28、2025-10-11\\n${notice}`,
    ]);
    expect(at('zh-Hant')[1]).toBe('SUMMARY;LANGUAGE=zh-Hant:國慶節、中秋節 調休上班');
    expect(at('en').filter((l) => l.startsWith('SUMMARY'))).toEqual(['SUMMARY;LANGUAGE=en:Make-up workday: National Day\\, Mid-Autumn Festival', 'SUMMARY;LANGUAGE=en:Day off: National Day\\, Mid-Autumn Festival']);
    // A day of December in the next year's 元旦 (2023's began on 2022-12-31).
    expect(parse(toICalendar({ from: '2022-12-31', to: '2022-12-31', include: ['holidays'], lang: 'en' })).events.map((e) => [e.uid, e.summary])).toEqual([['20221231-holiday-%E5%85%83%E6%97%A6@huangli', "Day off: New Year's Day"]]);
  });

  it('every year of the range must have a schedule; options.holidayData adds one', () => {
    const call = (): string => toICalendar({ from: '2026-12-01', to: '2027-01-31', include: ['holidays'] });
    expect(call).toThrow(RangeError);
    expect(call).toThrow(/^toICalendar: every year of options\.from … options\.to with include 'holidays' must be a year whose holiday schedule is in the data \(2002 … 2026: the first is 2002, the last 2026\), got 2027$/);
    expect(() => toICalendar({ from: '2001-12-01', to: '2002-01-31', include: ['holidays'] })).toThrow(/, got 2001$/);
    // Without 'holidays', the years of the data do not matter.
    expect(() => toICalendar({ from: '2026-12-01', to: '2027-01-31' })).not.toThrow();
    const data = holidayData([{
      year: 2027,
      notices: [{ title: '国务院办公厅关于2027年部分节假日安排的通知 (an illustration)', dated: null, published: null }],
      breaks: [{ festivals: [{ name: '元旦', date: '2027-01-01' }], off: ['2027-01-01', '2027-01-03'] }],
    }]);
    const events = parse(toICalendar({ from: '2026-12-01', to: '2027-01-31', include: ['holidays'], holidayData: data })).events;
    expect(events.map((e) => e.start)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(() => toICalendar({ ...{ from: '2026-01-01', to: '2026-01-31' }, include: ['holidays'], holidayData: { years: [] } as never })).toThrow(/^toICalendar: options\.holidayData must be a dataset made by holidayData\(years\) \(huangli\/holidays\), got \{"years":\[\]\}$/);
  });
});

describe('options', () => {
  it('include: terms and festivals by default; any of them alone', () => {
    const kinds = (include?: ICalendarInclude[]): string[] => [...new Set(parse(toICalendar({ from: '2026-01-01', to: '2026-12-31', ...(include === undefined ? {} : { include }) })).events.map((e) => kindOf(e.uid)))].sort();
    expect(kinds()).toEqual(['festival', 'term']);
    expect(kinds(['terms'])).toEqual(['term']);
    expect(kinds(['yiji'])).toEqual(['yiji']);
    expect(kinds(['festivals', 'festivals'])).toEqual(['festival']);
  });

  it('now: the DTSTAMP of every event, in UTC', () => {
    const ics = toICalendar({ from: '2026-01-05', to: '2026-01-05', now: new Date('2026-01-02T03:04:05+08:00') });
    expect(ics).toContain('\r\nDTSTAMP:20260101T190405Z\r\n');
    expect(ics).toBe(toICalendar({ from: '2026-01-05', to: '2026-01-05', now: new Date(Date.UTC(2026, 0, 1, 19, 4, 5)) }));
  });

  it('from and to: any date input, its day in China; inclusive; the same call gives the same file', () => {
    const a = toICalendar({ from: '2026-04-05', to: '2026-04-05' });
    expect(toICalendar({ from: { year: 2026, month: 4, day: 5 }, to: new Date('2026-04-04T16:00:00Z') })).toBe(a);
    expect(parse(a).events.map((e) => e.summary)).toEqual(['清明', '清明节']);
    expect(toICalendar({ from: '2026-04-05', to: '2026-04-05' })).toBe(a);
  });

  it('the ends of the range: 0000-01-01, and 9999-12-31 without a DTEND (one day by RFC 5545)', () => {
    const last = toICalendar({ from: '9999-12-31', to: '9999-12-31', include: ['yiji'] });
    expect(last).toContain('DTSTART;VALUE=DATE:99991231\r\n');
    expect(last).not.toContain('DTEND');
    expect(parse(last).events.map((e) => [e.start, e.end])).toEqual([['9999-12-31', '10000-01-01']]);
    expect(toICalendar({ from: '0000-01-01', to: '0000-01-01', include: ['yiji'] })).toContain('DTSTART;VALUE=DATE:00000101\r\nDTEND;VALUE=DATE:00000102\r\n');
  });

  it("festivals: a festival set's days after the traditional ones, as almanac() lists them, named in each language", () => {
    const festivals = gregorianFestivals;
    const expected: string[] = [];
    for (let n = toEpochDay(2025, 1, 1); n <= toEpochDay(2025, 12, 31); n++) {
      for (const f of almanac(iso(n), { festivals }).festivals) expected.push(`${iso(n)} ${f.name}`);
    }
    const events = parse(toICalendar({ from: '2025-01-01', to: '2025-12-31', include: ['festivals'], festivals })).events;
    expect(events.map((e) => `${e.start} ${e.summary}`)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(parse(toICalendar({ from: '2025-01-01', to: '2025-12-31', include: ['festivals'] })).events.length + 50);
    const national = (lang: Locale): string[] => parse(toICalendar({ from: '2025-10-01', to: '2025-10-01', include: ['festivals'], lang, festivals })).events.map((e) => e.summary);
    expect(national('zh-Hans')).toEqual(almanac('2025-10-01', { festivals }).festivals.map((f) => f.name));
    expect(national('en')).toEqual(localize(almanac('2025-10-01', { festivals }).festivals, 'en', { festivals }).map((f) => f.name));
    expect(national('zh-Hans')).toContain('国庆节');
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ from: '2026-01-01', to: '2026-01-31', include: Object.freeze(['terms', 'yiji'] as const), lang: 'en' as const });
    expect(() => toICalendar(options)).not.toThrow();
  });
});

describe("the span of 'yiji'", () => {
  it('writes 400 Gregorian years of 宜/忌, one event a day, and no day more', () => {
    const ics = toICalendar({ from: '1800-01-01', to: '2199-12-31', include: ['yiji'] });
    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(146097);
    expect(ics.endsWith('DTSTART;VALUE=DATE:21991231\r\nDTEND;VALUE=DATE:22000101\r\n', ics.lastIndexOf('SUMMARY'))).toBe(true);
  });
});

describe('errors', () => {
  const base = { from: '2026-01-01', to: '2026-12-31' };
  it.each([
    ['no options', () => toICalendar(undefined as never), TypeError, /^toICalendar: options must be an object \{ from, to, include\?, lang\?, now\? \}, got undefined$/],
    ['no from', () => toICalendar({ to: '2026-12-31' } as never), TypeError, /^toICalendar: options\.from must be a date such as '2026-01-01', but options has no from$/],
    ['a bad from', () => toICalendar({ ...base, from: '2026-02-30' }), RangeError, /^toICalendar: options\.from\.day must be between 1 and 28 in 2026-02, got "2026-02-30"$/],
    ['from before 0000', () => toICalendar({ ...base, from: '-000001-12-31' }), RangeError, /^toICalendar: options\.from must be a day within 0000-01-01 … 9999-12-31 \(an iCalendar DATE has a four-digit year\), got "-000001-12-31"$/],
    ['to before from', () => toICalendar({ from: '2026-02-01', to: '2026-01-31' }), RangeError, /^toICalendar: options\.to must be a day on or after options\.from \("2026-02-01"\), got "2026-01-31"$/],
    ["'yiji' over more than 400 years", () => toICalendar({ from: '1800-01-01', to: '2200-01-01', include: ['yiji'] }), RangeError, /^toICalendar: options\.to must be with include 'yiji' \(an event a day\), a day less than 146,097 days \(400 years\) after options\.from \("1800-01-01"\), got "2200-01-01"$/],
    ["'yiji' over the whole range", () => toICalendar({ from: '0000-01-01', to: '9999-12-31', include: ['terms', 'yiji'], lang: 'en' }), RangeError, /^toICalendar: options\.to must be with include 'yiji'/],
    ['include not an array', () => toICalendar({ ...base, include: 'terms' as never }), TypeError, /^toICalendar: options\.include must be an array of at least one of 'terms', 'festivals', 'holidays', 'yiji', 'buddhist', 'taoist', got "terms"$/],
    ['include empty', () => toICalendar({ ...base, include: [] }), RangeError, /^toICalendar: options\.include must be an array of at least one of .*, got an array$/],
    ['include unknown', () => toICalendar({ ...base, include: ['terms', 'moons' as never] }), RangeError, /^toICalendar: options\.include must be .*, got "moons"$/],
    ['lang unknown', () => toICalendar({ ...base, lang: 'fr' as never }), RangeError, /^toICalendar: options\.lang must be 'zh-Hans', 'zh-Hant' or 'en', got "fr"$/],
    ['now not a Date', () => toICalendar({ ...base, now: '2026-01-01' as never }), TypeError, /^toICalendar: options\.now must be a valid Date, got "2026-01-01"$/],
    ['now invalid', () => toICalendar({ ...base, now: new Date(Number.NaN) }), TypeError, /^toICalendar: options\.now must be a valid Date, got Invalid Date$/],
    ["festivals: 'all'", () => toICalendar({ ...base, festivals: 'all' as never }), RangeError, /^toICalendar: options\.festivals must be 'traditional' or a festival set of huangli\/festivals/],
  ])('%s', (_, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

describe("the Buddhist and Taoist days ('buddhist', 'taoist'), read back with ical.js", () => {
  /* eslint-disable @typescript-eslint/no-explicit-any -- the reference's Foto and Tao */
  const FASTS = { 'zh-Hans': ['朔望斋', '六斋日', '十斋日', '观音斋'], en: ['New or full moon fast', 'Six fasting days', 'Ten fasting days', 'Guanyin fast'] };
  const year = 2025;
  const expected: { buddhist: string[]; other: string[]; taoist: string[]; fasts: string[] } = { buddhist: [], other: [], taoist: [], fasts: [] };
  for (let n = toEpochDay(year, 1, 1); n <= toEpochDay(year, 12, 31); n++) {
    const d = fromEpochDay(n);
    const lunar = reference.Solar.fromYmd(d.year, d.month, d.day).getLunar() as any;
    const foto = lunar.getFoto();
    const fasts = [foto.isDayZhaiShuoWang(), foto.isDayZhaiSix(), foto.isDayZhaiTen(), foto.isDayZhaiGuanYin()];
    if (fasts.some(Boolean)) expected.fasts.push(`${iso(n)} ${FASTS['zh-Hans'].filter((_, i) => fasts[i]).join('、')}`);
    for (const f of foto.getFestivals()) expected.buddhist.push(`${iso(n)} ${f.getName()} ${[f.getResult(), f.getRemark()].filter((s: string) => s !== '').join('|')}`);
    for (const name of foto.getOtherFestivals()) expected.other.push(`${iso(n)} ${name}`);
    for (const f of lunar.getTao().getFestivals()) expected.taoist.push(`${iso(n)} ${f.getName()} ${f.getRemark()}`);
  }

  it("has the reference's Foto and Tao festivals on their days, with their results and remarks, and the fasting days", () => {
    const { events } = parse(toICalendar({ from: `${year}-01-01`, to: `${year}-12-31`, include: ['buddhist', 'taoist'] }));
    const byKind = (prefix: string): ParsedEvent[] => events.filter((e) => e.uid.slice(9).startsWith(`${prefix}-`) || e.uid.slice(9) === `${prefix}@huangli`);
    const extra = (e: ParsedEvent): string => (e.description ?? '').split('\n').slice(0, -1).join('|');
    expect(byKind('buddhist').filter((e) => !/^buddhist-(other|fast)/.test(e.uid.slice(9))).map((e) => `${e.start} ${e.summary} ${extra(e)}`)).toEqual(expected.buddhist);
    expect(byKind('buddhist-other').map((e) => `${e.start} ${e.summary}`)).toEqual(expected.other);
    expect(events.filter((e) => e.uid.slice(9) === 'buddhist-fast@huangli').map((e) => `${e.start} ${e.summary}`)).toEqual(expected.fasts);
    expect(byKind('taoist').map((e) => `${e.start} ${e.summary} ${extra(e)}`)).toEqual(expected.taoist);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => (e.description ?? '').endsWith(localize(almanac(e.start).lunar, 'zh-Hans').monthName + localize(almanac(e.start).lunar, 'zh-Hans').dayName))).toBe(true);
  });

  it('writes them in English and Traditional Chinese from observanceNames, the same UIDs in every language', () => {
    const files = LANGS.map((lang) => parse(toICalendar({ from: '2025-05-01', to: '2025-05-31', include: ['buddhist', 'taoist'], lang })).events);
    expect(files[1]!.map((e) => e.uid)).toEqual(files[0]!.map((e) => e.uid));
    expect(files[2]!.map((e) => e.uid)).toEqual(files[0]!.map((e) => e.uid));
    expect(JSON.stringify(files[2])).not.toMatch(/\p{Script=Han}/u);
    expect(files[2]!.find((e) => e.start === '2025-05-05' && e.uid.includes('fast'))?.summary).toBe(FASTS.en.slice(1, 3).join(', '));
  });
});
