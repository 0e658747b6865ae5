/**
 * The public types, checked by the compiler (`npm run typecheck`, which covers test/): each
 * `@ts-expect-error` line must stay an error, so a type that silently widens to `string` (or an
 * `hour` that becomes optional again) fails the typecheck. The runtime assertions keep vitest honest.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  activities, almanac, pillars,
  type Activity, type AuspiciousGod, type Branch, type DailyAlmanac, type DayPillars, type DeityName, type HourAlmanac,
  type InauspiciousGod, type MansionName, type MomentPillars, type MoonPhaseName, type NaYinName, type Officer, type Pillar,
  type Pillars, type Stem, type ZodiacAnimal,
} from '../../src/index';

describe('literal unions catch typos', () => {
  const day: DailyAlmanac = almanac('2025-12-18');

  it('types activities, officers, deities, mansions, animals, moon phases, 纳音 and gods', () => {
    expectTypeOf(day.yi).toEqualTypeOf<readonly Activity[]>();
    expectTypeOf(day.ji).toEqualTypeOf<readonly Activity[]>();
    expectTypeOf(activities).toEqualTypeOf<readonly Activity[]>();
    expectTypeOf(day.officer).toEqualTypeOf<Officer>();
    expectTypeOf(day.deity.name).toEqualTypeOf<DeityName>();
    expectTypeOf(day.mansion.name).toEqualTypeOf<MansionName>();
    expectTypeOf(day.zodiac).toEqualTypeOf<ZodiacAnimal>();
    expectTypeOf(day.clash.zodiac).toEqualTypeOf<ZodiacAnimal>();
    expectTypeOf(day.moonPhase.name).toEqualTypeOf<MoonPhaseName>();
    expectTypeOf(day.naYin).toEqualTypeOf<NaYinName>();
    expectTypeOf(day.gods.auspicious).toEqualTypeOf<readonly AuspiciousGod[]>();
    expectTypeOf(day.gods.inauspicious).toEqualTypeOf<readonly InauspiciousGod[]>();
    expectTypeOf<HourAlmanac['branch']>().toEqualTypeOf<Branch>();
    expectTypeOf<Pillar['stem']>().toEqualTypeOf<Stem>();
    expectTypeOf<'开市'>().toExtend<Activity>();
    expectTypeOf<'开事'>().not.toExtend<Activity>();
    expectTypeOf<string>().not.toExtend<Activity>();
    expectTypeOf<'收'>().toExtend<Officer>();
    expectTypeOf<'子'>().toExtend<Branch>();
    expectTypeOf<'子'>().not.toExtend<Stem>();

    // A typo in an activity, officer or branch does not compile.
    // @ts-expect-error '开事' is not an activity ('开市' is)
    expect(day.yi.includes('开事')).toBe(false);
    expect(day.yi.includes('开光')).toBe(true);
    // @ts-expect-error '收日' is not an officer
    expect(day.officer === '收日').toBe(false);
    // @ts-expect-error '鼠鼠' is not a zodiac animal
    expect(day.clash.zodiac === '鼠鼠').toBe(false);
    // @ts-expect-error 'zi' is not a branch
    expect(day.hours[0]?.branch === 'zi').toBe(false);
  });
});

describe('pillars() says whether there is an hour, where TypeScript can know', () => {
  it('has an hour for a Date, an object with hour, a date-time literal', () => {
    expectTypeOf(pillars(new Date(0))).toEqualTypeOf<MomentPillars>();
    expectTypeOf(pillars({ year: 2025, month: 12, day: 18, hour: 23 })).toEqualTypeOf<MomentPillars>();
    expectTypeOf(pillars('2025-12-18T23:30')).toEqualTypeOf<MomentPillars>();
    expectTypeOf(pillars('2025-12-18 23:30:00.000+08:00')).toEqualTypeOf<MomentPillars>();
    expectTypeOf(pillars('2025-12-18T23:30').hour).toEqualTypeOf<Pillar>();
    expect(pillars('2025-12-18T23:30').hour.name).toBe('庚子');
  });

  it('has no hour for a plain date', () => {
    expectTypeOf(pillars('2025-12-18')).toEqualTypeOf<DayPillars>();
    expectTypeOf(pillars({ year: 2025, month: 12, day: 18 })).toEqualTypeOf<DayPillars>();
    const p = pillars('2025-12-18');
    // @ts-expect-error a plain date has no hour pillar
    expect(p.hour).toBeUndefined();
  });

  it('has an optional hour when only the run time knows', () => {
    const input: string = ['2025-12-18', '2025-12-18T23:30'][1] as string;
    expectTypeOf(pillars(input)).toEqualTypeOf<Pillars>();
    expectTypeOf(pillars(input).hour).toEqualTypeOf<Pillar | undefined>();
    expect(pillars(input).hour?.name).toBe('庚子');
  });

  it('takes a time in every date-taking function', () => {
    // Today `almanac({ …, hour: 23 })` compiles, like its string form.
    expect(almanac({ year: 2025, month: 12, day: 18, hour: 23, minute: 30 }).date).toBe('2025-12-18');
    expectTypeOf(almanac).parameter(0).toExtend<string | Date | { year: number; month: number; day: number; hour?: number }>();
    expectTypeOf<{ year: 2025; month: 12; day: 18; hour: 23 }>().toExtend<Parameters<typeof almanac>[0]>();
  });
});

import type { LiuYao, PentadName, Season, WesternZodiac, XunName } from '../../src/index';

describe('the day items of issue 12 are typed', () => {
  it('names pentads, seasons, 六曜, signs, periods and 旬 by literal unions', () => {
    const day = almanac('2025-12-18');
    expectTypeOf(day.pentad.name).toEqualTypeOf<PentadName>();
    expectTypeOf(day.pentad.index).toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf(day.season).toEqualTypeOf<Season>();
    expectTypeOf(day.liuYao).toEqualTypeOf<LiuYao>();
    expectTypeOf(day.westernZodiac).toEqualTypeOf<WesternZodiac>();
    expectTypeOf(day.xun.day).toEqualTypeOf<XunName>();
    expectTypeOf(day.xunKong.day).toEqualTypeOf<readonly [Branch, Branch]>();
    expectTypeOf(day.plumRain).toEqualTypeOf<'入梅' | '出梅' | null>();
    expectTypeOf<NonNullable<typeof day.dogDays>['period']>().toEqualTypeOf<'初伏' | '中伏' | '末伏'>();
    expectTypeOf<'蚯蚓结'>().toExtend<PentadName>();
    // @ts-expect-error '蚯蚓節' is not a pentad ('蚯蚓结' is)
    expectTypeOf<'蚯蚓節'>().toExtend<PentadName>();
    expect(day.pentad.index).toBe(3);
  });
});
