import type { HolidayFestival } from '../holidays/types';
import { localize, type Locale } from './localize';

/**
 * The English names of the statutory breaks that are not their festival's: a break is "Spring
 * Festival" where the festival is "Spring Festival (Chinese New Year)", and 2015's one-off 抗战胜利纪念日
 * is named for its anniversary. The other breaks, and every Chinese name, are the glossary's.
 */
const BREAK_NAMES_IN_ENGLISH: Readonly<Partial<Record<HolidayFestival, string>>> = {
  春节: 'Spring Festival', 清明节: 'Qingming Festival', 劳动节: 'Labour Day', 抗战胜利纪念日: 'Victory Day (70th anniversary of the War of Resistance)',
};

/** The name of a festival of China's statutory holidays, as the holiday lines of the feed, the card and the CLI write it. @internal */
export function getHolidayFestivalName(festival: HolidayFestival, lang: Locale): string {
  return (lang === 'en' ? BREAK_NAMES_IN_ENGLISH[festival] : undefined) ?? localize(festival, lang);
}
