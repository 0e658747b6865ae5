import {
  almanac, localize, pillars, solarTerms, supportedRange, type DailyAlmanac, type HourAlmanac, type Locale, type Pillar, type Pillars,
} from '../index';
import { ENGLISH_WEEKDAYS, LABELS } from './labels';

/** A label with its `{}` filled in. */
const fill = (label: string, value: string | number): string => label.replace('{}', String(value));

/** The day after `date` ('YYYY-MM-DD'). */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The 时辰 of an hour pillar, from the almanac of the day it belongs to: the day's own, or, for
 * 23:00–23:59, the 子 hour of the next day (the default `dayBoundary: 'midnight'` of `pillars`,
 * whose hour stem is already the next day's). `undefined` when that next day is outside the range.
 */
function findHourEntry(day: DailyAlmanac, hour: Pillar): { entry: HourAlmanac | undefined; of: string } {
  const own = day.hours.find((h) => h.pillar.index === hour.index);
  if (own !== undefined) return { entry: own, of: day.date };
  const of = nextDay(day.date);
  return { entry: of > supportedRange.to ? undefined : almanac(of).hours[0], of };
}

/** The term line: today's term and its time, or the next term and its day (or that it lies past the range). */
function termText(a: DailyAlmanac, lang: Locale): string {
  const L = LABELS[lang];
  if (a.solarTerm !== null) return `${localize(a.solarTerm.name, lang)} ${a.solarTerm.instant.slice(11, 16)}`;
  const year = Number(a.date.slice(0, 4));
  const terms = [...solarTerms(year), ...(`${year + 1}-01-01` > supportedRange.to ? [] : solarTerms(year + 1))];
  const next = terms.find((t) => t.instant.slice(0, 10) > a.date);
  // After the last term of the range: the cycle goes on with the year's first term (小寒), in the next year.
  if (next === undefined) return `${L.next}${localize((solarTerms(year)[0] as { name: string }).name, lang)}${fill(L.nextOutOfRange, year + 1)}`;
  return `${L.next}${localize(next.name, lang)} ${next.instant.slice(0, 16).replace('T', ' ')}`;
}

/** The lines of the 时辰 of a moment: its pillar, span, luck, deity and clash, then its 宜 and 忌. */
function hourLines(day: DailyAlmanac, hour: Pillar, lang: Locale): string[] {
  const L = LABELS[lang];
  const { entry, of } = findHourEntry(day, hour);
  const name = fill(L.hourName, localize(hour.branch, lang));
  const pillar = localize(hour, lang).name;
  if (entry === undefined) {
    const span = day.hours[0] as HourAlmanac; // the 子 hour: the same span on every day
    return [`${name}  ${pillar} ${span.start}–${span.end}${fill(L.hourOutOfRange, of)}`];
  }
  const h = localize(entry, lang);
  const list = (xs: readonly string[]): string => (xs.length === 0 ? L.none : xs.join(L.listSeparator));
  return [
    `${name}  ${pillar} ${h.start}–${h.end} ${h.luck}    ${L.deity}  ${h.deity.name} ${h.deity.type}    ${h.clash.text}`,
    `${fill(L.hourYi, localize(hour.branch, lang))}  ${list(h.yi)}`,
    `${fill(L.hourJi, localize(hour.branch, lang))}  ${list(h.ji)}`,
  ];
}

/**
 * The card of one day, a line per item, labelled in `lang`. With `moment` (the pillars of a time
 * on that day) the pillars line is the moment's, hour included, and the card ends with that 时辰.
 */
export function formatDayCard(a: DailyAlmanac, lang: Locale, moment?: Pillars): string {
  const L = LABELS[lang];
  const l = localize(a, lang);
  const en = lang === 'en';
  const list = (xs: readonly string[]): string => (xs.length === 0 ? L.none : xs.join(L.listSeparator));
  // The lunar line names the lunar year (from 正月初一); the pillars line keeps the 立春 year.
  const lunarYear = localize(pillars(a.date, { yearBoundary: 'lunar-new-year' }).year, lang).name;
  const p = localize<Pillars>(moment ?? a.pillars, lang);
  const pillarParts = [`${p.year.name}${L.year}`, `${p.month.name}${L.monthSuffix}`, `${p.day.name}${L.day}`, ...(p.hour === undefined ? [] : [`${p.hour.name}${L.hour}`])];
  const f = l.fortune;
  const d = l.directions;
  const lines = [
    `${a.date} ${en ? ENGLISH_WEEKDAYS[a.weekday] : L.weekday + L.weekdays.charAt(a.weekday)}${l.festivals.length > 0 ? `  ${l.festivals.map((x) => x.name).join(L.itemSeparator)}` : ''}`,
    `${L.lunar}  ${en ? `${l.lunar.monthName}, ${l.lunar.dayName} (${a.lunar.year}, year of the ${l.zodiac})` : `${lunarYear}${L.year}(${l.zodiac}) ${l.lunar.monthName}${l.lunar.dayName}`}`,
    `${L.pillars}  ${pillarParts.join(L.listSeparator)}`,
    `${L.term}  ${termText(a, lang)}`,
    `${L.score}  ${f.score > 0 ? '+' : ''}${f.score}    ${L.month}  ${f.month.pillar} ${f.month.trend}    ${L.elements}  ${f.elements.text}`,
    `${L.pengZu}  ${l.pengZu.join(en ? '; ' : ' ')}`,
    `${L.yi}  ${list(l.yi)}`,
    `${L.ji}  ${list(l.ji)}`,
    `${L.moon}  ${l.moonPhase.name} (${f.moon})    ${en ? l.clash.text : `${L.clash}  ${l.clash.text}`}`,
    `${L.officer}  ${l.officer}    ${L.deity}  ${l.deity.name} ${l.deity.type}    ${L.naYin}  ${l.naYin}    ${L.mansion}  ${l.mansion.name} ${l.mansion.luck}`,
    `${L.gods}  ${list(l.gods.auspicious)}`,
    `${L.evils}  ${list(l.gods.inauspicious)}`,
    `${L.directions}  ${[`${L.xiShen} ${d.xiShen.direction}`, `${L.fuShen} ${d.fuShen.direction}`, `${L.caiShen} ${d.caiShen.direction}`, `${L.taiShen} ${d.taiShen}`].join(L.itemSeparator)}`,
    `${L.hours}  ${l.hours.map((h) => `${h.pillar.name} ${h.luck}`).join(L.listSeparator)}`,
    ...(moment?.hour === undefined ? [] : hourLines(a, moment.hour, lang)),
  ];
  return lines.join('\n');
}
