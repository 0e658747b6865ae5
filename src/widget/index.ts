/**
 * `huangli/widget`: the `<huangli-card>` custom element, the almanac card of a day, and
 * `<huangli-month>`, a month calendar (万年历 page) that can open the card of the day chosen.
 *
 * ```html
 * <script src="huangli-i18n.global.js"></script>   <!-- zh-Hant and English (script tags, since 0.8.0) -->
 * <script src="huangli-month.global.js"></script>  <!-- both elements; huangli-widget.global.js: the card alone -->
 * <huangli-card date="2025-12-18" lang="zh-Hans"></huangli-card>
 * <huangli-card lang="en" theme="dark"></huangli-card>  <!-- today in China, turns over at midnight -->
 * <huangli-month year="2025" month="10" card></huangli-month>
 * ```
 *
 * Importing registers both elements when `customElements` exists and the tags are free; under Node or
 * SSR the import does nothing (no DOM is touched at the top level). {@link defineHuangliCard} and
 * {@link defineHuangliMonth} register them explicitly (also under other tag names).
 *
 * Attributes: `date` (`'YYYY-MM-DD'`, any day −0721-01-01 … 9999-12-31, an expanded year outside
 * 0 … 9999: `'-000721-01-16'`; absent: today in China, UTC+8, re-rendered at the next
 * midnight there; a bad one shows the reader a message in the card's language, and the library's
 * message goes to `console.error`, the `data-error` attribute and the `error` property), `lang`
 * (`zh-Hans` default, `zh-Hant`, `en`; anything else is `zh-Hans` with a console warning),
 * `rise-color` (`green` default: rises green, falls red; `red`: rises red, as mainland China's
 * markets show them; anything else is `green` with a console warning), `calendar` (`iso8601`
 * default, or `julian`: the calendar `date` is read in and the card's dates are written in, as the
 * library's `options.calendar`; anything else is a date the card cannot show), `theme` (`light`, `dark`;
 * absent: the reader's preference), `holidays` (`cn` default: the day's 休/班 line from
 * huangli/holidays; `none`: no line; anything else is `cn` with a console warning). Properties:
 * `market` (`{ fearGreed, tickers: [{ symbol, price, change }] }`), `holidayData` (a dataset of
 * `holidayData()` for years past the bundled ones), `festivals` (a festival set of huangli/festivals). Styling: the `--huangli-*` custom properties (see `styles.ts`).
 *
 * `<huangli-month>`: see docs/widget.md for its attributes (`year`, `month`, `lang`, `theme`,
 * `week-start`, `calendar`, `today`, `selected`, `card`, `rise-color`, `holidays`) and its events
 * (`huangli-select`, `huangli-monthchange`).
 *
 * @module huangli/widget
 */
import { TAG_NAME, defineHuangliCard } from './defineCard';
import { createHuangliMonthClass, type HuangliMonthConstructor } from './monthElement';
export type { HuangliMonthChangeDetail, HuangliMonthConstructor, HuangliMonthElement, HuangliSelectDetail } from './monthElement';
export type { YearMonth } from './monthNav';

export * from './defineCard';

/**
 * The default tag name of the month calendar.
 *
 * @example
 * MONTH_TAG_NAME
 * //=> 'huangli-month'
 * @category Widget
 * @since 0.6.0
 */
export const MONTH_TAG_NAME = 'huangli-month';

/**
 * Registers the month calendar under `tagName` (default `huangli-month`) and returns its class; returns
 * the class already registered under that name if there is one, and `undefined` where there are no
 * custom elements (Node, SSR). The month opens the card of the selected day as `cardTag` (default
 * `huangli-card`), which it registers too when that name is free. Importing `huangli/widget` (or
 * loading huangli-month.global.js) already calls it once.
 *
 * @param tagName - The custom element name, with a hyphen.
 * @param cardTag - The tag of the card it shows for the selected day.
 * @returns The element class, or `undefined` without custom elements.
 * @example
 * defineHuangliMonth() // under Node there are no custom elements
 * //=> undefined
 * @category Widget
 * @since 0.6.0
 */
export function defineHuangliMonth(tagName: string = MONTH_TAG_NAME, cardTag: string = TAG_NAME): HuangliMonthConstructor | undefined {
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return undefined;
  const existing = customElements.get(tagName) as HuangliMonthConstructor | undefined;
  if (existing !== undefined) return existing;
  defineHuangliCard(cardTag);
  const HuangliMonth = createHuangliMonthClass(cardTag);
  customElements.define(tagName, HuangliMonth);
  return HuangliMonth;
}

defineHuangliCard();
defineHuangliMonth();

declare global {
  interface HTMLElementTagNameMap {
    'huangli-card': import('./element').HuangliCardElement;
    'huangli-month': import('./monthElement').HuangliMonthElement;
  }
  interface HTMLElementEventMap {
    'huangli-select': CustomEvent<import('./monthElement').HuangliSelectDetail>;
    'huangli-monthchange': CustomEvent<import('./monthElement').HuangliMonthChangeDetail>;
  }
}
