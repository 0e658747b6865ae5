import { localize, lunarYear, type Locale, type LunarYear, type SolarCalendar } from '../index';
import { YEAR_LABELS } from './yearLabels';

/** What {@link formatYear} prints: text or JSON, in which language, with dates in which calendar. */
export interface FormatYearOptions {
  readonly json: boolean;
  readonly lang: Locale;
  /** `--calendar`: the library's `options.calendar` (default `'iso8601'`). */
  readonly calendar?: SolarCalendar | undefined;
}

/** A lunar year as the command takes it: an integer, signed or not (`2025`, `-721`, `+2025`). */
const YEAR = /^[+-]?\d{1,6}$/;

/**
 * The output of `huangli year <year>`: {@link lunarYear} as a page (its name, 正月初一, days, leap
 * month, 三元九运, 九星, 太岁 and the gods' directions, the 灶马头, then a line per month: its name,
 * days, 初一 and pillar) or as JSON.
 *
 * @throws {Error} If the target is not an integer; the library's RangeError for a year outside −721 … 9999.
 */
export function formatYear(target: string, options: FormatYearOptions): string {
  if (!YEAR.test(target)) throw new Error(`year takes a lunar year such as 2025 or -721, got ${JSON.stringify(target)}`);
  const { json, lang } = options;
  const year = lunarYear(Number(target), { calendar: options.calendar ?? 'iso8601' });
  const page = localize(year, lang);
  if (json) return JSON.stringify(page, null, 2);
  return yearLines(year, page, lang).join('\n');
}

function yearLines(year: LunarYear, page: ReturnType<typeof localize<LunarYear>>, lang: Locale): string[] {
  const L = YEAR_LABELS[lang];
  const fill = (label: string, ...values: (string | number)[]): string => values.reduce<string>((text, v) => text.replace('{}', String(v)), label);
  const leapName = page.months.find((m) => m.leap)?.monthName ?? '';
  // In English the leap month's name is read inside the sentence: 'with a leap sixth month'.
  const leap = year.leapMonth === null ? L.noLeap : fill(L.leap, lang === 'en' ? leapName.charAt(0).toLowerCase() + leapName.slice(1) : leapName);
  const d = page.directions;
  const width = Math.max(...page.months.map((m) => [...m.monthName].length * (lang === 'en' ? 1 : 2)));
  const pad = (name: string): string => name + ' '.repeat(width - [...name].length * (lang === 'en' ? 1 : 2));
  return [
    fill(L.title, year.year, page.pillar.name, page.zodiac),
    fill(L.span, page.start, year.days, leap),
    `${page.sanYuan}${L.separator}${page.jiuYun}${L.separator}${L.nineStar}${L.colon}${page.nineStar.name}${L.separator}${L.taiSui}${L.colon}${page.taiSui.direction}`,
    [[L.xiShen, d.xiShen], [L.fuShen, d.fuShen], [L.caiShen, d.caiShen], [L.yangGuiShen, d.yangGuiShen], [L.yinGuiShen, d.yinGuiShen]]
      .map(([label, p]) => `${label as string}${L.colon}${(p as { direction: string }).direction}`).join(L.separator),
    `${L.zaoMaTou}${L.colon}${page.zaoMaTou.map((z) => z.text).join(lang === 'en' ? '; ' : ' ')}`,
    '',
    ...page.months.map((m) => `${pad(m.monthName)}  ${fill(L.days, m.days)}  ${m.start}  ${m.pillar.name}`),
  ];
}
