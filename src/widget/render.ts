// Builds the card's DOM. Every value — computed or passed by the host — goes in as a text node or
// an attribute value; nothing is ever parsed as HTML.
import type { FestivalSet } from '../festivals/types';
import { buildAlmanac } from '../almanac/almanac';
import { fearGreedLabel } from '../fortune/fearGreedLabel';
import { localize } from '../i18n/localize';
import { yearPillar as yearPillarOf } from '../pillars/yearPillar';
import { lunarDate } from '../lunar/lunarDate';
import type { SolarCalendar } from '../types';
import type { RiseColor } from './attributes';
import { parseDate, readMarket, signOf, solarTermFor, type MarketView } from './format';
import { errorAlert, h } from './dom';
import { LABELS, formatHolidayFestivals, type CardLabels, type CardLang } from './labels';
import { findHoliday, type PageHolidays } from './findHoliday';
import { errorHintFor } from './missingLanguages';

/** A signed score: `-4`, `+3`, `0`. */
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** Position of `value` in `min … max` as a CSS percentage. */
const at = (value: number, min: number, max: number): string => `${Math.round(((Math.min(max, Math.max(min, value)) - min) / (max - min)) * 1000) / 10}%`;

function gauge(doc: Document, value: number, min: number, max: number): HTMLElement {
  const knob = h(doc, 'i', null);
  knob.style.left = at(value, min, max);
  return h(doc, 'div', { class: 'gauge', 'aria-hidden': 'true' }, knob);
}

/** Trend words → colour: the two bullish ones up, the two bearish ones down. */
const TREND_SIGN: Readonly<Record<string, 'up' | 'down' | 'flat'>> = {
  强势上涨: 'up', 震荡偏多: 'up', 横盘震荡: 'flat', 震荡偏空: 'down', 强势下跌: 'down',
};

function activityList(doc: Document, kind: 'yi' | 'ji', items: readonly string[], t: CardLabels): HTMLElement {
  const list = h(doc, 'ul', { class: 'tags', 'aria-label': kind === 'yi' ? t.yiAria : t.jiAria });
  if (items.length === 0) list.append(h(doc, 'li', { class: 'none' }, t.none));
  for (const item of items) list.append(h(doc, 'li', null, item));
  return h(doc, 'section', { class: `acts ${kind}` }, h(doc, 'h3', null, kind === 'yi' ? t.yi : t.ji), list);
}

function marketSection(doc: Document, market: MarketView, lang: CardLang, t: CardLabels): HTMLElement {
  const section = h(doc, 'section', { class: 'market', 'aria-label': t.market }, h(doc, 'h3', null, t.market));
  if (market.fearGreed !== undefined) {
    const word = fearGreedLabel(market.fearGreed);
    const band = ['极恐', '恐惧', '中性', '贪婪', '极贪'].indexOf(word);
    const label = localize(word, lang);
    const value = String(Math.round(market.fearGreed));
    section.append(h(doc, 'div', { class: 'fg', role: 'group', 'aria-label': t.fearGreedAria(label, value) },
      h(doc, 'span', { class: 'fg-title' }, t.fearGreed),
      h(doc, 'span', { class: 'fg-value' }, h(doc, 'span', { class: `fg-word fg-${band}` }, label), ' ', h(doc, 'span', { class: 'fg-num' }, value)),
      gauge(doc, market.fearGreed, 0, 100)));
  }
  if (market.tickers.length > 0) {
    const list = h(doc, 'ul', { class: 'tickers', 'aria-label': t.tickers });
    for (const ticker of market.tickers) {
      list.append(h(doc, 'li', { 'aria-label': t.tickerAria(ticker.symbol, ticker.price, ticker.change) },
        h(doc, 'span', { class: 'sym' }, ticker.symbol), ' ',
        h(doc, 'span', { class: 'price' }, ticker.price), ' ',
        h(doc, 'span', { class: `chg ${ticker.sign}` }, ticker.change)));
    }
    section.append(list);
  }
  return section;
}

/**
 * The clash phrase in spans that never break inside (class `nb`, `white-space: nowrap`): the whole
 * Chinese phrase (冲虎(壬寅)煞南); in English the clash and the evil spirit's direction, so that a
 * narrow line may break only between them ("Clash: Tiger (Ren-Yin)," / "evil spirit in the South").
 */
function clashPhrase(doc: Document, text: string, lang: CardLang): HTMLElement {
  const parts = lang === 'en' ? text.split(/(?<=,) /) : [text];
  return h(doc, 'p', { class: 'value' }, ...parts.flatMap((part, i) => [i > 0 && ' ', h(doc, 'span', { class: 'nb' }, part)]));
}

/**
 * The error state, for the page's reader: a message in the card's language, announced
 * (role="alert"). The developer's detail is not shown here (the element logs it and sets `data-error`).
 * `error` is what made the card fail: a page without the card's language gets its own hint.
 */
export function renderError(doc: Document, lang: CardLang, error?: Error): HTMLElement {
  const t = LABELS[lang];
  return h(doc, 'article', { class: 'card', lang, 'data-state': 'error' }, errorAlert(doc, t.error, errorHintFor(error, lang, t.errorHint)));
}

/**
 * The card of `input` (a date as `almanac` reads it, e.g. `'YYYY-MM-DD'` or `'-000721-01-16'`,
 * in `calendar`) in `lang`, with the host's `market` data if any; `rise` is the colour of a rise
 * (`data-rise` on the card, read by the CSS); `holidays` the holiday data (`undefined`: the bundled
 * one, `null`: none), for the day's 休 or 班 line; `festivals` a festival set whose days follow the traditional festivals.
 * @throws Whatever `almanac(input, { calendar, festivals })` throws for a bad date, calendar or set (the caller shows {@link renderError}).
 */
export function renderCard(
  doc: Document, input: string, lang: CardLang, market: unknown, rise: RiseColor = 'green', calendarName: SolarCalendar | string = 'iso8601', holidays?: PageHolidays,
  festivals?: FestivalSet,
): HTMLElement {
  const t = LABELS[lang];
  // `almanac` refuses a calendar it does not know (the card then shows its error state).
  const calendar = calendarName as SolarCalendar;
  // The page without its hours, which the card does not show (`hours` is empty).
  const canonical = buildAlmanac('almanac', input, { calendar, ...(festivals === undefined ? {} : { festivals }) }, null);
  // From here on, the day as the library read it ('YYYY-MM-DD' in `calendar`), whatever form the input took.
  const date = canonical.date;
  const day = localize(canonical, lang, festivals === undefined ? undefined : { festivals });
  const yearPillar = localize(yearPillarOf(lunarDate(date, { calendar }).year), lang).name;
  const [year, month, dayOfMonth] = parseDate(date);
  const f = day.fortune;
  const score = canonical.fortune.score;
  const scoreText = signed(score);

  // Header: the date, the lunar date, the solar term (or the next one), festivals.
  const term = solarTermFor(date, calendar);
  let termLine: HTMLElement | null = null;
  if (term !== null) {
    const name = localize(term.term, lang).name;
    const [, m, d] = parseDate(term.date);
    termLine = term.today
      ? h(doc, 'p', { class: 'term' }, `${t.termToday} `, h(doc, 'b', null, name))
      : h(doc, 'p', { class: 'term' }, `${t.termNext} `, h(doc, 'b', null, name), ` · ${t.termDate(m, d)}`);
  }
  const festivalList = day.festivals.length === 0 ? null
    : h(doc, 'ul', { class: 'festivals', 'aria-label': t.festivals }, ...day.festivals.map((x) => h(doc, 'li', null, x.name)));
  // China's statutory holidays: a day off (休) or a make-up workday (班), with its break's festivals.
  const entry = findHoliday(date, calendar, holidays);
  const holidayLine = entry === null ? null
    : h(doc, 'p', { class: `holiday ${entry.kind === 'off' ? 'off' : 'work'}` },
      h(doc, 'span', { class: 'hb', 'aria-hidden': 'true' }, entry.kind === 'off' ? t.holidayOff : t.holidayWork),
      t.holidayLine(entry.kind, formatHolidayFestivals(entry.festivals, lang)));
  // The season: the pentad (七十二候), and 数九 or 三伏 on their days.
  const marks = [
    canonical.winterNine === null ? null : t.winterNine(canonical.winterNine.nine, canonical.winterNine.day),
    day.dogDays === null ? null : t.dogDays(day.dogDays.period, day.dogDays.day),
  ].filter((x): x is string => x !== null);
  const seasonLine = h(doc, 'p', { class: 'season' },
    `${t.pentadLabel} `, h(doc, 'b', null, t.pentad(day.pentad.term, canonical.pentad.index, day.pentad.name)),
    ...marks.map((m) => h(doc, 'span', { class: 'mark' }, m)));
  const head = h(doc, 'header', { class: 'head' },
    h(doc, 'p', { class: 'eyebrow' }, h(doc, 'span', { class: 'seal', 'aria-hidden': 'true' }, lang === 'en' ? '' : lang === 'zh-Hant' ? '曆' : '历'), t.title),
    h(doc, 'h2', null, t.gregorian(year, month, dayOfMonth, canonical.weekday)),
    h(doc, 'p', { class: 'lunar' }, t.lunar(yearPillar, day.zodiac, day.lunar.monthName, day.lunar.dayName)),
    termLine,
    seasonLine,
    festivalList,
    holidayLine);

  // The fortune: score, month pillar and trend, element reading.
  const fortune = h(doc, 'section', { class: 'fortune' },
    h(doc, 'div', { class: 'score-box' },
      h(doc, 'h3', null, t.score),
      h(doc, 'p', { class: `score ${signOf(score)}`, role: 'img', 'aria-label': t.scoreAria(scoreText) }, scoreText),
      gauge(doc, score, -10, 10),
      h(doc, 'p', { class: 'scale', 'aria-hidden': 'true' }, t.scoreScale)),
    h(doc, 'div', { class: 'month-box' },
      h(doc, 'h3', null, t.month),
      h(doc, 'p', { class: 'pillar' }, t.monthPillar(f.month.pillar)),
      h(doc, 'p', { class: `trend ${TREND_SIGN[canonical.fortune.month.trend] ?? 'flat'}` }, f.month.trend),
      h(doc, 'p', { class: 'elements' }, h(doc, 'b', null, t.elements), ' ', f.elements.text)));

  // The almanac: 彭祖百忌, 宜, 忌, the moon, the clash.
  const body = h(doc, 'div', { class: 'body' },
    h(doc, 'section', { class: 'pengzu' },
      h(doc, 'h3', null, t.pengZu),
      h(doc, 'ul', { 'aria-label': t.pengZu }, ...day.pengZu.map((line) => h(doc, 'li', null, line)))),
    activityList(doc, 'yi', day.yi, t),
    activityList(doc, 'ji', day.ji, t),
    h(doc, 'div', { class: 'facts' },
      h(doc, 'section', { class: 'fact moon' },
        h(doc, 'h3', null, t.moon),
        h(doc, 'p', { class: 'value' }, f.moon),
        h(doc, 'p', { class: 'sub' }, t.moonDetail(day.moonPhase.name, Math.round(canonical.moonPhase.illumination * 100)))),
      h(doc, 'section', { class: 'fact clash' },
        h(doc, 'h3', null, t.clash),
        clashPhrase(doc, day.clash.text, lang))));

  const view = readMarket(market, lang);
  return h(doc, 'article', { class: 'card', lang, 'data-date': date, 'data-rise': rise, 'aria-label': `${t.title} ${date}` },
    head, fortune, body,
    view === null ? null : marketSection(doc, view, lang, t),
    h(doc, 'footer', { class: 'foot' }, t.disclaimer));
}
