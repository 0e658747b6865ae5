/**
 * festivalSet() (huangli/festivals) checks a caller's set and seals it: each malformed part is a
 * TypeError or RangeError naming festivalSet, the field, the value as given and what it must be;
 * the set it returns is a fresh, deeply frozen copy with the checksum that almanac() and
 * localize() check (test/festivals/readFestivalsOption.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { festivalSet, gregorianFestivals } from '../../src/festivals/index';
import { getChecksum } from '../../src/festivals/getChecksum';
import { almanac } from '../../src/index';

const names = { 国庆节: { 'zh-Hant': '國慶節', en: 'National Day' } };
const make = (set: unknown): (() => unknown) => () => festivalSet(set as never);

describe('festivalSet()', () => {
  it.each([
    ['an unknown field', { fixed: {}, names, kinds: {} }, TypeError, 'set.kinds must be absent (a festival set has fixed, weekdays, other, names and its checksum), got {}'],
    ['no names', { fixed: { '10-1': ['国庆节'] } }, TypeError, `set.names must be an object of renderings { 'zh-Hant', en } keyed by name, got undefined`],
    ['fixed as an array', { fixed: [['国庆节']], names }, TypeError, `set.fixed must be an object of names keyed by date 'M-D', got an array`],
    ['a date key with a leading zero', { fixed: { '10-01': ['国庆节'] }, names }, TypeError, `set.fixed key must be a date 'M-D', month and day without a leading zero, e.g. '1-1' or '10-31', got "10-01"`],
    ['a date key that is not a date', { fixed: { 'May 4': ['国庆节'] }, names }, TypeError, `set.fixed key must be a date 'M-D', month and day without a leading zero, e.g. '1-1' or '10-31', got "May 4"`],
    ['a date that does not exist', { other: { '2-30': ['国庆节'] }, names }, RangeError, `set.other key must be a day of the year, '1-1' … '12-31' ('2-29' included), got "2-30"`],
    ['month 13', { fixed: { '13-1': ['国庆节'] }, names }, RangeError, `set.fixed key must be a day of the year, '1-1' … '12-31' ('2-29' included), got "13-1"`],
    ['a name that is not a list', { fixed: { '10-1': '国庆节' }, names }, TypeError, 'set.fixed["10-1"] must be a non-empty array of names, got "国庆节"'],
    ['an empty list', { fixed: { '10-1': [] }, names }, TypeError, 'set.fixed["10-1"] must be a non-empty array of names, got an array'],
    ['an empty name', { fixed: { '10-1': ['国庆节', ''] }, names }, TypeError, 'set.fixed["10-1"][1] must be a non-empty string, got ""'],
    ['a name without its rendering', { other: { '10-1': ['国际老年人日'] }, names }, TypeError, `set.names["国际老年人日"] must be a rendering { 'zh-Hant', en } (set.other["10-1"] lists 国际老年人日), got undefined`],
    ['a rendering without English', { fixed: { '10-1': ['国庆节'] }, names: { 国庆节: { 'zh-Hant': '國慶節' } } }, TypeError, 'set.names["国庆节"]["en"] must be a non-empty string, got undefined'],
    ['a rendering in another language', { fixed: { '10-1': ['国庆节'] }, names: { 国庆节: { ...names.国庆节, ja: '国慶節' } } }, TypeError, `set.names["国庆节"].ja must be absent (a rendering has 'zh-Hant' and en), got "国慶節"`],
    ['Chinese in English', { fixed: { '10-1': ['国庆节'] }, names: { 国庆节: { 'zh-Hant': '國慶節', en: 'National Day 国庆' } } }, RangeError, 'set.names["国庆节"].en must be English, without a Chinese character, got "National Day 国庆"'],
    ['weekdays as an object', { weekdays: { '5-2-0': ['母亲节'] }, names }, TypeError, 'set.weekdays must be an array of rules { month, week, weekday, names }, got {"5-2-0":["母亲节"]}'],
    ['a rule with the reference\'s week 0', { weekdays: [{ month: 3, week: 0, weekday: 1, names: ['国庆节'] }], names }, RangeError, 'set.weekdays[0].week must be 1 … 5 (the week of day d is ceil(d / 7)) or -1 (the last seven days), got 0'],
    ['a rule on weekday 7', { weekdays: [{ month: 5, week: 2, weekday: 7, names: ['国庆节'] }], names }, RangeError, 'set.weekdays[0].weekday must be between 0 (Sunday) and 6 (Saturday), got 7'],
    ['a rule with a month as text', { weekdays: [{ month: '5', week: 2, weekday: 0, names: ['国庆节'] }], names }, TypeError, 'set.weekdays[0].month must be an integer, got "5"'],
    ['a rule with a misspelt field', { weekdays: [{ month: 5, week: 2, day: 0, names: ['国庆节'] }], names }, TypeError, 'set.weekdays[0].day must be absent (a rule has month, week, weekday and names), got 0'],
  ])('rejects %s', (_, set, type, message) => {
    expect(make(set)).toThrow(type);
    expect(make(set)).toThrow(new RegExp(`^${`festivalSet: ${message}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('rejects what is not a set', () => {
    expect(make(null)).toThrow(/^festivalSet: set must be a festival set \{ fixed\?, weekdays\?, other\?, names \}, got null$/);
    expect(make([])).toThrow(TypeError);
  });

  it("rejects a copy of the library's set with one part wrong, naming the part", () => {
    const lookAlike = { ...gregorianFestivals, weekdays: gregorianFestivals.weekdays.map((r) => (r.names[0] === '感恩节' ? { ...r, week: 6 } : r)) };
    expect(make(lookAlike)).toThrow(RangeError);
    expect(make(lookAlike)).toThrow(/^festivalSet: set\.weekdays\[6\]\.week must be 1 … 5 \(the week of day d is ceil\(d \/ 7\)\) or -1 \(the last seven days\), got 6$/);
    expect(make({ ...gregorianFestivals, checksum: 5 })).toThrow(/^festivalSet: set\.checksum must be a string \(written anew\) or absent, got 5$/);
  });

  it('makes a fresh, deeply frozen copy, its lists present, sealed with the checksum of its content', () => {
    const input = { fixed: { '10-1': ['国庆节'] }, names: { ...names, 春节: { 'zh-Hant': '春節', en: 'Spring Festival' } } };
    const set = festivalSet(input);
    expect(set).toEqual({ fixed: { '10-1': ['国庆节'] }, weekdays: [], other: {}, names: input.names, checksum: getChecksum({ fixed: input.fixed, weekdays: [], other: {}, names: input.names }) });
    expect([Object.isFrozen(set), Object.isFrozen(set.fixed['10-1']), Object.isFrozen(set.names['国庆节'])]).toEqual([true, true, true]);
    input.fixed['10-1'].push('开放日');
    expect(set.fixed['10-1']).toEqual(['国庆节']);
    expect(almanac('2025-10-01', { festivals: set }).festivals).toEqual([...almanac('2025-10-01').festivals, { name: '国庆节', kind: 'solar' }]);
  });

  it("gives the library's set back as it is: its checksum is festivalSet's", () => {
    expect(festivalSet(JSON.parse(JSON.stringify(gregorianFestivals)))).toEqual(gregorianFestivals);
    const { checksum, ...days } = gregorianFestivals;
    expect(festivalSet(days).checksum).toBe(checksum);
    expect(festivalSet({ ...gregorianFestivals, checksum: 'stale' }).checksum).toBe(checksum);
  });

  it('keeps a name such as __proto__ as a field of its own', () => {
    const set = festivalSet(JSON.parse('{"fixed":{"1-2":["__proto__"]},"names":{"__proto__":{"zh-Hant":"原型","en":"Prototype day"}}}'));
    expect(Object.keys(set.names)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(set.names)).toBe(Object.prototype);
  });
});
