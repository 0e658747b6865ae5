import type { FestivalSet } from '../festivals/index';
import { monthGrid, type GridDay } from '../grid/index';
import { almanac, localize, type Locale, type SolarCalendar } from '../index';
import { LABELS } from './labels';
import { getHolidayFestivalName } from '../i18n/holidayFestivalNames';

/**
 * The days of a month of `calendar`, from its grid: 28 to 31 of them, and 21 for 1582-10 in
 * `'julian'` (1582-10-04 is followed by 1582-10-15), with the traditional festivals and `festivals`'. The month must be valid.
 */
export function getMonthDays(year: number, month: number, calendar: SolarCalendar, festivals?: FestivalSet): GridDay[] {
  return monthGrid(year, month, { calendar, ...(festivals === undefined ? {} : { festivals }) }).weeks.flat().filter((cell): cell is GridDay => cell !== null && cell.inMonth);
}

/**
 * The table of a month of `calendar`, one line a day: date, weekday, lunar day, day pillar,
 * officer, score, 宜, terms, festivals and, where the holiday data have the day, 休 (a day off of a
 * statutory holiday) or 班 (a make-up workday) with its festival. The days, their weekday, lunar date, score, term and
 * festivals are the month's grid (monthGrid, with the set `festivals` if given); the pillar, officer and 宜 the day's almanac.
 */
export function formatMonthTable(year: number, month: number, lang: Locale, calendar: SolarCalendar = 'iso8601', festivals?: FestivalSet): string {
  const named = festivals === undefined ? undefined : { festivals };
  const L = LABELS[lang];
  const en = lang === 'en';
  const rows: string[] = [];
  for (const cell of getMonthDays(year, month, calendar, festivals)) {
    const c = localize(cell, lang, named);
    const page = localize(almanac(cell.date, { calendar }), lang);
    const score = `${cell.score > 0 ? '+' : ''}${cell.score}`.padStart(3);
    const weekday = en ? L.weekdays.slice(cell.weekday * 2, cell.weekday * 2 + 2) : L.weekdays.charAt(cell.weekday);
    const lunar = en ? `${cell.lunar.month}${cell.lunar.leap ? 'L' : ''}-${cell.lunar.day}`.padEnd(6) : `${c.lunar.monthName}${c.lunar.dayName}`;
    const holiday = cell.holiday === null ? undefined
      : (cell.holiday.kind === 'off' ? L.holidayOff : L.holidayWork).replace('{}', getHolidayFestivalName(cell.holiday.festival, lang));
    const extras = [c.term ?? undefined, ...c.festivals.map((x) => x.name), holiday].filter((x) => x !== undefined).join(en ? ', ' : ' ');
    const yi = page.yi.slice(0, 3).join(en ? ', ' : ' ') || L.none;
    rows.push(`${cell.date.slice(-5)} ${weekday} ${lunar} ${page.pillars.day.name.padEnd(en ? 9 : 2)} ${page.officer.padEnd(en ? 16 : 1)} ${score}  ${L.yi}: ${yi}${extras ? `  [${extras}]` : ''}`);
  }
  return rows.join('\n');
}
