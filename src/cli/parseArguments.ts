import type { Locale } from '../index';

export const USAGE = 'usage: huangli [YYYY-MM-DD | YYYY-MM] [--json] [--lang zh-Hans|zh-Hant|en]';

/** What the command was asked for. */
export interface Arguments {
  readonly target: string | undefined;
  readonly json: boolean;
  readonly lang: Locale;
  readonly help: boolean;
}

/**
 * Reads the command line: one date or month, `--json`, `--lang`, `--help`.
 *
 * @throws {Error} On an unknown option, a bad `--lang`, or a second date.
 */
export function parseArguments(argv: readonly string[]): Arguments {
  let target: string | undefined;
  let json = false;
  let help = false;
  let lang: Locale = 'zh-Hans';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'zh-Hans' && value !== 'zh-Hant' && value !== 'en') throw new Error(`--lang must be zh-Hans, zh-Hant or en, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      lang = value;
    } else if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${JSON.stringify(arg)}`);
    else if (target === undefined) target = arg;
    else throw new Error(`one date only, got ${JSON.stringify(target)} and ${JSON.stringify(arg)}`);
  }
  return { target, json, lang, help };
}
