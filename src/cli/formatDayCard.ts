import { localize, solarTerms, type DailyAlmanac, type Locale } from '../index';
import { LABELS } from './labels';

/** The card of one day: a line per item, labelled in `lang`. */
export function formatDayCard(a: DailyAlmanac, lang: Locale): string {
  const L = LABELS[lang];
  const l = localize(a, lang);
  const en = lang === 'en';
  const sep = en ? ', ' : '，';
  const list = (xs: readonly string[]): string => (xs.length === 0 ? L.none : xs.join(en ? ', ' : ' '));
  const terms = [...solarTerms(Number(a.date.slice(0, 4))), ...(a.date.slice(0, 4) === '2100' ? [] : solarTerms(Number(a.date.slice(0, 4)) + 1))];
  const next = terms.find((t) => t.instant.slice(0, 10) > a.date);
  const term = l.solarTerm === null
    ? `${next === undefined ? '' : `${en ? 'next: ' : '下一个 '}${localize(next.name, lang)} ${next.instant.slice(0, 16).replace('T', ' ')}`}`
    : `${l.solarTerm.name} ${l.solarTerm.instant.slice(11, 16)}`;
  const p = l.pillars;
  const f = l.fortune;
  const d = l.directions;
  const lines = [
    `${a.date} ${en ? ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][a.weekday] : L.weekday + L.weekdays.charAt(a.weekday)}${l.festivals.length > 0 ? `  ${l.festivals.map((x) => x.name).join(sep)}` : ''}`,
    `${L.lunar}  ${en ? `${l.lunar.monthName}, ${l.lunar.dayName} (${a.lunar.year}, year of the ${l.zodiac})` : `${p.year.name}${L.year}(${l.zodiac}) ${l.lunar.monthName}${l.lunar.dayName}`}`,
    `${L.pillars}  ${en ? `${p.year.name} year, ${p.month.name} month, ${p.day.name} day` : `${p.year.name}${L.year} ${p.month.name}${L.monthSuffix} ${p.day.name}${L.day}`}`,
    `${L.term}  ${term}`,
    `${L.score}  ${f.score > 0 ? '+' : ''}${f.score}    ${L.month}  ${f.month.pillar} ${f.month.trend}    ${L.elements}  ${f.elements.text}`,
    `${L.pengZu}  ${l.pengZu.join(en ? '; ' : ' ')}`,
    `${L.yi}  ${list(l.yi)}`,
    `${L.ji}  ${list(l.ji)}`,
    `${L.moon}  ${l.moonPhase.name} (${f.moon})    ${en ? l.clash.text : `${L.clash}  ${l.clash.text}`}`,
    `${L.officer}  ${l.officer}    ${L.deity}  ${l.deity.name} ${l.deity.type}    ${L.naYin}  ${l.naYin}    ${L.mansion}  ${l.mansion.name} ${l.mansion.luck}`,
    `${L.gods}  ${list(l.gods.auspicious)}`,
    `${L.evils}  ${list(l.gods.inauspicious)}`,
    `${L.directions}  ${en ? 'Joy' : '喜神'} ${d.xiShen.direction}${sep}${en ? 'Fortune' : '福神'} ${d.fuShen.direction}${sep}${en ? 'Wealth' : '财神'} ${d.caiShen.direction}${sep}${en ? 'Fetus god' : '胎神'} ${d.taiShen}`,
    `${L.hours}  ${l.hours.map((h) => `${h.pillar.name} ${h.luck}`).join(en ? ', ' : ' ')}`,
  ];
  return lines.join('\n');
}
