/**
 * isGoodFor() and isBadFor() against the reference's 宜/忌 lists (lunar-javascript): on one day
 * of each of the 720 (month branch, day pillar) cells of the table, for each of the 114
 * activities, good is "宜 names it" and bad is "忌 names it, or a marker (诸事不宜, 馀事勿取) in
 * either list and 宜 does not name it". The reference writes an empty list as ['无'].
 */
import { describe, expect, it } from 'vitest';
import { activities, almanac, pillars } from '../../src/index';
import { isBadFor, isGoodFor, type PlainActivity } from '../../src/select/index';
import { reference, type RefAlmanacLunar } from '../support/reference';

const MARKERS = ['诸事不宜', '馀事勿取'];
const plain = activities.filter((a) => !MARKERS.includes(a)) as PlainActivity[];
const orEmpty = (list: string[]): string[] => (list.length === 1 && list[0] === '无' ? [] : list);

interface Sample { readonly date: string; readonly yi: string[]; readonly ji: string[] }

/** One day of each cell, from 2000 on, with the reference's lists (by the 节's day, and sect 2: at 00:00). */
function sampleCells(sect: 1 | 2): Sample[] {
  const seen = new Set<string>();
  const out: Sample[] = [];
  for (let t = Date.UTC(2000, 0, 1); seen.size < 720; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    const p = pillars(date);
    const cell = p.month.branch + p.day.name;
    if (seen.has(cell)) continue;
    seen.add(cell);
    const d = new Date(t);
    const l = reference.Solar.fromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()).getLunar() as RefAlmanacLunar;
    out.push({ date, yi: orEmpty(l.getDayYi(sect)), ji: orEmpty(l.getDayJi(sect)) });
  }
  return out;
}

const cells = sampleCells(1);
const marked = (s: Sample): boolean => MARKERS.some((m) => s.yi.includes(m) || s.ji.includes(m));

describe('isGoodFor() and isBadFor() against the reference lists, every cell, every activity', () => {
  it('covers every marker the table uses, in either list', () => {
    expect(cells.length).toBe(720);
    expect(cells.filter((s) => s.ji.length === 1 && s.ji[0] === '诸事不宜').length).toBeGreaterThan(20);
    expect(cells.filter((s) => s.yi.includes('馀事勿取')).length).toBeGreaterThan(100);
    expect(cells.filter((s) => s.ji.includes('馀事勿取')).length).toBeGreaterThan(0);
    expect(cells.filter((s) => s.yi.includes('诸事不宜')).length).toBeGreaterThan(0);
  });

  it('good: 宜 names it; bad: 忌 names it, or a marker and 宜 does not', () => {
    const wrong: string[] = [];
    for (const s of cells) {
      const day = almanac(s.date);
      for (const a of plain) {
        const good = s.yi.includes(a);
        const bad = s.ji.includes(a) || (marked(s) && !s.yi.includes(a));
        if (isGoodFor(s.date, a) !== good || isGoodFor(day, a) !== good) wrong.push(`${s.date} good ${a}`);
        if (isBadFor(s.date, a) !== bad || isBadFor(day, a) !== bad) wrong.push(`${s.date} bad ${a}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('reads the month at 00:00 with monthBoundary "instant" (the reference\'s sect 2)', () => {
    const instant = sampleCells(2);
    const wrong: string[] = [];
    for (const s of instant) {
      for (const a of plain) {
        if (isGoodFor(s.date, a, { monthBoundary: 'instant' }) !== s.yi.includes(a)) wrong.push(`${s.date} good ${a}`);
        if (isBadFor(s.date, a, { monthBoundary: 'instant' }) !== (s.ji.includes(a) || (marked(s) && !s.yi.includes(a)))) wrong.push(`${s.date} bad ${a}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(instant.some((s, i) => s.yi.join() !== (cells[i] as Sample).yi.join())).toBe(true); // some sampled day is a 节 day
  });

  it('is never both good and bad', () => {
    for (const s of cells.slice(0, 120)) for (const a of plain) expect(isGoodFor(s.date, a) && isBadFor(s.date, a)).toBe(false);
  });
});

describe('the markers, on named days', () => {
  it('宜 祭祀, 解除, 馀事勿取 with 忌 诸事不宜 (2025-12-14): only those two are good, everything else bad', () => {
    expect(almanac('2025-12-14').yi).toEqual(['祭祀', '解除', '馀事勿取']);
    expect(almanac('2025-12-14').ji).toEqual(['诸事不宜']);
    expect(plain.filter((a) => isGoodFor('2025-12-14', a))).toEqual(['祭祀', '解除']);
    expect(plain.filter((a) => !isBadFor('2025-12-14', a))).toEqual(['祭祀', '解除']);
  });
  it('宜 诸事不宜 (the reference\'s 酉 month, 辛未 day): nothing is good, everything bad', () => {
    const s = cells.find((c) => c.yi.length === 1 && c.yi[0] === '诸事不宜');
    expect(s).toBeDefined();
    const date = (s as Sample).date;
    expect(plain.filter((a) => isGoodFor(date, a))).toEqual([]);
    expect(plain.every((a) => isBadFor(date, a))).toBe(true);
  });
  it('without a marker, an activity neither list names is neither good nor bad', () => {
    expect([isGoodFor('2025-12-18', '出行'), isBadFor('2025-12-18', '出行')]).toEqual([false, false]);
  });
  it('reads a time of day, a Date and a time zone as the other functions do', () => {
    expect(isGoodFor('2025-12-18T23:30', '安床')).toBe(true);
    expect(isGoodFor(new Date('2025-12-17T20:00:00Z'), '安床')).toBe(true); // 12-18 04:00 in China
    expect(isGoodFor(new Date('2025-12-18T20:00:00Z'), '安床', { timeZone: 'America/New_York' })).toBe(true); // 15:00 on 12-18 there
  });
});

describe('isGoodFor() and isBadFor() refuse bad input, naming the function, the field and the value', () => {
  it.each([
    [() => isGoodFor('2025-12-18', '结婚' as never), RangeError, /^isGoodFor: activity must be an activity of the 宜\/忌 tables .*, got "结婚"$/],
    [() => isBadFor('2025-12-18', '馀事勿取' as never), RangeError, /^isBadFor: activity must be an activity .* not the markers .*, got "馀事勿取"$/],
    [() => isGoodFor('2025-12-18', 7 as never), TypeError, /^isGoodFor: activity must be an activity .*, got 7$/],
    [() => isBadFor('2025-02-30', '嫁娶'), RangeError, /^isBadFor: day\.day must be between 1 and 28 in 2025-02, got "2025-02-30"$/],
    [() => isGoodFor('+010000-01-01', '嫁娶'), RangeError, /^isGoodFor: day\.year must be between -721 and 9999, got "\+010000-01-01"$/],
    [() => isGoodFor({ yi: '嫁娶', ji: [] } as never, '嫁娶'), TypeError, /^isGoodFor: day\.yi must be an array of activities \(the day is read as an almanac\), got "嫁娶"$/],
    [() => isGoodFor('2025-12-18', '嫁娶', { monthBoundary: 'month' as never }), RangeError, /^isGoodFor: options\.monthBoundary must be 'day' or 'instant', got "month"$/],
  ])('%#', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
