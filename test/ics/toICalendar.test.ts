// toICalendar() read back with a real iCalendar parser (ical.js): the events of a year as the
// reference (lunar-javascript) counts them, and the summaries and descriptions in all three
// languages as almanac() and localize() give them.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
import { almanac, localize, type Locale } from '../../src/index';
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
const ALL: ICalendarInclude[] = ['terms', 'festivals', 'yiji'];
const LANGS: Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

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

  it("has the reference's events: its 24 terms, its festivals on their days, one 宜/忌 a day", () => {
    const expected = referenceEventsOf(2026);
    const of = (kind: string): ParsedEvent[] => events.filter((e) => kindOf(e.uid) === kind);
    expect(of('term').map((e) => `${e.start} ${e.summary}`)).toEqual(expected.terms);
    expect(of('festival').map((e) => `${e.start} ${e.summary}`).sort()).toEqual(expected.festivals);
    expect(of('yiji')).toHaveLength(expected.days);
    expect(events).toHaveLength(24 + expected.festivals.length + 365);
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
      const expectedUid = `${e.start.replaceAll('-', '')}-${kind}${kind === 'yiji' ? '' : `-${encodeURIComponent(e.summary)}`}@huangli`;
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
      'zh-Hans': { yi: '宜：', ji: '忌：', lunar: '农历：', none: '无', sep: ' ', list: '、', comma: '' },
      'zh-Hant': { yi: '宜：', ji: '忌：', lunar: '農曆：', none: '無', sep: ' ', list: '、', comma: '' },
      en: { yi: 'Favourable: ', ji: 'Avoid: ', lunar: 'Lunar date: ', none: 'none', sep: ', ', list: ', ', comma: ', ' },
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

  it('does not mutate its options', () => {
    const options = Object.freeze({ from: '2026-01-01', to: '2026-01-31', include: Object.freeze(['terms', 'yiji'] as const), lang: 'en' as const });
    expect(() => toICalendar(options)).not.toThrow();
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
    ['include not an array', () => toICalendar({ ...base, include: 'terms' as never }), TypeError, /^toICalendar: options\.include must be an array of at least one of 'terms', 'festivals', 'yiji', got "terms"$/],
    ['include empty', () => toICalendar({ ...base, include: [] }), RangeError, /^toICalendar: options\.include must be an array of at least one of .*, got an array$/],
    ['include unknown', () => toICalendar({ ...base, include: ['terms', 'moons' as never] }), RangeError, /^toICalendar: options\.include must be .*, got "moons"$/],
    ['lang unknown', () => toICalendar({ ...base, lang: 'fr' as never }), RangeError, /^toICalendar: options\.lang must be 'zh-Hans', 'zh-Hant' or 'en', got "fr"$/],
    ['now not a Date', () => toICalendar({ ...base, now: '2026-01-01' as never }), TypeError, /^toICalendar: options\.now must be a valid Date, got "2026-01-01"$/],
    ['now invalid', () => toICalendar({ ...base, now: new Date(Number.NaN) }), TypeError, /^toICalendar: options\.now must be a valid Date, got Invalid Date$/],
  ])('%s', (_, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
