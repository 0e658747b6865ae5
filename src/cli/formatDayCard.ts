import { wrapCardLine } from './wrapCardLine';
import { fromEpochDay } from '../calendar/epochDay';
import type { FestivalSet } from '../festivals/index';
import { formatDate } from '../calendar/julianCalendar';
import { FIRST_YEAR, LAST_EPOCH_DAY, LAST_YEAR } from '../calendar/supportedRange';
import {
  almanac, localize, solarTerms, yearPillar, type DailyAlmanac, type HourAlmanac, type Locale, type Pillar, type Pillars, type SolarCalendar,
} from '../index';
import { formatClock, toEpochDayOf } from './dates';
import { ENGLISH_WEEKDAYS, LABELS } from './labels';

/** A label with its `{}` filled in. */
const fill = (label: string, value: string | number): string => label.replace('{}', String(value));

/**
 * The 时辰 of an hour pillar, from the almanac of the day it belongs to: the day's own, or, for
 * 23:00–23:59, the 子 hour of the next day (the default `dayBoundary: 'midnight'` of `pillars`,
 * whose hour stem is already the next day's). `undefined` when that next day is outside the range.
 */
function findHourEntry(day: DailyAlmanac, hour: Pillar, calendar: SolarCalendar): { entry: HourAlmanac | undefined; of: string } {
  const own = day.hours.find((h) => h.pillar.index === hour.index);
  if (own !== undefined) return { entry: own, of: day.date };
  const next = toEpochDayOf(day.date, calendar) + 1;
  const of = formatDate(next, calendar);
  return { entry: next > LAST_EPOCH_DAY ? undefined : almanac(of, { calendar }).hours[0], of };
}

/**
 * The term line: today's term and its time, or the next term and its day in `calendar` (or that
 * it lies past the range). Terms are looked up by epoch day in the day's proleptic Gregorian
 * year and the next, the years of {@link solarTerms}.
 */
function termText(a: DailyAlmanac, lang: Locale, calendar: SolarCalendar): string {
  const L = LABELS[lang];
  if (a.solarTerm !== null) return `${localize(a.solarTerm.name, lang)} ${formatClock(a.solarTerm.instant)}`;
  const today = toEpochDayOf(a.date, calendar);
  const year = fromEpochDay(today).year;
  // (The Julian calendar's first days, ISO −0722-12-24 … 31, belong to the year before the range.)
  const years = [year, year + 1].filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR);
  const terms = years.flatMap((y) => solarTerms(y));
  const next = terms.find((t) => toEpochDayOf(t.instant, 'iso8601') > today);
  // After the last term of the range: the cycle goes on with the year's first term (小寒), in the next year.
  if (next === undefined) return `${L.next}${localize((solarTerms(year)[0] as { name: string }).name, lang)}${fill(L.nextOutOfRange, year + 1)}`;
  return `${L.next}${localize(next.name, lang)} ${formatDate(toEpochDayOf(next.instant, 'iso8601'), calendar)} ${formatClock(next.instant)}`;
}

/** The lines of the 时辰 of a moment: its pillar, span, luck, deity and clash, then its 宜 and 忌. */
function hourLines(day: DailyAlmanac, hour: Pillar, lang: Locale, calendar: SolarCalendar): string[] {
  const L = LABELS[lang];
  const { entry, of } = findHourEntry(day, hour, calendar);
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
 * The season line: the pentad (its term, 初/二/三候, name and first day) and the season, then
 * 数九, 三伏 and 入梅/出梅 on the days that have them.
 */
function seasonLine(a: DailyAlmanac, l: ReturnType<typeof localize<DailyAlmanac>>, lang: Locale): string {
  const L = LABELS[lang];
  const en = lang === 'en';
  const index = L.pentadIndex.split(' ')[a.pentad.index - 1] as string;
  const pentad = en
    ? `${l.pentad.name} (${index} of ${l.pentad.term}, ${fill(L.pentadStart, a.pentad.start)})`
    : `${l.pentad.term}${index} ${l.pentad.name} (${fill(L.pentadStart, a.pentad.start)})`;
  const parts = [`${L.pentad}  ${pentad}`, `${L.season}  ${l.season}`];
  if (a.winterNine !== null) {
    parts.push(`${L.winterNine}  ${fill(L.nine, L.nines.split(' ')[a.winterNine.nine - 1] as string)}${fill(L.dayOf, a.winterNine.day)}`);
  }
  if (l.dogDays !== null) parts.push(`${L.dogDays}  ${l.dogDays.period}${fill(L.dayOf, l.dogDays.day)}`);
  if (l.plumRain !== null) parts.push(l.plumRain);
  return parts.join('    ');
}

/** The year's, month's and day's parts of an item, `年东南 月西南 日东南` / `year Southeast; month Southwest; day Southeast`. */
function threeParts(L: (typeof LABELS)[Locale], parts: { year: string; month: string; day: string }): string {
  return [`${L.ofYear}${parts.year}`, `${L.ofMonth}${parts.month}`, `${L.ofDay}${parts.day}`].join(L.partSeparator);
}

/**
 * The card of one day, a line per item, labelled in `lang`. With `moment` (the pillars of a time
 * on that day) the pillars line is the moment's, hour included, and the card ends with that 时辰.
 * `calendar` is the one the almanac was made with, in which its dates are written.
 */
export function formatDayCard(a: DailyAlmanac, lang: Locale, moment?: Pillars, calendar: SolarCalendar = 'iso8601', festivals?: FestivalSet): string {
  const L = LABELS[lang];
  // The day's festivals include a set's (`--festivals gregorian`) if the almanac was made with it, whose names it gives.
  const l = localize(a, lang, festivals === undefined ? undefined : { festivals });
  const en = lang === 'en';
  const list = (xs: readonly string[]): string => (xs.length === 0 ? L.none : xs.join(L.listSeparator));
  // The lunar line names the lunar year (from 正月初一); the pillars line keeps the 立春 year.
  const lunarYear = localize(yearPillar(a.lunar.year), lang).name;
  const p = localize<Pillars>(moment ?? a.pillars, lang);
  const pillarParts = [`${p.year.name}${L.year}`, `${p.month.name}${L.monthSuffix}`, `${p.day.name}${L.day}`, ...(p.hour === undefined ? [] : [`${p.hour.name}${L.hour}`])];
  const f = l.fortune;
  const d = l.directions;
  const m = l.mansion;
  const mansion = en ? `${m.name} ${m.luck}, ${m.zheng}, ${fill(L.palace, m.palace)}${m.beast}` : `${m.name}${m.zheng}${m.animal} ${m.luck} ${fill(L.palace, m.palace)}${m.beast}`;
  const kong = (pair: readonly string[]): string => pair.join(en ? ', ' : '');
  const star = (s: { name: string }): string => s.name;
  const lines = [
    `${a.date} ${en ? ENGLISH_WEEKDAYS[a.weekday] : L.weekday + L.weekdays.charAt(a.weekday)}${l.festivals.length > 0 ? `  ${l.festivals.map((x) => x.name).join(L.itemSeparator)}` : ''}`,
    `${L.lunar}  ${en ? `${l.lunar.monthName}, ${l.lunar.dayName} (${a.lunar.year}, year of the ${l.zodiac})` : `${lunarYear}${L.year}(${l.zodiac}) ${l.lunar.monthName}${l.lunar.dayName}`}`,
    `${L.pillars}  ${pillarParts.join(L.listSeparator)}`,
    `${L.term}  ${termText(a, lang, calendar)}`,
    seasonLine(a, l, lang),
    `${L.score}  ${f.score > 0 ? '+' : ''}${f.score}    ${L.month}  ${f.month.pillar} ${f.month.trend}    ${L.elements}  ${f.elements.text}`,
    `${L.pengZu}  ${l.pengZu.join(en ? '; ' : ' ')}    ${L.lu}  ${l.lu.text}`,
    `${L.yi}  ${list(l.yi)}`,
    `${L.ji}  ${list(l.ji)}`,
    `${L.moon}  ${l.moonPhase.name} (${f.moon})    ${en ? l.clash.text : `${L.clash}  ${l.clash.text}`}`,
    `${L.officer}  ${l.officer}    ${L.deity}  ${l.deity.name} ${l.deity.type}    ${L.naYin}  ${l.naYin}    ${L.mansion}  ${mansion}`,
    `${L.gods}  ${list(l.gods.auspicious)}`,
    `${L.evils}  ${list(l.gods.inauspicious)}`,
    // In English the 胎神's place has commas of its own ('Kitchen stove and door, outside to the southeast'): the four are '; ' apart.
    `${L.directions}  ${[`${L.xiShen} ${d.xiShen.direction}`, `${L.fuShen} ${d.fuShen.direction}`, `${L.caiShen} ${d.caiShen.direction}`, `${L.taiShen} ${d.taiShen}`].join(en ? '; ' : L.itemSeparator)}`,
    `${L.taiSui}  ${threeParts(L, { year: l.taiSui.year.direction, month: l.taiSui.month.direction, day: l.taiSui.day.direction })}    ${L.nineStars}  ${threeParts(L, { year: star(l.yearNineStar), month: star(l.monthNineStar), day: star(l.nineStar) })}`,
    `${L.liuYao}  ${l.liuYao}    ${L.dayXunKong}  ${threeParts(L, { year: kong(l.xunKong.year), month: kong(l.xunKong.month), day: kong(l.xunKong.day) })}    ${L.westernZodiac}  ${fill(L.sign, l.westernZodiac)}`,
    `${L.hours}  ${l.hours.map((h) => `${h.pillar.name} ${h.luck}`).join(L.listSeparator)}`,
    ...(moment?.hour === undefined ? [] : hourLines(a, moment.hour, lang, calendar)),
  ];
  return lines.flatMap((line) => wrapCardLine(line)).join('\n');
}
