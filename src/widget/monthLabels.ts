// The month calendar's own words (<huangli-month>), in the card's three languages. The almanac's
// terms (lunar months and days, solar terms, festivals) are the library's, through `localize`.
import type { CardLang } from './labels';

/** A lunar month as the sub-heading names it (the names already localized). */
export interface LunarMonthRef {
  readonly year: number;
  readonly pillar: string;
  readonly zodiac: string;
  readonly month: number;
  readonly leap: boolean;
  readonly monthName: string;
}

/** The words of `<huangli-month>` in one language. */
export interface MonthLabels {
  /** The month's heading: `2025年10月`, `October 2025`; the year is astronomical (0 is 1 BCE). */
  readonly title: (year: number, month: number) => string;
  /**
   * The sub-heading: the lunar months of the month's first and last days (one when they are the
   * same), each with its lunar year's pillar and animal, localized: `农历 乙巳蛇年 八月 – 九月`,
   * `农历 甲辰龙年腊月 – 乙巳蛇年正月`, `Lunar months 8 – 9 · Year of the Snake (Yi-Si)`.
   */
  readonly lunarSpan: (months: readonly LunarMonthRef[]) => string;
  /** Column headings, Sunday first (the element rotates them for `week-start="monday"`). */
  readonly weekdaysShort: readonly string[];
  /** Weekday names for the columns' accessible names, Sunday first. */
  readonly weekdaysLong: readonly string[];
  readonly previous: string;
  readonly next: string;
  readonly today: string;
  /** A day off or a make-up workday in a cell's accessible name, with its break's festivals (named and joined). */
  readonly holidayLong: (kind: 'off' | 'workday', festivals: string) => string;
  /** A lunar date as a cell's accessible name says it. */
  readonly lunarLong: (monthName: string, dayName: string) => string;
  /** A day as a cell's accessible name says it. */
  readonly dayLong: (year: number, month: number, day: number, weekday: number) => string;
  /** The score, in a cell's accessible name. */
  readonly scoreLong: (score: string) => string;
  /** The legend under the grid: the badges' words, the score's. */
  readonly legendOff: string;
  readonly legendWork: string;
  readonly legendScore: string;
  readonly legendGood: string;
  readonly legendBad: string;
  /** The compact label of a plain lunar day, from its localized names (`初八`; English: `8/15`). */
  readonly lunarShort: (month: number, day: number, leap: boolean, dayName: string) => string;
  /** The compact label of a month's first day (`闰二月`; English: `Leap 2`, `Month 8`). */
  readonly monthShort: (month: number, leap: boolean, monthName: string) => string;
  /** Closes the card's dialog. */
  readonly close: string;
  /** The page could not be shown (a bad `year`, `month` or `calendar`): heading and line. */
  readonly error: string;
  readonly errorHint: string;
}

const ZH_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const sameYear = (m: readonly LunarMonthRef[]): boolean => m.every((x) => x.pillar === m[0]?.pillar);
const zhSpan = (m: readonly LunarMonthRef[]): string => (sameYear(m)
  ? `${m[0]?.pillar ?? ''}${m[0]?.zodiac ?? ''}年 ${m.map((x) => x.monthName).join(' – ')}`
  : m.map((x) => `${x.pillar}${x.zodiac}年${x.monthName}`).join(' – '));
const enMonth = (x: LunarMonthRef): string => `${x.leap ? 'leap ' : ''}${x.month}`;
const zhYear = (year: number): string => (year > 0 ? `${year}年` : `公元前${1 - year}年`);
const enYear = (year: number): string => (year > 0 ? String(year) : `${1 - year} BCE`);

const hans: MonthLabels = {
  title: (year, month) => `${zhYear(year)}${month}月`,
  lunarSpan: (m) => `农历 ${zhSpan(m)}`,
  weekdaysShort: ZH_WEEKDAYS,
  weekdaysLong: ZH_WEEKDAYS.map((d) => `星期${d}`),
  previous: '上个月',
  next: '下个月',
  today: '今天',
  holidayLong: (kind, names) => (kind === 'off' ? `休息日（${names}）` : `调休上班（${names}）`),
  lunarLong: (month, day) => `农历${month}${day}`,
  dayLong: (year, month, day, weekday) => `${zhYear(year)}${month}月${day}日 星期${ZH_WEEKDAYS[weekday] ?? ''}`,
  scoreLong: (s) => `运势 ${s}`,
  legendOff: '休息日',
  legendWork: '调休上班',
  legendScore: '运势',
  legendGood: '吉',
  legendBad: '凶',
  lunarShort: (_m, _d, _leap, dayName) => dayName,
  monthShort: (_m, _leap, monthName) => monthName,
  close: '关闭',
  error: '无法显示这个月的日历',
  errorHint: '这个页面给出的年份或月份无效。',
};

const hant: MonthLabels = {
  ...hans,
  lunarSpan: (m) => `農曆 ${zhSpan(m)}`,
  previous: '上個月',
  next: '下個月',
  holidayLong: (kind, names) => (kind === 'off' ? `休息日（${names}）` : `調休上班（${names}）`),
  lunarLong: (month, day) => `農曆${month}${day}`,
  scoreLong: (s) => `運勢 ${s}`,
  legendWork: '調休上班',
  legendScore: '運勢',
  close: '關閉',
  error: '無法顯示這個月的日曆',
  errorHint: '這個頁面給出的年份或月份無效。',
};

const en: MonthLabels = {
  title: (year, month) => `${EN_MONTHS[month - 1] ?? ''} ${enYear(year)}`,
  lunarSpan: (m) => (sameYear(m)
    ? `Lunar month${m.length > 1 ? 's' : ''} ${m.map(enMonth).join('–')} · Year of the ${m[0]?.zodiac ?? ''} (${m[0]?.pillar ?? ''})`
    : `Lunar months ${m.map((x) => `${enMonth(x)} (${x.zodiac})`).join(' – ')}`),
  weekdaysShort: EN_WEEKDAYS.map((d) => d.slice(0, 3)),
  weekdaysLong: EN_WEEKDAYS,
  previous: 'Previous month',
  next: 'Next month',
  today: 'Today',
  holidayLong: (kind, names) => (kind === 'off' ? `day off (${names})` : `make-up workday (${names})`),
  lunarLong: (month, day) => `lunar ${month}, ${day}`,
  dayLong: (year, month, day, weekday) => `${EN_WEEKDAYS[weekday] ?? ''}, ${day} ${EN_MONTHS[month - 1] ?? ''} ${enYear(year)}`,
  scoreLong: (s) => `fortune score ${s}`,
  legendOff: 'Day off',
  legendWork: 'Make-up workday',
  legendScore: 'Fortune',
  legendGood: 'good',
  legendBad: 'poor',
  lunarShort: (month, day, leap) => `${leap ? 'L' : ''}${month}/${day}`,
  monthShort: (month, leap) => (leap ? `Leap ${month}` : `Month ${month}`),
  close: 'Close',
  error: "This month's calendar can't be shown",
  errorHint: "The year or month given on this page isn't valid.",
};

/** The month calendar's words, by language. */
export const MONTH_LABELS: Readonly<Record<CardLang, MonthLabels>> = { 'zh-Hans': hans, 'zh-Hant': hant, en };
