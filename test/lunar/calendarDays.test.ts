/**
 * The reference calendar's days (src/lunar/calendarDays.ts) against lunar-javascript's calcShuo /
 * calcQi, sampled: every era boundary ±3 lunations or terms, every stored offset outside the
 * historical lists and a sample of those (each still needed: the base alone is wrong there), the
 * arguments of LunarYear for a sample of years, the leap lists and the naming exceptions. The
 * sweep of every lunation and term is calendarDays.full.test.ts (scripts/verify-calendar-days.ts).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getNewMoonDay, getTermDay } from '../../src/astro/engine/termDays';
import { newMoonLateEra } from '../../src/data/calendarDays.generated';
import {
  getCalendarNewMoonDay, getCalendarTermDay, getMonthNameShift, hasLeapElevenOverride, hasLeapTwelveOverride,
} from '../../src/lunar/calendarDays';
import { moonArgument, termArgument, verifyYears } from '../../scripts/verify-calendar-days';
import { seededRandom } from '../support/seededRandom';

const require = createRequire(import.meta.url);
const { ShouXingUtil: S, LunarYear } = require('lunar-javascript') as {
  ShouXingUtil: Record<string, (x: number) => number>;
  LunarYear: { fromYear(y: number): { getMonths(): { getMonth(): number; getFirstJulianDay(): number }[] } };
};
const EPOCH = 10957; // reference day (J2000-relative) → days since 1970-01-01
const EPOCH_JDN = 2440588;
const next = seededRandom(20261201);

const tsv = (file: string) =>
  readFileSync(new URL(`../../data/calendar/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
const eras = tsv('eras.tsv').map(([kind, first, last, , , rule]) => ({ kind: kind!, first: Number(first), last: Number(last), rule: rule! }));
const offsets = tsv('day-offsets.tsv').map(([kind, index, , reference, base, offset, category]) => ({
  kind: kind!, index: Number(index), reference: Number(reference), base: Number(base), offset: Number(offset), category: category!,
}));

const ours = (kind: string, i: number) => (kind === 'new moon' ? getCalendarNewMoonDay(i) : getCalendarTermDay(i));
const reference = (kind: string, i: number) => (kind === 'new moon' ? S['calcShuo']!(moonArgument(i)) : S['calcQi']!(termArgument(i))) + EPOCH;
// 进朔 (newMoonLateEra): there the base is the day of the instant plus the era's shift.
const [lateFirst, lateLast, lateQuarterHours] = newMoonLateEra as readonly [number, number, number];
const engine = (kind: string, i: number) =>
  kind === 'new moon' ? getNewMoonDay(i, i >= lateFirst && i <= lateLast ? lateQuarterHours / 96 : 0) : getTermDay(i);
/** A lunar year whose LunarYear computes lunation n or term k (term k is its jq[(k − 42) mod 24]; its months run from the previous 冬至's). */
const yearOf = (kind: string, i: number) => (kind === 'new moon' ? Math.floor(2000 + (i + 0.5) / 12.368267) : Math.floor((i - 42) / 24) + 2001);

describe('era boundaries', () => {
  it('every era table row matches the reference ±3 lunations or terms around its ends', () => {
    expect(eras.filter((e) => e.kind === 'new moon').length).toBe(16); // the corrected era split by 进朔 (741–1281)
    expect(eras.filter((e) => e.kind === 'term').length).toBe(38);
    const wrong: string[] = [];
    for (const era of eras) {
      for (const edge of [era.first, era.last]) {
        for (let i = edge - 3; i <= edge + 3; i++) if (ours(era.kind, i) !== reference(era.kind, i)) wrong.push(`${era.kind} ${i}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('LunarYear\'s own arguments in the years around every era boundary', () => {
    const years = new Set<number>();
    for (const era of eras) for (const edge of [era.first, era.last]) for (const d of [-1, 0, 1]) years.add(yearOf(era.kind, edge) + d);
    const r = verifyYears([...years].filter((y) => y >= -722 && y <= 10000).sort((a, b) => a - b));
    expect(r.differences).toEqual([]);
    expect(r.years).toBeGreaterThan(60);
  });
});

describe('stored offsets', () => {
  it('has the expected number in each category', () => {
    const count = (kind: string, category: string) => offsets.filter((o) => o.kind === kind && o.category === category).length;
    expect([count('new moon', 'HISTORICAL'), count('new moon', 'MEAN-EXCEPTION'), count('new moon', 'REFERENCE-FAST-SERIES'), count('new moon', 'TIMING-EDGE')]).toEqual([545, 1, 93, 72]); // 1,784 HISTORICAL without the 进朔 rule
    expect([count('term', 'HISTORICAL'), count('term', 'MEAN-EXCEPTION'), count('term', 'REFERENCE-FAST-SERIES'), count('term', 'TIMING-EDGE')]).toEqual([245, 0, 0, 8]);
  });

  it('every offset outside HISTORICAL, and a sample of those, is the reference and is still needed', () => {
    const historical = offsets.filter((o) => o.category === 'HISTORICAL');
    const sample = [...offsets.filter((o) => o.category !== 'HISTORICAL'), ...Array.from({ length: 250 }, () => historical[Math.floor(next() * historical.length)]!)];
    for (const o of sample) {
      const label = `${o.kind} ${o.index} (${o.category})`;
      expect(ours(o.kind, o.index), label).toBe(o.reference);
      expect(reference(o.kind, o.index), label).toBe(o.reference);
      expect(o.reference - o.base, label).toBe(o.offset);
      // the base alone would be wrong here: the engine's day, or (MEAN-EXCEPTION) the line's 1683460
      if (o.category === 'MEAN-EXCEPTION') expect(o.base + EPOCH_JDN, label).toBe(1683460);
      else expect(engine(o.kind, o.index), label).toBe(o.base);
    }
  });

  it('LunarYear\'s own arguments in the years of the non-historical offsets', () => {
    const years = [...new Set(offsets.filter((o) => o.category !== 'HISTORICAL').map((o) => yearOf(o.kind, o.index)))];
    const r = verifyYears(years.flatMap((y) => [y - 1, y, y + 1]).filter((y) => y >= -722 && y <= 10000));
    expect(r.differences).toEqual([]);
  });
});

describe('LunarYear\'s arguments, sampled years', () => {
  it('every year of 1899 … 2101', () => {
    const r = verifyYears(Array.from({ length: 203 }, (_, i) => 1899 + i));
    expect(r.differences).toEqual([]);
  });

  it('300 random years of -722 … 10000', () => {
    const r = verifyYears(Array.from({ length: 300 }, () => -722 + Math.floor(next() * 10723)));
    expect(r.differences).toEqual([]);
    expect(r.newMoons).toBe(300 * 16);
  });

  it('2,000 random lunations and terms at the library\'s own argument', () => {
    for (let j = 0; j < 2000; j++) {
      const n = -33700 + Math.floor(next() * 132680);
      const k = -65370 + Math.floor(next() * 257460);
      expect(getCalendarNewMoonDay(n), `lunation ${n}`).toBe(reference('new moon', n));
      expect(getCalendarTermDay(k), `term ${k}`).toBe(reference('term', k));
    }
  });
});

describe('leap overrides and month names', () => {
  const source = readFileSync(require.resolve('lunar-javascript/lunar.js'), 'utf8');
  const list11 = (/var _LEAP_11 = \[([^\]]*)\]/.exec(source)?.[1] ?? '').split(',').map(Number);
  const list12 = (/var _LEAP_12 = \[([^\]]*)\]/.exec(source)?.[1] ?? '').split(',').map(Number);

  it('hasLeapElevenOverride / hasLeapTwelveOverride are LunarYear\'s _LEAP_11 / _LEAP_12', () => {
    expect(list11.length).toBe(220);
    expect(list12.length).toBe(156);
    for (let y = -800; y <= 10100; y++) {
      expect(hasLeapElevenOverride(y), `${y}`).toBe(list11.includes(y));
      expect(hasLeapTwelveOverride(y), `${y}`).toBe(list12.includes(y));
    }
  });

  it('getMonthNameShift: names move by one inside the 建丑 eras, the months that end them are the boundary', () => {
    const epoch = (jd: number) => jd - EPOCH_JDN;
    for (const [from, to] of [[1724360, 1729794], [1807724, 1808699]] as const) {
      expect(getMonthNameShift(epoch(from) - 1)).toEqual({ shift: 0, boundary: false });
      expect(getMonthNameShift(epoch(from))).toEqual({ shift: 1, boundary: false });
      expect(getMonthNameShift(epoch(to) - 1)).toEqual({ shift: 1, boundary: false });
      expect(getMonthNameShift(epoch(to))).toEqual({ shift: 0, boundary: true });
      expect(getMonthNameShift(epoch(to) + 1)).toEqual({ shift: 0, boundary: false });
    }
    // in the reference: every month of those years begins on a day our data classifies, and the
    // boundary months are stored as -11 (a leap 十一月) though counted as 十二月
    for (const y of [8, 9, 23, 24, 237, 238, 239, 240]) {
      for (const m of LunarYear.fromYear(y).getMonths()) {
        const { boundary } = getMonthNameShift(epoch(m.getFirstJulianDay()));
        if (boundary) expect(m.getMonth(), `${y}: ${m.getFirstJulianDay()}`).toBe(-11);
      }
    }
    expect(getMonthNameShift(0)).toEqual({ shift: 0, boundary: false });
  });
});
