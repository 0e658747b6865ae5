/**
 * Every year of the bundled holiday data against the two independent sources: the reference's
 * holiday table (lunar-javascript's HolidayUtil, 2002–2026) and `chinese-days` (2004–2026). Every
 * disagreement is a line of data/holidays/known-differences.tsv, with the source that is wrong per
 * the notice and why (data/SOURCES.md, "Holidays"); the test fails on a difference that is not
 * listed, and on a listed one that no longer occurs, so that the list stays honest.
 *
 * Compared, day by day over each source's years: whether the day is listed, as a day off or a
 * make-up workday; the festival each source names for it, which must be one of its break's
 * (a merged break has two: HolidayUtil's `国庆中秋` is both); and, break by break, HolidayUtil's
 * `target` (the festival's day) against ours.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holidays } from '../../src/holidays/index';
import type { HolidayDay, HolidayFestival } from '../../src/holidays/index';

const require = createRequire(import.meta.url);
interface RefHoliday { getDay(): string; getName(): string; isWork(): boolean; getTarget(): string }
const { HolidayUtil } = require('lunar-javascript') as { HolidayUtil: { getHolidays(year: number): RefHoliday[] } };
const chineseDays = require('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string>; workdays: Record<string, string> };

const FIRST = 2002;
const LAST = 2026;
/** chinese-days covers 2004 … 2026 (its README: 节假日 2004年至2026年). */
const CHINESE_DAYS_FIRST = 2004;

const HOLIDAY_UTIL_NAMES: Record<string, readonly HolidayFestival[]> = {
  元旦节: ['元旦'], 春节: ['春节'], 清明节: ['清明节'], 劳动节: ['劳动节'], 端午节: ['端午节'], 中秋节: ['中秋节'], 国庆节: ['国庆节'],
  国庆中秋: ['国庆节', '中秋节'], 抗战胜利日: ['抗战胜利纪念日'],
};
const CHINESE_DAYS_NAMES: Record<string, HolidayFestival> = {
  元旦: '元旦', 春节: '春节', 清明: '清明节', 劳动节: '劳动节', 端午: '端午节', 中秋: '中秋节', 国庆节: '国庆节',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '抗战胜利纪念日',
};

const ours = new Map<string, HolidayDay>();
for (let year = FIRST; year <= LAST; year++) for (const d of holidays(year).days) ours.set(d.date, d);
const describeDay = (d: HolidayDay | undefined): string => (d === undefined ? '-' : `${d.kind} ${d.festivals.join('、')}`);

/** The listed differences, `source, date, ours, theirs, category` (comments and the header skipped). */
function knownDifferences(source: string): string[] {
  const text = readFileSync(new URL('../../data/holidays/known-differences.tsv', import.meta.url), 'utf8');
  return text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('source\t'))
    .map((l) => l.split('\t')).filter((f) => f[0] === source).map((f) => f.slice(0, 5).join('\t'));
}

function countByCategory(lines: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of lines) {
    const category = l.split('\t')[4] as string;
    counts[category] = (counts[category] ?? 0) + 1;
  }
  return counts;
}

describe('holidays against lunar-javascript HolidayUtil (2002–2026)', () => {
  const theirs = new Map<string, RefHoliday>();
  for (let year = FIRST - 1; year <= LAST + 1; year++) for (const h of HolidayUtil.getHolidays(year)) theirs.set(h.getDay(), h);
  const differences: string[] = [];
  const categoryOf = (date: string, mine: HolidayDay | undefined, ref: RefHoliday | undefined): string => {
    if (mine === undefined && ref?.isWork() === true) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return weekday === 0 || weekday === 6 ? 'NOTICE-AMENDED' : 'WEEKDAY-AS-WORKDAY';
    }
    if (mine === undefined) return 'NOTICE-AMENDED';
    if (ref === undefined && mine.kind === 'workday') return 'MISSING-WORKDAY';
    return 'UNEXPLAINED';
  };
  for (const date of [...new Set([...ours.keys(), ...theirs.keys()])].sort()) {
    const mine = ours.get(date);
    const ref = theirs.get(date);
    const refText = ref === undefined ? '-' : `${ref.isWork() ? 'workday' : 'off'} ${ref.getName()}`;
    if (mine === undefined || ref === undefined || (mine.kind === 'workday') !== ref.isWork()) {
      differences.push(`HolidayUtil\t${date}\t${describeDay(mine)}\t${refText}\t${categoryOf(date, mine, ref)}`);
      continue;
    }
    const names = HOLIDAY_UTIL_NAMES[ref.getName()];
    if (names === undefined || !names.every((n) => mine.festivals.includes(n))) {
      differences.push(`HolidayUtil\t${date}\t${describeDay(mine)}\t${refText}\tUNEXPLAINED`);
    }
  }
  // Break by break: HolidayUtil's target (the festival's day) against ours.
  const targets = new Map<string, string>();
  for (const [date, ref] of theirs) {
    const mine = ours.get(date);
    if (mine === undefined) continue;
    const name = (HOLIDAY_UTIL_NAMES[ref.getName()] ?? [])[0] as HolidayFestival;
    const ourDay = holidays(mine.year).breaks.flatMap((b) => b.festivals).find((f) => f.name === name)?.date;
    if (ourDay !== ref.getTarget()) targets.set(`${mine.year} ${name} ${ref.getTarget()}`, `HolidayUtil\t${ref.getTarget()}\t${name}'s day ${ourDay ?? '-'}\ttarget ${ref.getTarget()} (${ref.getName()})\tFESTIVAL-DAY`);
  }
  differences.push(...targets.values());

  it('differs only where data/holidays/known-differences.tsv says, by category', () => {
    expect(differences.sort()).toEqual(knownDifferences('HolidayUtil').sort());
    expect(countByCategory(differences)).toEqual({ 'NOTICE-AMENDED': 4, 'WEEKDAY-AS-WORKDAY': 2, 'MISSING-WORKDAY': 2, 'FESTIVAL-DAY': 5 });
  });

  it('agrees on whether every day of 2002–2026 is a workday, but for the amended 2003 劳动节 and its two missing workdays', () => {
    // HolidayUtil's rule (a listed 调休 day works, a listed holiday is off, else Monday–Friday) against ours.
    const differing: string[] = [];
    for (let t = Date.UTC(FIRST, 0, 1); t <= Date.UTC(LAST, 11, 24); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const weekday = new Date(t).getUTCDay();
      const ref = theirs.get(date);
      const theirWorkday = ref === undefined ? weekday >= 1 && weekday <= 5 : ref.isWork();
      const mine = ours.get(date);
      const ourWorkday = mine === undefined ? weekday >= 1 && weekday <= 5 : mine.kind === 'workday';
      if (theirWorkday !== ourWorkday) differing.push(date);
    }
    expect(differing).toEqual(['2003-04-26', '2003-04-27', '2003-05-06', '2003-05-07', '2013-04-07', '2013-10-12']);
  });
});

describe('holidays against chinese-days (2004–2026)', () => {
  const theirs = new Map<string, { readonly kind: 'off' | 'workday'; readonly name: string }>();
  for (const [date, value] of Object.entries(chineseDays.holidays)) theirs.set(date, { kind: 'off', name: value.split(',')[1] as string });
  for (const [date, value] of Object.entries(chineseDays.workdays)) theirs.set(date, { kind: 'workday', name: value.split(',')[1] as string });
  const mineInRange = [...ours.values()].filter((d) => d.year >= CHINESE_DAYS_FIRST);
  const differences: string[] = [];
  for (const date of [...new Set([...mineInRange.map((d) => d.date), ...theirs.keys()])].sort()) {
    const mine = ours.get(date);
    const ref = theirs.get(date);
    const refText = ref === undefined ? '-' : `${ref.kind} ${ref.name}`;
    if (mine === undefined || ref === undefined || mine.kind !== ref.kind) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const category = ref === undefined && mine?.kind === 'off' && (weekday === 0 || weekday === 6) ? 'WEEKEND-IN-BREAK'
        : ref === undefined && mine?.kind === 'workday' ? 'MISSING-WORKDAY' : 'UNEXPLAINED';
      differences.push(`chinese-days\t${date}\t${describeDay(mine)}\t${refText}\t${category}`);
      continue;
    }
    const name = CHINESE_DAYS_NAMES[ref.name];
    if (name === undefined || !mine.festivals.includes(name)) differences.push(`chinese-days\t${date}\t${describeDay(mine)}\t${refText}\tUNEXPLAINED`);
  }

  it('differs only where data/holidays/known-differences.tsv says, by category', () => {
    expect(differences.sort()).toEqual(knownDifferences('chinese-days').sort());
    expect(countByCategory(differences)).toEqual({ 'WEEKEND-IN-BREAK': 30, 'MISSING-WORKDAY': 1 });
  });

  it('agrees on whether every day of 2004–2026 is a workday', () => {
    // chinese-days' own isWorkday rule (a listed workday, or Monday–Friday not listed as a holiday)
    // against ours, on every day: only the one missing workday differs.
    const differing: string[] = [];
    for (let t = Date.UTC(CHINESE_DAYS_FIRST, 0, 1); t <= Date.UTC(LAST, 11, 24); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const weekday = new Date(t).getUTCDay();
      const ref = theirs.get(date);
      const theirWorkday = ref?.kind === 'workday' || (weekday >= 1 && weekday <= 5 && ref?.kind !== 'off');
      const mine = ours.get(date);
      const ourWorkday = mine === undefined ? weekday >= 1 && weekday <= 5 : mine.kind === 'workday';
      if (theirWorkday !== ourWorkday) differing.push(date);
    }
    expect(differing).toEqual(['2005-12-31']);
  });
});
