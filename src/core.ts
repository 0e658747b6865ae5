// The root entry's exports but `localize`'s: what the script-tag build `huangli.global.js` exposes
// as the global `Huangli` (src/scriptTag.ts; its `localize` only says where the real one went).
// `huangli-i18n.global.js` exposes `HuangliI18n.localize` beside it, so that a page in Chinese
// alone does not carry the glossaries and the code that renders through them (10.8 KB of 56
// gzipped). Not an entry point of the package: `huangli` re-exports it all.
export { supportedRange } from './calendar/supportedRange';
export { solarTerms } from './astro/solarTerms';
export { fromLunar } from './lunar/fromLunar';
export type { FromLunarOptions, LunarDateInput } from './lunar/fromLunar';
export { lunarDate } from './lunar/lunarDate';
export type { LunarDateOptions } from './lunar/lunarDate';
export { lunarYear } from './lunar/lunarYear';
export type { LunarYear, LunarYearMonth, LunarYearOptions, ZaoMaTou } from './lunar/lunarYear';
export { pillars } from './pillars/pillars';
export { yearPillar } from './pillars/yearPillar';
export type { DayPillars, MomentPillars, Pillars, PillarsOptions } from './pillars/pillars';
export type {
  Branch, CivilDate, CivilDateTime, DateFields, DateInput, DateTimeInput, DateTimeString, DateWithTimeInput, LunarDate, Pillar,
  PlainDateInput, PlainDateString, SolarTerm, SolarTermName, Stem, TimeZoneOptions, CalendarOptions, SolarCalendar,
} from './types';
export { almanac } from './almanac/almanac';
export type { AlmanacOptions } from './almanac/almanac';
export type {
  Activity, AuspiciousGod, Clash, DailyAlmanac, Deity, DeityName, Directions, Festival, HourAlmanac, InauspiciousGod, Mansion,
  MansionAnimal, MansionName, MoonPhase, MoonPhaseName, NaYinName, NineStar, Officer, Position, ShaDirection, ZodiacAnimal,
} from './almanac/types';
export type { DogDays, LiuYao, Pentad, PentadName, Season, ThreePillars, WesternZodiac, WinterNine, XunName } from './almanac/types';
export type { DayLu, GodDirections } from './almanac/types';
export { activities } from './almanac/activities';
export { fortune } from './fortune/fortune';
export type { FortuneOptions } from './fortune/fortune';
export { fearGreedLabel } from './fortune/fearGreedLabel';
export { defaultFortuneModel } from './fortune/defaultFortuneModel';
export { createFortuneModel } from './fortune/createFortuneModel';
export type { FortuneModel, FortuneModelInput } from './fortune/fortuneModel';
export type {
  ElementPart, ElementReading, ElementRelation, FearGreedWord, FiveElement, Fortune, FortuneFactor, FortuneFactorKey, FortuneFactorLabel, MarketMoon,
  TrendLabel,
} from './fortune/types';
