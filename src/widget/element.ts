import type { FestivalSet } from '../festivals/types';
import type { HolidayData } from '../holidays/types';
import { describeCardError, readCardCalendar, readCardSettings, readHolidaysAttribute } from './attributes';
import { adoptEarlyProperties } from './dom';
import { chinaToday, msToNextChinaMidnight } from './format';
import { renderCard, renderError } from './render';
import { CARD_CSS } from './styles';

/**
 * Market figures a host page may pass to the card (`card.market = …`). The card fetches nothing.
 * @category Widget
 * @since 0.3.0
 */
export interface CardMarket {
  /** A fear-and-greed index, 0–100: shown as its word (极恐 … 极贪) and number. */
  readonly fearGreed?: number;
  /** Prices: `change` is a fraction (`-0.0099` is shown as `-0.99%`). */
  readonly tickers?: readonly {
    /** Ticker symbol, shown as text (never parsed as HTML). */
    readonly symbol: string;
    /** Last price, shown with 2 decimals. */
    readonly price: number;
    /** Change as a fraction (−0.0099 is −0.99 %). */
    readonly change: number;
  }[];
}

/**
 * The `<huangli-card>` element's own API, beyond `HTMLElement`.
 * @category Widget
 * @since 0.3.0
 */
export interface HuangliCardElement extends HTMLElement {
  /** The host's market data; setting it re-renders the card. `null` or `undefined` hides the market block. */
  market: CardMarket | null | undefined;
  /**
   * The library's error for a bad `date`, or `null`. The card shows the reader a message in its
   * language; this error's message is also in the `data-error` attribute and in `console.error`.
   */
  readonly error: Error | null;
  /**
   * The day shown, `'YYYY-MM-DD'` (an expanded year outside 0 … 9999: `'-000721-01-16'`) in the
   * card's `calendar` (today in China when there is no `date` attribute), or `null` in the error state.
   */
  readonly shownDate: string | null;
  /**
   * China's holiday data for the day's 休 or 班 line: a dataset made by `holidayData` (huangli/holidays),
   * for instance with the next year's notice; `null` or `undefined`: the bundled one. Setting it re-renders.
   */
  holidayData: HolidayData | null | undefined;
  /**
   * A festival set of huangli/festivals whose days the card lists after the traditional festivals
   * (`HuangliFestivals.gregorianFestivals` from huangli-festivals.global.js: 元旦节, 国庆节, 母亲节 …),
   * named in the card's language; `null` or `undefined`: the traditional festivals only. Anything
   * else is the almanac's TypeError, shown as the card's error state. Setting it re-renders.
   * @since 0.6.0
   */
  festivals: FestivalSet | null | undefined;
  /** Renders again (e.g. after changing CSS-independent state); normally automatic. */
  render(): void;
}

/**
 * Constructor type of the element class.
 * @category Widget
 * @since 0.3.0
 */
export type HuangliCardConstructor = new () => HuangliCardElement;

/** Margin after midnight before re-rendering, so the clock has certainly passed 00:00 in China. */
const MIDNIGHT_MARGIN_MS = 500;

/**
 * Creates the element class. A function, not a top-level `class … extends HTMLElement`, so that
 * importing the module is safe where `HTMLElement` does not exist (Node, SSR).
 */
export function createHuangliCardClass(): HuangliCardConstructor {
  class HuangliCard extends HTMLElement implements HuangliCardElement {
    static get observedAttributes(): string[] {
      return ['date', 'lang', 'rise-color', 'calendar', 'holidays'];
    }

    #root: ShadowRoot;
    #content: HTMLElement | null = null;
    #market: CardMarket | null | undefined = undefined;
    #holidayData: HolidayData | null | undefined = undefined;
    #festivals: FestivalSet | null | undefined = undefined;
    #timer: ReturnType<typeof setTimeout> | undefined = undefined;
    #error: Error | null = null;
    #shown: string | null = null;
    /** What was already said in the console, so that a re-render (new market data, midnight) does not repeat it. */
    #said = new Set<string>();
    #onVisible = (): void => {
      if (document.visibilityState === 'visible' && !this.hasAttribute('date') && this.#shown !== chinaToday(Date.now())) this.render();
    };

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = CARD_CSS;
      this.#root.append(style);
      // Not connected yet: the setters only store the values.
      adoptEarlyProperties(this, ['market', 'holidayData', 'festivals']);
    }

    get market(): CardMarket | null | undefined {
      return this.#market;
    }

    set market(value: CardMarket | null | undefined) {
      this.#market = value;
      if (this.isConnected) this.render();
    }

    get holidayData(): HolidayData | null | undefined {
      return this.#holidayData;
    }

    set holidayData(value: HolidayData | null | undefined) {
      this.#holidayData = value;
      if (this.isConnected) this.render();
    }

    get festivals(): FestivalSet | null | undefined {
      return this.#festivals;
    }

    set festivals(value: FestivalSet | null | undefined) {
      this.#festivals = value;
      if (this.isConnected) this.render();
    }

    get error(): Error | null {
      return this.#error;
    }

    get shownDate(): string | null {
      return this.#shown;
    }

    connectedCallback(): void {
      document.addEventListener('visibilitychange', this.#onVisible);
      this.render();
    }

    disconnectedCallback(): void {
      document.removeEventListener('visibilitychange', this.#onVisible);
      this.#clearTimer();
    }

    attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
      if (oldValue !== newValue && this.isConnected) this.render();
    }

    render(): void {
      this.#clearTimer();
      const settings = readCardSettings({ lang: this.getAttribute('lang'), riseColor: this.getAttribute('rise-color') });
      const holidays = readHolidaysAttribute(this.getAttribute('holidays'), 'huangli-card');
      for (const warning of [...settings.warnings, ...(holidays.warning === null ? [] : [holidays.warning])]) this.#say(warning, () => console.warn(warning));
      const { lang, rise } = settings;
      const attr = this.getAttribute('date');
      const today = attr === null;
      const date = today ? chinaToday(Date.now()) : attr.trim();
      const calendarAttr = this.getAttribute('calendar');
      let content: HTMLElement;
      try {
        content = renderCard(document, date, lang, this.#market, rise, readCardCalendar(calendarAttr), holidays.show ? this.#holidayData ?? undefined : null, this.#festivals ?? undefined);
        this.#error = null;
        this.#shown = content.getAttribute('data-date');
        this.removeAttribute('data-error');
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        this.#error = error;
        this.#shown = null;
        const detail = describeCardError(date, error, calendarAttr);
        this.#say(detail, () => console.error(detail, error));
        this.setAttribute('data-error', error.message);
        content = renderError(document, lang, error);
      }
      if (this.#content === null) this.#root.append(content);
      else this.#content.replaceWith(content);
      this.#content = content;
      // Today's card turns over at the next midnight in China.
      if (today && this.isConnected) {
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          this.render();
        }, msToNextChinaMidnight(Date.now()) + MIDNIGHT_MARGIN_MS);
      }
    }

    /** Runs `log` unless `line` was already logged by this element. */
    #say(line: string, log: () => void): void {
      if (this.#said.has(line)) return;
      this.#said.add(line);
      log();
    }

    #clearTimer(): void {
      if (this.#timer !== undefined) clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }
  return HuangliCard;
}
