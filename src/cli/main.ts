#!/usr/bin/env node
/**
 * The `huangli` command: the almanac of a day (at a time, with its hour), or of a month as a
 * table, or (`huangli bazi`) the birth chart of a moment, in the terminal, or (`huangli ics`) an
 * iCalendar file of a year; `huangli --help` lists the forms.
 *
 * Not part of the library's API: a thin shell over it, and the only place that reads the clock.
 */
import { USAGE } from './parseArguments';
import { runCommand } from './runCommand';

/** Today in China Standard Time, or in an IANA zone, 'YYYY-MM-DD'. */
function today(timeZone: string | undefined): string {
  if (timeZone === undefined) return new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(Date.now());
  } catch {
    throw new Error(`--tz must be an IANA time zone such as Asia/Shanghai, got ${JSON.stringify(timeZone)}`);
  }
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Writes the output and a line break (none after an iCalendar file, whose lines end in CRLF); a
 * reader that has gone (`huangli 2025-12 | head -1`) ends the command quietly.
 */
function print(text: string): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.stdout.write(text.endsWith('\r\n') ? text : `${text}\n`);
}

function main(argv: readonly string[]): void {
  let output: string;
  try {
    output = runCommand(argv, today);
  } catch (error) {
    console.error(`huangli: ${(error as Error).message}`);
    console.error(USAGE);
    process.exit(2);
  }
  print(output);
}

main(process.argv.slice(2));
