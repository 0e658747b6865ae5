import { typeError } from './errors';

/** Every option name of the public API, as each function's options type spells it. @internal */
export const OPTION_NAMES = [
  'timeZone', 'disambiguation', 'calendar', 'monthBoundary', 'fuShenSect', 'model', 'sentiment', 'festivals', 'dayBoundary', 'sex',
  'longitude', 'luckStart', 'trueSolarTime', 'from', 'to', 'weekStart', 'fixedWeeks', 'holidayData', 'leap', 'include', 'lang',
  'yearOf', 'yearBoundary', 'min', 'max', 'bundled', 'now', 'data',
] as const;

/** A name without case, `-` or `_`: `'time_zone'`, `'TimeZone'` and `'timezone'` are all `'timezone'`. */
const fold = (name: string): string => name.replace(/[-_]/g, '').toLowerCase();

let known: ReadonlySet<string> | undefined;
let byFolded: ReadonlyMap<string, string> | undefined;

/**
 * Refuses an option spelled like one of the library's but not as it is (`timezone`, `TimeZone`,
 * `time_zone` for `timeZone`), which would otherwise be ignored and leave a plausible wrong answer
 * (China's clock). Other unknown keys are left alone, so that one options object may serve several
 * functions (an option of `baZi` passed to `almanac` is ignored).
 *
 * @throws {TypeError} `fn: options.timezone must be spelled timeZone (option names are case-sensitive), got …`.
 * @internal
 */
export function assertOptionNames(fn: string, options: object): void {
  known ??= new Set(OPTION_NAMES);
  for (const key of Object.keys(options)) {
    if (known.has(key)) continue;
    byFolded ??= new Map(OPTION_NAMES.map((name) => [fold(name), name]));
    const name = byFolded.get(fold(key));
    if (name !== undefined) throw typeError(fn, `options.${key}`, `spelled ${name} (option names are case-sensitive)`, (options as Record<string, unknown>)[key]);
  }
}
