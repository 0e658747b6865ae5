/**
 * `huangli/bazi`: the chart of a birth moment (八字) — the four pillars with 十神, 藏干, 纳音,
 * 十二长生 and 旬空, 胎元/胎息/命宫/身宫, the luck decades (大运/流年/流月/小运), true solar time and
 * the reverse lookup. A subpath, so the almanac's script-tag bundle does not carry its tables.
 *
 * @module huangli/bazi
 */
export { baZi } from './baZi';
export type {
  BaZi, BaZiOptions, BaZiWithLuck, ChartMoment, ChartPillar, ChartPillars, ChartSolarTime, DayBoundary, DayMaster, DerivedPillar, GrowthStage,
  HiddenStem, Luck, LuckDecade, LuckMonth, LuckStart, LuckStartMethod, LuckYear, MinorLuck, Sex, TenGod, XunName,
} from './types';
export { fromBaZi } from './fromBaZi';
export type { FromBaZiOptions, FromBaZiPillars, PillarQuery } from './fromBaZi';
