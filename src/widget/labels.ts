import type { HolidayFestival } from '../holidays/types';
import { getHolidayFestivalName } from '../i18n/holidayFestivalNames';

/**
 * The languages of the card: the library's three (see `localize`).
 * @category Widget
 * @since 0.3.0
 */
export type CardLang = 'zh-Hans' | 'zh-Hant' | 'en';

/**
 * The card's own words (headings, captions, accessible names) in one language.
 * @category Widget
 * @since 0.3.0
 */
export interface CardLabels {
  /** Small heading above the date. */
  readonly title: string;
  /**
   * Date line: `(year, month 1–12, day, weekday 0 = Sunday)` → text; the year is astronomical
   * (0 is 1 BCE, −721 is 722 BCE), and the date is in the card's `calendar`.
   */
  readonly gregorian: (year: number, month: number, day: number, weekday: number) => string;
  /** Lunar date line from the lunar year pillar, the zodiac animal, month and day names (already localized). */
  readonly lunar: (yearPillar: string, zodiac: string, monthName: string, dayName: string) => string;
  /** The solar term falling on the day. */
  readonly termToday: string;
  /** The next solar term (the day has none). */
  readonly termNext: string;
  /** A term's date: month (1–12) and day. */
  readonly termDate: (month: number, day: number) => string;
  /** Festivals of the day (accessible name of their list). */
  readonly festivals: string;
  /** Heading of the fortune score (今日运势评分). */
  readonly score: string;
  /** Accessible description of the score. */
  readonly scoreAria: (score: string) => string;
  /** Caption of the score gauge (−10 … +10). */
  readonly scoreScale: string;
  /** Heading of the month's trend (本月运势). */
  readonly month: string;
  /** The month pillar with its suffix: 戊子 → 戊子月, Wu-Zi → Wu-Zi month. */
  readonly monthPillar: (pillar: string) => string;
  /** Label of the element reading (五行). */
  readonly elements: string;
  /** Heading of the 彭祖百忌 lines. */
  readonly pengZu: string;
  /** Badge of the favourable activities (宜). */
  readonly yi: string;
  /** Badge of the activities to avoid (忌). */
  readonly ji: string;
  /** Accessible name of the 宜 list. */
  readonly yiAria: string;
  /** Accessible name of the 忌 list. */
  readonly jiAria: string;
  /** Shown in an empty 宜 or 忌 list. */
  readonly none: string;
  /** Heading of the moon box (月相). */
  readonly moon: string;
  /** The traditional moon name and the illuminated share, e.g. 晓 · 3%. */
  readonly moonDetail: (name: string, percent: number) => string;
  /** Heading of the clash box (日冲). */
  readonly clash: string;
  /** Heading of the market block (shown only with market data). */
  readonly market: string;
  /** Label of the fear-and-greed index. */
  readonly fearGreed: string;
  /** Accessible description of the fear-and-greed gauge. */
  readonly fearGreedAria: (word: string, value: string) => string;
  /** Accessible name of the ticker table. */
  readonly tickers: string;
  /** Accessible description of a ticker. */
  readonly tickerAria: (symbol: string, price: string, change: string) => string;
  /** The line that says the score is entertainment, not advice. */
  readonly disclaimer: string;
  /** Heading of the error state, for the page's reader (the developer's detail goes to the console). */
  readonly error: string;
  /** The line under it: the page gave a date the card cannot show. */
  readonly errorHint: string;
  /**
   * The error state's hint when the page lacks the language (the widget's script tag on a page
   * without huangli-i18n.global.js, for `zh-Hant` or English).
   * @since 0.8.0
   */
  readonly languagesHint: string;
  /** The season line: the pentad (七十二候), from its term's and its own name (localized) and its place, 1–3 (初候, 二候, 三候). */
  readonly pentad: (term: string, index: number, name: string) => string;
  /** The label of the season line (物候). */
  readonly pentadLabel: string;
  /** A day of 数九: which nine (1–9) and the day in it. */
  readonly winterNine: (nine: number, day: number) => string;
  /** A day of 三伏: the period (localized) and the day in it. */
  readonly dogDays: (period: string, day: number) => string;
  /** The badge of a statutory day off (休). */
  readonly holidayOff: string;
  /** The badge of a make-up workday (班). */
  readonly holidayWork: string;
  /** The words beside the badge: the break's festivals (already named in the card's language, joined) and what the day is. */
  readonly holidayLine: (kind: 'off' | 'workday', festivals: string) => string;
}

/** The festivals of a holiday break in `lang`, joined as the language lists them: 国庆节、中秋节; National Day and Mid-Autumn Festival. */
export function formatHolidayFestivals(festivals: readonly HolidayFestival[], lang: CardLang): string {
  const names = festivals.map((f) => getHolidayFestivalName(f, lang));
  return names.join(lang === 'en' ? ' and ' : '、');
}

const ZH_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const ZH_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
const ZH_PENTADS = ['初候', '二候', '三候'];
const EN_ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A year as readers write it: astronomical year 0 is 1 BCE (公元前1年), −721 is 722 BCE. */
const zhYear = (year: number): string => (year > 0 ? `${year}年` : `公元前${1 - year}年`);
const enYear = (year: number): string => (year > 0 ? String(year) : `${1 - year} BCE`);

const zhGregorian = (year: number, month: number, day: number, weekday: number): string =>
  `${zhYear(year)}${month}月${day}日 星期${ZH_WEEKDAYS[weekday] ?? ''}`;
const zhTermDate = (month: number, day: number): string => `${month}月${day}日`;
const percent = (n: number): string => `${n}%`;

const hans: CardLabels = {
  title: '今日黄历',
  gregorian: zhGregorian,
  lunar: (pillar, zodiac, month, day) => `农历 ${pillar}${zodiac}年 ${month}${day}`,
  termToday: '今日节气',
  termNext: '下一节气',
  termDate: zhTermDate,
  festivals: '节日',
  score: '今日运势评分',
  scoreAria: (s) => `今日运势评分 ${s}，范围 -10 至 +10`,
  scoreScale: '-10 至 +10',
  month: '本月运势',
  monthPillar: (p) => `${p}月`,
  elements: '五行',
  pengZu: '彭祖百忌',
  yi: '宜',
  ji: '忌',
  yiAria: '今日宜',
  jiAria: '今日忌',
  none: '无',
  moon: '月相',
  moonDetail: (name, n) => `${name} · ${percent(n)}`,
  clash: '日冲',
  market: '市场行情',
  fearGreed: '恐惧贪婪指数',
  fearGreedAria: (word, value) => `恐惧贪婪指数 ${value}，${word}`,
  tickers: '行情',
  tickerAria: (symbol, price, change) => `${symbol} 价格 ${price}，涨跌 ${change}`,
  disclaimer: '运势为算法解读，仅供娱乐，不构成投资建议',
  error: '无法显示这一天的黄历',
  errorHint: '这个页面给出的日期无效。',
  languagesHint: '这个页面没有载入这种语言的文字（huangli-i18n.global.js）。',
  holidayOff: '休',
  holidayWork: '班',
  holidayLine: (kind, names) => (kind === 'off' ? `${names} 放假` : `${names} 调休上班`),
  pentad: (term, index, name) => `${term}${ZH_PENTADS[index - 1] ?? ''} ${name}`,
  pentadLabel: '物候',
  winterNine: (nine, day) => `${ZH_NUMBERS[nine - 1] ?? ''}九 第${day}天`,
  dogDays: (period, day) => `${period} 第${day}天`,
};

// Traditional Chinese: the Simplified words, with those that are written differently.
const hant: CardLabels = {
  ...hans,
  title: '今日黃曆',
  lunar: (pillar, zodiac, month, day) => `農曆 ${pillar}${zodiac}年 ${month}${day}`,
  termToday: '今日節氣',
  termNext: '下一節氣',
  festivals: '節日',
  score: '今日運勢評分',
  scoreAria: (s) => `今日運勢評分 ${s}，範圍 -10 至 +10`,
  scoreScale: '-10 至 +10',
  month: '本月運勢',
  none: '無',
  clash: '日沖',
  market: '市場行情',
  fearGreed: '恐懼貪婪指數',
  fearGreedAria: (word, value) => `恐懼貪婪指數 ${value}，${word}`,
  tickerAria: (symbol, price, change) => `${symbol} 價格 ${price}，漲跌 ${change}`,
  disclaimer: '運勢為演算法解讀，僅供娛樂，不構成投資建議',
  error: '無法顯示這一天的黃曆',
  errorHint: '這個頁面給出的日期無效。',
  languagesHint: '這個頁面沒有載入這種語言的文字（huangli-i18n.global.js）。',
  holidayLine: (kind, names) => (kind === 'off' ? `${names} 放假` : `${names} 調休上班`),
};

const en: CardLabels = {
  title: 'Chinese almanac',
  gregorian: (year, month, day, weekday) => `${EN_WEEKDAYS[weekday] ?? ''}, ${day} ${EN_MONTHS[month - 1] ?? ''} ${enYear(year)}`,
  lunar: (pillar, zodiac, month, day) => `Lunar ${month}, ${day} · Year of the ${zodiac} (${pillar})`,
  termToday: 'Solar term today',
  termNext: 'Next solar term',
  termDate: (month, day) => `${day} ${(EN_MONTHS[month - 1] ?? '').slice(0, 3)}`,
  festivals: 'Festivals',
  score: "Today's fortune score",
  scoreAria: (s) => `Today's fortune score: ${s} on a scale from -10 to +10`,
  scoreScale: '-10 to +10',
  month: 'This month',
  monthPillar: (p) => `${p} month`,
  elements: 'Five elements',
  pengZu: "Peng Zu's taboos",
  yi: 'Favourable',
  ji: 'Avoid',
  yiAria: 'Favourable today',
  jiAria: 'To avoid today',
  none: 'None',
  moon: 'Moon',
  moonDetail: (name, n) => `${name}, ${percent(n)} lit`,
  clash: 'Day clash',
  market: 'Market',
  fearGreed: 'Fear & Greed Index',
  fearGreedAria: (word, value) => `Fear and Greed Index: ${value}, ${word}`,
  tickers: 'Prices',
  tickerAria: (symbol, price, change) => `${symbol}: price ${price}, change ${change}`,
  disclaimer: 'An almanac reading for entertainment, not investment advice',
  error: "This day's almanac can't be shown",
  errorHint: "The date given on this page isn't valid.",
  languagesHint: "This page hasn't loaded this language's words (huangli-i18n.global.js).",
  holidayOff: 'Off',
  holidayWork: 'Work',
  holidayLine: (kind, names) => (kind === 'off' ? `Day off: ${names}` : `Make-up workday for ${names}`),
  pentad: (term, index, name) => `${name} (${EN_ORDINALS[index - 1] ?? ''} of ${term})`,
  pentadLabel: 'Pentad',
  winterNine: (nine, day) => `${EN_ORDINALS[nine - 1] ?? ''} nine of winter, day ${day}`,
  dogDays: (period, day) => `${period}, day ${day}`,
};

/**
 * The card's words, by language.
 *
 * @example
 * [LABELS['zh-Hans'].yi, LABELS['zh-Hant'].yi, LABELS.en.yi]
 * //=> ['宜', '宜', 'Favourable']
 * @category Widget
 * @since 0.3.0
 */
export const LABELS: Readonly<Record<CardLang, CardLabels>> = { 'zh-Hans': hans, 'zh-Hant': hant, en };

/**
 * The card language of a `lang` attribute: `zh-Hans`, `zh-Hant` or `en`, also from common tags
 * (`zh`, `zh-CN`, `zh-TW`, `zh-HK`, `zh-Hant-TW`, `en-US` …, any case); `undefined` for anything else.
 *
 * @param value - The attribute's value.
 * @returns The card language, or `undefined` when the value names none of the three.
 * @example
 * [findCardLang('zh-TW'), findCardLang('EN-gb'), findCardLang('fr')]
 * //=> ['zh-Hant', 'en', undefined]
 * @category Widget
 * @since 0.4.0
 */
export function findCardLang(value: string): CardLang | undefined {
  const tag = value.trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh-hant' || tag.startsWith('zh-hant-') || tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-mo') return 'zh-Hant';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-Hans';
  return undefined;
}

/**
 * The card language of a `lang` attribute, as {@link findCardLang}; anything else (or nothing) is
 * `zh-Hans`. The element itself also warns in the console about an unsupported value.
 *
 * @param value - The attribute's value.
 * @returns The card language.
 * @example
 * [toCardLang('zh-TW'), toCardLang('en-GB'), toCardLang(null)]
 * //=> ['zh-Hant', 'en', 'zh-Hans']
 * @category Widget
 * @since 0.3.0
 */
export function toCardLang(value: string | null | undefined): CardLang {
  return findCardLang(value ?? '') ?? 'zh-Hans';
}
