export { supportedRange } from './calendar/supportedRange';
export { newMoons } from './astro/newMoons';
export { solarTerms } from './astro/solarTerms';
export { fromLunar } from './lunar/fromLunar';
export type { LunarDateInput } from './lunar/fromLunar';
export { lunarDate } from './lunar/lunarDate';
export type { LunarDateOptions } from './lunar/lunarDate';
export { pillars } from './pillars/pillars';
export type { Pillars, PillarsOptions } from './pillars/pillars';
export type {
  Branch, CivilDate, CivilDateTime, DateInput, DateTimeInput, LunarDate, Pillar, SolarTerm, SolarTermName, Stem, TimeZoneOptions,
} from './types';
