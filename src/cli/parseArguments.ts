import type { Locale } from '../index';

/** The first line of the help, and the second line of every error. */
export const USAGE = 'usage: huangli [YYYY-MM-DD | YYYY-MM-DDTHH:mm | YYYY-MM] [--json] [--lang zh-Hans|zh-Hant|en] [--version] [--help]';

/** Every form the command takes, with what it prints. */
export const HELP = `${USAGE}

  huangli                       today's almanac in China (China Standard Time, UTC+8)
  huangli 2025-12-18            the almanac of one day, 1900-01-01 … 2100-12-31
  huangli 2025-12-18T23:30      that day at a time (China Standard Time): the card adds the
  huangli "2025-12-18 23:30"    hour pillar and the 时辰 of that hour; 23:00–23:59 is already
                                the 子 hour of the next day (the day pillar stays)
  huangli 2025-12               a month, one line a day

  --json                        the almanac as JSON (a month: an array of days)
  --lang zh-Hans|zh-Hant|en     the language: Simplified (default), Traditional, English
  --version                     the version of huangli
  --help, -h                    this help`;

/** What the command was asked for. */
export interface Arguments {
  readonly target: string | undefined;
  readonly json: boolean;
  readonly lang: Locale;
  readonly help: boolean;
  readonly version: boolean;
}

/**
 * Reads the command line: one date, moment or month, `--json`, `--lang`, `--version`, `--help`.
 *
 * @throws {Error} On an unknown option, a bad `--lang`, or a second date.
 */
export function parseArguments(argv: readonly string[]): Arguments {
  let target: string | undefined;
  let json = false;
  let help = false;
  let version = false;
  let lang: Locale = 'zh-Hans';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'zh-Hans' && value !== 'zh-Hant' && value !== 'en') throw new Error(`--lang must be zh-Hans, zh-Hant or en, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      lang = value;
    } else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--version' || arg === '-v') version = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${JSON.stringify(arg)}`);
    else if (target === undefined) target = arg;
    else throw new Error(`one date only, got ${JSON.stringify(target)} and ${JSON.stringify(arg)}`);
  }
  return { target, json, lang, help, version };
}
