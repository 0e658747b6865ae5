/**
 * almanac() against lunar-javascript's defaults, field by field: 宜/忌 (order included), clash,
 * 彭祖, 建除, 天神, 纳音 (of the day, the lunar year and the month), 日禄, 宿, 月相, 神煞, directions,
 * 胎神, 九星, festivals and the twelve hours (with their 纳音, 旬, 旬空 and gods' directions, by the
 * reference's getTimes()), plus the reference's other conventions (宜/忌 by the 节's instant,
 * 福神 sect 1, of the day and of the hours). Used by
 * test/differential/almanac.test.ts (sampled days) and almanac-*.full.test.ts (every day).
 * The reference marks an empty list as ['无']; almanac() returns [].
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { almanac, type DailyAlmanac, type HourAlmanac } from '../../src/index';
import type { CivilDate, SolarCalendar } from '../../src/types';
import { coverageCounter, type Coverage } from './days';
import { reference, type RefAlmanacLunar, type RefLunarTime } from './reference';

const { LunarUtil } = reference as unknown as { LunarUtil: { LU: Record<string, string> } };

const orEmpty = (list: string[]): string[] => (list.length === 1 && list[0] === '无' ? [] : list);

/** The fields of almanac() rebuilt from the reference, in almanac()'s shape. */
function expectedFrom(l: RefAlmanacLunar, times: readonly RefLunarTime[]): Record<string, unknown> {
  const clash = `冲${l.getDayChongShengXiao()}(${l.getDayChongGan()}${l.getDayChong()})煞${l.getDaySha()}`;
  return {
    weekday: l.getWeek(),
    zodiac: l.getYearShengXiao(),
    solarTerm: l.getJieQi() || null,
    yi: orEmpty(l.getDayYi()),
    ji: orEmpty(l.getDayJi()),
    clash,
    pengZu: [l.getPengZuGan(), l.getPengZuZhi()],
    officer: l.getZhiXing(),
    deity: [l.getDayTianShen(), l.getDayTianShenType()],
    naYin: l.getDayNaYin(),
    mansion: [l.getXiu(), l.getXiuLuck(), l.getAnimal()],
    moonPhase: l.getYueXiang(),
    gods: [orEmpty(l.getDayJiShen()), orEmpty(l.getDayXiongSha())],
    directions: [
      l.getDayPositionXi(), l.getDayPositionXiDesc(), l.getDayPositionFu(), l.getDayPositionFuDesc(), l.getDayPositionCai(), l.getDayPositionCaiDesc(),
      l.getDayPositionYangGui(), l.getDayPositionYangGuiDesc(), l.getDayPositionYinGui(), l.getDayPositionYinGuiDesc(), l.getDayPositionTai(),
    ],
    nineStar: l.getDayNineStar().toString(),
    festivals: [...l.getFestivals(), ...l.getOtherFestivals()].sort(),
    hours: times.map((t) => [t.getGanZhi(), t.getTianShen(), t.getTianShenType(), `冲${t.getChongShengXiao()}(${t.getChongGan()}${t.getChong()})煞${t.getSha()}`, orEmpty(t.getYi()), orEmpty(t.getJi())]),
    lu: l.getDayLu(),
    yearNaYin: l.getYearNaYin(),
    monthNaYin: l.getMonthNaYin(),
    hourItems: times.map((t) => referenceHourItems(t)),
  };
}

/** An hour's 纳音, 旬, 旬空 and gods' directions by the reference's LunarTime (the 福神 of sect `sect`, its default 2). */
export function referenceHourItems(t: RefLunarTime, sect?: number): string[] {
  return [
    t.getNaYin(), t.getXun(), t.getXunKong(),
    t.getPositionXi(), t.getPositionXiDesc(), t.getPositionFu(sect), t.getPositionFuDesc(sect), t.getPositionCai(), t.getPositionCaiDesc(),
    t.getPositionYangGui(), t.getPositionYangGuiDesc(), t.getPositionYinGui(), t.getPositionYinGuiDesc(),
  ];
}

/** The same items of one of our hours, in the order of {@link referenceHourItems}. */
export function ourHourItems(h: HourAlmanac): string[] {
  const d = h.directions;
  return [
    h.naYin, h.xun, h.xunKong.join(''),
    d.xiShen.trigram, d.xiShen.direction, d.fuShen.trigram, d.fuShen.direction, d.caiShen.trigram, d.caiShen.direction,
    d.yangGuiShen.trigram, d.yangGuiShen.direction, d.yinGuiShen.trigram, d.yinGuiShen.direction,
  ];
}

function actualFrom(a: DailyAlmanac): Record<string, unknown> {
  const d = a.directions;
  return {
    weekday: a.weekday,
    zodiac: a.zodiac,
    solarTerm: a.solarTerm?.name ?? null,
    yi: a.yi,
    ji: a.ji,
    clash: a.clash.text,
    pengZu: a.pengZu,
    officer: a.officer,
    deity: [a.deity.name, a.deity.type],
    naYin: a.naYin,
    mansion: [a.mansion.name, a.mansion.luck, a.mansion.animal],
    moonPhase: a.moonPhase.name,
    gods: [a.gods.auspicious, a.gods.inauspicious],
    directions: [
      d.xiShen.trigram, d.xiShen.direction, d.fuShen.trigram, d.fuShen.direction, d.caiShen.trigram, d.caiShen.direction,
      d.yangGuiShen.trigram, d.yangGuiShen.direction, d.yinGuiShen.trigram, d.yinGuiShen.direction, d.taiShen,
    ],
    nineStar: a.nineStar.name + a.nineStar.star,
    // The reference has no solar-term festivals (清明节, 冬至节): those are ours alone. Its Gregorian
    // holidays (Solar#getFestivals) are only with `festivals: gregorianFestivals` (festivalsDifferential.ts).
    festivals: a.festivals.filter((f) => f.kind !== 'solar-term').map((f) => f.name).sort(),
    hours: a.hours.map((h) => [h.pillar.name, h.deity.name, h.deity.type, h.clash.text, h.yi, h.ji]),
    // 日禄 by its parts as well as its text: LunarUtil.LU of the day stem (互禄), of the day branch (进禄).
    lu: a.lu.text,
    yearNaYin: a.yearNaYin,
    monthNaYin: a.monthNaYin,
    hourItems: a.hours.map(ourHourItems),
  };
}

export interface AlmanacComparison {
  readonly coverage: Coverage;
  /** Up to five differing days per field, `date: ours vs reference`. */
  readonly differences: Readonly<Record<string, readonly string[]>>;
  /** Days on which 宜/忌 by the 节's instant (the reference's sect 2) differ from the default. */
  readonly instantBoundaryDays: number;
}

/**
 * `calendar: 'julian'` reads the days as the reference does before 1582-10-15 (Julian), for days
 * outside 1900–2100; the default is ISO, which is the same reading from 1582-10-15 on.
 */
export function compareAlmanac(days: Iterable<CivilDate>, calendar: SolarCalendar = 'iso8601'): AlmanacComparison {
  const differences = new Map<string, string[]>();
  const note = (field: string, text: string): void => {
    const list = differences.get(field) ?? [];
    if (list.length < 5) list.push(text);
    differences.set(field, list);
  };
  const coverage = coverageCounter();
  let instantBoundaryDays = 0;
  for (const d of days) {
    const l = reference.Solar.fromYmd(d.year, d.month, d.day).getLunar() as RefAlmanacLunar;
    coverage.add(l);
    const a = almanac(d, { calendar });
    // The reference's twelve hours from 00:00 (its early 子, whose pillar is our 子 hour's) to 21:00; its late 子 (23:00) left out.
    const times = l.getTimes().slice(0, 12);
    const expected = expectedFrom(l, times);
    const actual = actualFrom(a);
    for (const key of Object.keys(expected)) {
      if (JSON.stringify(actual[key]) !== JSON.stringify(expected[key])) note(key, `${JSON.stringify(d)}: ${JSON.stringify(actual[key])} vs ${JSON.stringify(expected[key])}`);
    }
    // The other conventions the reference offers, on the days where they can differ (a 节 falls
    // between the 3rd and the 9th of its Gregorian month).
    if (d.day <= 9) {
      const instant = almanac(d, { monthBoundary: 'instant', calendar });
      if (JSON.stringify([instant.yi, instant.ji]) !== JSON.stringify([orEmpty(l.getDayYi(2)), orEmpty(l.getDayJi(2))])) note('yi/ji sect 2', JSON.stringify(d));
      if (JSON.stringify([instant.yi, instant.ji]) !== JSON.stringify([a.yi, a.ji])) instantBoundaryDays++;
    }
    const luParts = `${a.lu.huLu} ${a.lu.jinLu.join(',')}`;
    const luTable = LunarUtil.LU;
    if (luParts !== `${luTable[l.getDayInGanZhi().charAt(0)] ?? ''} ${luTable[l.getDayInGanZhi().charAt(1)] ?? ''}`) note('lu parts', `${JSON.stringify(d)}: ${luParts}`);
    if (d.day % 7 === 0) {
      const sect1 = almanac(d, { fuShenSect: 1, calendar });
      const fu = sect1.directions.fuShen;
      if (fu.trigram !== l.getDayPositionFu(1) || fu.direction !== l.getDayPositionFuDesc(1)) note('fuShen sect 1', JSON.stringify(d));
      // The hours' 福神 follow the same option.
      const ours = sect1.hours.map(ourHourItems);
      const theirs = times.map((t) => referenceHourItems(t, 1));
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) note('hours sect 1', `${JSON.stringify(d)}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
    }
  }
  return { coverage: coverage.counts(), differences: Object.fromEntries(differences), instantBoundaryDays };
}

/**
 * The tests of a comparison over `days()`: zero differences, and the turning points that the days
 * must hold (`expected`, counted by the reference). The sweep runs in `beforeAll`, not at import.
 */
export function describeAlmanacDifferential(title: string, days: () => Iterable<CivilDate>, expected: Coverage): void {
  describe(title, () => {
    let result: AlmanacComparison;
    beforeAll(() => {
      result = compareAlmanac(days());
    });

    it(`holds ${expected.days.toLocaleString('en-US')} days: ${expected.leapMonths} leap months day by day, ${expected.jieDays.toLocaleString('en-US')} 节 days, ${expected.liChunDays} 立春 and ${expected.lunarNewYears} 正月初一`, () => {
      expect(result.coverage).toEqual(expected);
    });

    it('has zero differences in 宜/忌 (order included), clash, 彭祖, 建除, 天神, 纳音 (day, lunar year, month), 日禄, 宿, 月相, 神煞, directions, 胎神, 九星, festivals and the twelve hours (with their 纳音, 旬, 旬空 and directions)', () => {
      expect(result.differences).toEqual({});
    });

    it("offers the reference's other conventions: 宜/忌 by the 节's instant differ on the 节 days, and only there", () => {
      // lunar-javascript's sect 2 differs from its default on every 节 day.
      expect(result.instantBoundaryDays).toBe(expected.jieDays);
    });
  });
}
