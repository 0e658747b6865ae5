/**
 * baZi(): named cases, the conventions, time zones, the shape of the result (frozen, JSON-safe),
 * errors, and the types (checked by tsc: the `@ts-expect-error` lines fail the typecheck if they compile).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  baZi,
  type BaZi, type BaZiOptions, type BaZiWithLuck, type ChartPillar, type DayBoundary, type DayMaster, type GrowthStage, type Luck,
  type LuckStartMethod, type Sex, type TenGod, type XunName,
} from '../../src/bazi/index';
import type { Branch, FiveElement, NaYinName, Pillar, Stem } from '../../src/index';
import { pillars } from '../../src/index';

describe('baZi', () => {
  const chart = baZi('1990-05-05T20:00');

  it('casts the four pillars with their ten gods, hidden stems, elements, 纳音, 长生 and 旬', () => {
    const { year, month, day, hour } = chart.pillars;
    expect([year.name, month.name, day.name, hour.name]).toEqual(['庚午', '庚辰', '庚午', '丙戌']);
    expect(day.tenGod).toBe('日主');
    expect([year.tenGod, month.tenGod, hour.tenGod]).toEqual(['比肩', '比肩', '七杀']);
    expect(month.hiddenStems).toEqual([{ stem: '戊', tenGod: '偏印' }, { stem: '乙', tenGod: '正财' }, { stem: '癸', tenGod: '伤官' }]);
    expect(hour.elements).toEqual({ stem: '火', branch: '土' });
    expect([year.naYin, month.naYin, hour.naYin]).toEqual(['路旁土', '白蜡金', '屋上土']);
    expect([year.growth, month.growth, day.growth, hour.growth]).toEqual(['沐浴', '养', '沐浴', '衰']);
    expect([hour.xun, hour.xunKong]).toEqual(['甲申', ['午', '未']]);
    expect(hour).toMatchObject({ stem: '丙', branch: '戌', index: 22 });
  });

  it('derives 胎元, 胎息, 命宫 and 身宫', () => {
    expect([chart.taiYuan, chart.taiXi, chart.mingGong, chart.shenGong]).toEqual([
      { name: '辛未', naYin: '路旁土' }, { name: '乙未', naYin: '沙中金' }, { name: '己卯', naYin: '城头土' }, { name: '己卯', naYin: '城头土' },
    ]);
  });

  it('states the moment it was cast on', () => {
    expect(chart.moment).toEqual({
      wallClock: '1990-05-05T20:00:00', timeZone: null, utcOffset: '+08:00', instant: '1990-05-05T12:00:00Z', solarTime: null, chartClock: '1990-05-05T20:00:00',
    });
    expect(chart.dayBoundary).toBe('midnight');
    expect(chart.luck).toBeUndefined();
  });

  it('has the same four pillars as pillars() for the same moment and 子时 convention', () => {
    for (const m of ['1990-05-05T23:30', '2025-02-03T22:10', '2025-02-03T23:10', '2000-01-01T00:00']) {
      for (const dayBoundary of ['midnight', '23:00'] as const) {
        const p = pillars(m as '2000-01-01T00:00', { dayBoundary });
        const c = baZi(m, { dayBoundary }).pillars;
        expect([c.year.name, c.month.name, c.day.name, c.hour.name]).toEqual([p.year.name, p.month.name, p.day.name, p.hour.name]);
      }
    }
  });

  it('changes the day pillar at 23:00 only with dayBoundary "23:00"; the hour is always the next day\'s 子', () => {
    const late = baZi('1990-05-05T23:30');
    const early = baZi('1990-05-05T23:30', { dayBoundary: '23:00' });
    expect([late.pillars.day.name, late.pillars.hour.name]).toEqual(['庚午', '戊子']);
    expect([early.pillars.day.name, early.pillars.hour.name]).toEqual(['辛未', '戊子']);
    expect(early.dayBoundary).toBe('23:00');
    // The day master changes with the day: the hour's ten god follows it.
    expect(late.pillars.hour.tenGod).toBe('偏印');
    expect(early.pillars.hour.tenGod).toBe('正印');
  });

  it('changes the month at the 节 instant and the year at the 立春 instant (2025 立春: 02-03 22:10)', () => {
    const before = baZi('2025-02-03T22:09');
    const after = baZi('2025-02-03T22:11');
    expect([before.pillars.year.name, before.pillars.month.name]).toEqual(['甲辰', '丁丑']);
    expect([after.pillars.year.name, after.pillars.month.name]).toEqual(['乙巳', '戊寅']);
  });

  describe('luck', () => {
    const male = baZi('1990-05-05T20:00', { sex: 'male' });

    it('is present with sex: forward for a yang-year male, start by days', () => {
      expect(male.luck.sex).toBe('male');
      expect(male.luck.method).toBe('days');
      expect(male.luck.forward).toBe(true);
      expect(male.luck.start).toEqual({ years: 0, months: 1, days: 0, hours: 0 });
      expect(male.luck.startDate).toBe('1990-06-05T20:00:00');
      expect(male.luck.decades.length).toBe(10);
      expect(male.luck.decades.slice(0, 3).map((d) => [d.index, d.pillar?.name ?? null, d.startYear, d.endYear, d.startAge, d.endAge])).toEqual([
        [0, null, 1990, 1989, 1, 0], [1, '辛巳', 1990, 1999, 1, 10], [2, '壬午', 2000, 2009, 11, 20],
      ]);
      expect(male.luck.decades[0]?.years).toEqual([]);
    });

    it('goes backward for a yang-year female; counted by minutes', () => {
      const female = baZi('1990-05-05T20:00', { sex: 'female', luckStart: 'minutes' });
      expect(female.luck.forward).toBe(false);
      expect(female.luck.start).toEqual({ years: 10, months: 1, days: 24, hours: 0 });
      expect(female.luck.startDate).toBe('2000-06-29T20:00:00');
      expect(female.luck.decades[1]?.pillar?.name).toBe('己卯');
    });

    it('lists the years of each decade with their pillars, ages and twelve months; minor luck from the hour pillar', () => {
      const decade = male.luck.decades[1];
      expect(decade?.years.map((y) => `${y.year}${y.pillar.name}${y.age}`)).toEqual([
        '1990庚午1', '1991辛未2', '1992壬申3', '1993癸酉4', '1994甲戌5', '1995乙亥6', '1996丙子7', '1997丁丑8', '1998戊寅9', '1999己卯10',
      ]);
      expect(decade?.years[1]?.months.map((m) => m.pillar.name)).toEqual(['庚寅', '辛卯', '壬辰', '癸巳', '甲午', '乙未', '丙申', '丁酉', '戊戌', '己亥', '庚子', '辛丑']);
      expect(decade?.years[1]?.months[0]).toMatchObject({ index: 0, term: '立春' });
      expect(decade?.years[1]?.months[11]).toMatchObject({ index: 11, term: '小寒' });
      expect(decade?.minorLuck.slice(0, 3).map((y) => `${y.year}${y.pillar.name}${y.age}`)).toEqual(['1990丁亥1', '1991戊子2', '1992己丑3']);
    });

    it('runs past 2100 with plain arithmetic', () => {
      const late = baZi('2100-12-31T23:59', { sex: 'female' });
      const last = late.luck.decades[9];
      expect(last?.endYear).toBeGreaterThan(2180);
      expect(last?.years[9]?.pillar.index).toBe(((last?.years[9]?.year ?? 0) - 4) % 60);
    });

    it('does not depend on the 子时 convention', () => {
      for (const m of ['1990-05-05T23:30', '1987-01-02T23:59']) {
        expect(baZi(m, { sex: 'male', dayBoundary: '23:00' }).luck).toEqual(baZi(m, { sex: 'male' }).luck);
      }
    });
  });

  describe('time zones', () => {
    it('reads a wall clock in the zone: New York 20:00 on 1990-05-05 is after 立夏', () => {
      const c = baZi('1990-05-05T20:00', { timeZone: 'America/New_York' });
      expect(c.pillars.month.name).toBe('辛巳');
      expect(c.moment).toMatchObject({ wallClock: '1990-05-05T20:00:00', timeZone: 'America/New_York', utcOffset: '-04:00', instant: '1990-05-06T00:00:00Z' });
      // The day and hour follow the birthplace's clock.
      expect(c.pillars.day.name).toBe(pillars('1990-05-05').day.name);
      expect(c.pillars.hour.branch).toBe('戌');
    });

    it("applies China's daylight saving of 1986–1991 for Asia/Shanghai, not for the default fixed UTC+8", () => {
      const dst = baZi('1988-07-01T12:30', { timeZone: 'Asia/Shanghai' });
      expect(dst.moment.utcOffset).toBe('+09:00');
      expect(dst.moment.instant).toBe('1988-07-01T03:30:00Z');
      expect(dst.pillars.hour.branch).toBe('午');
      expect(baZi('1988-07-01T12:30').moment.utcOffset).toBe('+08:00');
    });

    it('an instant (a Date, a string with an offset) is seen in the zone', () => {
      const a = baZi(new Date('1990-05-06T00:00:00Z'), { timeZone: 'America/New_York' });
      const b = baZi('1990-05-05T20:00-04:00', { timeZone: 'America/New_York' });
      expect(a).toEqual(b);
      expect(a.moment.wallClock).toBe('1990-05-05T20:00:00');
    });

    it('counts the luck start on the chart clock: in a zone, both the birth and the 节 on its wall clock', () => {
      const ny = baZi('1990-05-05T20:00', { timeZone: 'America/New_York', sex: 'male' });
      // 庚午 year male: forward from 20:00 in New York (08:00 on 05-06 in China, after 立夏) to 芒种
      // (06-06 06:46 in China, 06-05 18:46 in New York): 30 days and 11 时辰 = 10 years 3 months 20 days.
      expect(ny.luck.forward).toBe(true);
      expect(ny.luck.start).toEqual({ years: 10, months: 3, days: 20, hours: 0 });
      expect(ny.luck.startDate).toBe('2000-08-25T20:00:00');
      // The same instant on China's clock counts the same days and 时辰 here.
      expect(baZi('1990-05-06T08:00', { sex: 'male' }).luck.start).toEqual(ny.luck.start);
    });

    it('finds the 节 by the instant even where the zone\'s date is a day behind China\'s (清明 2008 from Honolulu)', () => {
      // 清明 2008 is at 17:45:30 on 04-04 in China, 23:45:30 on 04-03 in Honolulu (UTC−10).
      expect(baZi('2008-04-03T23:44', { timeZone: 'Pacific/Honolulu' }).pillars.month.name).toBe('乙卯');
      expect(baZi('2008-04-03T23:47', { timeZone: 'Pacific/Honolulu' }).pillars.month.name).toBe('丙辰');
      expect(baZi('2008-04-03T23:47', { timeZone: 'Pacific/Honolulu' }).pillars.month.name).toBe(pillars('2008-04-04T17:47').month.name);
    });

    it('follows disambiguation for a skipped wall clock', () => {
      expect(baZi('2024-03-10T02:30', { timeZone: 'America/New_York' }).moment.wallClock).toBe('2024-03-10T03:30:00');
      expect(() => baZi('2024-03-10T02:30', { timeZone: 'America/New_York', disambiguation: 'reject' })).toThrow(RangeError);
    });
  });

  describe('true solar time', () => {
    it('casts Beijing (116.4°E) on apparent solar time: 14 min 24 s of longitude, +3 min 19 s of equation of time', () => {
      const c = baZi('1990-05-05T20:00', { trueSolarTime: { longitude: 116.4 } });
      expect(c.moment.solarTime).toEqual({
        longitude: 116.4, equationOfTime: true, meanSolarTime: '1990-05-05T19:45:36', apparentSolarTime: '1990-05-05T19:48:55', equationOfTimeSeconds: 199.2,
      });
      expect(c.moment.chartClock).toBe('1990-05-05T19:48:55');
      expect(c.moment.wallClock).toBe('1990-05-05T20:00:00');
      expect(c.pillars.hour.name).toBe('丙戌');
    });

    it('moves Urumqi (87.6°E) two hours back: 20:00 on the clock is 17:53 by the Sun, the 酉 hour', () => {
      const c = baZi('1990-05-05T20:00', { trueSolarTime: { longitude: 87.6 } });
      expect(c.moment.chartClock).toBe('1990-05-05T17:53:43');
      expect([c.pillars.hour.name, c.pillars.hour.tenGod]).toEqual(['乙酉', '正财']);
      // The same instant on Urumqi's own zone clock (UTC+6) gives the same solar time.
      const local = baZi('1990-05-05T18:00', { timeZone: 'Asia/Urumqi', trueSolarTime: { longitude: 87.6 } });
      expect(local.moment.chartClock).toBe(c.moment.chartClock);
      expect(local.pillars).toEqual(c.pillars);
    });

    it('uses mean solar time with equationOfTime: false', () => {
      const c = baZi('1990-05-05T20:00', { trueSolarTime: { longitude: 116.4, equationOfTime: false } });
      expect(c.moment.chartClock).toBe('1990-05-05T19:45:36');
      expect(c.moment.solarTime?.equationOfTime).toBe(false);
    });

    it('moves the day with the clock, not the year or month (which stay at the instant)', () => {
      const c = baZi('2000-01-01T00:30', { trueSolarTime: { longitude: 87.6 } });
      expect(c.moment.chartClock).toBe('1999-12-31T22:17:30');
      expect(c.pillars.day.name).toBe(pillars('1999-12-31').day.name);
      expect(c.pillars.hour.branch).toBe('亥');
      expect([c.pillars.year.name, c.pillars.month.name]).toEqual([pillars('2000-01-01T00:30').year.name, pillars('2000-01-01T00:30').month.name]);
    });

    it('counts the luck start on solar time, the 节 read on the same clock', () => {
      const plain = baZi('1990-05-05T20:00', { sex: 'male', luckStart: 'minutes' });
      const solar = baZi('1990-05-05T20:00', { sex: 'male', luckStart: 'minutes', trueSolarTime: { longitude: 116.4 } });
      // Forward to 立夏 (05-06 02:35 CST), 6 h 35 min away on either clock, give or take the equation of time's drift.
      expect(plain.luck.start).toEqual({ years: 0, months: 1, days: 2, hours: 22 });
      expect(Math.abs(solar.luck.start.days * 12 + solar.luck.start.hours / 2 - (plain.luck.start.days * 12 + plain.luck.start.hours / 2))).toBeLessThanOrEqual(1);
    });
  });

  it('is frozen all the way down and JSON-safe', () => {
    const c = baZi('1990-05-05T20:00', { sex: 'female' });
    const frozen = (v: unknown): boolean => typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(frozen));
    expect(frozen(c)).toBe(true);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('does not mutate its input and is deterministic', () => {
    const input = { year: 1990, month: 5, day: 5, hour: 20, minute: 0 };
    const options = { sex: 'male' as const, dayBoundary: '23:00' as const };
    const copy = structuredClone(input);
    expect(baZi(input, options)).toEqual(baZi(input, options));
    expect(input).toEqual(copy);
  });

  describe('errors', () => {
    it.each([
      ['1990-05-05', TypeError, /^baZi: moment must be a date with a time .*, got "1990-05-05"$/],
      [{ year: 1990, month: 5, day: 5 }, TypeError, /^baZi: moment must be a date with a time .*, got \{"year":1990,"month":5,"day":5\}$/],
      ['-000722-12-31T12:00', RangeError, /^baZi: moment\.year must be between -721 and 9999, got "-000722-12-31T12:00"$/],
      ['2025-02-30T12:00', RangeError, /^baZi: moment\.day must be between 1 and 28 in 2025-02, got "2025-02-30T12:00"$/],
      [42, TypeError, /^baZi: moment must be /],
    ])('rejects the moment %j', (moment, kind, message) => {
      expect(() => baZi(moment as never)).toThrow(kind);
      expect(() => baZi(moment as never)).toThrow(message);
    });

    it.each([
      [{ sex: 'm' }, RangeError, /^baZi: options\.sex must be 'male' or 'female', got "m"$/],
      [{ dayBoundary: '00:00' }, RangeError, /^baZi: options\.dayBoundary must be 'midnight' or '23:00', got "00:00"$/],
      [{ luckStart: 'hours' }, RangeError, /^baZi: options\.luckStart must be 'days' or 'minutes', got "hours"$/],
      [{ timeZone: 'Mars/Olympus' }, RangeError, /^baZi: options\.timeZone must be an IANA time zone name/],
      [{ trueSolarTime: 116.4 }, TypeError, /^baZi: options\.trueSolarTime must be an object \{ longitude, equationOfTime\? \}, got 116\.4$/],
      [{ trueSolarTime: {} }, TypeError, /^baZi: options\.trueSolarTime\.longitude must be a finite number of degrees east, got undefined$/],
      [{ trueSolarTime: { longitude: '116.4' } }, TypeError, /^baZi: options\.trueSolarTime\.longitude must be a finite number of degrees east, got "116\.4"$/],
      [{ trueSolarTime: { longitude: 200 } }, RangeError, /^baZi: options\.trueSolarTime\.longitude must be between -180 and 180, got 200$/],
      [{ trueSolarTime: { longitude: 116.4, equationOfTime: 'yes' } }, TypeError, /^baZi: options\.trueSolarTime\.equationOfTime must be a boolean, got "yes"$/],
      [null, TypeError, /^baZi: options must be an object, got null$/],
    ])('rejects the options %j', (options, kind, message) => {
      expect(() => baZi('1990-05-05T20:00', options as never)).toThrow(kind);
      expect(() => baZi('1990-05-05T20:00', options as never)).toThrow(message);
    });
  });
});

describe('baZi types', () => {
  it('name every closed set', () => {
    expectTypeOf<TenGod>().toEqualTypeOf<'比肩' | '劫财' | '食神' | '伤官' | '偏财' | '正财' | '七杀' | '正官' | '偏印' | '正印'>();
    expectTypeOf<DayMaster>().toEqualTypeOf<'日主'>();
    expectTypeOf<GrowthStage>().toEqualTypeOf<'长生' | '沐浴' | '冠带' | '临官' | '帝旺' | '衰' | '病' | '死' | '墓' | '绝' | '胎' | '养'>();
    expectTypeOf<XunName>().toEqualTypeOf<'甲子' | '甲戌' | '甲申' | '甲午' | '甲辰' | '甲寅'>();
    expectTypeOf<Sex>().toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<DayBoundary>().toEqualTypeOf<'midnight' | '23:00'>();
    expectTypeOf<LuckStartMethod>().toEqualTypeOf<'days' | 'minutes'>();
  });

  it('type the chart with them', () => {
    const c = baZi('1990-05-05T20:00');
    expectTypeOf(c).toEqualTypeOf<BaZi>();
    expectTypeOf(c.pillars.year).toEqualTypeOf<ChartPillar>();
    expectTypeOf(c.pillars.year.tenGod).toEqualTypeOf<TenGod>();
    expectTypeOf(c.pillars.day.tenGod).toEqualTypeOf<DayMaster>();
    expectTypeOf(c.pillars.hour.hiddenStems[0]!.tenGod).toEqualTypeOf<TenGod>();
    expectTypeOf(c.pillars.hour.hiddenStems[0]!.stem).toEqualTypeOf<Stem>();
    expectTypeOf(c.pillars.month.growth).toEqualTypeOf<GrowthStage>();
    expectTypeOf(c.pillars.month.elements.branch).toEqualTypeOf<FiveElement>();
    expectTypeOf(c.pillars.month.naYin).toEqualTypeOf<NaYinName>();
    expectTypeOf(c.pillars.month.xun).toEqualTypeOf<XunName>();
    expectTypeOf(c.pillars.month.xunKong).toEqualTypeOf<readonly [Branch, Branch]>();
    expectTypeOf(c.luck).toEqualTypeOf<Luck | undefined>();
    // @ts-expect-error - a ten god is not any string
    const god: TenGod = '日主';
    void god;
    // @ts-expect-error - the day pillar's ten god is only 日主
    const dayGod: ChartPillar<DayMaster>['tenGod'] = '比肩';
    void dayGod;
    // @ts-expect-error - no such growth stage
    const stage: GrowthStage = '长寿';
    void stage;
  });

  it('have luck when sex is given', () => {
    const c = baZi('1990-05-05T20:00', { sex: 'male' });
    expectTypeOf(c).toEqualTypeOf<BaZiWithLuck>();
    expectTypeOf(c.luck.decades[0]!.pillar).toEqualTypeOf<Pillar | null>();
    expectTypeOf(c.luck.decades[1]!.years[0]!.months[0]!.pillar).toEqualTypeOf<Pillar>();
    const options: BaZiOptions = { sex: 'female', dayBoundary: '23:00', luckStart: 'minutes', trueSolarTime: { longitude: 116.4 } };
    void options;
    // Compiled, not run:
    void (() => [
      // @ts-expect-error - sex is 'male' or 'female'
      baZi('1990-05-05T20:00', { sex: 'man' }),
      // @ts-expect-error - no such 子时 convention
      baZi('1990-05-05T20:00', { dayBoundary: '00:00' }),
      // @ts-expect-error - a longitude is required
      baZi('1990-05-05T20:00', { trueSolarTime: { equationOfTime: false } }),
    ]);
  });
});
