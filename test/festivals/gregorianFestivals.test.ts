/**
 * `gregorianFestivals` (huangli/festivals) is the reference's tables (lunar-javascript's
 * SolarUtil.FESTIVAL, WEEK_FESTIVAL and OTHER_FESTIVAL) with the glossary's renderings of each
 * name, as plain, deeply frozen, JSON-safe data. What almanac() makes of it on every day is
 * test/differential/festivals(.full).test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gregorianFestivals } from '../../src/festivals/index';
import { ROOT } from '../support/docExamples';

const { SolarUtil } = createRequire(import.meta.url)('lunar-javascript') as {
  SolarUtil: { FESTIVAL: Record<string, string>; WEEK_FESTIVAL: Record<string, string>; OTHER_FESTIVAL: Record<string, string[]> };
};
const glossary = new Map(readFileSync(join(ROOT, 'data/sources/glossary.tsv'), 'utf8').split('\n')
  .map((line) => line.split('\t')).filter((row) => row[0] === 'festival').map((row) => [row[1] as string, { 'zh-Hant': row[2] as string, en: row[3] as string }]));

describe('gregorianFestivals', () => {
  it("holds the reference's fixed days, week rules and other days", () => {
    expect(gregorianFestivals.fixed).toEqual(Object.fromEntries(Object.entries(SolarUtil.FESTIVAL).map(([k, name]) => [k, [name]])));
    expect(gregorianFestivals.other).toEqual(Object.fromEntries(Object.entries(SolarUtil.OTHER_FESTIVAL).map(([k, names]) => [k, names])));
    const rules = gregorianFestivals.weekdays.map((r) => [`${r.month}-${r.week === -1 ? 0 : r.week}-${r.weekday}`, r.names]);
    expect(Object.fromEntries(rules)).toEqual(Object.fromEntries(Object.entries(SolarUtil.WEEK_FESTIVAL).map(([k, name]) => [k, [name]])));
    expect(rules).toHaveLength(Object.keys(SolarUtil.WEEK_FESTIVAL).length);
  });

  it('renders every name as the glossary does, and nothing else', () => {
    const listed = [...Object.values(gregorianFestivals.fixed), ...gregorianFestivals.weekdays.map((r) => r.names), ...Object.values(gregorianFestivals.other)].flat();
    expect(listed).toHaveLength(182);
    expect(Object.keys(gregorianFestivals.names).sort()).toEqual([...new Set(listed)].sort());
    for (const name of listed) expect(gregorianFestivals.names[name], name).toEqual(glossary.get(name));
  });

  it('is deeply frozen and JSON-safe', () => {
    const parts: unknown[] = [gregorianFestivals];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part !== null && typeof part === 'object') {
        expect(Object.isFrozen(part)).toBe(true);
        parts.push(...Object.values(part));
      } else expect(typeof part === 'string' || typeof part === 'number').toBe(true);
    }
    expect(parts.length).toBeGreaterThan(700);
    expect(JSON.parse(JSON.stringify(gregorianFestivals))).toEqual(gregorianFestivals);
  });
});
