// Pure helpers of the card: no DOM, safe under Node (they are unit-testable without a browser).
import { solarTerms } from '../astro/solarTerms';
import { fromEpochDay } from '../calendar/epochDay';
import { formatDate, toEpochDayIn } from '../calendar/julianCalendar';
import { FIRST_YEAR, LAST_YEAR } from '../calendar/supportedRange';
import type { SolarCalendar, SolarTerm } from '../types';
import type { CardLang } from './labels';

const DAY_MS = 86_400_000;
/** China Standard Time is a fixed UTC+8 (the library's default zone). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Today's date in China (UTC+8), `'YYYY-MM-DD'`, at the instant `nowMs` (ms since the epoch). */
export function chinaToday(nowMs: number): string {
  const d = new Date(nowMs + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Milliseconds from `nowMs` to the next 00:00 in China (UTC+8); always > 0. */
export function msToNextChinaMidnight(nowMs: number): number {
  const intoDay = (((nowMs + CHINA_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return DAY_MS - intoDay;
}

/**
 * A price with two decimals, grouped as the card's language writes numbers (`85205.7` →
 * `'85,205.70'` in en, zh-Hans and zh-Hant); `'—'` when it is not a finite number.
 */
export function formatPrice(price: unknown, lang: CardLang): string {
  if (typeof price !== 'number' || !Number.isFinite(price)) return '—';
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(price);
}

/** A change given as a fraction, as a signed percentage with two decimals (`-0.0099` → `'-0.99%'`, `0.05` → `'+5.00%'`). */
export function formatChange(change: unknown): string {
  if (typeof change !== 'number' || !Number.isFinite(change)) return '—';
  const text = Math.abs(change * 100).toFixed(2);
  if (/^0\.00$/.test(text)) return '0.00%';
  return `${change < 0 ? '-' : '+'}${text}%`;
}

/** The sign of a number as the card colours it: `'up'`, `'down'` or `'flat'` (also for anything that is not a number). */
export function signOf(n: unknown): 'up' | 'down' | 'flat' {
  if (typeof n !== 'number' || !Number.isFinite(n)) return 'flat';
  return n > 0 ? 'up' : n < 0 ? 'down' : 'flat';
}

/** The fields of a date as the library writes it (`'2025-12-18'`, `'-000721-01-16'`, or the date of an instant). */
export function parseDate(date: string): readonly [number, number, number] {
  const match = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})/.exec(date);
  if (match === null) throw new TypeError(`not a date: ${JSON.stringify(date)}`); // unreachable: the library's own output
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The solar term of the day (`today: true`) or else the next one after it, with the date it falls on
 * (China Standard Time), `date` and the term's instant written in `calendar` (the one `date` is
 * written in); `null` after the last term of the range (冬至 9999).
 */
export function solarTermFor(date: string, calendar: SolarCalendar = 'iso8601'): { readonly term: SolarTerm; readonly date: string; readonly today: boolean } | null {
  const [y, m, d] = parseDate(date);
  const epochDay = toEpochDayIn(calendar, y, m, d);
  // The terms of a year run from its 小寒: look in the day's proleptic Gregorian year and the next.
  const year = fromEpochDay(epochDay).year;
  for (const ty of [year, year + 1]) {
    if (ty < FIRST_YEAR || ty > LAST_YEAR) continue;
    for (const term of solarTerms(ty, { calendar })) {
      const [ky, km, kd] = parseDate(term.instant);
      const day = toEpochDayIn(calendar, ky, km, kd);
      if (day >= epochDay) return { term, date: formatDate(day, calendar), today: day === epochDay };
    }
  }
  return null;
}

/** One ticker of the host's market data, as the card shows it. */
export interface TickerView {
  readonly symbol: string;
  readonly price: string;
  readonly change: string;
  readonly sign: 'up' | 'down' | 'flat';
}

/** The host's market data, checked and formatted; `null` when there is nothing to show. */
export interface MarketView {
  /** The fear-and-greed index, 0–100, or `undefined` when absent or unusable. */
  readonly fearGreed: number | undefined;
  readonly tickers: readonly TickerView[];
}

/** At most this many tickers are shown (the reference card shows ten). */
export const MAX_TICKERS = 12;

/**
 * Reads the host's `market` value defensively: `{ fearGreed?: number, tickers?: { symbol, price, change }[] }`.
 * Anything unusable is left out rather than thrown on; every symbol becomes a plain string, shown as text.
 */
export function readMarket(value: unknown, lang: CardLang): MarketView | null {
  if (value === null || typeof value !== 'object') return null;
  const raw = value as { fearGreed?: unknown; tickers?: unknown };
  const fg = raw.fearGreed;
  const fearGreed = typeof fg === 'number' && Number.isFinite(fg) && fg >= 0 && fg <= 100 ? fg : undefined;
  const tickers: TickerView[] = [];
  if (Array.isArray(raw.tickers)) {
    for (const t of raw.tickers.slice(0, MAX_TICKERS) as unknown[]) {
      if (t === null || typeof t !== 'object') continue;
      const { symbol, price, change } = t as { symbol?: unknown; price?: unknown; change?: unknown };
      if (symbol === undefined || symbol === null) continue;
      let text: string;
      try {
        text = String(symbol).slice(0, 32);
      } catch {
        continue; // an object whose toString throws
      }
      tickers.push({ symbol: text, price: formatPrice(price, lang), change: formatChange(change), sign: signOf(change) });
    }
  }
  if (fearGreed === undefined && tickers.length === 0) return null;
  return { fearGreed, tickers };
}
