/**
 * localize() and the festivals of a set (`almanac(date, { festivals: gregorianFestivals })`): with
 * the set passed again, every one of the reference's Gregorian and international days is rendered
 * in Traditional Chinese and English as the reviewed glossary (data/sources/glossary.tsv) writes
 * it; without it, a festival of the set's kinds is a RangeError, never Chinese left in an English
 * page nor a guess.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { festivalSet, gregorianFestivals } from '../../src/festivals/index';
import { holiday } from '../../src/holidays/index';
import { almanac, localize, type Festival } from '../../src/index';
import { ROOT } from '../support/docExamples';

const { SolarUtil } = createRequire(import.meta.url)('lunar-javascript') as {
  SolarUtil: { FESTIVAL: Record<string, string>; WEEK_FESTIVAL: Record<string, string>; OTHER_FESTIVAL: Record<string, string[]> };
};
const gregorian = [...Object.values(SolarUtil.FESTIVAL), ...Object.values(SolarUtil.WEEK_FESTIVAL), ...Object.values(SolarUtil.OTHER_FESTIVAL).flat()];
const glossary = new Map(readFileSync(join(ROOT, 'data/sources/glossary.tsv'), 'utf8').split('\n')
  .map((line) => line.split('\t')).filter((row) => row[0] === 'festival').map((row) => [row[1] as string, { hant: row[2] as string, en: row[3] as string }]));
const HAN = /\p{Script=Han}/u;
const withSet = { festivals: gregorianFestivals } as const;
const MISSING = (name: string, got = 'undefined'): string =>
  `localize: options.festivals must be a festival set of huangli/festivals (gregorianFestivals, or made by festivalSet() and unchanged since) that lists "${name}", got ${got}`;

describe('localize() and the Gregorian and international days', () => {
  it(`renders each of the reference's ${gregorian.length} Gregorian days as the glossary does, with the set`, () => {
    expect(gregorian).toHaveLength(182);
    const wrong: string[] = [];
    for (const name of gregorian) {
      const row = glossary.get(name);
      for (const kind of ['solar', 'solar-other'] as const) {
        const festival: Festival = { name, kind };
        const en = localize(festival, 'en', withSet);
        const hant = localize(festival, 'zh-Hant', withSet);
        if (row === undefined || en.name !== row.en || HAN.test(en.name) || hant.name !== row.hant || en.kind !== kind) wrong.push(`${name}: ${en.name} / ${hant.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('renders a whole page with them, in English without a Han character', () => {
    for (const date of ['2025-01-01', '2025-03-08', '2025-05-11', '2025-10-01', '2025-11-27', '2025-12-25']) {
      const day = almanac(date, withSet);
      expect(day.festivals.some((f) => f.kind === 'solar'), date).toBe(true);
      const en = localize(day, 'en', withSet);
      expect(JSON.stringify(en), date).not.toMatch(HAN);
      expect(en.festivals.map((f) => f.kind)).toEqual(day.festivals.map((f) => f.kind));
      expect(localize(day, 'zh-Hant', withSet).festivals.map((f) => f.name)).toEqual(day.festivals.map((f) => glossary.get(f.name)?.hant));
    }
    const mothersDay = almanac('2025-05-11', withSet).festivals;
    expect(localize(mothersDay, 'en', withSet).map((f) => f.name)).toEqual(mothersDay.map((f) => glossary.get(f.name)?.en));
    expect(localize(mothersDay, 'en', withSet)[0]?.name).toBe("Mother's Day");
  });

  it('without the set, refuses a festival of its kinds, in English and in Traditional Chinese', () => {
    const earthDay = almanac('2025-04-22', withSet);
    expect(earthDay.festivals).toContainEqual({ name: '世界地球日', kind: 'solar-other' });
    for (const locale of ['en', 'zh-Hant'] as const) {
      expect(() => localize(earthDay, locale)).toThrow(RangeError);
      expect(() => localize(earthDay, locale)).toThrow(MISSING('世界地球日'));
      expect(() => localize(earthDay.festivals, locale, { festivals: 'traditional' })).toThrow(MISSING('世界地球日'));
    }
    expect(() => localize({ name: '圣诞节', kind: 'solar' }, 'en')).toThrow(MISSING('圣诞节'));
    // 国庆节 is in the glossary too (the statutory holidays'), but a festival of the set is read from the set.
    expect(() => localize({ name: '国庆节', kind: 'solar' }, 'en')).toThrow(MISSING('国庆节'));
    // Canonical values need no rendering.
    expect(localize(earthDay, 'zh-Hans')).toBe(earthDay);
    // The page without the set has no such day, and renders as before.
    expect(JSON.stringify(localize(almanac('2025-04-22'), 'en'))).not.toMatch(HAN);
  });

  it("renders the statutory holidays' 劳动节 and 国庆节 (huangli/holidays) without the set, as the glossary keeps them", () => {
    expect(localize(holiday('2025-10-01'), 'en')?.festivals).toEqual([glossary.get('国庆节')?.en, 'Mid-Autumn Festival']);
    expect(localize(holiday('2025-05-01'), 'zh-Hant')?.festival).toBe('勞動節');
    expect(localize(holiday('2025-05-01'), 'en')?.festival).toBe(glossary.get('劳动节')?.en);
    // A festival of the set is read from the set.
    expect(() => localize(almanac('2025-10-01', withSet).festivals, 'en')).toThrow(MISSING('国庆节'));
    expect(localize(almanac('2025-10-01', withSet).festivals, 'en', withSet).map((f) => f.name)).toEqual(['National Day', glossary.get('国际老年人日')?.en]);
  });

  it("renders a caller's set from its own names, and the traditional festivals from the glossary", () => {
    const mine = festivalSet({ fixed: { '10-1': ['公司周年'] }, names: { 公司周年: { 'zh-Hant': '公司週年', en: 'Company anniversary' } } });
    const day = almanac('2025-10-06', { festivals: mine, calendar: 'iso8601' });
    expect(day.festivals).toEqual([{ name: '中秋节', kind: 'lunar' }]);
    const festivals = almanac('2025-10-01', { festivals: mine }).festivals;
    expect(localize(festivals, 'en', { festivals: mine })).toEqual([{ name: 'Company anniversary', kind: 'solar' }]);
    expect(localize([...almanac('2025-10-06').festivals, ...festivals], 'zh-Hant', { festivals: mine }).map((f) => f.name)).toEqual(['中秋節', '公司週年']);
    // The library's set does not name it.
    expect(() => localize(festivals, 'en', withSet)).toThrow(MISSING('公司周年', 'an object'));
  });

  it('returns a bare string that no table has as it is, as any text it does not know, with the set or without', () => {
    expect(localize('世界地球日', 'en')).toBe('世界地球日');
    expect(localize('世界地球日', 'en', withSet)).toBe('世界地球日');
    expect(localize('中秋节', 'en', withSet)).toBe('Mid-Autumn Festival');
  });

  it('checks its options, naming localize', () => {
    expect(() => localize('中秋节', 'en', 5 as never)).toThrow(/^localize: options must be an object, got 5$/);
    expect(() => localize('中秋节', 'en', { festivals: 'all' as never })).toThrow(RangeError);
    expect(() => localize('中秋节', 'en', { festivals: { names: { 节: { en: 'Day' } } } as never })).toThrow(/^localize: options\.festivals must be 'traditional' or a festival set of huangli\/festivals .*, got \{"names":\{"节":\{"en":"Day"\}\}\}$/);
    expect(localize('中秋节', 'zh-Hant', { festivals: 'traditional' })).toBe('中秋節');
  });
});
