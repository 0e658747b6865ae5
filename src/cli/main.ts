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
import { formatTarget } from './formatTarget';
import { parseArguments, USAGE } from './parseArguments';

/** Today in China Standard Time, 'YYYY-MM-DD'. */
function today(): string {
  return new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
}

function main(argv: readonly string[]): void {
  try {
    const args = parseArguments(argv);
    if (args.help) {
      console.log(USAGE);
      process.exit(0);
    }
    console.log(formatTarget(args.target ?? today(), args));
  } catch (error) {
    console.error(`huangli: ${(error as Error).message}`);
    console.error(USAGE);
    process.exit(2);
  }
}

main(process.argv.slice(2));
