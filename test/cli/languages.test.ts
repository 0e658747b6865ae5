// Issue 9, item 3: `--lang zh-Hant` prints every label and value in Traditional Chinese, and
// `--lang en` prints no Chinese at all.
import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/calendar/epochDay';
import { formatDate } from '../../src/calendar/julianCalendar';
import { formatTarget } from '../../src/cli/formatTarget';
import { builtCli } from '../support/cli';
import { simplifiedOnlyCharacters } from './simplifiedOnly';

const cli = builtCli();
function run(...args: string[]): string {
  const r = cli.run(...args);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** `n` days spread evenly over `from` … `to` (epoch days, both ends included). */
const spread = (n: number, from: number, to: number): string[] => Array.from({ length: n }, (_, i) => formatDate(from + Math.round((i * (to - from)) / (n - 1)), 'iso8601'));
/**
 * 40 days spread evenly over 1900-01-01 … 2100-12-31 (both ends included), two named days, and
 * 20 days spread over the whole range −0721-01-01 … 9999-12-31 (issue 10).
 */
const SAMPLE = [
  ...spread(40, toEpochDay(1900, 1, 1), toEpochDay(2100, 12, 31)),
  '2025-12-18',
  '2026-02-10',
  ...spread(20, toEpochDay(-721, 1, 1), toEpochDay(9999, 12, 31)),
];

const simplified = simplifiedOnlyCharacters();
const simplifiedIn = (text: string): string[] => [...new Set([...text].filter((ch) => simplified.has(ch)))];
const han = /\p{Script=Han}/u;
const hanIn = (text: string): string[] => [...new Set([...text].filter((ch) => han.test(ch)))];

describe('the Simplified-only characters', () => {
  it('are built from the glossary and the labels, without characters that Traditional also writes', () => {
    expect(simplified.size).toBeGreaterThan(150);
    for (const ch of '个东财运节时无冲黄历') expect(simplified.has(ch), ch).toBe(true);
    for (const ch of '后周干支子') expect(simplified.has(ch), ch).toBe(false);
  });
});

describe('--lang zh-Hant', () => {
  it('has the sample spread over the range', () => {
    expect(SAMPLE).toHaveLength(62);
    expect(SAMPLE.slice(0, 2)).toEqual(['1900-01-01', '1905-02-26']);
    expect(SAMPLE[39]).toBe('2100-12-31');
    expect([SAMPLE[42], SAMPLE[43], SAMPLE[61]]).toEqual(['-000721-01-01', '-000157-04-08', '9999-12-31']);
  });

  it.each(SAMPLE)('%s: the card has no Simplified-only character', (date) => {
    const text = formatTarget(date, { json: false, lang: 'zh-Hant' });
    expect(simplifiedIn(text)).toEqual([]);
  });

  it.each(['2025-12-18T23:30', '2026-02-10T08:00', '2100-12-31T23:30', '9999-12-31T23:30', '-000721-01-01T00:30'])('%s (with a time): no Simplified-only character', (moment) => {
    expect(simplifiedIn(formatTarget(moment, { json: false, lang: 'zh-Hant' }))).toEqual([]);
  });

  it('reads 節氣 下一個 and 財神 正東 on 2025-12-18', () => {
    const text = formatTarget('2025-12-18', { json: false, lang: 'zh-Hant' });
    expect(text).toContain('節氣  下一個 冬至 2025-12-21 23:03');
    expect(text).toContain('方位  喜神 西南，福神 西北，財神 正東，胎神 廚灶門 外東南');
  });

  it('prints the month 2025-12 (the command itself) without a Simplified-only character', () => {
    const out = run('2025-12', '--lang', 'zh-Hant');
    expect(out.trim().split('\n')).toHaveLength(31);
    expect(simplifiedIn(out)).toEqual([]);
  });
});

describe('--lang en', () => {
  it.each(SAMPLE)('%s: the card has no Chinese character', (date) => {
    expect(hanIn(formatTarget(date, { json: false, lang: 'en' }))).toEqual([]);
  });

  it.each(['2025-12-18T23:30', '2100-12-31T23:30', '9999-12-31T23:30', '-000721-01-01T00:30'])('%s (with a time): no Chinese character', (moment) => {
    expect(hanIn(formatTarget(moment, { json: false, lang: 'en' }))).toEqual([]);
  });

  it('prints the months 2025-12 and 2100-12 (the command itself) without a Chinese character', () => {
    expect(hanIn(run('2025-12', '--lang', 'en'))).toEqual([]);
    expect(hanIn(run('2100-12', '--lang', 'en'))).toEqual([]);
  });
});
