// The card's attributes read and checked, and the words it writes to the console. Pure: no DOM.
import type { SolarCalendar } from '../types';
import { findCardLang, type CardLang } from './labels';

/**
 * The colour of a rise: `green` (the default: up green, down red) or `red` (mainland China's markets: up red, down green).
 * @category Widget
 * @since 0.4.0
 */
export type RiseColor = 'green' | 'red';

/** The settings a card renders with, and the warnings about the attributes it could not use. */
export interface CardSettings {
  readonly lang: CardLang;
  readonly rise: RiseColor;
  /** One line per unsupported attribute value, for `console.warn`. */
  readonly warnings: readonly string[];
}

/**
 * Reads the `lang` and `rise-color` attributes (`null` when absent) of the element `tag`. An absent
 * attribute is its default (`zh-Hans`, `green`) without a word; an unsupported value is the
 * default with a warning naming the element, the value and the accepted ones.
 */
export function readCardSettings(attrs: { readonly lang: string | null; readonly riseColor: string | null }, tag = 'huangli-card'): CardSettings {
  const TAG = `<${tag}>`;
  const warnings: string[] = [];
  let lang: CardLang = 'zh-Hans';
  if (attrs.lang !== null) {
    const found = findCardLang(attrs.lang);
    if (found === undefined) warnings.push(`${TAG}: lang="${attrs.lang}" is not supported; showing zh-Hans. Use zh-Hans, zh-Hant or en (or a tag such as zh-CN, zh-TW, en-US).`);
    else lang = found;
  }
  let rise: RiseColor = 'green';
  if (attrs.riseColor !== null) {
    const value = attrs.riseColor.trim().toLowerCase();
    if (value === 'green' || value === 'red') rise = value;
    else warnings.push(`${TAG}: rise-color="${attrs.riseColor}" is not supported; using green. Use green or red.`);
  }
  return { lang, rise, warnings };
}

/**
 * The `calendar` attribute as the library's `options.calendar`: absent, `iso8601`; otherwise the
 * value without surrounding spaces, in lower case (`Julian` is `julian`). Anything else is passed
 * on as it is, for the library to refuse: a calendar the card cannot read is a date it cannot show
 * (falling back to another calendar would show another day).
 */
export function readCardCalendar(value: string | null): SolarCalendar | string {
  return value === null ? 'iso8601' : value.trim().toLowerCase();
}

/**
 * The developer's line for a date the card cannot show: the element with its `date` (and its
 * `calendar`, when it has one) as given, then the library's message.
 */
export function describeCardError(date: string, error: Error, calendar: string | null = null): string {
  return `<huangli-card date="${date}"${calendar === null ? '' : ` calendar="${calendar}"`}>: ${error.message}`;
}

/**
 * The `holidays` attribute of the widget's elements: absent or `cn`, China's statutory holidays
 * and make-up workdays (huangli/holidays: 休 and 班); `none`, no holidays. Anything else is `cn`
 * with a warning.
 */
export function readHolidaysAttribute(value: string | null, tag: string): { readonly show: boolean; readonly warning: string | null } {
  if (value === null) return { show: true, warning: null };
  const v = value.trim().toLowerCase();
  if (v === 'cn' || v === 'none') return { show: v === 'cn', warning: null };
  return { show: true, warning: `<${tag}>: holidays="${value}" is not supported; showing China's (cn). Use cn or none.` };
}
