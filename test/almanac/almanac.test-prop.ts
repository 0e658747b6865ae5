import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { activities, almanac, type DailyAlmanac } from '../../src/index';
import { civilDate } from '../support/arbitraries';

const known = new Set<string>(activities);

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

const everyList = (a: DailyAlmanac): (readonly string[])[] => [a.yi, a.ji, ...a.hours.flatMap((h) => [h.yi, h.ji])];

test.prop([civilDate])('every 宜/忌 entry, of the day and of each hour, is a known activity', (d) => {
  for (const list of everyList(almanac(d))) for (const entry of list) expect(known.has(entry)).toBe(true);
});

test.prop([civilDate])('宜 and 忌 never share an entry, for the day and for each hour', (d) => {
  const a = almanac(d);
  const pairs: [readonly string[], readonly string[]][] = [[a.yi, a.ji], ...a.hours.map((h) => [h.yi, h.ji] as [readonly string[], readonly string[]])];
  for (const [yi, ji] of pairs) expect(yi.filter((x) => ji.includes(x))).toEqual([]);
});

test.prop([civilDate])('the result is deeply frozen and survives JSON unchanged', (d) => {
  const a = almanac(d);
  expect(isDeepFrozen(a)).toBe(true);
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
});

test.prop([civilDate])('the same day gives the same almanac, from a string, an object or a Date', (d) => {
  const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  const a = almanac(d);
  expect(almanac(iso)).toEqual(a);
  expect(almanac(new Date(`${iso}T12:00:00+08:00`))).toEqual(a);
  expect(almanac(new Date(`${iso}T12:00:00-05:00`), { timeZone: 'America/New_York' })).toEqual(a);
});
