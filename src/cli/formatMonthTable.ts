import { almanac, localize, type Locale, type SolarCalendar } from '../index';
import { formatMonthDay, getDaysOfMonth } from './dates';
import { LABELS } from './labels';

/**
 * The table of a month of `calendar`, one line a day: date, weekday, lunar day, day pillar,
 * officer, score, 宜, terms and festivals.
 */
export function formatMonthTable(year: number, month: number, lang: Locale, calendar: SolarCalendar = 'iso8601'): string {
  const L = LABELS[lang];
  const en = lang === 'en';
  const rows: string[] = [];
  for (const day of getDaysOfMonth(calendar, year, month)) {
    const a = almanac({ year, month, day }, { calendar });
    const l = localize(a, lang);
    const score = `${a.fortune.score > 0 ? '+' : ''}${a.fortune.score}`.padStart(3);
    const weekday = en ? L.weekdays.slice(a.weekday * 2, a.weekday * 2 + 2) : L.weekdays.charAt(a.weekday);
    const lunar = en ? `${a.lunar.month}${a.lunar.leap ? 'L' : ''}-${a.lunar.day}`.padEnd(6) : `${l.lunar.monthName}${l.lunar.dayName}`;
    const extras = [l.solarTerm?.name, ...l.festivals.map((x) => x.name)].filter((x) => x !== undefined).join(en ? ', ' : ' ');
    const yi = l.yi.slice(0, 3).join(en ? ', ' : ' ') || L.none;
    rows.push(`${formatMonthDay(month, day)} ${weekday} ${lunar} ${l.pillars.day.name.padEnd(en ? 9 : 2)} ${l.officer.padEnd(en ? 16 : 1)} ${score}  ${L.yi}: ${yi}${extras ? `  [${extras}]` : ''}`);
  }
  return rows.join('\n');
}
