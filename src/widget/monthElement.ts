import type { FestivalSet } from '../festivals/types';
import { almanac } from '../almanac/almanac';
import type { DailyAlmanac } from '../almanac/types';
import { formatDate, fromEpochDayIn } from '../calendar/julianCalendar';
import { toMoment } from '../input/toMoment';
import type { SolarCalendar } from '../types';
import type { HolidayData, HolidayDay } from '../holidays/types';
import { readCardCalendar, readCardSettings, readHolidaysAttribute } from './attributes';
import { adoptEarlyProperties, h } from './dom';
import { chinaToday, msToNextChinaMidnight } from './format';
import { monthPage, type MonthPage, type PageDay } from './monthData';
import type { CardLang } from './labels';
import {
  dayInMonth, monthOf, moveDay, readCardMode, readIntegerAttribute, readWeekStart, shiftMonth, weekdayOf, type MonthWeekStart, type YearMonth,
} from './monthNav';
import { MONTH_LABELS } from './monthLabels';
import { renderMonth, renderMonthError } from './monthRender';
import { MONTH_CSS } from './styles';

/**
 * The `detail` of the `huangli-select` event: the day the reader chose and its almanac page.
 * @category Widget
 * @since 0.6.0
 */
export interface HuangliSelectDetail {
  /** The day, `'YYYY-MM-DD'` in the element's `calendar` (`'-000721-01-16'` outside 0000 … 9999). */
  readonly date: string;
  /** `almanac(date, { calendar })`: the day's whole page, canonical (zh-Hans) and frozen; `localize` it for another language. */
  readonly almanac: DailyAlmanac;
  /** China's statutory holiday entry of the day as the element shows it (`holiday(date)` of huangli/holidays), or `null`. */
  readonly holiday: HolidayDay | null;
}

/**
 * The `detail` of the `huangli-monthchange` event: the month the reader moved to.
 * @category Widget
 * @since 0.6.0
 */
export interface HuangliMonthChangeDetail {
  /** The year (astronomical: 0 is 1 BCE), in the element's `calendar`. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
}

/**
 * The `<huangli-month>` element's own API, beyond `HTMLElement` (whose `lang` it reads).
 * Each property mirrors the attribute of the same name (`weekStart`: `week-start`,
 * `riseColor`: `rise-color`): reading gives the attribute, setting sets it (`null` removes it).
 * @category Widget
 * @since 0.6.0
 */
export interface HuangliMonthElement extends HTMLElement {
  /** The `year` attribute as a number (`null` when absent or not an integer): the month shown with `month`. */
  year: number | null;
  /** The `month` attribute as a number, 1–12 (`null` when absent or not an integer). */
  month: number | null;
  /** `light`, `dark`, or `null` (the reader's colour scheme). */
  theme: string | null;
  /** The first column, `monday` (default) or `sunday`. */
  weekStart: string | null;
  /** `iso8601` (default) or `julian`. */
  calendar: string | null;
  /** The day marked as today and the "today" button's, `'YYYY-MM-DD'`; `null`: the browser's clock, in China (UTC+8). */
  today: string | null;
  /** The selected day, `'YYYY-MM-DD'`, or `null`. Selecting a day (click, Enter, Space, the "today" button) sets it. */
  selected: string | null;
  /** How the selected day's card is shown: `null` (no card), `''` or `'inline'` (below, or beside a wide grid), `'dialog'`. */
  card: string | null;
  /** `green` (default) or `red`: the colour of a good score's cue (red: as mainland China's markets colour a rise). */
  riseColor: string | null;
  /** `cn` (default): China's statutory days off (休) and make-up workdays (班); `none`: no holidays. */
  holidays: string | null;
  /**
   * The holiday data (a dataset made by `holidayData` of huangli/holidays, e.g. with the next year's
   * notice); `null` or `undefined`: the bundled one. Passed on to the card. Setting it re-renders.
   */
  holidayData: HolidayData | null | undefined;
  /**
   * A festival set of huangli/festivals (`HuangliFestivals.gregorianFestivals` from
   * huangli-festivals.global.js): its days are added to the cells (a 'solar' festival, 国庆节 or
   * 母亲节, then labels a day without a lunar one), to the card and to `huangli-select`'s almanac;
   * `null` or `undefined`: the traditional festivals only. Anything else is the library's TypeError,
   * shown as the error state. Setting it re-renders.
   * @since 0.6.0
   */
  festivals: FestivalSet | null | undefined;
  /** The month shown, or `null` in the error state. */
  readonly shownMonth: Readonly<YearMonth> | null;
  /** The library's error for a bad `year`, `month` or `calendar`, or `null`. */
  readonly error: Error | null;
  /** Renders again; normally automatic. */
  render(): void;
}

/**
 * Constructor type of the month element class.
 * @category Widget
 * @since 0.6.0
 */
export type HuangliMonthConstructor = new () => HuangliMonthElement;

const TAG = 'huangli-month';
const MIDNIGHT_MARGIN_MS = 500;
/** The properties mirroring a string attribute. */
const STRING_PROPERTIES: readonly (readonly [string, string])[] = [
  ['theme', 'theme'], ['weekStart', 'week-start'], ['calendar', 'calendar'], ['today', 'today'], ['selected', 'selected'],
  ['card', 'card'], ['riseColor', 'rise-color'], ['holidays', 'holidays'],
];
const NUMBER_PROPERTIES = ['year', 'month'] as const;
let serial = 0;

/** The settings of one render, read from the attributes. */
interface Settings {
  readonly calendar: SolarCalendar;
  readonly weekStart: MonthWeekStart;
}

/**
 * Creates the month element class (a function, so that importing is safe without `HTMLElement`).
 * `cardTag` is the tag of the card it opens for the selected day.
 */
export function createHuangliMonthClass(cardTag = 'huangli-card'): HuangliMonthConstructor {
  class HuangliMonth extends HTMLElement {
    static get observedAttributes(): string[] {
      return ['year', 'month', 'lang', 'theme', 'week-start', 'calendar', 'today', 'selected', 'card', 'rise-color', 'holidays'];
    }

    #root: ShadowRoot;
    #wrap: HTMLElement;
    #titleId = `huangli-month-${++serial}`;
    #page: MonthPage | null = null;
    #settings: Settings = { calendar: 'iso8601', weekStart: 'monday' };
    /** The day with tabindex 0 (roving tabindex), an epoch day; kept across renders while it is on the page. */
    #active: number | null = null;
    #shown: YearMonth | null = null;
    #error: Error | null = null;
    #todayDay: number | null = null;
    /** While the element changes its own attributes: one render at the end, not one per attribute. */
    #quiet = false;
    #timer: ReturnType<typeof setTimeout> | undefined = undefined;
    #said = new Set<string>();
    #holidayData: HolidayData | null | undefined = undefined;
    #festivals: FestivalSet | null | undefined = undefined;

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = MONTH_CSS;
      this.#wrap = h(document, 'div', { class: 'wrap' });
      this.#root.append(style, this.#wrap);
      this.#root.addEventListener('click', (e) => this.#onClick(e));
      this.#root.addEventListener('keydown', (e) => this.#onKey(e as KeyboardEvent));
    }

    get shownMonth(): Readonly<YearMonth> | null {
      return this.#shown === null ? null : Object.freeze({ ...this.#shown });
    }

    get error(): Error | null {
      return this.#error;
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

    connectedCallback(): void {
      adoptEarlyProperties(this, [...NUMBER_PROPERTIES, ...STRING_PROPERTIES.map(([p]) => p), 'holidayData', 'festivals']);
      this.render();
    }

    disconnectedCallback(): void {
      this.#clearTimer();
    }

    attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
      if (oldValue !== newValue && this.isConnected && !this.#quiet) this.render();
    }

    render(): void {
      this.#clearTimer();
      const settings = readCardSettings({ lang: this.getAttribute('lang'), riseColor: this.getAttribute('rise-color') }, TAG);
      const week = readWeekStart(this.getAttribute('week-start'));
      const cardMode = readCardMode(this.getAttribute('card'));
      const holidays = readHolidaysAttribute(this.getAttribute('holidays'), TAG);
      const holidayData = holidays.show ? this.#holidayData ?? undefined : null;
      for (const warning of [...settings.warnings, week.warning, cardMode.warning, holidays.warning]) if (warning !== null) this.#say(warning, () => console.warn(warning));
      const { lang, rise } = settings;
      const calendarAttr = this.getAttribute('calendar');
      const calendar = readCardCalendar(calendarAttr) as SolarCalendar;
      // What had the focus, to give it back after the page is rebuilt.
      const focused = this.#root.activeElement;
      const focusKey = focused === null ? null : focused.getAttribute('data-action') ?? (focused.hasAttribute('data-day') ? 'cell' : null);
      // An open dialog stays open across a render (a new month's data, midnight) while its day is selected.
      const reopen = this.#root.querySelector('dialog')?.open === true;

      let content: HTMLElement;
      let side: HTMLElement | null = null;
      try {
        // Today: the attribute, else (or when the library cannot read it) the browser's clock in China.
        // With a calendar the library refuses there is no today: monthPage below says why.
        const known = calendar === 'iso8601' || calendar === 'julian';
        const todayAttr = this.getAttribute('today');
        const clockToday = chinaToday(Date.now());
        const today = !known ? null
          : (todayAttr === null ? null : this.#readDay(todayAttr, calendar, 'today')) ?? this.#readDay(clockToday, calendar, 'today');
        this.#todayDay = today;
        const todayMonth = today === null ? { year: 2000, month: 1 } : monthOf(calendar, today);
        const yearAttr = this.getAttribute('year');
        const monthAttr = this.getAttribute('month');
        const year = yearAttr === null ? todayMonth.year : readIntegerAttribute(yearAttr);
        const month = monthAttr === null ? todayMonth.month : readIntegerAttribute(monthAttr);
        // The library checks the year, the month and the calendar.
        const festivals = this.#festivals ?? undefined;
        const page = monthPage(year as number, month as number, week.weekStart, calendar, holidayData, festivals);
        const selectedAttr = this.getAttribute('selected');
        const selected = selectedAttr === null ? null : this.#readDay(selectedAttr, calendar, 'selected');
        const days = page.weeks.flat().filter((d): d is PageDay => d !== null);
        const inMonth = (day: number | null): boolean => day !== null && days.some((d) => d.inMonth && d.epochDay === day);
        const active = inMonth(this.#active) ? (this.#active as number)
          : inMonth(selected) ? (selected as number)
          : inMonth(today) ? (today as number)
          : (days.find((d) => d.inMonth) as PageDay).epochDay;
        this.#active = active;
        this.#page = page;
        this.#settings = { calendar, weekStart: week.weekStart };
        this.#shown = { year: page.year, month: page.month };
        this.#error = null;
        this.removeAttribute('data-error');
        content = renderMonth(document, page, {
          lang, rise, today, selected, active, festivals,
          canPrevious: shiftMonth(page, -1) !== null, canNext: shiftMonth(page, 1) !== null, titleId: this.#titleId,
        });
        if (selected !== null && cardMode.mode !== 'none') {
          const card = h(document, cardTag, { date: formatDate(selected, calendar), lang, calendar, 'rise-color': rise, holidays: holidays.show ? 'cn' : 'none' });
          const theme = this.getAttribute('theme');
          if (theme !== null) card.setAttribute('theme', theme);
          if (this.#holidayData !== undefined && this.#holidayData !== null) (card as unknown as { holidayData: HolidayData }).holidayData = this.#holidayData;
          if (festivals !== undefined) (card as unknown as { festivals: FestivalSet }).festivals = festivals;
          side = cardMode.mode === 'inline'
            ? h(document, 'div', { class: 'side' }, card)
            : h(document, 'dialog', { 'aria-label': this.#dayName(selected, calendar, lang) },
              h(document, 'button', { type: 'button', class: 'close', 'data-action': 'close', 'aria-label': MONTH_LABELS[lang].close }, h(document, 'i', { 'aria-hidden': 'true' })),
              card);
        }
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        this.#error = error;
        this.#page = null;
        this.#shown = null;
        const attrs = ['year', 'month', 'calendar'].filter((a) => this.hasAttribute(a)).map((a) => ` ${a}="${this.getAttribute(a) ?? ''}"`).join('');
        const detail = `<${TAG}${attrs}>: ${error.message}`;
        this.#say(detail, () => console.error(detail, error));
        this.setAttribute('data-error', error.message);
        content = renderMonthError(document, lang, error);
      }
      const layout = h(document, 'div', { class: side !== null && side.tagName === 'DIV' ? 'layout with-card' : 'layout' }, content, side);
      this.#wrap.replaceChildren(layout);
      const dialog = this.#root.querySelector('dialog');
      // Closed (Escape, the close button, a click beside it): the focus goes back to the day.
      dialog?.addEventListener('close', () => this.#focus('cell'));
      if (reopen && dialog !== null) dialog.showModal();
      else if (focusKey !== null) this.#focus(focusKey);
      // Today's mark moves at the next midnight in China.
      if (!this.hasAttribute('today') && this.isConnected) {
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          this.render();
        }, msToNextChinaMidnight(Date.now()) + MIDNIGHT_MARGIN_MS);
      }
    }

    /** A day as the dialog's accessible name says it: 2025年12月18日 星期四. */
    #dayName(epochDay: number, calendar: SolarCalendar, lang: CardLang): string {
      const { year, month, day } = fromEpochDayIn(calendar, epochDay);
      return MONTH_LABELS[lang].dayLong(year, month, day, weekdayOf(epochDay));
    }

    /** A date attribute read in `calendar`: its epoch day, or `null` with a warning when the library cannot read it. */
    #readDay(value: string, calendar: SolarCalendar, what: 'today' | 'selected'): number | null {
      try {
        return toMoment(TAG, value.trim(), { calendar }, what).epochDay;
      } catch (e) {
        const line = `<${TAG}>: ${what}="${value}" is ignored: ${e instanceof Error ? e.message : String(e)}`;
        this.#say(line, () => console.warn(line));
        return null;
      }
    }

    /** Gives the focus back to the cell of the active day or to the button of `key`. */
    #focus(key: string): void {
      const target = key === 'cell' ? null : this.#root.querySelector<HTMLElement>(`[data-action="${key}"]:not(:disabled)`);
      (target ?? this.#root.querySelector<HTMLElement>('.cell[tabindex="0"]'))?.focus();
    }

    #day(epochDay: number): PageDay | undefined {
      return this.#page?.weeks.flat().find((d): d is PageDay => d !== null && d.epochDay === epochDay);
    }

    /** Sets attributes without a render for each; then one render. */
    #update(attrs: Readonly<Record<string, string>>): void {
      this.#quiet = true;
      try {
        for (const [name, value] of Object.entries(attrs)) this.setAttribute(name, value);
      } finally {
        this.#quiet = false;
      }
      this.render();
    }

    /** Shows the month of `epochDay` with it active; tells the page when the month changed. */
    #goTo(epochDay: number, extra: Readonly<Record<string, string>> = {}): void {
      const { calendar } = this.#settings;
      const target = monthOf(calendar, epochDay);
      const changed = this.#shown === null || target.year !== this.#shown.year || target.month !== this.#shown.month;
      this.#active = epochDay;
      this.#update({ ...(changed ? { year: String(target.year), month: String(target.month) } : {}), ...extra });
      if (changed) this.dispatchEvent(new CustomEvent<HuangliMonthChangeDetail>('huangli-monthchange', { bubbles: true, composed: true, detail: Object.freeze({ ...target }) }));
    }

    /** Selects a day: shows its month, sets `selected`, fires `huangli-select`, opens the card's dialog. */
    #select(epochDay: number): void {
      const { calendar } = this.#settings;
      const date = formatDate(epochDay, calendar);
      this.#goTo(epochDay, { selected: date });
      this.#focus('cell');
      const holiday = this.#day(epochDay)?.holiday ?? null;
      this.dispatchEvent(new CustomEvent<HuangliSelectDetail>('huangli-select', {
        bubbles: true, composed: true, detail: Object.freeze({ date, almanac: almanac(date, { calendar, ...(this.#festivals ? { festivals: this.#festivals } : {}) }), holiday }),
      }));
      const dialog = this.#root.querySelector('dialog');
      if (dialog !== null && !dialog.open) dialog.showModal();
    }

    #onClick(e: Event): void {
      const target = e.target as Element;
      if (target.tagName === 'DIALOG') {
        (target as HTMLDialogElement).close(); // a click on the backdrop
        return;
      }
      const action = target.closest('[data-action]')?.getAttribute('data-action');
      const page = this.#page;
      if (action === 'close') {
        this.#root.querySelector('dialog')?.close();
        return;
      }
      if (page === null) return;
      const { calendar } = this.#settings;
      if (action === 'previous' || action === 'next') {
        const to = shiftMonth(page, action === 'previous' ? -1 : 1);
        const day = this.#active === null ? 1 : Number(formatDate(this.#active, calendar).slice(-2));
        if (to !== null) this.#goTo(dayInMonth(calendar, to, day));
        return;
      }
      if (action === 'today') {
        if (this.#todayDay !== null) this.#select(this.#todayDay);
        return;
      }
      const cell = target.closest('[data-day]');
      if (cell !== null) this.#select(Number(cell.getAttribute('data-day')));
    }

    #onKey(e: KeyboardEvent): void {
      const cell = (e.target as Element).closest?.('[data-day]');
      if (cell === null || cell === undefined || this.#page === null || e.altKey || e.ctrlKey || e.metaKey) return;
      const day = Number(cell.getAttribute('data-day'));
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.#select(day);
        return;
      }
      const { weekStart, calendar } = this.#settings;
      const to = moveDay(day, e, weekStart, calendar);
      if (to === undefined) return;
      e.preventDefault();
      if (to === day) return;
      if (this.#day(to)?.inMonth === true) {
        // The same month: move the roving tabindex without rebuilding the page.
        this.#active = to;
        this.#root.querySelectorAll('[data-day]').forEach((c) => c.setAttribute('tabindex', c.getAttribute('data-day') === String(to) ? '0' : '-1'));
        this.#focus('cell');
      } else {
        this.#goTo(to);
        this.#focus('cell');
      }
    }

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
  // The properties that mirror attributes.
  for (const [property, attribute] of STRING_PROPERTIES) {
    Object.defineProperty(HuangliMonth.prototype, property, {
      configurable: true,
      get(this: HTMLElement) { return this.getAttribute(attribute); },
      set(this: HTMLElement, value: unknown) {
        if (value === null || value === undefined) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      },
    });
  }
  for (const attribute of NUMBER_PROPERTIES) {
    Object.defineProperty(HuangliMonth.prototype, attribute, {
      configurable: true,
      get(this: HTMLElement) {
        const value = this.getAttribute(attribute);
        const n = value === null ? null : readIntegerAttribute(value);
        return typeof n === 'number' ? n : null;
      },
      set(this: HTMLElement, value: unknown) {
        if (value === null || value === undefined) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      },
    });
  }
  return HuangliMonth as unknown as HuangliMonthConstructor;
}
