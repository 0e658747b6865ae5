// Issue 9, item 3: the command names the lunar year right, prints a time's hour, --version and
// --help, ends quietly on a closed pipe, and prints nothing empty on the last days of the range.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

interface Result { status: number | null; stdout: string; stderr: string }
/** Runs the CLI from its TypeScript source, as `npm start` does. */
function run(...args: string[]): Result {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (...args: string[]): string[] => {
  const r = run(...args);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.replace(/\n$/, '').split('\n');
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
    expect(en.at(-3)).toBe('Zi hour  Geng-Zi 23:00–00:59 Inauspicious    Deity  Heavenly Prison (Tianlao) Black Path (inauspicious)    Clash: Horse (Jia-Wu), evil spirit in the South');
    expect(en.at(-2)).toMatch(/^Zi hour: favourable {2}Pray for offspring, Hold a wedding, /);
    expect(en.at(-1)).toMatch(/^Zi hour: avoid {2}Take up a post, Travel, /);
  });

  it('the 子 hour after the last day of the range is named, outside the range', () => {
    const card = lines('2100-12-31T23:30');
    expect(card[2]).toBe('干支  庚申年 戊子月 丁未日 壬子时');
    expect(card.at(-1)).toBe('子时  壬子 23:00–00:59，属 2101-01-01，超出范围');
    expect(lines('2100-12-31T23:30', '--lang', 'en').at(-1)).toBe('Zi hour  Ren-Zi 23:00–00:59, part of 2101-01-01, outside the supported range');
  });

  it('without a time, the card has no hour', () => {
    const card = lines('2025-12-18');
    expect(card).toHaveLength(14);
    expect(card.at(-1)).toMatch(/^时辰  戊子 吉 己丑 凶 /);
  });
});

describe('--version and --help', () => {
  it('--version prints the version of package.json, from the source and from the bundle', () => {
    expect(run('--version')).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(existsSync(`${root}dist/cli.js`), 'build first: npx tsup').toBe(true);
    const r = spawnSync(process.execPath, ['dist/cli.js', '--version'], { cwd: root, encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, `${version}\n`, '']);
  });

  it('--help lists every form', () => {
    const r = run('--help');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^usage: huangli /);
    for (const form of ['2025-12-18 ', '2025-12-18T23:30', '"2025-12-18 23:30"', '2025-12 ', '--json', '--lang zh-Hans|zh-Hant|en', '--version', '--help']) expect(r.stdout).toContain(form);
    expect(run('-h').stdout).toBe(r.stdout);
  });
});

describe('a closed pipe', () => {
  it.each([['2025-12'], ['2025-12', '--json'], ['2025-12-18']])('huangli %s | (reader gone) ends quietly with 0', (...args) => {
    // The reader closes its end at once, before the command writes: every write then fails with EPIPE.
    const r = spawnSync('bash', ['-c', `node --import tsx src/cli/main.ts ${args.join(' ')} | (exec 0<&-; true); echo "exit \${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('exit 0\n');
  });

  it('huangli 2025-12 --json | head -1 prints one line and nothing on stderr', () => {
    const r = spawnSync('bash', ['-c', 'node --import tsx src/cli/main.ts 2025-12 --json | head -1; echo "exit ${PIPESTATUS[0]}"'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect([r.stdout, r.stderr]).toEqual(['[\nexit 0\n', '']);
  });
});

describe('the last days of the range', () => {
  it.each(['2100-12-23', '2100-12-31'])('%s: the next term is named, outside the range; no empty field', (date) => {
    const card = lines(date);
    expect(card[3]).toBe('节气  下一个 小寒 在 2101 年，超出范围');
    for (const line of card) {
      expect(line).toMatch(/^\S.*\S$/);
      expect(line).not.toMatch(/ {5}/); // fields are 4 spaces apart: no empty field
    }
    expect(lines(date, '--lang', 'zh-Hant')[3]).toBe('節氣  下一個 小寒 在 2101 年，超出範圍');
    expect(lines(date, '--lang', 'en')[3]).toBe('Solar term  next: Minor Cold, in 2101, outside the supported range');
  });

  it('2100-12-22 is the day of 冬至', () => {
    expect(lines('2100-12-22')[3]).toBe('节气  冬至 03:50');
  });

  it('2100-12 prints 31 lines, none empty', () => {
    const table = lines('2100-12');
    expect(table).toHaveLength(31);
    for (const line of table) expect(line).toMatch(/^12-\d\d \S.*\S$/);
  });
});
