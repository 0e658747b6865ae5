import { almanac, localize, pillars, type Locale } from '../index';
import { formatDayCard } from './formatDayCard';
import { formatMonthTable } from './formatMonthTable';

/** What {@link formatTarget} prints: text or JSON, in which language. */
export interface FormatTargetOptions {
  readonly json: boolean;
  readonly lang: Locale;
}

/**
 * The whole output of the command for one target: a day (`'2025-12-18'`), a day with a time
 * (`'2025-12-18T23:30'`, `'2025-12-18 23:30'`: the card adds the hour pillar and its 时辰) or a
 * month (`'2025-12'`).
 *
 * @throws {TypeError | RangeError} The library's error for a target it does not accept.
 */
export function formatTarget(target: string, options: FormatTargetOptions): string {
  const { json, lang } = options;
  if (/^\d{4}-\d{2}$/.test(target)) {
    const [year, month] = target.split('-').map(Number) as [number, number];
    almanac({ year, month, day: 1 }); // validates the month and the range
    if (!json) return formatMonthTable(year, month, lang);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return JSON.stringify(Array.from({ length: days }, (_, i) => localize(almanac({ year, month, day: i + 1 }), lang)), null, 2);
  }
  // Every date form the library reads (its one parser), 'YYYY-MM-DD HH:mm' and instants included.
  const input = target;
  const day = almanac(input);
  if (json) return JSON.stringify(localize(day, lang), null, 2);
  const moment = pillars(input);
  return formatDayCard(day, lang, moment.hour === undefined ? undefined : moment);
}
