// Builds the DOM of a <huangli-month> page, text-only (see ./dom.ts): the heading, the navigation,
// the ARIA grid of days and the legend.
import { zodiac } from '../data/almanac.generated';
import type { FestivalSet } from '../festivals/types';
import { localize } from '../i18n/localize';
import { yearPillar } from '../pillars/yearPillar';
import type { RiseColor } from './attributes';
import { errorAlert, h } from './dom';
import { LABELS, formatHolidayFestivals, type CardLang } from './labels';
import type { MonthPage, PageDay } from './monthData';
import { errorHintFor } from './missingLanguages';
import { MONTH_LABELS, type LunarMonthRef, type MonthLabels } from './monthLabels';

/** What the page shows besides its data. */
export interface MonthViewState {
  readonly lang: CardLang;
  readonly rise: RiseColor;
  /** Epoch days: today (marked), the selected day (`aria-selected`), the active day (the one cell with tabindex 0). */
  readonly today: number | null;
  readonly selected: number | null;
  readonly active: number;
  /** Whether the previous and next months are within the supported range. */
  readonly canPrevious: boolean;
  readonly canNext: boolean;
  /** An id for the heading, unique in the shadow root. */
  readonly titleId: string;
  /** The festival set the page's days list beside the traditional festivals (their names are the set's), if any. */
  readonly festivals?: FestivalSet | undefined;
}

/** A festival of a day in `lang`: the set's own names for its days, the glossary's for the rest. */
function festivalName(festival: { readonly name: string; readonly kind: string }, lang: CardLang, festivals: FestivalSet | undefined): string {
  return festivals === undefined ? localize(festival.name, lang) : (localize(festival, lang, { festivals }) as { name: string }).name;
}

/** A signed score: `-4`, `+3`, `0`. */
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** The colour band of a score for its cue: −3 … 3 (0 for 0; ±1 for 1–3, ±2 for 4–6, ±3 for 7–10). */
export function scoreBand(score: number): number {
  const band = score === 0 ? 0 : Math.min(3, Math.floor((Math.abs(score) - 1) / 3) + 1);
  return score < 0 ? -band : band;
}

/** The text under a day's number, in `lang`: a festival or term localized, else the lunar month or day. */
export function cellLabel(day: PageDay, lang: CardLang, t: MonthLabels = MONTH_LABELS[lang], festivals?: FestivalSet): string {
  const { lunar } = day;
  if (day.labelKind === 'month') return t.monthShort(lunar.month, lunar.leap, localize(lunar, lang).monthName);
  if (day.labelKind === 'day') return t.lunarShort(lunar.month, lunar.day, lunar.leap, localize(lunar, lang).dayName);
  const festival = day.labelKind === 'festival' ? day.festivals.find((f) => f.name === day.label) : undefined;
  const name = festival === undefined ? localize(day.label, lang) : festivalName(festival, lang, festivals);
  return lang === 'en' ? shortEnglish(name) : name;
}

/**
 * A festival's English name as a cell has room for it (the cell's accessible name has the whole):
 * its common name where the library gives one in parentheses ('Spring Festival (Chinese New Year)'
 * → 'Chinese New Year'), else without 'Festival' ('Mid-Autumn Festival' → 'Mid-Autumn').
 */
export function shortEnglish(name: string): string {
  const gloss = / \(([^)]+)\)$/.exec(name);
  return gloss !== null ? (gloss[1] as string) : name.replace(/ Festival$/, '');
}

/** A day's accessible name: the date, the lunar date, term and festivals, the holiday, the score. */
export function cellName(day: PageDay, lang: CardLang, t: MonthLabels = MONTH_LABELS[lang], festivals?: FestivalSet): string {
  const [year, month, dayOfMonth] = [Number(day.date.slice(0, -6)), Number(day.date.slice(-5, -3)), day.day];
  const lunar = localize(day.lunar, lang);
  const parts = [t.dayLong(year, month, dayOfMonth, day.weekday), t.lunarLong(lunar.monthName, lunar.dayName)];
  if (day.term !== null) parts.push(localize(day.term, lang));
  for (const f of day.festivals) if (!(f.kind === 'solar-term' && day.term !== null)) parts.push(festivalName(f, lang, festivals));
  if (day.holiday !== null) parts.push(t.holidayLong(day.holiday.kind, formatHolidayFestivals(day.holiday.festivals, lang)));
  parts.push(t.scoreLong(signed(day.score)));
  return parts.join(lang === 'en' ? ', ' : '，');
}

/** The sub-heading's lunar months: those of the month's first and last days. */
function lunarMonths(page: MonthPage, lang: CardLang): LunarMonthRef[] {
  const inMonth = page.weeks.flat().filter((d): d is PageDay => d !== null && d.inMonth);
  const ends = [inMonth[0], inMonth[inMonth.length - 1]].filter((d): d is PageDay => d !== undefined);
  const refs: LunarMonthRef[] = [];
  for (const d of ends) {
    const { lunar } = d;
    if (refs.length > 0 && refs[0]?.month === lunar.month && refs[0].leap === lunar.leap && refs[0].year === lunar.year) continue;
    const pillar = yearPillar(lunar.year);
    refs.push({
      year: lunar.year, pillar: localize(pillar, lang).name, zodiac: localize(zodiac[pillar.index % 12] as string, lang),
      month: lunar.month, leap: lunar.leap, monthName: localize(lunar, lang).monthName,
    });
  }
  return refs;
}

function dayCell(doc: Document, day: PageDay | null, state: MonthViewState, t: MonthLabels): HTMLElement {
  if (day === null) return h(doc, 'div', { role: 'gridcell', class: 'cell void', 'aria-disabled': 'true' });
  // A rest day is red, as calendars in China print it: a weekend unless worked (班), or a day off (休).
  const rest = day.holiday !== null ? day.holiday.kind === 'off' : day.weekday === 0 || day.weekday === 6;
  const classes = ['cell'];
  if (!day.inMonth) classes.push('out');
  if (rest) classes.push('rest');
  if (day.epochDay === state.today) classes.push('today');
  if (day.holiday !== null) classes.push(day.holiday.kind === 'off' ? 'off' : 'work');
  const attrs: Record<string, string> = {
    role: 'gridcell',
    class: classes.join(' '),
    tabindex: day.epochDay === state.active ? '0' : '-1',
    'data-date': day.date,
    'data-day': String(day.epochDay),
    'aria-selected': String(day.epochDay === state.selected),
    'aria-label': cellName(day, state.lang, t, state.festivals),
  };
  if (day.epochDay === state.today) attrs['aria-current'] = 'date';
  const band = scoreBand(day.score);
  return h(doc, 'div', attrs,
    h(doc, 'span', { class: 'num', 'aria-hidden': 'true' }, String(day.day)),
    h(doc, 'span', { class: `lab lab-${day.labelKind}`, 'aria-hidden': 'true' }, cellLabel(day, state.lang, t, state.festivals)),
    day.holiday !== null && h(doc, 'span', { class: `badge ${day.holiday.kind === 'off' ? 'off' : 'work'}`, 'aria-hidden': 'true' },
      day.holiday.kind === 'off' ? LABELS[state.lang].holidayOff : LABELS[state.lang].holidayWork),
    h(doc, 'span', { class: `cue s${band}`, 'aria-hidden': 'true', 'data-score': String(day.score) }));
}

/**
 * The page of `page` as a `<section class="month">`: heading (Gregorian month, lunar months),
 * previous / today / next buttons (`data-action`), the grid and the legend.
 */
export function renderMonth(doc: Document, page: MonthPage, state: MonthViewState): HTMLElement {
  const { lang } = state;
  const t = MONTH_LABELS[lang];
  const title = t.title(page.year, page.month);
  const button = (action: string, label: string, enabled: boolean, ...content: (HTMLElement | string)[]): HTMLElement => {
    const attrs: Record<string, string> = { type: 'button', class: action === 'today' ? 'today-button' : `step ${action}`, 'data-action': action };
    if (action !== 'today') attrs['aria-label'] = label;
    if (!enabled) attrs['disabled'] = '';
    return h(doc, 'button', attrs, ...content);
  };
  const head = h(doc, 'header', { class: 'head' },
    h(doc, 'div', { class: 'titles' },
      h(doc, 'h2', { id: state.titleId, 'aria-live': 'polite' }, title),
      h(doc, 'p', { class: 'lunar' }, t.lunarSpan(lunarMonths(page, lang)))),
    h(doc, 'div', { class: 'nav' },
      button('previous', t.previous, state.canPrevious, h(doc, 'i', { 'aria-hidden': 'true' })),
      button('today', t.today, true, t.today),
      button('next', t.next, state.canNext, h(doc, 'i', { 'aria-hidden': 'true' }))));

  const header = h(doc, 'div', { role: 'row', class: 'row weekdays' },
    ...page.weekdays.map((wd) => h(doc, 'div', { role: 'columnheader', class: wd === 0 || wd === 6 ? 'wd rest' : 'wd', 'aria-label': t.weekdaysLong[wd] ?? '' },
      h(doc, 'span', { 'aria-hidden': 'true' }, t.weekdaysShort[wd] ?? ''))));
  const grid = h(doc, 'div', { role: 'grid', class: 'grid', 'aria-labelledby': state.titleId },
    header,
    ...page.weeks.map((week) => h(doc, 'div', { role: 'row', class: 'row' }, ...week.map((day) => dayCell(doc, day, state, t)))));

  // The badges are explained where the page has one.
  const kinds = new Set(page.weeks.flat().map((d) => d?.holiday?.kind));
  const c = LABELS[lang];
  const legend = h(doc, 'p', { class: 'legend', 'aria-hidden': 'true' },
    kinds.has('off') && h(doc, 'span', null, h(doc, 'b', { class: 'badge off' }, c.holidayOff), t.legendOff),
    kinds.has('workday') && h(doc, 'span', null, h(doc, 'b', { class: 'badge work' }, c.holidayWork), t.legendWork),
    h(doc, 'span', null, t.legendScore, ' ', t.legendBad, h(doc, 'i', { class: 'scale' }), t.legendGood));

  return h(doc, 'section', { class: 'month', lang, 'data-rise': state.rise, 'data-month': `${page.year}-${page.month}` }, head, grid, legend);
}

/** The error state, for the page's reader (the developer's detail goes to the console and `data-error`). */
export function renderMonthError(doc: Document, lang: CardLang, error?: Error): HTMLElement {
  const t = MONTH_LABELS[lang];
  return h(doc, 'section', { class: 'month', lang, 'data-state': 'error' }, errorAlert(doc, t.error, errorHintFor(error, lang, t.errorHint)));
}
