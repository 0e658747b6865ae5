/**
 * The compact text of the bundled breaks (src/data/holidays.generated.ts), written by
 * data/scripts/generate-holidays.ts and read lazily by ./bundledHolidays.ts.
 *
 * Years follow one another from the first, separated by `|`; a year's breaks by `;`. A break is
 * its festivals, each a letter (./festivals.ts: `a` 元旦 … `h` 抗战胜利纪念日) and the digit of its
 * day counted from the break's first day off; then that first day, as days from January 1 of the
 * year (negative in the December before), `+` the number of days off; then `,` and each make-up
 * workday, as days from the first day off. 2025's 春节 (1月28日至2月4日, 共8天, 1月26日、2月8日上班,
 * 正月初一 2025-01-29) is `b127+8,-2,11`.
 * @internal
 */
import { FESTIVALS } from './festivals';

/** A break as numbers: festival indices and their days, the first day off, the count of days off, the make-up workdays (all days since 1970-01-01). @internal */
export interface BreakDays {
  readonly festivals: readonly (readonly [festival: number, day: number])[];
  readonly first: number;
  readonly count: number;
  readonly workdays: readonly number[];
}

const CODE_A = 97;

/** The text of a year's breaks (`newYearsDay`: days since 1970-01-01 of its January 1). @internal */
export function encodeYear(breaks: readonly BreakDays[], newYearsDay: number): string {
  return breaks.map((b) => {
    const festivals = b.festivals.map(([f, day]) => {
      const offset = day - b.first;
      if (offset < 0 || offset > 9) throw new Error(`holidayCodec: a festival's day must be within 9 days of its break's first day, got ${offset}`);
      return String.fromCharCode(CODE_A + f) + String(offset);
    }).join('');
    const workdays = b.workdays.map((w) => `,${w - b.first}`).join('');
    return `${festivals}${b.first - newYearsDay}+${b.count}${workdays}`;
  }).join(';');
}

/** The breaks of a year's text (`newYearsDay`: days since 1970-01-01 of its January 1). @internal */
export function decodeYear(text: string, newYearsDay: number): BreakDays[] {
  if (text === '') return [];
  return text.split(';').map((s) => {
    let i = 0;
    const festivals: [number, number][] = [];
    while (s.charCodeAt(i) >= CODE_A) {
      festivals.push([s.charCodeAt(i) - CODE_A, s.charCodeAt(i + 1) - 48]);
      i += 2;
    }
    const [range, ...workdays] = s.slice(i).split(',');
    const [first, count] = (range as string).split('+').map(Number) as [number, number];
    const firstDay = newYearsDay + first;
    return {
      festivals: festivals.map(([f, offset]) => [f, firstDay + offset] as const),
      first: firstDay,
      count,
      workdays: workdays.map((w) => firstDay + Number(w)),
    };
  });
}

/** The festival of a code index. @internal */
export const festivalOf = (index: number) => FESTIVALS[index] as (typeof FESTIVALS)[number];
