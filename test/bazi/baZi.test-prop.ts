/**
 * Invariants of baZi() (fast-check, the suite's fixed seed: test/support/setup.ts).
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baZi, type ChartPillar, type TenGod } from '../../src/bazi/index';
import { computeSolarTime } from '../../src/bazi/trueSolarTime';
import { BRANCHES, STEMS } from '../../src/names/stemsBranches';
import { getTenGod } from '../../src/bazi/tenGods';
import { createRequire } from 'node:module';

/** A wall-clock second of 1900 … 2100 (China Standard Time), as fields. */
const moment = fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2101, 0, 1) / 1000 - 1 }).map((s) => {
  const d = new Date(s * 1000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
});
const options = fc.record({
  sex: fc.constantFrom('male' as const, 'female' as const),
  dayBoundary: fc.constantFrom('midnight' as const, '23:00' as const),
  luckStart: fc.constantFrom('days' as const, 'minutes' as const),
});
const pillarsOf = (c: ReturnType<typeof baZi>): ChartPillar<TenGod | '日主'>[] => [c.pillars.year, c.pillars.month, c.pillars.day, c.pillars.hour];

describe('baZi invariants', () => {
  const godOfPair = new Map<string, string>();
  test.prop([moment, options])('the ten god of a stem depends only on the day stem and that stem', (m, o) => {
    const c = baZi(m, o);
    const master = c.pillars.day.stem;
    for (const p of pillarsOf(c)) {
      const pairs: [string, string][] = p.hiddenStems.map((h) => [h.stem, h.tenGod]);
      if (p !== c.pillars.day) pairs.push([p.stem, p.tenGod]);
      for (const [stem, god] of pairs) {
        const key = master + stem;
        expect(godOfPair.get(key) ?? god).toBe(god);
        godOfPair.set(key, god);
        expect(god).toBe(getTenGod(STEMS.indexOf(master), STEMS.indexOf(stem as never)));
      }
    }
  });

  it('the ten gods of all 100 stem pairs are the reference table', () => {
    const require = createRequire(import.meta.url);
    const { LunarUtil } = require('lunar-javascript') as { LunarUtil: { SHI_SHEN: Record<string, string> } };
    for (let d = 0; d < 10; d++) for (let s = 0; s < 10; s++) expect(getTenGod(d, s)).toBe(LunarUtil.SHI_SHEN[`${STEMS[d]}${STEMS[s]}`]);
  });

  const hiddenOfBranch = new Map<string, string>();
  test.prop([moment])('the hidden stems of a branch are always the same', (m) => {
    for (const p of pillarsOf(baZi(m))) {
      const stems = p.hiddenStems.map((h) => h.stem).join('');
      expect(hiddenOfBranch.get(p.branch) ?? stems).toBe(stems);
      hiddenOfBranch.set(p.branch, stems);
      expect(p.hiddenStems.length).toBeGreaterThanOrEqual(1);
      expect(p.hiddenStems.length).toBeLessThanOrEqual(3);
    }
  });

  test.prop([moment])('the 旬空 are the two branches after the branch of the 旬\'s tenth pillar', (m) => {
    for (const p of pillarsOf(baZi(m))) {
      const first = p.index - (p.index % 10);
      expect(p.xun).toBe(STEMS[0]! + BRANCHES[first % 12]!);
      const last = (first + 9) % 12;
      expect(p.xunKong).toEqual([BRANCHES[(last + 1) % 12], BRANCHES[(last + 2) % 12]]);
      expect(p.xunKong).not.toContain(p.branch);
    }
  });

  test.prop([moment, options], { numRuns: 100 })('the decades step one pillar at a time from the month pillar, forward or backward', (m, o) => {
    const c = baZi(m, o);
    const step = c.luck.forward ? 1 : 59;
    let previous = c.pillars.month.index;
    expect(c.luck.decades[0]?.pillar).toBeNull();
    for (const d of c.luck.decades.slice(1)) {
      expect(d.pillar?.index).toBe((previous + step) % 60);
      previous = d.pillar?.index ?? -1;
    }
  });

  test.prop([moment, options], { numRuns: 100 })('decades, years and minor luck follow each other year by year', (m, o) => {
    const c = baZi(m, o);
    let year = m.year;
    for (const d of c.luck.decades) {
      expect(d.startYear).toBe(year);
      expect(d.years.map((y) => y.year)).toEqual(Array.from({ length: d.endYear - d.startYear + 1 }, (_, i) => d.startYear + i));
      for (const [i, y] of d.years.entries()) {
        expect(y.age).toBe(y.year - m.year + 1);
        expect(y.pillar.index).toBe((((y.year - 4) % 60) + 60) % 60);
        expect(y.months[0]?.pillar.index).toBe((y.year * 12 + 14) % 60);
        const minor = d.minorLuck[i];
        expect(minor?.pillar.index).toBe((c.pillars.hour.index + (c.luck.forward ? y.age : 60 * 3 - y.age)) % 60);
      }
      year = d.endYear + 1;
    }
  });

  const hasSolarTime = ((): boolean => {
    try {
      computeSolarTime(0, 120);
      return true;
    } catch {
      return false;
    }
  })();
  describe.skipIf(!hasSolarTime)('true solar time (once computeSolarTime exists)', () => {
  test.prop([moment, options], { numRuns: 100 })('at 120°E without the equation of time the chart is the plain one', (m, o) => {
    const plain = baZi(m, o);
    const solar = baZi(m, { ...o, trueSolarTime: { longitude: 120, equationOfTime: false } });
    const { moment: plainMoment, ...plainRest } = plain;
    const { moment: solarMoment, ...solarRest } = solar;
    expect(solarRest).toEqual(plainRest);
    expect(solarMoment.chartClock).toBe(plainMoment.chartClock);
    expect(solarMoment.instant).toBe(plainMoment.instant);
  });
  });
});
