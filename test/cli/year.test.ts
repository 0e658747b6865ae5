// `huangli year <year> [--calendar] [--json] [--lang]`: lunarYear as a page. Checked in process
// (formatYear, parseArguments), against the reference's LunarYear; one spawn checks the command.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatYear } from '../../src/cli/formatYear';
import { parseArguments } from '../../src/cli/parseArguments';
import { lunarYear } from '../../src/index';
import { reference } from '../support/reference';
import { simplifiedOnlyCharacters } from './simplifiedOnly';

const root = fileURLToPath(new URL('../../', import.meta.url));
const simplified = simplifiedOnlyCharacters();

interface RefYear { getGanZhi(): string; getZhiShui(): string; getGengTian(): string; getYuan(): string; getYun(): string; getDayCount(): number; getNineStar(): { toString(): string }; getPositionTaiSuiDesc(): string }
const refYear = (year: number): RefYear => (reference.LunarYear as unknown as { fromYear(y: number): RefYear }).fromYear(year);

describe('huangli year', () => {
  it('prints the year page and a line per month, as the reference has them', () => {
    const lines = formatYear('2025', { json: false, lang: 'zh-Hans' }).split('\n');
    const ref = refYear(2025);
    expect(lines[0]).toBe(`农历 2025 年 ${ref.getGanZhi()}年（蛇）`);
    expect(lines[1]).toBe(`正月初一 2025-01-29，全年 ${ref.getDayCount()} 天，闰六月`);
    expect(lines[2]).toBe(`${ref.getYuan()}  ${ref.getYun()}  年九星：${ref.getNineStar().toString().slice(0, 3)}  太岁：${ref.getPositionTaiSuiDesc()}`);
    expect(lines[4]).toContain(ref.getZhiShui());
    expect(lines[4]).toContain(ref.getGengTian());
    const months = lines.slice(6);
    expect(months.length).toBe(13);
    expect(months[6]).toBe('闰六月  29天  2025-07-25  癸未');
    for (const m of reference.LunarYear.fromYear(2025).getMonthsInYear() as unknown as { getDayCount(): number; getFirstJulianDay(): number; getGanZhi(): string }[]) {
      const s = reference.Solar.fromJulianDay(m.getFirstJulianDay());
      expect(months.some((line) => line.endsWith(`${m.getDayCount()}天  ${s.toYmd()}  ${m.getGanZhi()}`))).toBe(true);
    }
  });

  it('speaks English and Traditional Chinese', () => {
    const en = formatYear('2025', { json: false, lang: 'en' });
    expect(en.split('\n').slice(0, 2)).toEqual(['Lunar year 2025: Yi-Si (Snake)', 'Begins 2025-01-29, 384 days, with a leap sixth month']);
    expect(en).toContain('Dragons governing water: 7');
    expect(en).not.toMatch(/\p{Script=Han}/u);
    const hant = formatYear('2033', { json: false, lang: 'zh-Hant' });
    expect(hant).toContain('閏冬月');
    expect([...hant].filter((ch) => simplified.has(ch))).toEqual([]);
  });

  it('writes dates in the calendar asked for, and the year as JSON', () => {
    expect(formatYear('-721', { json: false, lang: 'zh-Hans', calendar: 'julian' }).split('\n')[1]).toBe('正月初一 -000721-02-14，全年 355 天，无闰月');
    expect(JSON.parse(formatYear('2033', { json: true, lang: 'zh-Hans' }))).toEqual(JSON.parse(JSON.stringify(lunarYear(2033))));
    expect(JSON.parse(formatYear('2033', { json: true, lang: 'en' })).jiuYun).toBe('Period 9');
  });

  it('refuses what is not a lunar year of the range', () => {
    expect(() => formatYear('abc', { json: false, lang: 'zh-Hans' })).toThrow('year takes a lunar year such as 2025 or -721, got "abc"');
    expect(() => formatYear('2025.5', { json: false, lang: 'zh-Hans' })).toThrow('year takes a lunar year');
    expect(() => formatYear('10000', { json: false, lang: 'zh-Hans' })).toThrow(new RangeError('lunarYear: year must be between -721 and 9999, got 10000'));
    expect(() => parseArguments(['year'])).toThrow('year needs a lunar year, e.g. huangli year 2025');
    expect(() => parseArguments(['year', '2025', '--festivals', 'gregorian'])).toThrow('--festivals is not an option of huangli year');
    expect(() => parseArguments(['year', '2025', '--tz', 'Asia/Tokyo'])).toThrow('--tz is an option of huangli bazi and of a day');
    expect(() => parseArguments(['year', '2025', '2026'])).toThrow('one year only, got "2025" and "2026"');
  });

  it('runs as a command', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'year', '2033', '--lang', 'en'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect([r.status, r.stdout.split('\n')[0]]).toEqual([0, 'Lunar year 2033: Gui-Chou (Ox)']);
  });
});
