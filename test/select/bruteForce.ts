/**
 * The specification of findDays() restated as a brute-force filter over almanac(): every day of
 * the range gets its whole almanac, and each criterion is read off the almanac's fields, as
 * docs/select.md defines it. The tests compare findDays() with it, order and reasons included.
 */
import { almanac, lunarDate, pillars, yearPillar, type DailyAlmanac, type ZodiacAnimal } from '../../src/index';
import { isWorkday } from '../../src/holidays/index';
import { toMoment } from '../../src/input/toMoment';
import type { FindDaysOptions, FindDaysQuery, FindDaysReason, FoundDay } from '../../src/select/index';

const ANIMALS: readonly ZodiacAnimal[] = ['鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'];
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** The direction of each animal's branch: 寅卯辰 东, 巳午未 南, 申酉戌 西, 亥子丑 北. */
const DIRECTION: Readonly<Record<ZodiacAnimal, string>> = {
  虎: '东', 兔: '东', 龙: '东', 蛇: '南', 马: '南', 羊: '南', 猴: '西', 鸡: '西', 狗: '西', 猪: '北', 鼠: '北', 牛: '北',
};
const MARKERS = ['诸事不宜', '馀事勿取'];

/** The person's animal of a `notClash`, from the public functions (pillars, lunarDate, yearPillar). */
export function animalOf(target: NonNullable<FindDaysQuery['notClash']>, options?: FindDaysOptions): ZodiacAnimal {
  if (typeof target === 'string') return target;
  if (typeof target === 'number') return ANIMALS[BRANCHES.indexOf(yearPillar(target).branch)] as ZodiacAnimal;
  if ('birth' in target) {
    const branch = target.yearBoundary === 'lunar-new-year'
      ? yearPillar(lunarDate(target.birth, options).year).branch
      : pillars(target.birth, options).year.branch;
    return ANIMALS[BRANCHES.indexOf(branch)] as ZodiacAnimal;
  }
  const p = target.yearPillar;
  return ANIMALS[BRANCHES.indexOf(typeof p === 'string' ? p.charAt(1) : p.branch)] as ZodiacAnimal;
}

/** Good: 宜 names it. */
export function goodIn(a: Pick<DailyAlmanac, 'yi' | 'ji'>, activity: string): boolean {
  return a.yi.includes(activity as never);
}

/** Bad: 忌 names it, or a marker in either list and 宜 does not name it. */
export function badIn(a: Pick<DailyAlmanac, 'yi' | 'ji'>, activity: string): boolean {
  const marked = MARKERS.some((m) => a.yi.includes(m as never) || a.ji.includes(m as never));
  return a.ji.includes(activity as never) || (marked && !a.yi.includes(activity as never));
}

/** The reasons of day `a`, or undefined when it does not match (`where` is not called: see `candidate`). */
export function reasonsOf(a: DailyAlmanac, q: FindDaysQuery, options: FindDaysOptions | undefined): FindDaysReason[] | undefined {
  const reasons: FindDaysReason[] = [];
  if (q.yi !== undefined && q.yi.length > 0) {
    if (!q.yi.every((x) => goodIn(a, x))) return undefined;
    reasons.push({ criterion: 'yi', activities: q.yi });
  }
  if (q.notJi !== undefined && q.notJi.length > 0) {
    if (q.notJi.some((x) => badIn(a, x))) return undefined;
    reasons.push({ criterion: 'notJi', activities: q.notJi });
  }
  if (q.skipNothingGood === true) {
    if (a.yi.includes('诸事不宜') || a.ji.includes('诸事不宜')) return undefined;
    reasons.push({ criterion: 'skipNothingGood' });
  }
  if (q.notClash !== undefined) {
    const animal = animalOf(q.notClash, options);
    const sha = q.sha ?? true;
    if (a.clash.zodiac === animal || (sha && a.clash.direction === DIRECTION[animal])) return undefined;
    reasons.push({ criterion: 'notClash', zodiac: animal, clash: a.clash.text, sha });
  }
  if (q.officers !== undefined) {
    if (!q.officers.includes(a.officer)) return undefined;
    reasons.push({ criterion: 'officers', officer: a.officer });
  }
  if (q.huangDao !== undefined) {
    if ((a.deity.type === '黄道') !== q.huangDao) return undefined;
    reasons.push({ criterion: 'huangDao', deity: a.deity.name, type: a.deity.type });
  }
  if (q.mansionLuck !== undefined) {
    if (a.mansion.luck !== q.mansionLuck) return undefined;
    reasons.push({ criterion: 'mansionLuck', mansion: a.mansion.name, luck: a.mansion.luck });
  }
  if (q.minScore !== undefined) {
    if (a.fortune.score < q.minScore) return undefined;
    reasons.push({ criterion: 'minScore', score: a.fortune.score });
  }
  if (q.weekdays !== undefined) {
    if (!q.weekdays.includes(a.weekday)) return undefined;
    reasons.push({ criterion: 'weekdays', weekday: a.weekday });
  }
  if (q.workday !== undefined) {
    const workday = isWorkday(a.date, { ...(options?.calendar === undefined ? {} : { calendar: options.calendar }), ...(options?.holidayData === undefined ? {} : { data: options.holidayData }) });
    if (workday !== q.workday) return undefined;
    reasons.push({ criterion: 'workday', workday });
  }
  return reasons;
}

/** What brute force finds, and the days on which it called `where` (those that pass everything else, up to the last match kept). */
export function bruteForce(q: FindDaysQuery, options?: FindDaysOptions): { found: FoundDay[]; whereCalls: string[] } {
  const first = toMoment('test', q.from, options).epochDay;
  const last = toMoment('test', q.to, options).epochDay;
  const found: FoundDay[] = [];
  const whereCalls: string[] = [];
  for (let n = first; n <= last && found.length < (q.limit ?? Infinity); n++) {
    const a = almanac(new Date(n * 86_400_000), options);
    const reasons = reasonsOf(a, q, options);
    if (reasons === undefined) continue;
    if (q.where !== undefined) {
      whereCalls.push(a.date);
      if (!q.where(a)) continue;
      reasons.push({ criterion: 'where' });
    }
    found.push({ date: a.date, reasons });
  }
  return { found, whereCalls };
}
