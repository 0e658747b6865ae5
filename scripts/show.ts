/**
 * `npm start` — prints the calendar facts of today in China, or of a date given as
 * `npm start -- 2025-12-18`. Runs the TypeScript sources directly (no build needed).
 */
import { lunarDate, pillars, solarTerms, type SolarTerm } from '../src/index';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const arg = process.argv[2];

try {
  // Without an argument, the day that the current instant falls on in China Standard Time.
  const iso = arg ?? new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
  const lunar = lunarDate(iso);
  const p = pillars(iso);
  const lunarYearName = pillars(iso, { yearBoundary: 'lunar-new-year' }).year.name;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];

  const terms: SolarTerm[] = [y - 1, y, y + 1].filter((year) => year >= 1900 && year <= 2100).flatMap((year) => [...solarTerms(year)]);
  const previous = terms.filter((t) => t.instant.slice(0, 10) <= iso).at(-1);
  const next = terms.find((t) => t.instant.slice(0, 10) > iso);
  const when = (t: SolarTerm | undefined): string => (t === undefined ? '—' : `${t.name} ${t.instant.slice(0, 16).replace('T', ' ')}`);

  console.log(`${iso} (${weekday}${arg === undefined ? ', today in China' : ''})`);
  console.log(`农历   ${lunarYearName}年 ${lunar.monthName}${lunar.dayName}   (lunar ${lunar.year}-${lunar.month}${lunar.leap ? ' leap' : ''}-${lunar.day})`);
  console.log(`干支   ${p.year.name}年 ${p.month.name}月 ${p.day.name}日`);
  console.log(`节气   ${previous?.instant.startsWith(iso) === true ? 'today' : 'since'} ${when(previous)}; next ${when(next)}`);
} catch (error) {
  console.error(`huangli: ${(error as Error).message}`);
  console.error('usage: npm start [-- YYYY-MM-DD]');
  process.exit(2);
}
