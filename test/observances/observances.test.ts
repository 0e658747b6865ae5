import { describe, expect, it } from 'vitest';
import { fromEpochDayIn, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { FIRST_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';
import { localize } from '../../src/i18n/localize';
import { buddhistDay, observanceNames, taoistDay } from '../../src/observances/index';
import { REF_SPLIT_YEARS } from '../support/lunarYearDifferential';
import { compareObservances, sixDaysContradictions } from '../support/observancesDifferential';
import { derivedPillars } from '../support/rangeDifferential';
import { reference } from '../support/reference';
import { seededRandom } from '../support/seededRandom';

const HAN = /\p{Script=Han}/u;
const julian = (y: number, m: number, d: number): number => toEpochDayIn('julian', y, m, d);
const span = (from: number, days: number): number[] => Array.from({ length: days }, (_, i) => from + i);

/**
 * The sample `npm test` compares with the real reference: every day of 2025 and of 2033 (its
 * 闰冬月), the 1582 switch, year 0, the ends of the range, the month-renaming eras' edges (9, 23,
 * 237–239, 689–700), every day of the leap months of 40 years drawn over the range, the last
 * and first days of the 25 years whose leap month the reference's LunarYear drops, and 3,000 random days.
 */
function sample(): number[] {
  const random = seededRandom(20261202);
  const days = new Set<number>([
    ...span(julian(2025, 1, 1), 365), ...span(julian(2033, 1, 1), 365), ...span(julian(1582, 9, 20), 60), ...span(julian(0, 1, 1), 366),
    ...span(FIRST_EPOCH_DAY, 60), ...span(LAST_EPOCH_DAY - 59, 60),
    ...[9, 23, 237, 238, 239, 689, 690, 700, 701].flatMap((y) => [...span(julian(y, 1, 1), 40), ...span(julian(y, 11, 15), 50)]),
  ]);
  for (let i = 0; i < 40; i++) {
    const year = -720 + Math.floor(random() * 10719);
    for (const m of reference.LunarYear.fromYear(year).getMonthsInYear()) {
      if (m.getMonth() < 0) for (const n of span(m.getFirstJulianDay() - 2440588, m.getDayCount())) days.add(n);
    }
  }
  // The 25 years whose leap month the reference's LunarYear drops: their Decembers (where its Lunar
  // and its next year's list name 74 days differently) and the next year's first weeks (its
  // isDayZhaiSix throws on the leap month's 28th).
  for (const year of REF_SPLIT_YEARS) for (const n of [...span(julian(year, 12, 1), 31), ...span(julian(year + 1, 1, 15), 45)]) days.add(n);
  for (let i = 0; i < 3000; i++) days.add(FIRST_EPOCH_DAY + Math.floor(random() * (LAST_EPOCH_DAY - FIRST_EPOCH_DAY + 1)));
  return [...days].filter((n) => n >= FIRST_EPOCH_DAY && n <= LAST_EPOCH_DAY).sort((a, b) => a - b);
}

describe('buddhistDay and taoistDay against lunar-javascript (Foto, Tao)', () => {
  const days = sample();
  const result = compareObservances(days, { via: 'reference' });

  it('agree on every item of every sampled day', () => {
    expect(result.days).toBe(days.length);
    expect(result.days).toBeGreaterThan(7000);
    expect(result.differences).toEqual([]);
    expect(result.differenceCount).toBe(0);
  });

  it('follow the reference\'s Lunar where its isDayZhaiSix reads a month its LunarYear misplaces (the 25 years whose leap month it drops)', () => {
    const contradictions = [...sixDaysContradictions];
    const years = new Set(contradictions.map(([day]) => Number(/\(lunar (-?\d+)\)/.exec(day)![1])));
    expect([...years].every((y) => REF_SPLIT_YEARS.includes(y))).toBe(true);
    // It throws on the 28th of each dropped leap month (all 25 are in the sample).
    const thrown = contradictions.filter(([, said]) => typeof said === 'string');
    expect(thrown.length).toBe(25);
    expect(thrown.every(([, said]) => said === "Cannot read properties of null (reading 'getDayCount')")).toBe(true);
  });

  it('meet leap months, fasts and the 八节 in the sample (it is not empty of what it checks)', () => {
    for (const key of ['佛 杨公忌', '佛 月朔', '佛 释迦牟尼佛诞', '道 元始天尊圣诞', '道 天会', '道 kind 2', '道 kind 8']) expect(result.counts[key], key).toBeGreaterThan(0);
  });

  it('read 天赦 before 1 CE on the month pillar derived from the reference\'s terms, which is the reference\'s own from 1 CE on', () => {
    // The reference's own month pillar is known wrong before 1 CE (docs/calendar.md).
    expect(result.corrected.length).toBeGreaterThan(1000);
    const later = days.filter((n) => n >= julian(1, 1, 1)).filter((_, i) => i % 20 === 0);
    const monthPillar = (n: number): string => {
      const d = fromEpochDayIn('julian', n);
      return reference.Solar.fromYmd(d.year, d.month, d.day).getLunar().getMonthInGanZhi();
    };
    expect(later.length).toBeGreaterThan(200);
    expect(later.filter((n) => derivedPillars(n)[1] !== monthPillar(n))).toEqual([]);
  });

  it('follow the reference\'s next year\'s list on the 74 December days before 1 CE where its Lunar names the day otherwise, as the calendar does', () => {
    expect(result.informed.length).toBe(74);
    expect(result.informed.every((n) => n < julian(1, 1, 1) && fromEpochDayIn('julian', n).month === 12)).toBe(true);
  });

  it('the every-day sweep\'s light Lunar answers as the real reference does on the sample', () => {
    const checked = compareObservances(days.filter((_, i) => i % 2 === 0), { via: 'light', check: true });
    expect(checked.lightDifferences).toBe(0);
    expect(checked.differenceCount).toBe(0);
  });
});

describe('buddhistDay', () => {
  it('gives the Buddha\'s birthday, 四月初八 2025, as the reference lists it', () => {
    const day = buddhistDay('2025-05-05');
    expect(day.lunar).toEqual({ year: 2025, month: 4, day: 8, leap: false, monthName: '四月', dayName: '初八' });
    expect(day.festivals[0]).toEqual({ name: '释迦牟尼佛诞', result: '犯者夺纪', everyMonth: false, remark: null });
    expect(day.fasts).toEqual({ month: false, newAndFullMoon: false, sixDays: true, tenDays: true, guanYin: false });
    expect(Object.isFrozen(day) && Object.isFrozen(day.festivals) && Object.isFrozen(day.festivals[0]) && Object.isFrozen(day.fasts)).toBe(true);
    expect(JSON.parse(JSON.stringify(day))).toEqual(day);
  });

  it('keeps the leap month free of the lunar day\'s festivals: 闰六月初八 2025', () => {
    const leap = buddhistDay('2025-08-01');
    expect([leap.lunar.monthName, leap.lunar.dayName]).toEqual(['闰六月', '初八']);
    expect([leap.festivals, leap.otherFestivals, leap.fasts.tenDays]).toEqual([[], [], true]);
    expect(buddhistDay('2025-07-02').festivals.map((f) => f.name)).toEqual(['四天王巡行']); // 六月初八
  });

  it('reads dates in the calendar asked for', () => {
    expect(buddhistDay('1582-10-04', { calendar: 'julian' })).toEqual(buddhistDay('1582-10-14'));
    expect(() => buddhistDay('1582-10-10', { calendar: 'julian' })).toThrow(RangeError);
    expect(() => buddhistDay('2025-02-30')).toThrow(/^buddhistDay: /);
  });
});

describe('taoistDay', () => {
  it('gives 冬至 2025 its festivals and the 八节', () => {
    const day = taoistDay('2025-12-21');
    expect(day.festivals).toEqual([{ name: '元始天尊圣诞', remark: null }, { name: '北方玄上玉宸天尊同黑帝五炁天君下降', remark: null }]);
    expect(day.baJie).toBe(true);
  });

  it('finds the 戊 days and 天赦 by the day pillar and the month', () => {
    // 2025-12-15 is 戊午 (明戊) in 十月; 2025-03-10 is 戊寅 in a 卯 month, a 天赦 of spring.
    for (const [y, m, d] of [[2025, 12, 15], [2025, 3, 10], [2025, 1, 10]] as const) {
      const day = taoistDay({ year: y, month: m, day: d });
      const tao = reference.Solar.fromYmd(y, m, d).getLunar() as unknown as { getTao(): Record<string, () => boolean> };
      const ref = tao.getTao();
      expect([day.mingWu, day.anWu, day.wu, day.tianShe]).toEqual([ref['isDayMingWu']!(), ref['isDayAnWu']!(), ref['isDayWu']!(), ref['isDayTianShe']!()]);
    }
    expect(taoistDay('2025-12-15').mingWu).toBe(true);
    expect(taoistDay('2025-03-10').tianShe).toBe(true);
    expect(() => taoistDay('10000-01-01')).toThrow(/^taoistDay: /);
  });
});

describe('localize with observanceNames', () => {
  it('renders a Buddhist and a Taoist day in English with no Chinese left', () => {
    for (const date of ['2025-05-05', '2025-12-21', '2025-02-12', '2025-08-01']) {
      const b = JSON.stringify(localize(buddhistDay(date), 'en', { names: observanceNames }));
      const t = JSON.stringify(localize(taoistDay(date), 'en', { names: observanceNames }));
      expect(b).not.toMatch(HAN);
      expect(t).not.toMatch(HAN);
    }
  });

  it('renders a name, or a list of them, passed alone', () => {
    const day = buddhistDay('2025-05-05');
    expect(localize(day.otherFestivals, 'en', { names: observanceNames })).toEqual([observanceNames['释迦牟尼佛圣诞']!.en]);
    expect(localize(day.festivals[0]!.name, 'zh-Hant', { names: observanceNames })).toBe(observanceNames['释迦牟尼佛诞']!['zh-Hant']);
    // A glossary term still reads as one: '安葬' is an activity.
    expect(localize('安葬', 'en', { names: observanceNames })).toBe('Bury the dead');
  });

  it('renders them in Traditional Chinese from the names', () => {
    const day = localize(buddhistDay('2025-05-05'), 'zh-Hant', { names: observanceNames });
    expect(day.festivals[0]!.name).toBe(observanceNames['释迦牟尼佛诞']!['zh-Hant']);
    expect(day.lunar.monthName).toBe('四月');
  });

  it('is a RangeError without them, or with names that lack one, and a TypeError for a non-object', () => {
    expect(() => localize(buddhistDay('2025-05-05'), 'en')).toThrow(/^localize: options.names must be renderings \{ 'zh-Hant', en \} keyed by name \(observanceNames, verseNames or your own\) that render "释迦牟尼佛诞", got undefined$/);
    expect(() => localize(taoistDay('2025-12-21'), 'zh-Hant', { names: { 元始天尊圣诞: { 'zh-Hant': '元始天尊聖誕', en: 'x' } } })).toThrow(RangeError);
    expect(() => localize(taoistDay('2025-12-21'), 'en', { names: 'all' as never })).toThrow(TypeError);
    // A rendering without the language asked for is named, field and language.
    const withoutEnglish = { ...observanceNames, 释迦牟尼佛诞: { 'zh-Hant': '釋迦牟尼佛誕' } as never };
    expect(() => localize(buddhistDay('2025-05-05'), 'en', { names: withoutEnglish })).toThrow(/^localize: options.names\["释迦牟尼佛诞"\]\['en'\] must be a non-empty string, got undefined$/);
    expect(localize(buddhistDay('2025-05-05'), 'zh-Hant', { names: withoutEnglish }).festivals[0]!.name).toBe('釋迦牟尼佛誕');
    expect(localize(buddhistDay('2025-05-05'), 'zh-Hans')).toEqual(buddhistDay('2025-05-05'));
  });

  it('has a rendering for every string a day can hold, and English without Chinese', () => {
    const values = Object.values(observanceNames);
    expect(values.length).toBe(341);
    expect(values.filter((r) => HAN.test(r.en) || r.en === '' || r['zh-Hant'] === '')).toEqual([]);
  });
});
