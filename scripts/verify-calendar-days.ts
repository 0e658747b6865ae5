/**
 * Checks src/lunar/calendarDays.ts against the reference, lunar-javascript: the first day of every
 * lunation and the day of every term as `ShouXingUtil.calcShuo` / `calcQi` give them, at the
 * arguments `LunarYear._compute` really passes them, for every lunar year −722 … 10000, and at the
 * library's own argument (data/scripts/generate-calendar.ts) for every lunation and term of its
 * range. 0 differences required.
 *
 *   npx tsx scripts/verify-calendar-days.ts             # every year (about 20 s)
 *   npx tsx scripts/verify-calendar-days.ts --every 10  # every 10th year
 *
 * For year Y the reference takes w = its 冬至 estimate, jq[i] = calcQi(w + 15.2184 i) (i < 26), then
 * w′ = calcShuo(jq[0]) (less 29.53 if after jq[0]) and hs[i] = calcShuo(w′ + 29.5306 i) (i < 16).
 * The library's contract: jq[i] = getCalendarTermDay(24 (Y − 2001) + 42 + i) and
 * hs[i] = getCalendarNewMoonDay(n₀ + i), n₀ the lunation whose day is on or before jq[0] and the
 * next one's after it. Each year also checks that the reference's own index of each argument is
 * that k or n, and that hs[0 … 14] are the first days of `LunarYear.fromYear(Y)`'s months (so that
 * the arguments above are the ones it uses).
 *
 * Exit code 1 on any difference.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { getCalendarNewMoonDay, getCalendarTermDay } from '../src/lunar/calendarDays.ts';
import { calendarFirstLunation, calendarFirstTerm, calendarLastLunation, calendarLastTerm } from '../src/data/calendarDays.generated.ts';

const require = createRequire(import.meta.url);
const { ShouXingUtil: S, LunarYear } = require('lunar-javascript') as {
  ShouXingUtil: Record<string, (x: number) => number>;
  LunarYear: { fromYear(y: number): { getMonths(): { getFirstJulianDay(): number }[] } };
};
const J2000 = 2451545;
/** The reference's day numbers (J2000-relative, noon-based) to days since 1970-01-01. */
const EPOCH = 10957;

/** The library's argument for each item (the same expressions as src/lunar/calendarDays.ts), minus the lead: the reference's `jd`. */
export const moonArgument = (n: number) => 2451565 + 29.5306 * n - 14 - J2000;
export const termArgument = (k: number) => 2451907 + 15.218425 * (k - 42) - 7 - J2000;

export interface Verification {
  years: number;
  terms: number;
  newMoons: number;
  lunarYears: number;
  differences: string[];
}

/** A memo of the library's functions, so that overlapping years compute each item once. */
const ours = {
  moons: new Map<number, number>(),
  terms: new Map<number, number>(),
  moon(n: number): number {
    let d = this.moons.get(n);
    if (d === undefined) this.moons.set(n, (d = getCalendarNewMoonDay(n)));
    return d;
  },
  term(k: number): number {
    let d = this.terms.get(k);
    if (d === undefined) this.terms.set(k, (d = getCalendarTermDay(k)));
    return d;
  },
};

/** Replicates `LunarYear._compute`'s calls for each of `years` and compares every jq[i] and hs[i]. */
export function verifyYears(years: Iterable<number>): Verification {
  const result: Verification = { years: 0, terms: 0, newMoons: 0, lunarYears: 0, differences: [] };
  const differ = (what: string) => {
    if (result.differences.length < 50) result.differences.push(what);
    else if (result.differences.length === 50) result.differences.push('…');
  };
  for (const year of years) {
    result.years++;
    const jd = Math.floor((year - 2000) * 365.2422 + 180);
    let w = Math.floor((jd - 355 + 183) / 365.2422) * 365.2422 + 355;
    if (S['calcQi']!(w) > jd) w -= 365.2422;
    const jq: number[] = [];
    const firstK = 24 * (year - 2001) + 42;
    for (let i = 0; i < 26; i++) {
      const argument = w + 15.2184 * i;
      jq.push(S['calcQi']!(argument));
      const k = Math.floor(((argument + J2000 + 7 - 2451259) / 365.2422) * 24);
      if (k !== firstK + i) differ(`year ${year} jq[${i}]: the reference's argument is term ${k}, not ${firstK + i}`);
      const mine = ours.term(firstK + i);
      result.terms++;
      if (mine !== jq[i]! + EPOCH) differ(`year ${year} jq[${i}] (term ${firstK + i}): ours ${mine}, reference ${jq[i]! + EPOCH}`);
    }
    let w2 = S['calcShuo']!(jq[0]!);
    if (w2 > jq[0]!) w2 -= 29.53;
    const winter = jq[0]! + EPOCH;
    // the consumer's n₀: the lunation whose first day is on or before the 冬至 day, the next after it
    let n0 = Math.round((winter - 10962) / 29.530588853);
    while (ours.moon(n0) > winter) n0--;
    while (ours.moon(n0 + 1) <= winter) n0++;
    const months = LunarYear.fromYear(year).getMonths();
    result.lunarYears++;
    for (let i = 0; i < 16; i++) {
      const argument = w2 + 29.5306 * i;
      const hs = S['calcShuo']!(argument);
      const n = Math.floor((argument + J2000 + 14 - 2451551) / 29.5306);
      if (n !== n0 + i) differ(`year ${year} hs[${i}]: the reference's argument is lunation ${n}, ours n₀ + ${i} = ${n0 + i}`);
      const mine = ours.moon(n0 + i);
      result.newMoons++;
      if (mine !== hs + EPOCH) differ(`year ${year} hs[${i}] (lunation ${n0 + i}): ours ${mine}, reference ${hs + EPOCH}`);
      if (i < 15 && months[i]!.getFirstJulianDay() !== hs + J2000) differ(`year ${year} month ${i}: LunarYear's first day ${months[i]!.getFirstJulianDay()}, replicated ${hs + J2000}`);
    }
  }
  return result;
}

/** Compares each lunation of [first, last] and each term of [firstTerm, lastTerm] at the library's own argument. */
export function verifyItems(moons: readonly [number, number], terms: readonly [number, number], step = 1): Verification {
  const result: Verification = { years: 0, terms: 0, newMoons: 0, lunarYears: 0, differences: [] };
  for (let n = moons[0]; n <= moons[1]; n += step) {
    result.newMoons++;
    const reference = S['calcShuo']!(moonArgument(n)) + EPOCH;
    if (ours.moon(n) !== reference && result.differences.length < 50) result.differences.push(`lunation ${n}: ours ${ours.moon(n)}, reference ${reference}`);
  }
  for (let k = terms[0]; k <= terms[1]; k += step) {
    result.terms++;
    const reference = S['calcQi']!(termArgument(k)) + EPOCH;
    if (ours.term(k) !== reference && result.differences.length < 50) result.differences.push(`term ${k}: ours ${ours.term(k)}, reference ${reference}`);
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const every = arg('--every', 1);
  const started = Date.now();
  const years: number[] = [];
  for (let y = -722; y <= 10000; y += every) years.push(y);
  const a = verifyYears(years);
  const t1 = Date.now();
  const b = verifyItems([calendarFirstLunation, calendarLastLunation], [calendarFirstTerm, calendarLastTerm], every);
  const t2 = Date.now();
  console.log(`LunarYear arguments, years -722 … 10000${every > 1 ? ` every ${every}th` : ''}: ${a.years} years, ${a.terms} terms, ${a.newMoons} new moons compared, ${a.lunarYears} years also against LunarYear's months; ${a.differences.length} differences (${((t1 - started) / 1000).toFixed(0)} s)`);
  console.log(`own arguments, lunations ${calendarFirstLunation} … ${calendarLastLunation} and terms ${calendarFirstTerm} … ${calendarLastTerm}${every > 1 ? ` every ${every}th` : ''}: ${b.newMoons} new moons, ${b.terms} terms; ${b.differences.length} differences (${((t2 - t1) / 1000).toFixed(0)} s)`);
  const all = [...a.differences, ...b.differences];
  if (all.length > 0) {
    console.error(all.join('\n'));
    process.exit(1);
  }
  console.log('0 differences');
}
