#!/usr/bin/env node
/**
 * The `huangli` command: the almanac of a day, or of a month as a table, in the terminal.
 *
 *   huangli                      today in China
 *   huangli 2025-12-18           one day
 *   huangli 2025-12              a month, one line a day
 *   --json                       the DailyAlmanac (or the month's) as JSON
 *   --lang en | zh-Hant          another language (default zh-Hans)
 *
 * Not part of the library's API: a thin shell over it, and the only place that reads the clock.
 */
import { almanac, localize } from '../index';
import { formatDayCard } from './formatDayCard';
import { formatMonthTable } from './formatMonthTable';
import { parseArguments, USAGE, type Arguments } from './parseArguments';

/** Today in China Standard Time, 'YYYY-MM-DD'. */
function today(): string {
  return new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
}

function main(argv: readonly string[]): void {
  let args: Arguments;
  try {
    args = parseArguments(argv);
    if (args.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const target = args.target ?? today();
    if (/^\d{4}-\d{2}$/.test(target)) {
      const [year, month] = target.split('-').map(Number) as [number, number];
      almanac({ year, month, day: 1 }); // validates the month and the range
      if (args.json) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        console.log(JSON.stringify(Array.from({ length: days }, (_, i) => localize(almanac({ year, month, day: i + 1 }), args.lang)), null, 2));
      } else console.log(formatMonthTable(year, month, args.lang));
      return;
    }
    const day = almanac(target);
    console.log(args.json ? JSON.stringify(localize(day, args.lang), null, 2) : formatDayCard(day, args.lang));
  } catch (error) {
    console.error(`huangli: ${(error as Error).message}`);
    console.error(USAGE);
    process.exit(2);
  }
}

main(process.argv.slice(2));
