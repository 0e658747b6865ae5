// `huangli observances [date] [--tz] [--calendar] [--json] [--lang]`: buddhistDay and taoistDay as
// text. Checked in process (formatObservances, parseArguments) against the reference's Foto and Tao;
// one spawn checks the command.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatObservances } from '../../src/cli/formatObservances';
import { parseArguments } from '../../src/cli/parseArguments';
import { buddhistDay, observanceNames, taoistDay } from '../../src/observances/index';
import { reference } from '../support/reference';
import { simplifiedOnlyCharacters } from './simplifiedOnly';

const root = fileURLToPath(new URL('../../', import.meta.url));
/* eslint-disable @typescript-eslint/no-explicit-any -- the reference's objects */
const refDay = (y: number, m: number, d: number): { foto: any; tao: any } => {
  const lunar = reference.Solar.fromYmd(y, m, d).getLunar() as any;
  return { foto: lunar.getFoto(), tao: lunar.getTao() };
};

describe('huangli observances', () => {
  it('prints the Buddhist and the Taoist day, each festival on its line, as the reference lists them', () => {
    const lines = formatObservances('2025-05-05', { json: false, lang: 'zh-Hans' }).split('\n');
    const { foto, tao } = refDay(2025, 5, 5);
    expect(lines[0]).toBe(`佛历 ${foto.getYear()} 年 四月初八（2025-05-05）`);
    expect(lines[1]).toBe(`斋日：六斋日、十斋日  宿：${foto.getXiu()}（${foto.getXiuLuck()}）`);
    const fotoLines = foto.getFestivals().map((f: any) => `  ${[f.getName(), f.getResult(), f.getRemark()].filter((s: string) => s !== '').join('，')}`);
    expect(lines.slice(2, 2 + fotoLines.length)).toEqual(fotoLines);
    expect(lines).toContain(`又：${foto.getOtherFestivals().join('、')}`);
    const t = lines.indexOf(`道历 ${tao.getYear()} 年 四月初八`);
    expect(t).toBeGreaterThan(0);
    expect(lines.slice(t + 2)).toEqual(tao.getFestivals().map((f: any) => `  ${f.getName()}`));
  });

  it('speaks English and Traditional Chinese', () => {
    const en = formatObservances('2025-05-05', { json: false, lang: 'en' });
    expect(en.split('\n')[0]).toBe('Buddhist era 2569, Fourth month, Day 8 (2025-05-05)');
    expect(en).toContain(`${observanceNames['释迦牟尼佛诞']!.en} \u2014 ${observanceNames['犯者夺纪']!.en}`);
    expect(en).not.toMatch(/\p{Script=Han}/u);
    const hant = formatObservances('2025-12-21', { json: false, lang: 'zh-Hant' });
    expect(hant).toContain('道曆 4722 年');
    const simplified = simplifiedOnlyCharacters();
    expect([...hant].filter((ch) => simplified.has(ch))).toEqual([]);
  });

  it('reads the date in the calendar and zone asked for, and writes JSON', () => {
    expect(formatObservances('1582-10-04', { json: false, lang: 'zh-Hans', calendar: 'julian' }).split('\n')[0]).toBe('佛历 2126 年 九月十八（1582-10-04）');
    expect(JSON.parse(formatObservances('2025-05-05', { json: true, lang: 'zh-Hans' }))).toEqual(JSON.parse(JSON.stringify({ buddhist: buddhistDay('2025-05-05'), taoist: taoistDay('2025-05-05') })));
    expect(JSON.parse(formatObservances('2025-05-05', { json: true, lang: 'en' })).buddhist.festivals[0].name).toBe('Birthday of Shakyamuni Buddha');
    expect(parseArguments(['observances', '2025-05-05T23:30', '--tz', 'Asia/Tokyo'])).toMatchObject({ command: 'observances', target: '2025-05-05T23:30', timeZone: 'Asia/Tokyo' });
  });

  it('refuses what is not a day of the range, and options of other commands', () => {
    expect(() => formatObservances('2025-02-30', { json: false, lang: 'zh-Hans' })).toThrow(/^buddhistDay: /);
    expect(() => parseArguments(['observances', '2025-05-05', '--festivals', 'gregorian'])).toThrow('--festivals is not an option of huangli observances');
    expect(() => parseArguments(['observances', '2025-05-05', '--sex', 'male'])).toThrow('--sex is an option of huangli bazi');
    expect(() => parseArguments(['observances', '2025-05-05', '2025-05-06'])).toThrow('one date only, got "2025-05-05" and "2025-05-06"');
  });

  it('prints what docs/observances.md shows', () => {
    const doc = readFileSync(`${root}docs/observances.md`, 'utf8');
    const block = /\$ npx huangli observances 2025-05-05 --lang en\n([\s\S]*?)\n```/.exec(doc);
    expect(block?.[1]).toBe(formatObservances('2025-05-05', { json: false, lang: 'en' }));
  });

  it('runs as a command', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'observances', '2025-12-21', '--lang', 'en'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect([r.status, r.stdout.split('\n')[0]]).toEqual([0, 'Buddhist era 2569, Eleventh month, Day 2 (2025-12-21)']);
  });
});
