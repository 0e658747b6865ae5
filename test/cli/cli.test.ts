import { describe, expect, it } from 'vitest';
import { builtCli, sourceCli } from '../support/cli';

// The README's card is asked of the source, as `npm start` runs it; the rest of the built command.
const { run } = builtCli();

describe('huangli (the command)', () => {
  it('prints the card of a day', () => {
    const r = run('2025-12-18');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('今日运势评分  -4');
    expect(r.stdout).toContain('宜  祭祀 开光 理发 整手足甲 安床 作灶 扫舍 教牛马');
    expect(r.stdout).toContain('日冲  冲兔(乙卯)煞东');
    expect(r.stdout).toContain('十月廿九');
  });

  it('prints the card the README shows', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /`npm start -- 2025-12-18` prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    expect(sourceCli('2025-12-18').stdout).toBe(shown);
    expect(run('2025-12-18').stdout).toBe(shown);
  });

  it('speaks English and Traditional Chinese', () => {
    expect(run('2025-12-18', '--lang', 'en').stdout).toContain('Clash: Rabbit (Yi-Mao), evil spirit in the East');
    expect(run('2025-12-18', '--lang=zh-Hant').stdout).toContain('日沖  沖兔(乙卯)煞東');
  });

  it('prints a month as a table, one line a day', () => {
    const lines = run('2025-12').stdout.trim().split('\n');
    expect(lines.length).toBe(31);
    expect(lines[17]).toMatch(/^12-18 四 十月廿九 辛酉 收 {2}-4 {2}宜: 祭祀 开光 理发$/);
  });

  it('marks the days off and make-up workdays of statutory holidays in the month table (from huangli/holidays)', async () => {
    const { holidays } = await import('../../src/holidays/index');
    const october = run('2025-10').stdout.trim().split('\n');
    const september = run('2025-09', '--lang', 'en').stdout.trim().split('\n');
    // Expected from the data: every day of 2025 with an entry, in those two months.
    const entries = holidays(2025).days.filter((d) => d.date.startsWith('2025-09') || d.date.startsWith('2025-10'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const [month, day] = [entry.date.slice(5, 7), entry.date.slice(8)];
      const line = (month === '10' ? october : september).find((l) => l.startsWith(`${month}-${day}`));
      expect(line).toContain(month === '10' ? (entry.kind === 'off' ? '休（国庆节）' : '班（国庆节）') : (entry.kind === 'off' ? 'day off (National Day)' : 'workday (National Day)'));
    }
    const marked = [...october, ...september].filter((l) => /休（|班（|day off \(|workday \(/.test(l));
    expect(marked.length).toBe(entries.length);
    expect(run('1990-10').stdout).not.toMatch(/休（|班（/); // outside the data: no mark, no error
  });

  it('prints JSON', () => {
    const day = JSON.parse(run('2025-12-18', '--json').stdout) as { date: string; fortune: { score: number } };
    expect([day.date, day.fortune.score]).toEqual(['2025-12-18', -4]);
  });

  it('shows today without an argument', () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d{4}-\d{2}-\d{2} 周/);
  });

  it('reads any day of the range, expanded years included (issue 10)', () => {
    for (const [date, first] of [['-000721-01-16', '-000721-01-16 周一'], ['0000-01-01', '0000-01-01 周六'], ['1899-12-31', '1899-12-31 周日'], ['9999-12-31', '9999-12-31 周五']]) {
      const r = run(date as string);
      expect([r.status, r.stderr, r.stdout.split('\n')[0]]).toEqual([0, '', first]);
    }
  });

  it.each([
    ['2025-02-30'], ['2025-13'], ['--lang', 'fr'], ['--bogus'], ['2025-12-18', '2025-12-19'],
    // Outside the range, at its new ends (issue 10).
    ['-000722-12-31'], ['+010000-01-01'], ['10000-01-01'],
    ['1582-10-10', '--calendar', 'julian'], ['--calendar', 'gregorian'],
  ])('rejects %s with one line and the usage, exit 2', (...args) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^huangli: /);
    expect(lines[1]).toMatch(/^usage: huangli /);
  });
});
