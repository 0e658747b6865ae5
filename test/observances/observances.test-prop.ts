import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { fromEpochDay } from '../../src/calendar/epochDay';
import { FIRST_ISO_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { almanac, localize, lunarDate } from '../../src/index';
import { buddhistDay, observanceNames, taoistDay } from '../../src/observances/index';

const HAN = /\p{Script=Han}/u;
/** Any day of the range, the modern one favoured, but for the last (so that the next day is in range). */
const day = fc.oneof(
  fc.integer({ min: FIRST_ISO_EPOCH_DAY, max: LAST_EPOCH_DAY - 1 }),
  fc.integer({ min: -25567, max: 47481 }), // 1900 … 2099
);
const MANSIONS = '角亢氐房心尾箕斗女虚危室壁奎娄胃昴毕觜参井鬼柳星张翼轸'; // the 27, without 牛

test.prop([day], { numRuns: 300 })('a day of a month: its lunar date, its mansion one on in the 27 from the day before, its festivals none in a leap month', (n) => {
  const today = buddhistDay(fromEpochDay(n));
  const tomorrow = buddhistDay(fromEpochDay(n + 1));
  expect(today.lunar).toEqual(lunarDate(fromEpochDay(n)));
  if (tomorrow.lunar.day === today.lunar.day + 1) {
    expect(MANSIONS.indexOf(tomorrow.mansion.name)).toBe((MANSIONS.indexOf(today.mansion.name) + 1) % 27);
  }
  if (today.lunar.leap) expect([today.festivals, today.otherFestivals, today.fasts.month, today.fasts.guanYin]).toEqual([[], [], false, false]);
  expect(today.yangGong).toBe(today.festivals.some((f) => f.name === '杨公忌'));
});

test.prop([day], { numRuns: 300 })('the fasting days: the six among the ten, the first and fifteenth among the ten; 戊 days are 明戊 or 暗戊', (n) => {
  const { fasts, lunar } = buddhistDay(fromEpochDay(n));
  if (fasts.sixDays && lunar.day !== 28) expect(fasts.tenDays).toBe(true);
  if (fasts.newAndFullMoon) expect(fasts.tenDays).toBe(true);
  expect(fasts.tenDays).toBe([1, 8, 14, 15, 18, 23, 24, 28, 29, 30].includes(lunar.day));
  const t = taoistDay(fromEpochDay(n));
  expect(t.wu).toBe(t.mingWu || t.anWu);
  expect(t.mingWu).toBe(almanac(fromEpochDay(n)).pillars.day.stem === '戊');
  expect(t.baJie).toBe(['立春', '春分', '立夏', '夏至', '立秋', '秋分', '立冬', '冬至'].includes(almanac(fromEpochDay(n)).solarTerm?.name ?? ''));
});

test.prop([day], { numRuns: 300 })('the eras: Taoist = lunar year + 2697, Buddhist = lunar year + 544 (but seven days of 王莽\'s era)', (n) => {
  const b = buddhistDay(fromEpochDay(n));
  const t = taoistDay(fromEpochDay(n));
  expect(t.year).toBe(t.lunar.year + 2697);
  if (!(b.lunar.year === 16 || b.lunar.year === 19)) expect(b.year).toBe(b.lunar.year + 544);
});

test.prop([day, fc.constantFrom('en' as const, 'zh-Hant' as const)], { numRuns: 200 })('localize with observanceNames leaves no Simplified name and, in English, no Chinese', (n, locale) => {
  const b = localize(buddhistDay(fromEpochDay(n)), locale, { names: observanceNames });
  const t = localize(taoistDay(fromEpochDay(n)), locale, { names: observanceNames });
  if (locale === 'en') expect(JSON.stringify([b, t])).not.toMatch(HAN);
  else {
    const hant = new Set(Object.values(observanceNames).map((r) => r['zh-Hant']));
    const strings = [...b.festivals.flatMap((f) => [f.name, f.result, f.remark]), ...b.otherFestivals, ...t.festivals.flatMap((f) => [f.name, f.remark])];
    expect(strings.filter((x): x is string => x !== null && !hant.has(x))).toEqual([]);
  }
});
