import { describe, expect, it } from 'vitest';
import { buildAlmanac } from '../../src/almanac/almanac';
import { getMoonIlluminationAt } from '../../src/almanac/getMoonIllumination';
import { activities, almanac } from '../../src/index';
import { newMoons } from '../../src/astro/index';
import { reference } from '../support/reference';

describe('almanac() on the reference card, 2025-12-18', () => {
  const day = almanac('2025-12-18');

  it('reproduces every almanac item of the card', () => {
    expect(day.date).toBe('2025-12-18');
    expect(day.weekday).toBe(4); // Thursday
    expect(`${day.lunar.monthName}${day.lunar.dayName}`).toBe('十月廿九');
    expect([day.pillars.year.name, day.pillars.month.name, day.pillars.day.name]).toEqual(['乙巳', '戊子', '辛酉']);
    expect(day.yi.join(',')).toBe('祭祀,开光,理发,整手足甲,安床,作灶,扫舍,教牛马');
    expect(day.ji.join(',')).toBe('伐木,纳畜,破土,安葬,开生坟,嫁娶,开市,动土,交易,作梁');
    expect(day.pengZu).toEqual(['辛不合酱主人不尝', '酉不会客醉坐颠狂']);
    expect(day.clash).toEqual({ zodiac: '兔', pillar: '乙卯', direction: '东', text: '冲兔(乙卯)煞东' });
    expect(day.moonPhase.name).toBe('晓');
  });

  it('has the other traditional items of that day', () => {
    expect(day.zodiac).toBe('蛇');
    expect(day.solarTerm).toBeNull();
    expect(day.officer).toBe('收');
    expect(day.deity).toEqual({ name: '明堂', type: '黄道' });
    expect(day.naYin).toBe('石榴木');
    expect(day.mansion).toEqual({ name: '斗', luck: '吉', animal: '獬', palace: '北', beast: '玄武', zheng: '木' }); // 斗木獬, 北方玄武 (lunar-javascript)
    expect(day.gods.auspicious).toEqual(['母仓', '金堂', '除神', '明堂', '鸣吠']);
    expect(day.gods.inauspicious).toEqual(['河魁', '大时', '大败', '咸池', '四耗', '地囊', '五离']);
    expect(day.directions.caiShen).toEqual({ trigram: '震', direction: '正东' });
    expect(day.directions.taiShen).toBe('厨灶门 外东南');
    expect(day.nineStar).toEqual({
      number: 3, name: '三碧木', star: '天玑', color: '碧', element: '木', position: { trigram: '震', direction: '正东' },
      xuanKong: { star: '禄存', luck: '凶' }, qiMen: { star: '天冲', luck: '小吉', gate: '伤', yinYang: '阳' }, taiYi: { star: '轩辕', spirit: '安神' },
    });
    expect(day.festivals).toEqual([]);
  });

  it('has twelve hours, 子 … 亥, with the reference values of the first and of 卯 (诸事不宜)', () => {
    expect(day.hours.map((h) => h.branch).join('')).toBe('子丑寅卯辰巳午未申酉戌亥');
    expect(day.hours.map((h) => h.start)).toEqual(['23:00', '01:00', '03:00', '05:00', '07:00', '09:00', '11:00', '13:00', '15:00', '17:00', '19:00', '21:00']);
    expect(day.hours[0]).toMatchObject({ pillar: { name: '戊子' }, deity: { name: '司命', type: '黄道' }, luck: '吉', clash: { text: '冲马(壬午)煞南' } });
    expect(day.hours[3]).toMatchObject({ pillar: { name: '辛卯' }, yi: [], ji: ['诸事不宜'] });
  });
});

describe('almanac() items on other days', () => {
  it('names the solar term of its day', () => {
    expect(almanac('2025-12-07').solarTerm).toEqual({ name: '大雪', instant: '2025-12-07T05:04:37+08:00' });
    expect(almanac('2025-12-21').solarTerm?.name).toBe('冬至');
  });

  it('lists festivals, traditional first', () => {
    expect(almanac('2025-10-06').festivals).toEqual([{ name: '中秋节', kind: 'lunar' }]);
    expect(almanac('2026-02-16').festivals).toEqual([{ name: '除夕', kind: 'lunar' }]);
    expect(almanac('2025-04-04').festivals).toEqual([{ name: '清明节', kind: 'solar-term' }]);
    expect(almanac('2025-04-03').festivals).toEqual([{ name: '寒食节', kind: 'lunar-other' }]);
    expect(almanac('2025-02-12').festivals).toEqual([{ name: '元宵节', kind: 'lunar' }]);
    expect(almanac('2025-10-01').festivals).toEqual([]); // 国庆节 is a Gregorian holiday, not an almanac item
    expect(almanac('2025-12-21').festivals).toEqual([{ name: '冬至节', kind: 'solar-term' }]);
  });

  it('keys 宜/忌 by the 节 day by default, by the month at 00:00 with monthBoundary: instant', () => {
    // 2025-12-07 is the day of 大雪 (05:04): by day it is already the 子 month.
    const byDay = almanac('2025-12-07');
    const byInstant = almanac('2025-12-07', { monthBoundary: 'instant' });
    expect(byDay.pillars.month.name).toBe('戊子');
    expect(byInstant.yi).not.toEqual(byDay.yi);
    expect(byInstant.yi).toEqual(almanac('2025-12-07', { monthBoundary: 'instant' }).yi);
    expect(almanac('2025-12-18', { monthBoundary: 'instant' }).yi).toEqual(almanac('2025-12-18').yi);
  });

  it('returns [] where the reference writes 无', () => {
    // lunar-javascript gives ['无'] as the 忌 of 2025-01-08 and 2025-01-11.
    expect(almanac('2025-01-08').ji).toEqual([]);
    expect(almanac('2025-01-11').ji).toEqual([]);
    expect(almanac('2025-01-08').yi).toEqual(['解除', '扫舍', '祭祀', '教牛马', '馀事勿取']);
  });

  it('lists only known activities', () => {
    expect(activities).toContain('交易');
    expect(activities).not.toContain('无');
    expect(Object.isFrozen(activities)).toBe(true);
  });
});

describe('moon', () => {
  it('is nearly dark at every new moon 1900–2100 (phase-angle series within 0.003)', () => {
    let worst = 0;
    for (let year = 1900; year <= 2100; year++) {
      for (const instant of newMoons(year)) worst = Math.max(worst, getMoonIlluminationAt(Date.parse(instant) / 86400000));
    }
    // At conjunction the Moon can stand up to 5.3° off the Sun's path: (1 − cos 5.3°) / 2 = 0.0021.
    expect(worst).toBeLessThan(0.003);
  });

  it('is full around lunar day 15 and dark around day 1', () => {
    expect(almanac('2025-10-06').moonPhase).toEqual({ name: '望', illumination: expect.closeTo(1, 1) as number });
    expect(almanac('2025-12-18').moonPhase.illumination).toBeLessThan(0.05);
  });
});

describe('almanac() errors', () => {
  it('rejects bad options and bad dates like every other function', () => {
    expect(() => almanac('2025-02-30')).toThrow(new RangeError('almanac: date.day must be between 1 and 28 in 2025-02, got "2025-02-30"'));
    expect(() => almanac('2025-12-18', { monthBoundary: 'hour' } as never)).toThrow(/options\.monthBoundary must be 'day' or 'instant', got "hour"/);
    expect(() => almanac('2025-12-18', { fuShenSect: 3 } as never)).toThrow(/options\.fuShenSect must be 1 or 2, got 3/);
  });
});

describe("日禄, the lunar year and month 纳音, and the hours' 纳音, 旬, 旬空 and directions", () => {
  interface Lu { getDayLu(): string; getYearNaYin(): string; getMonthNaYin(): string; getDayInGanZhi(): string; getTimes(): RefTime[] }
  interface RefTime {
    getNaYin(): string; getXun(): string; getXunKong(): string; getPositionXiDesc(): string; getPositionFu(sect?: number): string; getPositionFuDesc(sect?: number): string;
    getPositionCaiDesc(): string; getPositionYangGuiDesc(): string; getPositionYinGuiDesc(): string;
  }
  const lunarOf = (y: number, m: number, d: number): Lu => reference.Solar.fromYmd(y, m, d).getLunar() as unknown as Lu;

  it("are the reference's on 2025-12-18 (辛酉), 2024-06-11 (丙午: two 进禄 stems), 2024-06-09 (甲辰: none), 2025-01-30 (after 正月初一, before 立春)", () => {
    for (const [y, m, d] of [[2025, 12, 18], [2024, 6, 11], [2024, 6, 9], [2025, 1, 30]] as const) {
      const a = almanac({ year: y, month: m, day: d });
      const l = lunarOf(y, m, d);
      expect([a.lu.text, a.yearNaYin, a.monthNaYin]).toEqual([l.getDayLu(), l.getYearNaYin(), l.getMonthNaYin()]);
      expect(a.lu.text).toBe(a.lu.jinLu.length === 0 ? `${a.lu.huLu}命互禄` : `${a.lu.huLu}命互禄 ${a.lu.jinLu.join(',')}命进禄`);
      const times = l.getTimes().slice(0, 12);
      expect(a.hours.map((h) => [h.naYin, h.xun, h.xunKong.join(''), h.directions.xiShen.direction, h.directions.fuShen.direction, h.directions.caiShen.direction, h.directions.yangGuiShen.direction, h.directions.yinGuiShen.direction]))
        .toEqual(times.map((t) => [t.getNaYin(), t.getXun(), t.getXunKong(), t.getPositionXiDesc(), t.getPositionFuDesc(), t.getPositionCaiDesc(), t.getPositionYangGuiDesc(), t.getPositionYinGuiDesc()]));
      expect(almanac({ year: y, month: m, day: d }, { fuShenSect: 1 }).hours.map((h) => h.directions.fuShen.trigram)).toEqual(times.map((t) => t.getPositionFu(1)));
    }
    // 2025-01-30 is in the lunar year 乙巳 (覆灯火) and still in 甲辰 by 立春, whose 纳音 is the same (a pair of pillars shares it).
    expect(almanac('2024-02-05').yearNaYin).toBe(lunarOf(2024, 2, 5).getYearNaYin()); // 癸卯's 金箔金, while pillars.year is 甲辰
    expect(almanac('2024-02-05').pillars.year.name).toBe('甲辰');
  });

  it('are shared per day pillar and frozen; the hours of the two 福神 sects differ in the 福神 only', () => {
    const a = almanac('2025-12-18');
    const b = almanac('2026-02-16'); // 60 days later: 辛酉 again
    expect(b.pillars.day.name).toBe('辛酉');
    expect(b.lu).toBe(a.lu);
    expect(Object.isFrozen(a.lu) && Object.isFrozen(a.lu.jinLu) && Object.isFrozen(a.hours[6]?.directions)).toBe(true);
    const sect1 = almanac('2025-12-18', { fuShenSect: 1 });
    expect(sect1.hours).not.toBe(a.hours);
    expect(sect1.hours.map((h) => ({ ...h, directions: { ...h.directions, fuShen: null } }))).toEqual(a.hours.map((h) => ({ ...h, directions: { ...h.directions, fuShen: null } })));
    expect(JSON.parse(JSON.stringify(a.hours))).toEqual(a.hours);
  });
});

describe('buildAlmanac without hours (the widget card, which does not show them)', () => {
  it('is the page of almanac() with hours empty, for days, calendars, options and festival sets', () => {
    for (const [date, options] of [
      ['2025-12-18', undefined], ['1582-10-04', { calendar: 'julian' }], ['-000721-01-16', undefined], ['9999-12-31', { monthBoundary: 'instant', fuShenSect: 1 }],
    ] as const) {
      const page = buildAlmanac('almanac', date, options, null);
      expect(page.hours).toEqual([]);
      expect(Object.isFrozen(page.hours)).toBe(true);
      expect({ ...page, hours: almanac(date, options).hours }).toEqual(almanac(date, options));
      expect(Object.keys(page)).toEqual(Object.keys(almanac(date, options)));
    }
    expect(() => buildAlmanac('almanac', '2025-02-30', undefined, null)).toThrow(RangeError);
  });
});
