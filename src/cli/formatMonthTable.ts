import { almanac, localize, type Locale } from '../index';
import { LABELS } from './labels';

/** The table of a month, one line a day: date, weekday, lunar day, day pillar, officer, score, 宜, terms and festivals. */
export function formatMonthTable(year: number, month: number, lang: Locale): string {
  const L = LABELS[lang];
  const en = lang === 'en';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const rows: string[] = [];
  for (let day = 1; day <= days; day++) {
    const a = almanac({ year, month, day });
    const l = localize(a, lang);
    const score = `${a.fortune.score > 0 ? '+' : ''}${a.fortune.score}`.padStart(3);
    const weekday = en ? L.weekdays.slice(a.weekday * 2, a.weekday * 2 + 2) : L.weekdays.charAt(a.weekday);
    const lunar = en ? `${a.lunar.month}${a.lunar.leap ? 'L' : ''}-${a.lunar.day}`.padEnd(6) : `${l.lunar.monthName}${l.lunar.dayName}`;
    const extras = [l.solarTerm?.name, ...l.festivals.map((x) => x.name)].filter((x) => x !== undefined).join(en ? ', ' : ' ');
    const yi = l.yi.slice(0, 3).join(en ? ', ' : ' ') || L.none;
    rows.push(`${a.date.slice(5)} ${weekday} ${lunar} ${l.pillars.day.name.padEnd(en ? 9 : 2)} ${l.officer.padEnd(en ? 16 : 1)} ${score}  ${L.yi}: ${yi}${extras ? `  [${extras}]` : ''}`);
  }
  return rows.join('\n');
}
