import { version } from '../../package.json';
import { formatBaZiLookup, formatBaZiTarget } from './formatBaZi';
import { formatICalendar } from './formatICalendar';
import { formatObservances } from './formatObservances';
import { formatTarget } from './formatTarget';
import { formatYear } from './formatYear';
import { HELP, isPillarsTarget, parseArguments } from './parseArguments';

/**
 * What the command prints for `argv` (the arguments after `huangli`), with `today` (the date now,
 * 'YYYY-MM-DD', in the `--tz` zone, or in China without one) for a call without a date: the card,
 * the month, the chart, the moments of four pillars, the iCalendar file, the lunar year, the Buddhist and Taoist day, the help or the version.
 *
 * @throws {Error} A bad argument (from {@link parseArguments}), or the library's TypeError or
 * RangeError for a value it does not accept; the command prints the message and the usage.
 */
export function runCommand(argv: readonly string[], today: (timeZone: string | undefined) => string): string {
  const args = parseArguments(argv);
  if (args.help) return HELP;
  if (args.version) return version;
  if (args.command === 'bazi' && isPillarsTarget(args.target as string)) return formatBaZiLookup(args.target as string, args);
  if (args.command === 'bazi') return formatBaZiTarget(args.target as string, args);
  if (args.command === 'ics') return formatICalendar(args.target as string, args);
  if (args.command === 'year') return formatYear(args.target as string, args);
  if (args.command === 'observances') return formatObservances(args.target ?? today(args.timeZone), args);
  return formatTarget(args.target ?? today(args.timeZone), args);
}
