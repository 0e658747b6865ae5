/**
 * Properties of the season markers and day items of almanac() (issue 12), over the whole range
 * −0721 … 9999: the 72 pentads tile each year from 冬至 to 冬至 as the reference's rule has it
 * (each starts on a term's day, or 5 days after the previous one), 数九 runs 81 days from 冬至,
 * 初伏 and 末伏 begin on 庚 days with 中伏 of 10 or 20 days, 入梅/出梅 are the first 丙/未 days on
 * or after 芒种/小暑, and the stars, 旬空, 六曜 and signs move as their rules say. The values
 * themselves are compared with the reference in test/differential/dayItems*.
 */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fromEpochDay, toEpochDay } from '../../src/calendar/epochDay';
import { pentads } from '../../src/data/almanac.generated';
import { almanac, type DailyAlmanac } from '../../src/index';
import { FIRST_ISO_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';

const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** A year whose winter solstices on both sides are in the range. */
const year = fc.integer({ min: -720, max: 9998 });
const anyDay = fc.integer({ min: FIRST_ISO_EPOCH_DAY, max: LAST_EPOCH_DAY - 1 });
const day = (n: number): DailyAlmanac => almanac(fromEpochDay(n));

/** The epoch day of a solar term in a window of days, by the almanac's `solarTerm`. */
function termDay(name: string, from: number, to: number): number {
  for (let n = from; n <= to; n++) if (day(n).solarTerm?.name === name) return n;
  throw new Error(`no ${name} between ${from} and ${to}`);
}
const winterSolstice = (y: number): number => termDay('冬至', toEpochDay(y, 12, 1), toEpochDay(y, 12, 31));

test.prop([year], { numRuns: 25 })('the 72 pentads tile the year from 冬至 to 冬至, in order, each from a term day or 5 days after the last', (y) => {
  const first = winterSolstice(y - 1);
  const next = winterSolstice(y);
  const starts: { n: number; pentad: DailyAlmanac['pentad'] }[] = [];
  for (let n = first; n < next; n++) {
    const a = day(n);
    const start = toEpochDay(...(a.pentad.start.split(/(?<=\d)-/).map(Number) as [number, number, number]));
    expect(n - start).toBeGreaterThanOrEqual(0);
    expect(n - start).toBeLessThan(7);
    if (start === n) {
      const previous = starts.at(-1);
      if (a.pentad.index === 1) expect(a.solarTerm?.name).toBe(a.pentad.term);
      else expect([a.solarTerm, n - (previous?.n ?? Number.NaN), previous?.pentad.term]).toEqual([null, 5, a.pentad.term]);
      starts.push({ n, pentad: a.pentad });
    } else expect(a.pentad).toEqual(starts.at(-1)?.pentad);
  }
  expect(starts[0]).toEqual({ n: first, pentad: { name: '蚯蚓结', term: '冬至', index: 1, start: day(first).date } });
  expect(starts.map((s) => s.pentad.name)).toEqual(pentads);
  expect(starts.map((s) => s.pentad.index)).toEqual(Array.from({ length: 72 }, (_, i) => (i % 3) + 1));
});

test.prop([year], { numRuns: 25 })('数九 runs 81 days from the day of 冬至: nine nines of nine days', (y) => {
  const solstice = winterSolstice(y);
  expect(day(solstice - 1).winterNine).toBeNull();
  for (let i = 0; i < 81; i++) expect(day(solstice + i).winterNine).toEqual({ nine: Math.floor(i / 9) + 1, day: (i % 9) + 1 });
  expect(day(solstice + 81).winterNine).toBeNull();
});

test.prop([year], { numRuns: 40 })('三伏: 初伏 from the third 庚 day from 夏至, 中伏 10 or 20 days, 末伏 from the first 庚 day on or after 立秋', (y) => {
  const summer = termDay('夏至', toEpochDay(y, 6, 1), toEpochDay(y, 7, 10));
  const autumn = termDay('立秋', summer + 40, summer + 50);
  const isGeng = (n: number): boolean => day(n).pillars.day.stem === '庚';
  const gengs: number[] = [];
  for (let n = summer; gengs.length < 3; n++) if (isGeng(n)) gengs.push(n);
  const chuFu = gengs[2] as number;
  let moFu = autumn;
  while (!isGeng(moFu)) moFu++;
  const middle = moFu - chuFu - 10;
  expect([10, 20]).toContain(middle);
  const expected = (n: number): DailyAlmanac['dogDays'] => {
    if (n < chuFu || n >= moFu + 10) return null;
    if (n < chuFu + 10) return { period: '初伏', day: n - chuFu + 1 };
    if (n < moFu) return { period: '中伏', day: n - chuFu - 9 };
    return { period: '末伏', day: n - moFu + 1 };
  };
  for (let n = summer - 3; n < autumn + 25; n++) expect(day(n).dogDays).toEqual(expected(n));
  expect([isGeng(chuFu), isGeng(chuFu + 10), isGeng(moFu)]).toEqual([true, true, true]);
});

test.prop([year], { numRuns: 40 })('入梅 is the first 丙 day on or after 芒种 (0 … 9 days), 出梅 the first 未 day on or after 小暑 (0 … 11 days)', (y) => {
  const mangZhong = termDay('芒种', toEpochDay(y, 5, 25), toEpochDay(y, 6, 20));
  const xiaoShu = termDay('小暑', mangZhong + 28, mangZhong + 34);
  let ruMei = mangZhong;
  while (day(ruMei).pillars.day.stem !== '丙') ruMei++;
  let chuMei = xiaoShu;
  while (day(chuMei).pillars.day.branch !== '未') chuMei++;
  expect(ruMei - mangZhong).toBeLessThan(10);
  expect(chuMei - xiaoShu).toBeLessThan(12);
  for (let n = mangZhong - 10; n < xiaoShu + 20; n++) expect(day(n).plumRain).toBe(n === ruMei ? '入梅' : n === chuMei ? '出梅' : null);
});

test.prop([anyDay])('旬空 are the two branches that the ten pillars of the 旬 lack', (n) => {
  const a = day(n);
  for (const key of ['year', 'month', 'day'] as const) {
    const pillar = a.pillars[key].index;
    const first = pillar - (pillar % 10);
    expect(a.xun[key]).toBe(`甲${BRANCHES[first % 12] as string}`);
    const inXun = new Set(Array.from({ length: 10 }, (_, i) => BRANCHES[(first + i) % 12]));
    expect(a.xunKong[key].filter((b) => inXun.has(b))).toEqual([]);
    expect(new Set([...inXun, ...a.xunKong[key]]).size).toBe(12);
  }
});

test.prop([anyDay])('六曜 moves on by one each day of a lunar month and starts each month one further on', (n) => {
  const LIU_YAO = ['先胜', '友引', '先负', '佛灭', '大安', '赤口'];
  const [a, b] = [day(n), day(n + 1)];
  if (b.lunar.day === 1) expect(LIU_YAO.indexOf(b.liuYao)).toBe((b.lunar.month - 1) % 6);
  else expect(LIU_YAO.indexOf(b.liuYao)).toBe((LIU_YAO.indexOf(a.liuYao) + 1) % 6);
});

test.prop([anyDay])('the year and month 九星 fall by one when their pillar changes and stay otherwise; the hours step one way all day', (n) => {
  const [a, b] = [day(n), day(n + 1)];
  const fallen = (x: number, y: number): boolean => (x + 7) % 9 + 1 === y; // y = x - 1 in 1 … 9
  expect(a.yearNineStar.number === b.yearNineStar.number ? a.pillars.year.index === b.pillars.year.index : fallen(a.yearNineStar.number, b.yearNineStar.number)).toBe(true);
  expect(a.monthNineStar.number === b.monthNineStar.number ? a.pillars.month.index === b.pillars.month.index : fallen(a.monthNineStar.number, b.monthNineStar.number)).toBe(true);
  const steps = a.hours.slice(1).map((h, i) => (h.nineStar.number - (a.hours[i] as DailyAlmanac['hours'][number]).nineStar.number + 9) % 9);
  expect(new Set(steps).size).toBe(1);
  expect([1, 8]).toContain(steps[0]);
});

test.prop([anyDay])('the Western sign stays or moves to the next one from one day to the next', (n) => {
  const SIGNS = ['白羊', '金牛', '双子', '巨蟹', '狮子', '处女', '天秤', '天蝎', '射手', '摩羯', '水瓶', '双鱼'];
  const [a, b] = [SIGNS.indexOf(day(n).westernZodiac), SIGNS.indexOf(day(n + 1).westernZodiac)];
  expect([a, (a + 1) % 12]).toContain(b);
});
