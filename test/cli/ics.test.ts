// `huangli ics`: an iCalendar file of a year or a month, read back with ical.js, and its errors.
// Like forms.test.ts, this runs the built command (dist/cli.js; `npm test` builds first).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { HELP, parseArguments } from '../../src/cli/parseArguments';
import { formatICalendar } from '../../src/cli/formatICalendar';
import { holidays } from '../../src/holidays/index';
import { toICalendar } from '../../src/ics/index';
import { localize } from '../../src/index';
import { builtCli } from '../support/cli';
import { reference } from '../support/reference';

const { run } = builtCli(['src/cli', 'src/ics']);

const summaries = (ics: string): string[] => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));

/** The reference's terms and festivals of a year, with 清明节 and 冬至节 (ours alone): what the default file holds. */
function referenceCount(year: number): number {
  let count = 0;
  for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 11, 31); t += 86400000) {
    const d = new Date(t);
    const l = reference.Solar.fromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()).getLunar() as unknown as { getJieQi(): string; getFestivals(): string[]; getOtherFestivals(): string[] };
    const term = l.getJieQi();
    count += (term === '' ? 0 : 1) + (term === '清明' || term === '冬至' ? 1 : 0) + l.getFestivals().length + l.getOtherFestivals().length;
  }
  return count;
}

describe('huangli ics', () => {
  it('huangli ics 2026: a file ical.js reads, with the expected events, exactly the library\'s, CRLF to the end', () => {
    const r = run('ics', '2026');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(toICalendar({ from: '2026-01-01', to: '2026-12-31' }));
    expect(r.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(r.stdout.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(summaries(r.stdout)).toHaveLength(referenceCount(2026));
  });

  it('--lang en and --include terms,festivals,yiji, for a month', () => {
    const r = run('ics', '2026-02', '--include', 'terms,festivals,yiji', '--lang', 'en');
    expect([r.status, r.stderr]).toEqual([0, '']);
    const names = summaries(r.stdout);
    expect(names.filter((s) => s.startsWith('Favourable: '))).toHaveLength(28);
    expect(names).toContain(localize('春节', 'en'));
    expect(names).toContain(localize({ term: '立春' }, 'en').term);
    expect(r.stdout).toBe(formatICalendar('2026-02', { lang: 'en', include: ['terms', 'festivals', 'yiji'] }));
  });

  it('--include holidays: the days off and make-up workdays of 2025; a year without a schedule is refused', () => {
    const r = run('ics', '2025', '--include', 'holidays');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(summaries(r.stdout).map((s) => s.split(' ').at(-1))).toEqual(holidays(2025).days.map((d) => (d.kind === 'off' ? '放假' : '调休上班')));
    const refused = run('ics', '2027', '--include=terms,holidays');
    expect([refused.status, refused.stdout, refused.stderr.split('\n')[0]]).toEqual([2, '', "huangli: toICalendar: every year of options.from … options.to with include 'holidays' must be a year whose holiday schedule is in the data (2002 … 2026: the first is 2002, the last 2026), got 2027"]);
  });

  it('--include=yiji --lang=zh-Hant for a year: one event a day', () => {
    const names = summaries(run('ics', '2024', '--include=yiji', '--lang=zh-Hant').stdout);
    expect([names.length, names.every((s) => s.startsWith('宜：'))]).toEqual([366, true]);
  });

  it('--help lists the form', () => {
    expect(HELP).toContain('huangli ics 2026 > 2026.ics');
    expect(HELP).toContain('--include terms,festivals,holidays,yiji');
  });

  it.each([
    [['ics'], 'huangli: ics needs a year or a month, e.g. huangli ics 2026 > 2026.ics'],
    [['ics', '10000'], 'huangli: ics takes a year YYYY or a month YYYY-MM, 0000 … 9999, got "10000"'],
    [['ics', '2026-13'], 'huangli: ics takes a year YYYY or a month YYYY-MM, 0000 … 9999, got "2026-13"'],
    [['ics', '2026', '--include', 'terms,moons'], 'huangli: --include must be a comma-separated list of terms, festivals, holidays, yiji, buddhist, taoist, got "terms,moons"'],
    [['ics', '2026', '--json'], 'huangli: --json is not an option of huangli ics (it writes iCalendar)'],
  ])('%j is refused with one line and the usage, exit 2', (args, message) => {
    const r = run(...args);
    expect([r.status, r.stdout]).toEqual([2, '']);
    const [first, usage, ...rest] = r.stderr.trimEnd().split('\n');
    expect([first, rest]).toEqual([message, []]);
    expect(usage).toMatch(/^usage: huangli .* huangli ics YYYY\[-MM\]/);
  });
});

describe('huangli ics: arguments', () => {
  it('reads the command, its target and --include in both forms', () => {
    expect(parseArguments(['ics', '2026', '--include', 'terms,yiji', '--lang', 'en'])).toMatchObject({ command: 'ics', target: '2026', include: ['terms', 'yiji'], lang: 'en' });
    expect(parseArguments(['ics', '2026', '--include=festivals,holidays'])).toMatchObject({ command: 'ics', include: ['festivals', 'holidays'] });
    expect(parseArguments(['ics', '2026'])).toMatchObject({ command: 'ics', include: undefined, lang: 'zh-Hans' });
    expect(parseArguments(['ics', '--help'])).toMatchObject({ command: 'ics', help: true });
    // The other commands are as they were.
    expect(parseArguments(['2026-02'])).toMatchObject({ command: 'almanac', target: '2026-02', include: undefined });
  });

  it.each([
    [['ics', '2026', '--include'], /^--include must be a comma-separated list of terms, festivals, holidays, yiji, buddhist, taoist, got nothing$/],
    [['ics', '2026', '--include='], /^--include must be a comma-separated list of terms, festivals, holidays, yiji, buddhist, taoist, got ""$/],
    [['ics', '2026', '--include', 'terms,,yiji'], /^--include must be a comma-separated list of terms, festivals, holidays, yiji, buddhist, taoist, got "terms,,yiji"$/],
    [['2026-02', '--include', 'terms'], /^--include is an option of huangli ics$/],
    [['bazi', '1990-05-05T20:00', '--include', 'terms'], /^--include is an option of huangli ics$/],
    [['ics', '2026', '--calendar', 'julian'], /^--calendar is not an option of huangli ics \(iCalendar dates are Gregorian\)$/],
    [['ics', '2026', '--sex', 'male'], /^--sex is an option of huangli bazi$/],
    [['ics', '2026', '2027'], /^one date only, got "2026" and "2027"$/],
    [['ics', '2026', '--lang', 'fr'], /^--lang must be zh-Hans, zh-Hant or en, got "fr"$/],
  ])('%j is refused', (args, message) => {
    expect(() => parseArguments(args)).toThrow(message);
  });

  it('a year or a month only', () => {
    expect(() => formatICalendar('2026-02-01', { lang: 'zh-Hans' })).toThrow(/^ics takes a year YYYY or a month YYYY-MM, 0000 … 9999, got "2026-02-01"$/);
    expect(() => formatICalendar('-000100', { lang: 'zh-Hans' })).toThrow(/^ics takes a year YYYY or a month YYYY-MM/);
    expect(formatICalendar('0000-02', { lang: 'zh-Hans', include: ['yiji'] }).match(/^BEGIN:VEVENT/gm)).toHaveLength(29);
  });
});
