import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { pillars, solarTerms } from '../../src/index';
import { civilDate, civilDateWithNext, nextDay } from '../support/arbitraries';

test.prop([civilDateWithNext])('the day pillar advances by exactly 1 (mod 60) each day', (d) => {
  expect(pillars(nextDay(d)).day.index).toBe((pillars(d).day.index + 1) % 60);
});

test.prop([fc.integer({ min: 1900, max: 2100 })], { numRuns: 40 })('the month pillar changes exactly 12 times a year, each time on the day of a 节', (year) => {
  const jieDays = new Set(solarTerms(year).filter((_, k) => k % 2 === 0).map((t) => t.instant.slice(0, 10)));
  const changes: string[] = [];
  let previous = pillars({ year, month: 1, day: 1 }).month.index;
  for (let t = Date.UTC(year, 0, 2); t <= Date.UTC(year, 11, 31); t += 86400000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    const index = pillars(iso).month.index;
    if (index !== previous) {
      changes.push(iso);
      expect(index).toBe((previous + 1) % 60);
    }
    previous = index;
  }
  expect(changes.length).toBe(12);
  expect(new Set(changes)).toEqual(jieDays);
});

test.prop([civilDate])('stem and branch agree with the index; the month stem follows the year stem (五虎遁)', (d) => {
  const p = pillars(d);
  for (const pillar of [p.year, p.month, p.day]) {
    expect(pillar.name).toBe(pillar.stem + pillar.branch);
    expect('甲乙丙丁戊己庚辛壬癸'.indexOf(pillar.stem)).toBe(pillar.index % 10);
    expect('子丑寅卯辰巳午未申酉戌亥'.indexOf(pillar.branch)).toBe(pillar.index % 12);
  }
  // The 寅 month's stem is fixed by the year's stem: 甲/己 → 丙寅, 乙/庚 → 戊寅, …
  const yearStem = p.year.index % 10;
  const monthsSinceYin = (p.month.index % 12 - 2 + 12) % 12;
  expect(p.month.index % 10).toBe(((yearStem % 5) * 2 + 2 + monthsSinceYin) % 10);
});

const hourArb = fc.record({ date: civilDate, hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });

test.prop([hourArb])('the hour pillar has the branch of the 时辰 and the stem of 五鼠遁 from the day that the 子 hour starts', ({ date, hour, minute }) => {
  const p = pillars({ ...date, hour, minute });
  expect(p.hour?.branch).toBe('子丑寅卯辰巳午未申酉戌亥'[Math.floor((hour + 1) / 2) % 12]);
  const dayStemForHour = hour === 23 ? (p.day.index + 1) % 10 : p.day.index % 10;
  expect((p.hour?.index ?? -1) % 10).toBe(((dayStemForHour % 5) * 2 + Math.floor((hour + 1) / 2) % 12) % 10);
});

test.prop([hourArb])('with a time, year and month agree with the plain date except between a 节 instant and its day boundary', ({ date, hour, minute }) => {
  const timed = pillars({ ...date, hour, minute });
  const plain = pillars(date);
  expect(timed.day).toEqual(plain.day);
  if (timed.month.index !== plain.month.index) {
    // Only possible on the day of a 节, before its instant: the plain date is already the new month.
    const year = date.year;
    const iso = `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    const jie = solarTerms(year).filter((_, k) => k % 2 === 0).find((t) => t.instant.startsWith(iso));
    expect(jie).toBeDefined();
    expect(`${iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` < (jie?.instant.slice(0, 16) ?? '')).toBe(true);
    expect(timed.month.index).toBe((plain.month.index + 59) % 60);
  }
});
