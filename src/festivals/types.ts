/**
 * A festival on a weekday of a week of a month, such as 母亲节 on the second Sunday of May:
 * `{ month: 5, week: 2, weekday: 0, names: ['母亲节'] }`.
 * @example
 * gregorianFestivals.weekdays.find((rule) => rule.names.includes('感恩节')) // the fourth Thursday of November
 * //=> { month: 11, week: 4, weekday: 4, names: ['感恩节'] }
 * @category Almanac
 * @since 0.6.0
 */
export interface FestivalWeekdayRule {
  /** Month, 1–12. */
  readonly month: number;
  /**
   * Which week of the month: 1 … 5, the week of day `d` being `ceil(d / 7)` (so week 2 is days
   * 8–14 and the second Sunday is the Sunday among them), or `-1` for the month's last seven days.
   */
  readonly week: 1 | 2 | 3 | 4 | 5 | -1;
  /** Day of the week, 0 = Sunday … 6 = Saturday (as `almanac(date).weekday`). */
  readonly weekday: number;
  /** The names of the festivals, in the order a day lists them. */
  readonly names: readonly string[];
}

/**
 * How a festival's name is written in the other languages of `localize`.
 * @example
 * gregorianFestivals.names['国庆节']
 * //=> { 'zh-Hant': '國慶節', en: 'National Day' }
 * @category Almanac
 * @since 0.6.0
 */
export interface FestivalNameRendering {
  /** Traditional Chinese, e.g. `'國慶節'`. */
  readonly 'zh-Hant': string;
  /** English, e.g. `'National Day'`: no Chinese character. */
  readonly en: string;
}

/**
 * The days of a festival set, as {@link festivalSet} takes them: plain, JSON-safe data. Dates are
 * read as written in the almanac's `calendar`.
 * @example
 * const mine: FestivalSetInput = { fixed: { '10-1': ['公司周年'] }, names: { 公司周年: { 'zh-Hant': '公司週年', en: 'Company anniversary' } } };
 * almanac('2025-10-01', { festivals: festivalSet(mine) }).festivals
 * //=> [{ name: '公司周年', kind: 'solar' }]
 * @category Almanac
 * @since 0.6.0
 */
export interface FestivalSetInput {
  /** Festivals on a fixed date, keyed `'M-D'` (`'10-1'`, as the reference keys them), each a list of names: `kind: 'solar'`. `'2-29'` is kept in leap years only. */
  readonly fixed?: Readonly<Record<string, readonly string[]>>;
  /** Festivals on a weekday of a week of the month (母亲节, 感恩节 …): `kind: 'solar'`, after the fixed ones, in the list's order. */
  readonly weekdays?: readonly FestivalWeekdayRule[];
  /** Other days on a fixed date (世界地球日 …), keyed `'M-D'`: `kind: 'solar-other'`, after the festivals. */
  readonly other?: Readonly<Record<string, readonly string[]>>;
  /** The Traditional Chinese and English of every name the set lists, keyed by the name (Simplified Chinese, as `almanac` gives it). */
  readonly names: Readonly<Record<string, FestivalNameRendering>>;
  /** The checksum of a set made before (read back from JSON, say): ignored, and written anew. */
  readonly checksum?: string;
}

/**
 * A festival set, as `almanac` and `localize` take it in `options.festivals`: {@link gregorianFestivals}
 * or one made by {@link festivalSet} — checked, deeply frozen, JSON-safe, its three lists present,
 * and sealed with a `checksum` of its days and names. `almanac` lists its days after the traditional
 * festivals (kinds `'solar'` and `'solar-other'`); `localize` renders their names from it.
 * @example
 * // 17 fixed days, 7 weekday rules, 158 other days on 137 dates, and their names
 * [Object.keys(gregorianFestivals.fixed).length, gregorianFestivals.weekdays.length, Object.values(gregorianFestivals.other).flat().length, Object.keys(gregorianFestivals.names).length]
 * //=> [17, 7, 158, 182]
 * @category Almanac
 * @since 0.6.0
 */
export interface FestivalSet extends Required<FestivalSetInput> {
  /**
   * A checksum of the rest (the JSON of `fixed`, `weekdays`, `other` and `names`, in that order),
   * written by {@link festivalSet}: `almanac` and `localize` accept a set whose checksum matches,
   * so a set changed after it was made (or written by hand) is refused rather than misread. It
   * survives a JSON round trip.
   */
  readonly checksum: string;
}
