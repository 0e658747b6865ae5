/**
 * almanac()'s `festivals` option: the default is the traditional set; a festival set, such as
 * `gregorianFestivals` of huangli/festivals, adds its days after it (kinds 'solar' and
 * 'solar-other'), on the date as written in `calendar`. Expected values come from lunar-javascript;
 * the whole range is compared in test/differential/festivals(.full).test.ts, the checks of a set
 * in test/festivals/readFestivalSet.test.ts.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay } from '../../src/calendar/epochDay';
import { gregorianFestivals } from '../../src/festivals/index';
import { fortune, almanac, type Festival } from '../../src/index';
import { SEED } from '../support/setup';

interface RefSolar { getFestivals(): string[]; getOtherFestivals(): string[]; getWeek(): number }
const { Solar } = createRequire(import.meta.url)('lunar-javascript') as { Solar: { fromYmd(y: number, m: number, d: number): RefSolar } };

const GREGORIAN: ReadonlySet<Festival['kind']> = new Set(['solar', 'solar-other']);
const days = fc.sample(fc.integer({ min: -141427, max: 2932896 }), { seed: SEED, numRuns: 300 }).map((n) => fromEpochDay(n));

describe("almanac() festivals: 'traditional' (default) and a set (gregorianFestivals)", () => {
  it('lists the traditional set by default, and with gregorianFestivals that set followed by the Gregorian days', () => {
    for (const d of days) {
      const traditional = almanac(d).festivals;
      expect(almanac(d, { festivals: 'traditional' }).festivals).toEqual(traditional);
      const all = almanac(d, { festivals: gregorianFestivals }).festivals;
      expect(all.slice(0, traditional.length)).toEqual(traditional);
      expect(all.slice(traditional.length).every((f) => GREGORIAN.has(f.kind))).toBe(true);
      expect(traditional.some((f) => GREGORIAN.has(f.kind))).toBe(false);
      const ref = Solar.fromYmd(d.year, d.month, d.day);
      expect(all.slice(traditional.length).map((f) => f.name)).toEqual([...ref.getFestivals(), ...ref.getOtherFestivals()]);
    }
  });

  it('names the kinds: 国庆节 is a Gregorian festival, 国际老年人日 another day, on 2025-10-01', () => {
    const ref = Solar.fromYmd(2025, 10, 1);
    expect(almanac('2025-10-01', { festivals: gregorianFestivals }).festivals).toEqual([
      ...ref.getFestivals().map((name) => ({ name, kind: 'solar' })),
      ...ref.getOtherFestivals().map((name) => ({ name, kind: 'solar-other' })),
    ]);
    expect(ref.getFestivals()).toEqual(['国庆节']);
  });

  it("keeps the week rules: 母亲节 on the second Sunday of May, 感恩节 on the fourth Thursday of November, 1900–2100", () => {
    for (let year = 1900; year <= 2100; year++) {
      for (const [month, name, weekday, nth] of [[5, '母亲节', 0, 2], [6, '父亲节', 0, 3], [11, '感恩节', 4, 4]] as const) {
        const day = Array.from({ length: 31 }, (_, i) => i + 1).filter((d) => d <= new Date(Date.UTC(year, month, 0)).getUTCDate() && Solar.fromYmd(year, month, d).getFestivals().includes(name));
        expect(day, `${year} ${name}`).toHaveLength(1);
        expect(Solar.fromYmd(year, month, day[0]!).getWeek()).toBe(weekday);
        expect(Math.ceil(day[0]! / 7)).toBe(nth);
        const ours = almanac({ year, month, day: day[0]! }, { festivals: gregorianFestivals }).festivals;
        expect(ours).toContainEqual({ name, kind: 'solar' });
      }
    }
  });

  it('puts the Gregorian days before 1582-10-15 on the date as written in options.calendar', () => {
    // One day: ISO 1000-01-01 is Julian 0999-12-27, as the reference reads it (no festival).
    expect(almanac('0999-12-27', { calendar: 'julian' }).date).toBe('0999-12-27');
    expect(almanac('1000-01-01').lunar).toEqual(almanac('0999-12-27', { calendar: 'julian' }).lunar);
    expect(Solar.fromYmd(999, 12, 27).getFestivals()).toEqual([]);
    expect(almanac('0999-12-27', { calendar: 'julian', festivals: gregorianFestivals }).festivals.filter((f) => GREGORIAN.has(f.kind))).toEqual([]);
    expect(almanac('1000-01-01', { festivals: gregorianFestivals }).festivals).toContainEqual({ name: '元旦节', kind: 'solar' });
    // And Julian 1000-01-01, the reference's 元旦节, is ISO 1000-01-06.
    expect(Solar.fromYmd(1000, 1, 1).getFestivals()).toEqual(['元旦节']);
    expect(almanac('1000-01-01', { calendar: 'julian', festivals: gregorianFestivals }).festivals).toContainEqual({ name: '元旦节', kind: 'solar' });
    expect(almanac('1000-01-06', { festivals: gregorianFestivals }).festivals.map((f) => f.name)).not.toContain('元旦节');
  });

  it('follows the reference in years before a day was instituted: 国庆节 on 1500-10-01', () => {
    expect(Solar.fromYmd(1500, 10, 1).getFestivals()).toEqual(['国庆节']);
    expect(almanac('1500-10-01', { calendar: 'julian', festivals: gregorianFestivals }).festivals).toContainEqual({ name: '国庆节', kind: 'solar' });
  });

  it('returns frozen festivals', () => {
    const { festivals } = almanac('2025-10-01', { festivals: gregorianFestivals });
    expect(Object.isFrozen(festivals)).toBe(true);
    expect(festivals.every((f) => Object.isFrozen(f))).toBe(true);
  });

  it("rejects 'all', which the set replaced, and other values (the cases: test/festivals/readFestivalsOption.test.ts)", () => {
    expect(() => almanac('2025-10-01', { festivals: 'all' as never })).toThrow(RangeError);
    expect(() => almanac('2025-10-01', { festivals: 'all' as never })).toThrow(/^almanac: options\.festivals must be 'traditional' or a festival set of huangli\/festivals \(gregorianFestivals, or made by festivalSet\(\) and unchanged since\), got "all"$/);
    expect(() => almanac('2025-10-01', { festivals: true as never })).toThrow(TypeError);
  });

  it('leaves fortune() alone, which reads no festival', () => {
    expect(fortune('2025-10-01', { festivals: 'bad' } as never)).toEqual(fortune('2025-10-01'));
  });
});
