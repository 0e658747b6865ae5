import { localize, type Locale, type SolarCalendar } from '../index';
import { buddhistDay, observanceNames, taoistDay, type BuddhistDay, type TaoistDay } from '../observances/index';
import { OBSERVANCE_LABELS } from './observanceLabels';

/** What {@link formatObservances} prints: text or JSON, in which language, the date read in which calendar and zone. */
export interface FormatObservancesOptions {
  readonly json: boolean;
  readonly lang: Locale;
  readonly calendar?: SolarCalendar | undefined;
  readonly timeZone?: string | undefined;
}

/**
 * The output of `huangli observances <date>`: the day in the Buddhist calendar (its era year and
 * lunar date, its fasting days, its mansion, its festivals each with what befalls one who breaks
 * it and its remark, the other Buddhist days) and in the Taoist one (era year, festivals, the kinds
 * of day it is), or both as JSON `{ buddhist, taoist }`.
 *
 * @throws {RangeError | TypeError} The library's, for a date it does not accept.
 */
export function formatObservances(target: string, options: FormatObservancesOptions): string {
  const { json, lang } = options;
  const read = { calendar: options.calendar ?? 'iso8601', ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }) };
  const days = { buddhist: buddhistDay(target, read), taoist: taoistDay(target, read) };
  const shown = localize(days, lang, { names: observanceNames });
  if (json) return JSON.stringify(shown, null, 2);
  return lines(target, shown.buddhist, shown.taoist, lang).join('\n');
}

type Shown<T> = ReturnType<typeof localize<T>>;

function lines(target: string, b: Shown<BuddhistDay>, t: Shown<TaoistDay>, lang: Locale): string[] {
  const L = OBSERVANCE_LABELS[lang];
  const fill = (label: string, ...values: (string | number)[]): string => values.reduce<string>((text, v) => text.replace('{}', String(v)), label);
  const list = (items: readonly string[]): string => (items.length === 0 ? L.none : items.join(L.list));
  const { monthName: month, dayName: day } = b.lunar;
  const fasts = (['month', 'newAndFullMoon', 'sixDays', 'tenDays', 'guanYin'] as const).filter((k) => b.fasts[k]).map((k) => L[k]);
  if (b.yangGong) fasts.push(L.yangGong);
  const kinds = (['sanHui', 'sanYuan', 'baJie', 'wuLa', 'baHui', 'mingWu', 'anWu', 'tianShe'] as const).filter((k) => t[k]).map((k) => L[k]);
  const festival = (f: { name: string; result?: string | null; remark: string | null }): string =>
    `  ${[f.name, f.result ?? null, f.remark].filter((part): part is string => part !== null).join(lang === 'en' ? ' \u2014 ' : '，')}`;
  const out = [
    fill(L.buddhist, b.year, month, day) + fill(L.date, target),
    `${L.fasts}${L.colon}${list(fasts)}${lang === 'en' ? '; ' : '  '}${L.mansion}${L.colon}${b.mansion.name}${lang === 'en' ? ` (${b.mansion.luck})` : `（${b.mansion.luck}）`}`,
    ...b.festivals.map(festival),
  ];
  if (b.otherFestivals.length > 0) out.push(`${L.other}${L.colon}${list(b.otherFestivals)}`);
  out.push('', fill(L.taoist, t.year, month, day), `${L.days}${L.colon}${list(kinds)}`, ...t.festivals.map(festival));
  return out;
}
