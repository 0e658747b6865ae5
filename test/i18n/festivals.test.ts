/**
 * localize() renders every festival of `almanac(date, { festivals: 'all' })` — the reference's
 * Gregorian and international days among them — in Traditional Chinese and English, as the
 * reviewed glossary (data/sources/glossary.tsv) writes them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { almanac, localize } from '../../src/index';
import { ROOT } from '../support/docExamples';

const { SolarUtil } = createRequire(import.meta.url)('lunar-javascript') as {
  SolarUtil: { FESTIVAL: Record<string, string>; WEEK_FESTIVAL: Record<string, string>; OTHER_FESTIVAL: Record<string, string[]> };
};
const gregorian = [...Object.values(SolarUtil.FESTIVAL), ...Object.values(SolarUtil.WEEK_FESTIVAL), ...Object.values(SolarUtil.OTHER_FESTIVAL).flat()];
const glossary = new Map(readFileSync(join(ROOT, 'data/sources/glossary.tsv'), 'utf8').split('\n')
  .map((line) => line.split('\t')).filter((row) => row[0] === 'festival').map((row) => [row[1] as string, { hant: row[2] as string, en: row[3] as string }]));
const HAN = /\p{Script=Han}/u;

describe('localize() and the Gregorian and international days', () => {
  it(`renders each of the reference's ${gregorian.length} Gregorian days as the glossary does`, () => {
    const wrong: string[] = [];
    for (const name of gregorian) {
      const row = glossary.get(name);
      const festival = { name, kind: 'solar-other' as const };
      const en = localize(festival, 'en');
      const hant = localize(festival, 'zh-Hant');
      if (row === undefined || en.name !== row.en || HAN.test(en.name) || hant.name !== row.hant || en.kind !== 'solar-other') wrong.push(`${name}: ${en.name} / ${hant.name}`);
    }
    expect(wrong).toEqual([]);
  });

  it('renders a whole page with them, in English without a Han character', () => {
    for (const date of ['2025-01-01', '2025-03-08', '2025-05-11', '2025-10-01', '2025-11-27', '2025-12-25']) {
      const day = almanac(date, { festivals: 'all' });
      expect(day.festivals.length).toBeGreaterThan(0);
      const en = localize(day, 'en');
      expect(JSON.stringify(en), date).not.toMatch(HAN);
      expect(en.festivals.map((f) => f.kind)).toEqual(day.festivals.map((f) => f.kind));
    }
    expect(localize(almanac('2025-10-01', { festivals: 'all' }).festivals, 'zh-Hant').map((f) => f.name)).toEqual(['國慶節', '國際老年人日']);
    const mothersDay = almanac('2025-05-11', { festivals: 'all' }).festivals;
    expect(localize(mothersDay, 'en').map((f) => f.name)).toEqual(mothersDay.map((f) => glossary.get(f.name)?.en));
    expect(localize(mothersDay, 'en')[0]?.name).toBe("Mother's Day");
  });
});
