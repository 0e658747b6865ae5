/**
 * What almanac() and localize() accept as `options.festivals`: `'traditional'` or a festival set
 * sealed by festivalSet() (gregorianFestivals is one), unchanged since — checked by its checksum, in
 * the main bundle, which does not carry festivalSet's checks. A look-alike, a hand-written object
 * or a set changed after it was made is a TypeError naming the function, the option, the value
 * and the expectation; a string other than 'traditional' ('all' of the 0.6.0 drafts) a RangeError.
 */
import { describe, expect, it } from 'vitest';
import { festivalSet, gregorianFestivals } from '../../src/festivals/index';
import { almanac, localize } from '../../src/index';

const EXPECTED = "'traditional' or a festival set of huangli/festivals (gregorianFestivals, or made by festivalSet() and unchanged since)";
const message = (fn: string, got: string): string => `${fn}: options.festivals must be ${EXPECTED}, got ${got}`;
const names = { 公司周年: { 'zh-Hant': '公司週年', en: 'Company anniversary' } };
const days = ['2025-01-01', '2025-04-22', '2025-05-11', '2025-10-01', '2025-11-27', '2026-03-30'];

describe('options.festivals of almanac and localize', () => {
  it("rejects 'all', which the set replaced, saying where the set is", () => {
    expect(() => almanac('2025-10-01', { festivals: 'all' as never })).toThrow(RangeError);
    expect(() => almanac('2025-10-01', { festivals: 'all' as never })).toThrow(message('almanac', '"all"'));
    expect(() => localize('中秋节', 'en', { festivals: 'all' as never })).toThrow(message('localize', '"all"'));
  });

  it.each([
    ['a string', 'gregorian', RangeError, '"gregorian"'],
    ['true', true, TypeError, 'true'],
    ['null', null, TypeError, 'null'],
    ['an array', [], TypeError, 'an array'],
    ['a set written by hand, without its checksum', { fixed: { '10-1': ['公司周年'] }, names }, TypeError, 'an object'],
    ['a small one', { names: {} }, TypeError, '{"names":{}}'],
    ['a set with a made-up checksum', { fixed: {}, weekdays: [], other: {}, names: {}, checksum: 'abc' }, TypeError, '{"fixed":{},"weekdays":[],"other":{},"names":{},"checksum":"abc"}'],
    ["a copy of the library's set with one day changed", { ...gregorianFestivals, fixed: { ...gregorianFestivals.fixed, '10-1': ['国庆日'] } }, TypeError, 'an object'],
    ["a copy of the library's set with a week rule broken", { ...gregorianFestivals, weekdays: gregorianFestivals.weekdays.map((r, i) => (i === 0 ? { ...r, week: 0 } : r)) }, TypeError, 'an object'],
  ])('rejects %s, naming the function, the option, the value and the expectation', (_, festivals, type, got) => {
    expect(() => almanac('2025-10-01', { festivals: festivals as never })).toThrow(type);
    expect(() => almanac('2025-10-01', { festivals: festivals as never })).toThrow(message('almanac', got));
    expect(() => localize('中秋节', 'en', { festivals: festivals as never })).toThrow(message('localize', got));
  });

  it('accepts the set however it travelled: a JSON copy or a spread copy, unchanged, lists the same days', () => {
    const json = JSON.parse(JSON.stringify(gregorianFestivals)) as typeof gregorianFestivals;
    const spread = { ...gregorianFestivals };
    for (const d of days) {
      const expected = almanac(d, { festivals: gregorianFestivals }).festivals;
      expect(expected.some((f) => f.kind === 'solar' || f.kind === 'solar-other'), d).toBe(true);
      expect(almanac(d, { festivals: json }).festivals).toEqual(expected);
      expect(almanac(d, { festivals: spread }).festivals).toEqual(expected);
      expect(localize(expected, 'en', { festivals: json })).toEqual(localize(expected, 'en', { festivals: gregorianFestivals }));
    }
  });

  it('verifies a set that is not frozen at each call: a change after a first use is refused', () => {
    const json = JSON.parse(JSON.stringify(festivalSet({ fixed: { '10-1': ['公司周年'] }, names }))) as { fixed: Record<string, string[]> };
    expect(almanac('2025-10-01', { festivals: json as never }).festivals.at(-1)).toEqual({ name: '公司周年', kind: 'solar' });
    (json.fixed['10-1'] as string[]).push('没有译名的日子');
    expect(() => almanac('2025-10-01', { festivals: json as never })).toThrow(TypeError);
  });

  it("lists a caller's set after the traditional festivals", () => {
    const mine = festivalSet({ fixed: { '10-1': ['公司周年'] }, names });
    expect(almanac('2025-10-01', { festivals: mine }).festivals).toEqual([...almanac('2025-10-01').festivals, { name: '公司周年', kind: 'solar' }]);
    expect(almanac('2025-10-01', { festivals: 'traditional' }).festivals).toEqual(almanac('2025-10-01').festivals);
  });
});
