import type { HolidayFestival } from '../holidays/types';
import type { Locale } from './localize';

/**
 * The festivals of China's statutory holidays in each language, for the iCalendar feed: the
 * glossary that `localize` reads has no entry yet for 元旦, 劳动节, 国庆节 and 抗战胜利纪念日 (the
 * almanac lists no Gregorian holiday), and its character-by-character Traditional forms miss 勞, 國
 * and 慶. To fold into the glossary when it gains them. @internal
 */
export const HOLIDAY_FESTIVAL_NAMES: Readonly<Record<Locale, Readonly<Record<HolidayFestival, string>>>> = {
  'zh-Hans': { 元旦: '元旦', 春节: '春节', 清明节: '清明节', 劳动节: '劳动节', 端午节: '端午节', 中秋节: '中秋节', 国庆节: '国庆节', 抗战胜利纪念日: '抗战胜利纪念日' },
  'zh-Hant': { 元旦: '元旦', 春节: '春節', 清明节: '清明節', 劳动节: '勞動節', 端午节: '端午節', 中秋节: '中秋節', 国庆节: '國慶節', 抗战胜利纪念日: '抗戰勝利紀念日' },
  en: {
    元旦: "New Year's Day", 春节: 'Spring Festival', 清明节: 'Qingming Festival', 劳动节: 'Labour Day', 端午节: 'Dragon Boat Festival', 中秋节: 'Mid-Autumn Festival',
    国庆节: 'National Day', 抗战胜利纪念日: 'Victory Day (70th anniversary of the War of Resistance)',
  },
};
