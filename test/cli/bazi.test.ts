// Issue 11, item 6: `huangli bazi <moment> [--sex] [--tz] [--longitude] [--json] [--lang]` prints the
// chart as a four-column table, the derived pillars, the moment used and the luck decades. The
// output is checked in-process (formatBaZiTarget, parseArguments); two spawns check the command.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baZi, fromBaZi } from '../../src/bazi/index';
import { formatBaZiLookup, formatBaZiTarget, type FormatBaZiTargetOptions } from '../../src/cli/formatBaZi';
import { parseArguments } from '../../src/cli/parseArguments';
import { localize } from '../../src/index';
import { root, sourceCli as run } from '../support/cli';
import { SEED } from '../support/setup';
import { simplifiedOnlyCharacters } from './simplifiedOnly';

const defaults: FormatBaZiTargetOptions = { json: false, lang: 'zh-Hans', sex: undefined, timeZone: undefined, longitude: undefined };
const format = (moment: string, options: Partial<FormatBaZiTargetOptions> = {}): string => formatBaZiTarget(moment, { ...defaults, ...options });

const simplified = simplifiedOnlyCharacters();
const simplifiedIn = (text: string): string[] => [...new Set([...text].filter((ch) => simplified.has(ch)))];
const han = /\p{Script=Han}/u;
const hanIn = (text: string): string[] => [...new Set([...text].filter((ch) => han.test(ch)))];

const CHART_1990 = [
  '出生  1990-05-05 20:00:00 中国标准时间 (UTC+08:00)',
  '      年柱     月柱     日柱     时柱',
  '十神  比肩     比肩     日主     七杀',
  '天干  庚金     庚金     庚金     丙火',
  '地支  午火     辰土     午火     戌土',
  '藏干  丁 正官  戊 偏印  丁 正官  戊 偏印',
  '      己 正印  乙 正财  己 正印  辛 劫财',
  '               癸 伤官           丁 正官',
  '纳音  路旁土   白蜡金   路旁土   屋上土',
  '长生  沐浴     养       沐浴     衰',
  '旬空  戌亥     申酉     戌亥     午未',
  '',
  '      胎元    胎息    命宫    身宫',
  '干支  辛未    乙未    己卯    己卯',
  '纳音  路旁土  沙中金  城头土  城头土',
  '',
  '大运  男，顺行，0年1个月0天起运，1990-06-05 20:00:00 交运',
  '      辛巳  1990–1999  1–10岁',
  '      壬午  2000–2009  11–20岁',
  '      癸未  2010–2019  21–30岁',
  '      甲申  2020–2029  31–40岁',
  '      乙酉  2030–2039  41–50岁',
  '      丙戌  2040–2049  51–60岁',
  '      丁亥  2050–2059  61–70岁',
  '      戊子  2060–2069  71–80岁',
  '      己丑  2070–2079  81–90岁',
];

describe('huangli bazi: the chart as text', () => {
  it('prints 1990-05-05T20:00 --sex male as a four-column table, the derived pillars and the luck decades', () => {
    expect(format('1990-05-05T20:00', { sex: 'male' }).split('\n')).toEqual(CHART_1990);
  });

  it('prints it in English', () => {
    expect(format('1990-05-05T20:00', { sex: 'male', lang: 'en' }).split('\n')).toEqual([
      'Born  1990-05-05 20:00:00 China Standard Time (UTC+08:00)',
      '              Year                   Month                  Day                    Hour',
      'Ten god       Companion              Companion              Day Master             Seven Killings',
      'Stem          Geng (Metal)           Geng (Metal)           Geng (Metal)           Bing (Fire)',
      'Branch        Wu (Fire)              Chen (Earth)           Wu (Fire)              Xu (Earth)',
      'Hidden stems  Ding: Direct Officer   Wu: Indirect Resource  Ding: Direct Officer   Wu: Indirect Resource',
      '              Ji: Direct Resource    Yi: Direct Wealth      Ji: Direct Resource    Xin: Rob Wealth',
      '                                     Gui: Hurting Officer                          Ding: Direct Officer',
      'Na Yin        Earth by the Roadside  Metal of White Wax     Earth by the Roadside  Earth on the Roof',
      'Stage         Bath                   Nourishment            Bath                   Decline',
      'Void          Xu, Hai                Shen, You              Xu, Hai                Wu, Wei',
      '',
      '        Fetal origin           Fetal breath       Life palace             Body palace',
      'Pillar  Xin-Wei                Yi-Wei             Ji-Mao                  Ji-Mao',
      'Na Yin  Earth by the Roadside  Metal in the Sand  Earth on the City Wall  Earth on the City Wall',
      '',
      'Luck  male, forward, starts at 0 years 1 month 0 days, on 1990-06-05 20:00:00',
      '      Xin-Si    1990–1999  ages 1–10',
      '      Ren-Wu    2000–2009  ages 11–20',
      '      Gui-Wei   2010–2019  ages 21–30',
      '      Jia-Shen  2020–2029  ages 31–40',
      '      Yi-You    2030–2039  ages 41–50',
      '      Bing-Xu   2040–2049  ages 51–60',
      '      Ding-Hai  2050–2059  ages 61–70',
      '      Wu-Zi     2060–2069  ages 71–80',
      '      Ji-Chou   2070–2079  ages 81–90',
    ]);
  });

  it('is what docs/bazi.md shows', () => {
    const docs = readFileSync(`${root}docs/bazi.md`, 'utf8');
    const block = /```text\n\$ huangli bazi 1990-05-05T20:00 --sex male\n([^`]*)```/.exec(docs)?.[1];
    expect(block).toBe(`${CHART_1990.join('\n')}\n`);
  });

  it('has no luck without --sex', () => {
    expect(format('1990-05-05T20:00').split('\n')).toEqual(CHART_1990.slice(0, 15));
  });

  it('states the zone and, with --longitude, the true solar time the chart is cast on', () => {
    const lines = format('1990-05-05T20:00', { timeZone: 'Asia/Shanghai', longitude: 116.4 }).split('\n');
    // China's daylight saving of 1990: the clock is an hour ahead, and the hour pillar follows the Sun.
    expect(lines.slice(0, 2)).toEqual([
      '出生  1990-05-05 20:00:00 Asia/Shanghai (UTC+09:00)',
      '真太阳时  1990-05-05 18:48:55 东经 116.4°：平太阳时 18:45:36，均时差 +3分19秒',
    ]);
    expect(lines[3]).toBe('十神  比肩     比肩     日主     正财');
    expect(format('1990-11-03T13:05', { longitude: 116.4, lang: 'en' }).split('\n')[1]).toBe('True solar time  1990-11-03 13:07:00 116.4°E: mean solar time 12:50:36, equation of time +16 min 25 s');
    expect(format('1990-05-05T20:00', { timeZone: 'America/New_York', longitude: -74 }).split('\n').slice(0, 2)).toEqual([
      '出生  1990-05-05 20:00:00 America/New_York (UTC-04:00)',
      '真太阳时  1990-05-05 19:07:21 西经 74°：平太阳时 19:04:00，均时差 +3分22秒',
    ]);
  });

  it('lists the years before the luck starts when there are any (female, backward, from 清明)', () => {
    const lines = format('1990-05-05T20:00', { sex: 'female', lang: 'zh-Hant' }).split('\n');
    expect(lines.slice(16, 19)).toEqual([
      '大運  女，逆行，10年1個月20天起運，2000-06-25 20:00:00 交運',
      '      起運前  1990–1999  1–10歲',
      '      己卯    2000–2009  11–20歲',
    ]);
  });
});

/** A few seeded charts: both sexes, some in a zone, some on solar time. */
const SAMPLE = [
  ...fc.sample(fc.noBias(fc.integer({ min: Date.UTC(1900, 0, 1) / 60000, max: Date.UTC(2100, 11, 31, 23, 59) / 60000 })), { seed: SEED + 6, numRuns: 12 })
    .map((minute, i): [string, Partial<FormatBaZiTargetOptions>] => [
      new Date(minute * 60000).toISOString().slice(0, 16),
      { sex: i % 2 === 0 ? 'male' : 'female', ...(i % 3 === 0 ? { longitude: 87.6 } : {}), ...(i % 4 === 1 ? { timeZone: 'Europe/London' } : {}) },
    ]),
  // The rest of the range (issue 10): before 0, the first centuries, the Julian calendar, the last years.
  ['-000700-06-15T08:00', { sex: 'male' }],
  ['0000-02-29T23:30', { sex: 'female', longitude: 87.6 }],
  ['0237-02-11T12:00', { sex: 'male', calendar: 'julian' }],
  ['9999-06-01T04:00', { sex: 'female' }],
] satisfies [string, Partial<FormatBaZiTargetOptions>][];

describe('huangli bazi --lang', () => {
  it.each(SAMPLE)('%s %o: zh-Hant has no Simplified-only character, en no Han character (text and JSON)', (moment, options) => {
    expect(simplifiedIn(format(moment, { ...options, lang: 'zh-Hant' }))).toEqual([]);
    expect(simplifiedIn(format(moment, { ...options, lang: 'zh-Hant', json: true }))).toEqual([]);
    expect(hanIn(format(moment, { ...options, lang: 'en' }))).toEqual([]);
    expect(hanIn(format(moment, { ...options, lang: 'en', json: true }))).toEqual([]);
  });
});

describe('huangli bazi --json', () => {
  it('prints the chart, localized, as JSON', () => {
    expect(JSON.parse(format('1990-05-05T20:00', { sex: 'male', json: true }))).toEqual(JSON.parse(JSON.stringify(baZi('1990-05-05T20:00', { sex: 'male' }))));
    const en = JSON.parse(format('1990-05-05T20:00', { sex: 'male', json: true, lang: 'en', longitude: 116.4 })) as ReturnType<typeof localize<ReturnType<typeof baZi>>>;
    expect(en).toEqual(JSON.parse(JSON.stringify(localize(baZi('1990-05-05T20:00', { sex: 'male', trueSolarTime: { longitude: 116.4 } }), 'en'))));
    expect([en.pillars.hour.tenGod, en.moment.chartClock]).toEqual(['Seven Killings', '1990-05-05T19:48:55']);
  });
});

describe('huangli bazi YEAR MONTH DAY HOUR: the moments of four pillars', () => {
  const query = { year: '庚午', month: '辛巳', day: '庚辰', hour: '丙戌' };
  const lookup = (options: Partial<Parameters<typeof formatBaZiLookup>[1]> = {}): string => formatBaZiLookup('庚午辛巳庚辰丙戌', { json: false, lang: 'zh-Hans', timeZone: undefined, ...options });

  it("prints fromBaZi's moments, one a line, under the pillars, the span and the clock", () => {
    const moments = fromBaZi(query);
    expect(moments.length).toBeGreaterThan(0);
    expect(lookup().split('\n')).toEqual(['庚午 辛巳 庚辰 丙戌：1900-01-01 至 2100-12-31，中国标准时间', ...moments.map((m) => m.replace('T', ' '))]);
    const inNewYork = fromBaZi(query, { timeZone: 'America/New_York', from: '1800-01-01', to: '1999-12-31' });
    expect(inNewYork.length).toBeGreaterThan(0);
    expect(lookup({ lang: 'en', timeZone: 'America/New_York', from: '1800-01-01', to: '1999-12-31' }).split('\n')).toEqual([
      'Geng-Wu Xin-Si Geng-Chen Bing-Xu: 1800-01-01 to 1999-12-31, America/New_York', ...inNewYork.map((m) => m.replace('T', ' ')),
    ]);
    expect(JSON.parse(lookup({ json: true, dayBoundary: '23:00', calendar: 'julian', from: '1500-01-01' }))).toEqual(fromBaZi(query, { dayBoundary: '23:00', calendar: 'julian', from: '1500-01-01' }));
    expect(formatBaZiLookup('甲子甲子甲子甲子', { json: false, lang: 'zh-Hant', timeZone: undefined }).split('\n')).toEqual(['甲子 甲子 甲子 甲子：1900-01-01 至 2100-12-31，中國標準時間', '無']);
  });

  it('reads the pillars as four words or one, with --from, --to, --tz, --day-boundary', () => {
    expect(parseArguments(['bazi', '庚午', '辛巳', '庚辰', '丙戌', '--from', '1800-01-01', '--to=1899-12-31', '--tz', 'Asia/Kolkata', '--day-boundary', '23:00'])).toMatchObject({
      command: 'bazi', target: '庚午辛巳庚辰丙戌', from: '1800-01-01', to: '1899-12-31', timeZone: 'Asia/Kolkata', dayBoundary: '23:00',
    });
    expect(parseArguments(['bazi', '庚午辛巳庚辰丙戌'])).toMatchObject({ target: '庚午辛巳庚辰丙戌', from: undefined, to: undefined });
  });

  it.each([
    [['bazi', '庚午', '辛巳', '庚辰'], /^bazi takes one moment or four pillars \(year month day hour, such as 庚午 辛巳 庚辰 丙戌\), got "庚午" "辛巳" "庚辰"$/],
    [['bazi', '1990-05-05T20:00', '--from', '1900-01-01'], /^--from is an option of huangli bazi with four pillars$/],
    [['2025-12-18', '--to', '2025-12-31'], /^--to is an option of huangli bazi with four pillars$/],
    [['bazi', '庚午', '辛巳', '庚辰', '丙戌', '--sex', 'male'], /^--sex is an option of a chart, not of huangli bazi with four pillars$/],
    [['bazi', '庚午', '辛巳', '庚辰', '丙戌', '--from'], /^--from must be a date such as 1900-01-01, got nothing$/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(message);
  });

  it("passes on the library's error for a pair that is not a pillar, or a bad span", () => {
    expect(() => formatBaZiLookup('甲丑辛巳庚辰丙戌', { json: false, lang: 'zh-Hans', timeZone: undefined })).toThrow(/^fromBaZi: chart\.year must be one of the 60 stem-branch pairs \(甲子 … 癸亥\), got "甲丑"$/);
    expect(() => lookup({ from: '2000-01-01', to: '1999-01-01' })).toThrow(/^fromBaZi: options\.to must be at or after options\.from/);
  });
});

describe('huangli bazi: arguments', () => {
  it('reads the chart options in both forms', () => {
    expect(parseArguments(['bazi', '1990-05-05T20:00', '--sex', 'female', '--tz=Asia/Urumqi', '--longitude', '-87.6', '--lang', 'en', '--json'])).toEqual({
      command: 'bazi', target: '1990-05-05T20:00', json: true, lang: 'en', help: false, version: false, sex: 'female', timeZone: 'Asia/Urumqi', longitude: -87.6,
    });
    expect(parseArguments(['2025-12-18'])).toMatchObject({ command: 'almanac', target: '2025-12-18', sex: undefined });
    expect(parseArguments(['bazi', '--help'])).toMatchObject({ command: 'bazi', help: true });
  });

  it.each([
    [['bazi'], /^bazi needs the moment of birth/],
    [['bazi', '1990-05-05T20:00', '--sex', 'm'], /^--sex must be male or female, got "m"$/],
    [['bazi', '1990-05-05T20:00', '--sex'], /^--sex must be male or female, got nothing$/],
    [['bazi', '1990-05-05T20:00', '--longitude', 'east'], /^--longitude must be a number/],
    [['bazi', '1990-05-05T20:00', '--longitude='], /^--longitude must be a number/],
    [['bazi', '1990-05-05T20:00', '--tz'], /^--tz must be an IANA time zone/],
    [['bazi', '1990-05-05T20:00', '1990-05-06T20:00'], /^one date only/],
    [['2025-12-18', '--sex', 'male'], /^--sex is an option of huangli bazi$/],
    [['2025-12-18', '--longitude', '116.4'], /^--longitude is an option of huangli bazi$/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(message);
  });

  it.each([
    ['1990-05-05', {}, /^baZi: moment must be a date with a time/],
    ['-000722-12-31T12:00', {}, /^baZi: moment.year must be between -721 and 9999, got "-000722-12-31T12:00"$/],
    ['1500-02-29T12:00', {}, /^baZi: moment.day must be between 1 and 28 in 1500-02 \(proleptic Gregorian/],
    ['1582-10-10T12:00', { calendar: 'julian' }, /^baZi: moment.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian'/],
    ['1990-05-05T20:00', { longitude: 200 }, /^baZi: options.trueSolarTime.longitude must be between -180 and 180, got 200$/],
    ['1990-05-05T20:00', { timeZone: 'Mars/Olympus' }, /^baZi: options.timeZone must be an IANA time zone/],
  ] as const)('passes on the library\'s error for %s %o', (moment, options, message) => {
    expect(() => format(moment, options)).toThrow(message);
  });
});

describe('huangli bazi (the command)', () => {
  it('prints the chart, and lists the form in --help', () => {
    const r = run('bazi', '1990-05-05T20:00', '--sex', 'male');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`${CHART_1990.join('\n')}\n`);
    expect(run('--help').stdout).toContain('huangli bazi 1990-05-05T20:00 --sex male');
  });

  it('rejects a bad argument with one line and the usage, exit 2', () => {
    const r = run('bazi', '1990-05-05T20:00', '--sex', 'm');
    expect([r.status, r.stdout]).toEqual([2, '']);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(['huangli: --sex must be male or female, got "m"', expect.stringMatching(/^usage: huangli .*huangli bazi /)]);
  });
});

describe('huangli bazi: the conventions as options', () => {
  it('reads --day-boundary and --luck-start', () => {
    const args = parseArguments(['bazi', '1990-05-05T23:30', '--sex', 'female', '--day-boundary', '23:00', '--luck-start=minutes']);
    expect([args.dayBoundary, args.luckStart]).toEqual(['23:00', 'minutes']);
    expect(() => parseArguments(['bazi', '1990-05-05T23:30', '--day-boundary', 'noon'])).toThrow('--day-boundary must be midnight or 23:00, got "noon"');
    expect(() => parseArguments(['bazi', '1990-05-05T23:30', '--luck-start', 'hours'])).toThrow('--luck-start must be days or minutes, got "hours"');
    expect(() => parseArguments(['2025-12-18', '--day-boundary', '23:00'])).toThrow('--day-boundary is an option of huangli bazi');
  });

  it('casts the chart with them', () => {
    // 23:30: the day pillar is the next day's under the 23:00 school, this day's under midnight.
    const late = format('1990-05-05T23:30', { dayBoundary: '23:00' });
    const plain = format('1990-05-05T23:30');
    const dayColumn = (text: string, label: string): string => (text.split('\n').find((line) => line.startsWith(label)) as string).split(/\s+/)[3] as string;
    expect([dayColumn(plain, '天干'), dayColumn(plain, '地支')]).toEqual(['庚金', '午火']); // 庚午, as 20:00
    expect([dayColumn(late, '天干'), dayColumn(late, '地支')]).toEqual(['辛金', '未土']); // 辛未, the next day
    const byMinutes = JSON.parse(format('1990-05-05T20:00', { sex: 'male', luckStart: 'minutes', json: true })) as { luck: { method: string; startDate: string } };
    expect(byMinutes.luck.method).toBe('minutes');
    expect(byMinutes.luck.startDate).toBe(baZi('1990-05-05T20:00', { sex: 'male', luckStart: 'minutes' }).luck.startDate);
  });
});
