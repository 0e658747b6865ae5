import type { FestivalSet, FestivalWeekdayRule } from './types';

/**
 * A festival set written compactly (src/data/festivals.generated.ts, by
 * data/scripts/generate-festivals.ts): the names once, in the order the set lists them — its fixed
 * days, its weekday rules, its other days, each in order — and, aligned with them, their English;
 * their Traditional Chinese character by character from a map of pairs, but for the names it
 * gets wrong. The tables hold only their keys, each taking the next names (one, or `*n`).
 * @internal
 */
export interface CompactFestivalSet {
  /** The Simplified names, joined by `|`. */
  readonly names: string;
  /** Their English, aligned, joined by `|`. */
  readonly english: string;
  /** Simplified → Traditional, two characters a pair. */
  readonly hantPairs: string;
  /** The Traditional names the pairs do not give. */
  readonly hantExceptions: Readonly<Record<string, string>>;
  /** `'M-D'` keys (`'3-3*2'`: two names), joined by `,`. */
  readonly fixed: string;
  /** `'month/week/weekday'` keys, joined by `,`. */
  readonly weekdays: string;
  readonly other: string;
  readonly checksum: string;
}

/** The festival set a {@link CompactFestivalSet} writes, its fields in festivalSet()'s order (the checksum reads them in order). @internal */
export function decodeFestivalSet(c: CompactFestivalSet): FestivalSet {
  const names = c.names.split('|');
  const english = c.english.split('|');
  const pairs = new Map<string, string>();
  for (let i = 0; i < c.hantPairs.length; i += 2) pairs.set(c.hantPairs.charAt(i), c.hantPairs.charAt(i + 1));
  let next = 0;
  const entries = (list: string): [string, string[]][] => (list === '' ? [] : list.split(',').map((item) => {
    const [key, count = '1'] = item.split('*') as [string, string?];
    return [key, names.slice(next, (next += Number(count)))];
  }));
  const fixed = Object.fromEntries(entries(c.fixed));
  const weekdays = entries(c.weekdays).map(([key, list]): FestivalWeekdayRule => {
    const [month, week, weekday] = key.split('/').map(Number) as [number, FestivalWeekdayRule['week'], number];
    return { month, week, weekday, names: list };
  });
  const other = Object.fromEntries(entries(c.other));
  const rendered = Object.fromEntries(names.map((name, i) => [name, {
    'zh-Hant': Object.prototype.hasOwnProperty.call(c.hantExceptions, name) ? (c.hantExceptions[name] as string) : [...name].map((ch) => pairs.get(ch) ?? ch).join(''),
    en: english[i] as string,
  }]));
  return { fixed, weekdays, other, names: rendered, checksum: c.checksum };
}
