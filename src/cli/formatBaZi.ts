import { baZi, fromBaZi, type BaZi, type BaZiOptions, type DayBoundary, type FromBaZiOptions, type LuckStart, type LuckStartMethod, type Sex } from '../bazi/index';
import { localize, type Locale, type SolarCalendar } from '../index';
import { LABELS } from './labels';

/** A label with its `{}` filled in. */
const fill = (label: string, value: string | number): string => label.replace('{}', String(value));

/** Characters a terminal draws two columns wide: CJK, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The columns a string takes in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Rows of cells as lines, each column as wide as its widest cell plus two spaces (the last one unpadded). */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell)); });
  return rows.map((row) => row.map((cell, i) => cell + ' '.repeat((widths[i] as number) - displayWidth(cell) + 2)).join('').trimEnd());
}

/** 'YYYY-MM-DDTHH:mm:ss' as the command prints a clock. */
const clock = (iso: string): string => iso.replace('T', ' ');

/** The equation of time in minutes and seconds, signed: '+3分19秒', '+3 min 19 s'. */
function equationOfTimeText(seconds: number, lang: Locale): string {
  const L = LABELS[lang];
  const s = Math.round(Math.abs(seconds));
  return `${seconds < 0 ? '-' : '+'}${Math.floor(s / 60)}${L.minutes}${s % 60}${L.seconds}`;
}

/** The age the luck starts at: '0年1个月0天', '0 years 1 month 0 days' (hours only when counted). */
function luckStartText(start: LuckStart, lang: Locale): string {
  const L = LABELS[lang];
  const en = lang === 'en';
  const part = (n: number, unit: string): string => `${n}${unit}${en && n !== 1 ? 's' : ''}`;
  const parts = [part(start.years, L.unitYear), part(start.months, L.unitMonth), part(start.days, L.unitDay), ...(start.hours === 0 ? [] : [part(start.hours, L.unitHour)])];
  return parts.join(en ? ' ' : '');
}

/** The lines that say when the chart was cast: the civil clock and its zone, and the solar time used. */
function momentLines(chart: BaZi, lang: Locale): string[] {
  const L = LABELS[lang];
  const m = chart.moment;
  const lines = [`${L.born}  ${clock(m.wallClock)} ${m.timeZone ?? L.cst} (UTC${m.utcOffset})`];
  const solar = m.solarTime;
  if (solar !== null) {
    const longitude = fill(solar.longitude < 0 ? L.west : L.east, Math.abs(solar.longitude));
    const mean = `${L.meanSolarTime} ${solar.meanSolarTime.slice(11)}`;
    const eot = `${L.equationOfTime} ${equationOfTimeText(solar.equationOfTimeSeconds, lang)}`;
    lines.push(`${L.trueSolarTime}  ${clock(solar.apparentSolarTime)} ${longitude}${lang === 'en' ? ': ' : '：'}${mean}${L.itemSeparator}${eot}`);
  }
  return lines;
}

/** The four pillars as a table, a column each: 十神, stem, branch, 藏干 (a line each), 纳音, 长生, 旬空. */
function pillarLines(chart: BaZi, lang: Locale): string[] {
  const L = LABELS[lang];
  const en = lang === 'en';
  const l = localize(chart, lang);
  const columns = [l.pillars.year, l.pillars.month, l.pillars.day, l.pillars.hour];
  const withElement = (name: string, element: string): string => (en ? `${name} (${element})` : name + element);
  const depth = Math.max(...columns.map((p) => p.hiddenStems.length));
  const hidden = Array.from({ length: depth }, (_, i) => [
    i === 0 ? L.hiddenStems : '',
    ...columns.map((p) => { const h = p.hiddenStems[i]; return h === undefined ? '' : fill(L.hiddenStem, h.stem) + h.tenGod; }),
  ]);
  return table([
    ['', L.yearPillar, L.monthPillar, L.dayPillar, L.hourPillar],
    [L.tenGod, ...columns.map((p) => p.tenGod)],
    [L.stem, ...columns.map((p) => withElement(p.stem, p.elements.stem))],
    [L.branch, ...columns.map((p) => withElement(p.branch, p.elements.branch))],
    ...hidden,
    [L.naYin, ...columns.map((p) => p.naYin)],
    [L.growth, ...columns.map((p) => p.growth)],
    [L.xunKong, ...columns.map((p) => p.xunKong.join(en ? ', ' : ''))],
  ]);
}

/** 胎元, 胎息, 命宫, 身宫 as a table: pillar and 纳音. */
function derivedLines(chart: BaZi, lang: Locale): string[] {
  const L = LABELS[lang];
  const l = localize(chart, lang);
  const derived = [l.taiYuan, l.taiXi, l.mingGong, l.shenGong];
  return table([
    ['', L.taiYuan, L.taiXi, L.mingGong, L.shenGong],
    [L.pillar, ...derived.map((p) => p.name)],
    [L.naYin, ...derived.map((p) => p.naYin)],
  ]);
}

/** The luck: sex, direction, start age and date, then a line per decade (pillar, years, ages). */
function luckLines(chart: BaZi, lang: Locale): string[] {
  const luck = chart.luck;
  if (luck === undefined) return [];
  const L = LABELS[lang];
  const l = localize(luck, lang);
  const head = [L[luck.sex], luck.forward ? L.forward : L.backward, fill(L.luckStart, luckStartText(luck.start, lang)), fill(L.luckDate, clock(luck.startDate))];
  // Decade 0 (before the luck starts) is empty when the luck starts in the year of birth.
  const rows = l.decades
    .filter((d) => d.startYear <= d.endYear)
    .map((d) => [d.pillar === null ? L.beforeLuck : d.pillar.name, `${d.startYear}–${d.endYear}`, fill(L.ages, `${d.startAge}–${d.endAge}`)]);
  const indent = ' '.repeat(displayWidth(L.luck) + 2);
  return [`${L.luck}  ${head.join(L.itemSeparator)}`, ...table(rows).map((line) => indent + line)];
}

/**
 * The chart of a birth as the command prints it: the moment, the four pillars as a table (十神,
 * stem and branch with their elements, 藏干 with their 十神, 纳音, 长生, 旬空), the derived pillars,
 * and the luck decades when the chart has them; every term in `lang`.
 */
export function formatBaZi(chart: BaZi, lang: Locale): string {
  const luck = luckLines(chart, lang);
  return [...momentLines(chart, lang), ...pillarLines(chart, lang), '', ...derivedLines(chart, lang), ...(luck.length === 0 ? [] : ['', ...luck])].join('\n');
}

/** What `huangli bazi` was asked for, besides the moment. */
export interface FormatBaZiTargetOptions {
  readonly json: boolean;
  readonly lang: Locale;
  readonly sex: Sex | undefined;
  readonly timeZone: string | undefined;
  readonly longitude: number | undefined;
  readonly dayBoundary?: DayBoundary | undefined;
  readonly luckStart?: LuckStartMethod | undefined;
  /** `--calendar`: the calendar the moment is read in and the chart's dates are written in. */
  readonly calendar?: SolarCalendar | undefined;
}

/**
 * The whole output of `huangli bazi <moment>`: the chart as text, or (`json`) the localized chart as JSON.
 *
 * @throws {TypeError | RangeError} The library's error for a moment or an option it does not accept.
 */
export function formatBaZiTarget(moment: string, options: FormatBaZiTargetOptions): string {
  const { json, lang, sex, timeZone, longitude, dayBoundary, luckStart, calendar } = options;
  const chartOptions: BaZiOptions = {
    ...(calendar === undefined ? {} : { calendar }),
    ...(dayBoundary === undefined ? {} : { dayBoundary }),
    ...(luckStart === undefined ? {} : { luckStart }),
    ...(sex === undefined ? {} : { sex }),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(longitude === undefined ? {} : { trueSolarTime: { longitude } }),
  };
  const chart = baZi(moment, chartOptions);
  return json ? JSON.stringify(localize(chart, lang), null, 2) : formatBaZi(chart, lang);
}

/** What `huangli bazi YEAR MONTH DAY HOUR` was asked for. */
export interface FormatBaZiLookupOptions {
  readonly json: boolean;
  readonly lang: Locale;
  readonly timeZone: string | undefined;
  readonly dayBoundary?: DayBoundary | undefined;
  readonly calendar?: SolarCalendar | undefined;
  /** `--from`, `--to`: the span searched (default 1900-01-01 … 2100-12-31). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * The whole output of `huangli bazi 庚午 辛巳 庚辰 丙戌` (the four pillars as one word of eight
 * characters): a line naming the pillars, the span and the clock, then the first moment of each
 * time they occur (`fromBaZi`), one a line; or (`json`) `fromBaZi`'s array as it is.
 *
 * @throws {TypeError | RangeError} The library's error for pillars, dates or options it does not accept.
 */
export function formatBaZiLookup(pillars: string, options: FormatBaZiLookupOptions): string {
  const { json, lang, timeZone, dayBoundary, calendar, from, to } = options;
  const [year, month, day, hour] = [0, 2, 4, 6].map((i) => pillars.slice(i, i + 2)) as [string, string, string, string];
  const lookupOptions: FromBaZiOptions = {
    ...(calendar === undefined ? {} : { calendar }),
    ...(dayBoundary === undefined ? {} : { dayBoundary }),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
  const moments = fromBaZi({ year, month, day, hour }, lookupOptions);
  if (json) return JSON.stringify(moments, null, 2);
  const L = LABELS[lang];
  const names = [year, month, day, hour].map((name) => localize(name, lang)).join(' ');
  const span = fill(fill(L.lookupSpan, from ?? '1900-01-01'), to ?? '2100-12-31');
  const head = `${names}${L.colon}${span}${L.itemSeparator}${timeZone ?? L.cst}`;
  return [head, ...(moments.length === 0 ? [L.none] : moments.map(clock))].join('\n');
}
