/**
 * A caller's festival set, made at random: almanac() lists, after the traditional festivals, the
 * set's fixed days on their date, its weekday rules on the days they describe (week `ceil(day / 7)`,
 * or -1 for the month's last seven days, read from the date itself here), then its other days — the
 * same for the set festivalSet() made and for its JSON copy — and localize() renders each from the
 * set. The days asked are random ones and those the set names in a random year (each date, and the
 * days of the weekday of each rule's month), so that most checks meet a festival.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { festivalSet } from '../../src/festivals/index';
import { almanac, localize, type Festival } from '../../src/index';

const NAMES = ['甲节', '乙日', '丙节', '丁日', '戊节', '己日'];
const name = fc.constantFrom(...NAMES);
const MOST_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const dateKey = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).filter(([m, d]) => d <= MOST_DAYS[m - 1]!).map(([m, d]) => `${m}-${d}`);
const table = fc.dictionary(dateKey, fc.uniqueArray(name, { minLength: 1, maxLength: 2 }), { maxKeys: 8 });
const rule = fc.record({ month: fc.integer({ min: 1, max: 12 }), week: fc.constantFrom(1, 2, 3, 4, 5, -1 as const), weekday: fc.integer({ min: 0, max: 6 }), names: fc.uniqueArray(name, { minLength: 1, maxLength: 2 }) });
const set = fc.record({ fixed: table, weekdays: fc.array(rule, { maxLength: 6 }), other: table }).map((s) => ({
  ...s, names: Object.fromEntries(NAMES.map((n, i) => [n, { 'zh-Hant': `${n}繁`, en: `Day ${i}` }])),
}));
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

describe('a festival set of your own', () => {
  test.prop([set, fc.integer({ min: 1900, max: 2100 }), fc.array(fc.integer({ min: 0, max: 365 }), { maxLength: 5 })], { numRuns: 60 })(
    'lists its days as its rules say, made or read back from JSON, and renders them',
    (s, year, offsets) => {
      const made = festivalSet(s);
      const json = JSON.parse(JSON.stringify(made)) as typeof made;
      const days = offsets.map((n) => { const t = new Date(Date.UTC(year, 0, 1 + n)); return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }; });
      for (const key of [...Object.keys(s.fixed), ...Object.keys(s.other)]) {
        const [m, d] = key.split('-').map(Number) as [number, number];
        if (d <= daysIn(year, m)) days.push({ year, month: m, day: d });
      }
      for (const r of s.weekdays) for (let d = 1; d <= daysIn(year, r.month); d++) if (weekdayOf(year, r.month, d) === r.weekday) days.push({ year, month: r.month, day: d });
      let met = 0;
      for (const d of days) {
        const key = `${d.month}-${d.day}`;
        const weekday = weekdayOf(d.year, d.month, d.day);
        const last = daysIn(d.year, d.month) - d.day < 7;
        const expected: Festival[] = [
          ...(s.fixed[key] ?? []).map((n) => ({ name: n, kind: 'solar' as const })),
          ...s.weekdays.filter((r) => r.month === d.month && r.weekday === weekday && (r.week === Math.ceil(d.day / 7) || (r.week === -1 && last))).flatMap((r) => r.names.map((n) => ({ name: n, kind: 'solar' as const }))),
          ...(s.other[key] ?? []).map((n) => ({ name: n, kind: 'solar-other' as const })),
        ];
        if (expected.length > 0) met++;
        const traditional = almanac(d).festivals;
        const listed = almanac(d, { festivals: made }).festivals;
        expect(listed).toEqual([...traditional, ...expected]);
        expect(almanac(d, { festivals: json }).festivals).toEqual(listed);
        expect(localize(listed.slice(traditional.length), 'en', { festivals: json }).map((f) => f.name)).toEqual(expected.map((f) => `Day ${NAMES.indexOf(f.name)}`));
      }
      // Every date of the set that the year has, and the days of each rule, were asked.
      if (Object.keys(s.fixed).length + Object.keys(s.other).length > 0 && !Object.keys({ ...s.fixed, ...s.other }).every((k) => k === '2-29')) expect(met).toBeGreaterThan(0);
    },
  );
});
