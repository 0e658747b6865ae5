// Issue 9, item 3: the command names the lunar year right, prints a time's hour, --version and
// --help, ends quietly on a closed pipe, and prints nothing empty on the last days of the range.
// Issue 10: every day −0721-01-01 … 9999-12-31 (expanded years), and --calendar.
//
// These run the built command (test/support/cli.ts), four times faster than the source through
// tsx; --version is also asked of the source, as `npm start` runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtCli, root, sourceCli } from '../support/cli';

const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
const { run, path: cliPath } = builtCli();
const lines = (...args: string[]): string[] => {
  const r = run(...args);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.replace(/\n$/, '').split('\n');
};
/** The two lines of an error: the message and the usage, exit 2, nothing on stdout. */
const failure = (...args: string[]): string => {
  const r = run(...args);
  expect([r.status, r.stdout]).toEqual([2, '']);
  const [message, usage, ...rest] = r.stderr.trimEnd().split('\n');
  expect(usage).toMatch(/^usage: huangli /);
  expect(rest).toEqual([]);
  return message as string;
};

describe('the lunar line names the lunar year, the pillars line the 立春 year', () => {
  it.each([
    // 立春 2026 is on 02-04, 正月初一 on 02-17
    ['2026-02-03', '农历  乙巳年(蛇) 腊月十六', '干支  乙巳年 己丑月 戊申日'],
    ['2026-02-10', '农历  乙巳年(蛇) 腊月廿三', '干支  丙午年 庚寅月 乙卯日'],
    ['2026-02-16', '农历  乙巳年(蛇) 腊月廿九', '干支  丙午年 庚寅月 辛酉日'],
    ['2026-02-17', '农历  丙午年(马) 正月初一', '干支  丙午年 庚寅月 壬戌日'],
  ])('%s', (date, lunar, pillars) => {
    expect(lines(date).slice(1, 3)).toEqual([lunar, pillars]);
  });

  it('in Traditional Chinese and in English', () => {
    expect(lines('2026-02-10', '--lang', 'zh-Hant').slice(1, 3)).toEqual(['農曆  乙巳年(蛇) 臘月廿三', '干支  丙午年 庚寅月 乙卯日']);
    expect(lines('2026-02-10', '--lang', 'en').slice(1, 3)).toEqual(['Lunar date  Twelfth month, Day 23 (2025, year of the Snake)', 'Pillars  Bing-Wu year, Geng-Yin month, Yi-Mao day']);
  });
});

describe('a date with a time adds the hour pillar and that 时辰', () => {
  it('2025-12-18T23:30 is the 子 hour of the next day (庚子), as pillars() says; the day stays 辛酉', () => {
    const card = lines('2025-12-18T23:30');
    expect(card[0]).toBe('2025-12-18 周四');
    expect(card[2]).toBe('干支  乙巳年 戊子月 辛酉日 庚子时');
    expect(card.slice(-3)).toEqual([
      '子时  庚子 23:00–00:59 凶    天神  天牢 黑道    冲马(甲午)煞南',
      '子时宜  求嗣 嫁娶 移徙 入宅 开市 交易 安葬',
      '子时忌  赴任 出行 求财 修造 动土',
    ]);
  });

  it('"2025-12-18 23:30" (a space, as databases print it) is the same', () => {
    expect(lines('2025-12-18 23:30')).toEqual(lines('2025-12-18T23:30'));
  });

  it('00:30 is the day\'s own 子 hour (戊子), 12:00 its 午 hour', () => {
    expect(lines('2025-12-18T00:30').slice(-3)).toEqual([
      '子时  戊子 23:00–00:59 吉    天神  司命 黄道    冲马(壬午)煞南',
      '子时宜  嫁娶 移徙 入宅 开市 交易 修造 安葬 作灶 祭祀 斋醮 酬神',
      '子时忌  祈福 求嗣 赴任 出行 求财',
    ]);
    const noon = lines('2025-12-18T12:00');
    expect(noon[2]).toBe('干支  乙巳年 戊子月 辛酉日 甲午时');
    expect(noon.slice(-3)).toEqual([
      '午时  甲午 11:00–12:59 吉    天神  金匮 黄道    冲鼠(戊子)煞北',
      '午时宜  祭祀 祈福 酬神 出行 求财 见贵 订婚 嫁娶 修造 安葬',
      '午时忌  无',
    ]);
  });

  it('the pillars of a moment change at the instant of the 节 (大雪 2025-12-07 05:04)', () => {
    expect(lines('2025-12-07T03:00')[2]).toBe('干支  乙巳年 丁亥月 庚戌日 戊寅时');
    expect(lines('2025-12-07')[2]).toBe('干支  乙巳年 戊子月 庚戌日');
  });

  it('in Traditional Chinese and in English', () => {
    expect(lines('2025-12-18T23:30', '--lang', 'zh-Hant').slice(-3)).toEqual([
      '子時  庚子 23:00–00:59 凶    天神  天牢 黑道    沖馬(甲午)煞南',
      '子時宜  求嗣 嫁娶 移徙 入宅 開市 交易 安葬',
      '子時忌  赴任 出行 求財 修造 動土',
    ]);
    const en = lines('2025-12-18T23:30', '--lang', 'en');
    expect(en[2]).toBe('Pillars  Yi-Si year, Wu-Zi month, Xin-You day, Geng-Zi hour');
    // Wrapped at 110 columns (src/cli/wrapCardLine.ts).
    expect(en.slice(-5)).toEqual([
      'Zi hour  Geng-Zi 23:00–00:59 Inauspicious    Deity  Heavenly Prison (Tianlao) Black Path (inauspicious)',
      'Clash: Horse (Jia-Wu), evil spirit in the South',
      'Zi hour: favourable  Pray for offspring, Hold a wedding, Move house, Move into a new home, Open a business,',
      '                     Trade, Bury the dead',
      'Zi hour: avoid  Take up a post, Travel, Seek wealth, Build or repair a house, Break ground',
    ]);
  });

  it('the 子 hour after the last day of the range is named, outside the range', () => {
    const card = lines('9999-12-31T23:30');
    expect(card[2]).toBe('干支  己亥年 丁丑月 丁巳日 壬子时');
    expect(card.at(-1)).toBe('子时  壬子 23:00–00:59，属 +010000-01-01，超出范围');
    expect(lines('9999-12-31T23:30', '--lang', 'en').at(-1)).toBe('Zi hour  Ren-Zi 23:00–00:59, part of +010000-01-01, outside the supported range');
    // 2100 is no longer the end: its last 子 hour is the next day's.
    expect(lines('2100-12-31T23:30').at(-3)).toMatch(/^子时  壬子 23:00–00:59 /);
  });

  it('without a time, the card has no hour', () => {
    const card = lines('2025-12-18');
    expect(card).toHaveLength(17);
    expect(card.at(-1)).toMatch(/^时辰  戊子 吉 己丑 凶 /);
  });
});

describe('--tz: a time, and today, on another clock', () => {
  it("reads a day's time in the zone: the day and hour on its clock, the month at the instant (17:00 in New York on 12-06 is after 大雪)", async () => {
    const { pillars } = await import('../../src/index');
    const p = pillars('2025-12-06T17:00', { timeZone: 'America/New_York' });
    const card = lines('2025-12-06T17:00', '--tz', 'America/New_York');
    expect(card[2]).toBe(`干支  ${p.year.name}年 ${p.month.name}月 ${p.day.name}日 ${p.hour!.name}时`);
    expect([card[2], lines('2025-12-06T17:00')[2]]).toEqual(['干支  乙巳年 戊子月 己酉日 癸酉时', '干支  乙巳年 丁亥月 己酉日 癸酉时']);
    // A plain date is the same day on every clock.
    expect(lines('2025-12-18', '--tz', 'Asia/Kolkata')).toEqual(lines('2025-12-18'));
  });

  it('without a date, prints today in the zone; a bad zone is one line and the usage, exit 2', () => {
    const todayThere = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Pago_Pago' }).format(Date.now()); // UTC−11: a day behind China for 19 hours of 24
    const before = todayThere();
    const card = run('--tz', 'Pacific/Pago_Pago');
    const after = todayThere(); // the same day unless the run crossed its midnight
    expect(card.status).toBe(0);
    expect([before, after]).toContain(card.stdout.slice(0, 10));
    const bad = run('--tz', 'Mars/Base');
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('huangli: --tz must be an IANA time zone such as Asia/Shanghai, got "Mars/Base"');
    const badTime = run('2025-12-18T23:30', '--tz', 'Mars/Base');
    expect(badTime.stderr.split('\n')[0]).toBe('huangli: almanac: options.timeZone must be an IANA time zone name such as "Asia/Shanghai", got "Mars/Base"');
    expect(run('ics', '2026', '--tz', 'Asia/Kolkata').stderr.split('\n')[0]).toBe('huangli: --tz is an option of huangli bazi and of a day');
  });
});

describe('--version and --help', () => {
  it('--version prints the version of package.json, from the bundle and from the source', () => {
    expect(run('--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(sourceCli('--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists every form', () => {
    const r = run('--help');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^usage: huangli /);
    for (const form of ['2025-12-18 ', '2025-12-18T23:30', '"2025-12-18 23:30"', '2025-12 ', '-000721-01-01 … 9999-12-31', '-000721-01-16', '-000100-03', '--calendar iso8601|julian', '--json', '--lang zh-Hans|zh-Hant|en', '--version', '--help']) expect(r.stdout).toContain(form);
    expect(run('-h').stdout).toBe(r.stdout);
  });
});

describe('a closed pipe', () => {
  it.each([['2025-12'], ['2025-12', '--json'], ['2025-12-18']])('huangli %s | (reader gone) ends quietly with 0', (...args) => {
    // The reader closes its end at once, before the command writes: every write then fails with EPIPE.
    const r = spawnSync('bash', ['-c', `node '${cliPath()}' ${args.join(' ')} | (exec 0<&-; true); echo "exit \${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('exit 0\n');
  });

  it('huangli 2025-12 --json | head -1 prints one line and nothing on stderr', () => {
    const r = spawnSync('bash', ['-c', `node '${cliPath()}' 2025-12 --json | head -1; echo "exit \${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect([r.stdout, r.stderr]).toEqual(['[\nexit 0\n', '']);
  });
});

describe('the last days of the range', () => {
  it('9999-12-31 is the day of 小寒 of 10000 (at 21:14, 21:14:53 in the reference): the range ends on a term day', () => {
    expect(lines('9999-12-31')[3]).toBe('节气  小寒 21:14');
  });

  it.each(['9999-12-17', '9999-12-30'])('%s: the next term is named, outside the range; no empty field', (date) => {
    const card = lines(date);
    expect(card[3]).toBe('节气  下一个 小寒 在 10000 年，超出范围');
    for (const line of card) {
      expect(line).toMatch(/^\S.*\S$/);
      expect(line).not.toMatch(/ {5}/); // fields are 4 spaces apart: no empty field
    }
    expect(lines(date, '--lang', 'zh-Hant')[3]).toBe('節氣  下一個 小寒 在 10000 年，超出範圍');
    expect(lines(date, '--lang', 'en')[3]).toBe('Solar term  next: Minor Cold, in 10000, outside the supported range');
  });

  it('9999-12-16 is the day of 冬至, the last term of the range', () => {
    expect(lines('9999-12-16')[3]).toBe('节气  冬至 08:26');
  });

  it('9999-12 prints 31 lines, none empty', () => {
    const table = lines('9999-12');
    expect(table).toHaveLength(31);
    for (const line of table) expect(line).toMatch(/^12-\d\d \S.*\S$/);
  });

  it('2100-12-31 is an ordinary day now: the next term is 小寒 2101', () => {
    expect(lines('2100-12-31')[3]).toMatch(/^节气  下一个 小寒 2101-01-05 \d\d:\d\d$/);
  });
});

describe('every day of the range, expanded years included', () => {
  it('-000721-01-01, the first day: a card with the next term in the same year', () => {
    const card = lines('-000721-01-01');
    expect(card.slice(0, 4)).toEqual([
      '-000721-01-01 周日',
      '农历  戊午年(马) 冬月廿四',
      '干支  戊午年 甲子月 甲戌日',
      '节气  下一个 小寒 -000721-01-04 10:29',
    ]);
    // Its 17 lines, one wrapped at 110 columns (src/cli/wrapCardLine.ts): the continuation is indented.
    expect(card.filter((line) => !line.startsWith(' '))).toHaveLength(17);
    expect(card.filter((line) => line.startsWith(' '))).toHaveLength(1);
  });

  it('-000721-01-16 (a negative year is a date, not an option) and 0001-01-01', () => {
    expect(lines('-000721-01-16').slice(0, 2)).toEqual(['-000721-01-16 周一', '农历  戊午年(马) 腊月初九']);
    expect(lines('0001-01-01').slice(0, 3)).toEqual(['0001-01-01 周一', '农历  庚申年(猴) 冬月二十', '干支  庚申年 戊子月 己卯日']);
  });

  it('year 0: 0000-02-29 (a leap day: year 0 is 1 BCE, a leap year), also as +000000-02-29', () => {
    expect(lines('0000-02-29').slice(0, 4)).toEqual(['0000-02-29 周二  谷日，顺星节', '农历  庚申年(猴) 正月初八', '干支  庚申年 戊寅月 壬申日', '节气  下一个 惊蛰 0000-03-05 15:44']);
    expect(lines('+000000-02-29')).toEqual(lines('0000-02-29'));
  });

  it('months: -000100-03 (31 lines), 0000-02 (29), with a time and in JSON', () => {
    const march = lines('-000100-03');
    expect(march).toHaveLength(31);
    expect(march[14]).toMatch(/^03-15 四 正月廿八 壬寅 /);
    expect(lines('0000-02')).toHaveLength(29);
    expect(lines('0000-02').at(-1)).toMatch(/^02-29 二 正月初八 壬申 /);
    const json = JSON.parse(run('-000100-03', '--json').stdout) as { date: string }[];
    expect([json.length, json[0]?.date, json[30]?.date]).toEqual([31, '-000100-03-01', '-000100-03-31']);
    expect(lines('-000100-03-15T12:00')[2]).toBe('干支  庚辰年 己卯月 壬寅日 丙午时');
  });

  it('the English card of a day before 0 and its lunar year', () => {
    expect(lines('-000100-03-15', '--lang', 'en').slice(0, 2)).toEqual(['-000100-03-15 Thursday', 'Lunar date  First month, Day 28 (-100, year of the Dragon)']);
  });

  it.each([
    [['-000722-12-31'], /^huangli: almanac: date\.year must be between -721 and 9999, got "-000722-12-31"$/],
    [['+010000-01-01'], /^huangli: almanac: date\.year must be between -721 and 9999, got "\+010000-01-01"$/],
    [['10000-01-01'], /^huangli: almanac: date must be an ISO 8601 date /],
    [['-0721-01-01'], /^huangli: almanac: date must be .*\(a year before 0 has six digits: '-000721-01-01'\)/],
    [['-000000-01-01'], /^huangli: almanac: date must be .*ISO 8601 has no '-000000'/],
    [['-000722-12'], /^huangli: almanac: date\.year must be between -721 and 9999, got -722$/],
    [['+010000-01'], /^huangli: almanac: date\.year must be between -721 and 9999, got 10000$/],
    [['-x'], /^huangli: unknown option "-x"$/],
  ])('%j is refused, exit 2', (args, message) => {
    expect(failure(...args)).toMatch(message);
  });
});

describe('--calendar', () => {
  it('julian: 1582-10-04 is the last Julian day, followed by 1582-10-15', () => {
    expect(lines('1582-10-04', '--calendar', 'julian').slice(0, 4)).toEqual([
      '1582-10-04 周四', '农历  壬午年(马) 九月十八', '干支  壬午年 庚戌月 癸酉日', '节气  下一个 霜降 1582-10-24 02:56',
    ]);
    expect(lines('1582-10-15', '--calendar=julian').slice(0, 3)).toEqual(['1582-10-15 周五', '农历  壬午年(马) 九月十九', '干支  壬午年 庚戌月 甲戌日']);
    // The same date read as ISO (the default) is another day, ten days earlier.
    expect(lines('1582-10-04').slice(0, 2)).toEqual(['1582-10-04 周一', '农历  壬午年(马) 九月初八']);
    expect(lines('1582-10-04', '--calendar', 'iso8601')).toEqual(lines('1582-10-04'));
  });

  it('julian: 1582-10-10 does not exist, exit 2', () => {
    expect(failure('1582-10-10', '--calendar', 'julian')).toBe(
      "huangli: almanac: date.day must be 1 … 4 or 15 … 31 in 1582-10 with calendar 'julian' (1582-10-04 is followed by 1582-10-15), got \"1582-10-10\"",
    );
  });

  it('julian: 1500-02-29 is a day (a Julian leap year), which ISO refuses', () => {
    expect(lines('1500-02-29', '--calendar', 'julian').slice(0, 2)).toEqual(['1500-02-29 周六  中和节', '农历  庚申年(猴) 二月初一']);
    expect(failure('1500-02-29')).toMatch(/^huangli: almanac: date\.day must be between 1 and 28 in 1500-02 \(proleptic Gregorian, the default calendar; 1500 is a leap year with calendar 'julian'\)/);
  });

  it('julian: the month 1582-10 has 21 days, 1500-02 has 29, and the range starts on Julian -000721-01-01', () => {
    const october = lines('1582-10', '--calendar', 'julian');
    expect(october.map((line) => line.slice(0, 5))).toEqual(['10-01', '10-02', '10-03', '10-04', ...Array.from({ length: 17 }, (_, i) => `10-${15 + i}`)]);
    expect(october[4]).toMatch(/^10-15 五 九月十九 甲戌 /);
    expect(lines('1500-02', '--calendar', 'julian')).toHaveLength(29);
    expect(lines('-000721-01-01', '--calendar', 'julian').slice(0, 4)).toEqual([
      '-000721-01-01 周六', '农历  戊午年(马) 冬月十六', '干支  戊午年 甲子月 丙寅日', '节气  下一个 小寒 -000721-01-12 10:29',
    ]);
  });

  it('passes the calendar to huangli bazi', () => {
    const julian = lines('bazi', '1500-02-29T12:00', '--calendar', 'julian');
    expect(julian[0]).toBe('出生  1500-02-29 12:00:00 中国标准时间 (UTC+08:00)');
    expect(failure('bazi', '1500-02-29T12:00')).toMatch(/^huangli: baZi: moment\.day must be between 1 and 28 in 1500-02 /);
  });

  it.each([[['--calendar', 'gregorian']], [['2025-12-18', '--calendar']], [['--calendar=Julian']]])('%j: a bad --calendar, exit 2', (args) => {
    expect(failure(...args)).toMatch(/^huangli: --calendar must be iso8601 or julian, got ("gregorian"|nothing|"Julian")$/);
  });
});

describe('--festivals', () => {
  it("gregorian: a day's card, a month and its JSON list the Gregorian and international days after the traditional ones", () => {
    expect(lines('2025-10-01', '--festivals', 'gregorian')[0]).toBe('2025-10-01 周三  国庆节，国际老年人日');
    expect(lines('2025-10-01')[0]).toBe('2025-10-01 周三');
    expect(lines('2025-10-06', '--festivals=gregorian', '--lang', 'en')[0]).toBe('2025-10-06 Monday  Mid-Autumn Festival, World Habitat Day'); // the first Monday of October
    const october = lines('2025-10', '--festivals', 'gregorian', '--lang', 'en');
    expect(october[0]).toMatch(/\[National Day, International Day of Older Persons, day off \(National Day\)\]$/);
    expect(lines('2025-10')[0]).toMatch(/  \[休（国庆节）\]$/);
    const json = JSON.parse(run('2025-10-01', '--festivals', 'gregorian', '--json', '--lang', 'zh-Hant').stdout) as { festivals: { name: string }[] };
    expect(json.festivals.map((f) => f.name)).toEqual(['國慶節', '國際老年人日']);
    expect(lines('2025-12-18', '--festivals', 'traditional')).toEqual(lines('2025-12-18'));
  });

  it('gregorian: huangli ics adds their events', () => {
    const summaries = (...args: string[]): string[] => run('ics', '2025-10', ...args).stdout.split('\r\n').filter((l) => l.startsWith('SUMMARY'));
    expect(summaries('--festivals', 'gregorian').slice(0, 2)).toEqual(['SUMMARY;LANGUAGE=zh-Hans:国庆节', 'SUMMARY;LANGUAGE=zh-Hans:国际老年人日']);
    expect(summaries()).not.toContain('SUMMARY;LANGUAGE=zh-Hans:国庆节');
  });

  it.each([[['--festivals', 'all']], [['2025-12-18', '--festivals']], [['bazi', '1990-05-05T20:00', '--festivals', 'gregorian']]])('%j: a bad --festivals, exit 2', (args) => {
    expect(failure(...args)).toMatch(/^huangli: --festivals (must be traditional or gregorian, got ("all"|nothing)|is not an option of huangli bazi)$/);
  });
});
