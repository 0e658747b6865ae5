/**
 * `lunarYear(year)` against lunar-javascript's `LunarYear.fromYear(year)`: everything it has,
 * field by field, in the reference's own form (Julian dates before 1582-10-15). Shared by the
 * sampled test (test/lunar/lunarYear.test.ts) and the every-year sweep (lunarYear.full.test.ts).
 */
import { lunarYear } from '../../src/lunar/lunarYear';
import { derivedPillars } from './rangeDifferential';
import { reference } from './reference';

interface RefPosition { (sect?: number): string }
interface RefMonth {
  getYear(): number; getMonth(): number; getDayCount(): number; getFirstJulianDay(): number; getGanZhi(): string; getNineStar(): { toString(): string };
  getPositionXi: RefPosition; getPositionFu: RefPosition; getPositionCai: RefPosition; getPositionYangGui: RefPosition; getPositionYinGui: RefPosition; getPositionTaiSui: RefPosition;
}
interface RefYear {
  getZhiIndex(): number;
  getGanZhi(): string; getDayCount(): number; getLeapMonth(): number; getYuan(): string; getYun(): string;
  getNineStar(): { toString(): string };
  getMonths(): RefMonth[];
  getMonthsInYear(): RefMonth[];
  getPositionXi: RefPosition; getPositionXiDesc: RefPosition; getPositionFu: RefPosition; getPositionFuDesc: RefPosition;
  getPositionCai: RefPosition; getPositionCaiDesc: RefPosition; getPositionYangGui: RefPosition; getPositionYangGuiDesc: RefPosition;
  getPositionYinGui: RefPosition; getPositionYinGuiDesc: RefPosition; getPositionTaiSui: RefPosition; getPositionTaiSuiDesc: RefPosition;
  getTouLiang(): string; getCaoZi(): string; getGengTian(): string; getHuaShou(): string; getZhiShui(): string; getTuoGu(): string; getQiangMi(): string;
  getKanCan(): string; getGongZhu(): string; getJiaTian(): string; getFenBing(): string; getDeJin(): string; getRenBing(): string; getRenChu(): string;
}
const fromYear = (year: number): RefYear => (reference.LunarYear as unknown as { fromYear(y: number): RefYear }).fromYear(year);

/** A reference month as `sign·month:days:Y-M-D` (a leap month's number negative, as the reference writes it). */
function refMonth(m: { getMonth(): number; getDayCount(): number; getFirstJulianDay(): number }): string {
  const s = reference.Solar.fromJulianDay(m.getFirstJulianDay());
  return `${m.getMonth()}:${m.getDayCount()}:${s.getYear()}-${s.getMonth()}-${s.getDay()}`;
}

/**
 * The months of lunar year `year` by the reference's month lists: those of `year` in the list of
 * `year` (LunarYear#getMonths) and in the list of `year + 1`, the later list's where both have a
 * month starting on the same day, as the reference names each day (by the list of its solar year,
 * from the month of the 冬至 on the next year's: docs/calendar.md).
 */
function refMonthsByLists(year: number): RefMonth[] {
  const byDay = new Map<number, RefMonth>();
  for (const list of [fromYear(year).getMonths(), fromYear(year + 1).getMonths()]) {
    for (const m of list) if (m.getYear() === year) byDay.set(m.getFirstJulianDay(), m);
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);
}

/**
 * A reference month's own items: pillar, 九星, the gods' palaces, and 太岁's palace and direction.
 * (The reference's `getPositionXiDesc` … `getPositionCaiDesc` of a month fail, `POSITION_DESC.get is
 * not a function`: those palaces' directions are the day's and the year's mapping, compared there.)
 */
function refMonthItems(m: RefMonth, sect: number): string {
  const taiSui = refMonthTaiSui(m);
  return [m.getGanZhi(), m.getNineStar().toString(), m.getPositionXi(), m.getPositionFu(sect), m.getPositionCai(), m.getPositionYangGui(), m.getPositionYinGui(),
    taiSui + POSITION_DESC[taiSui]].join(',');
}

/** The months whose 太岁 {@link refMonthTaiSui} read on the month pillar derived from the reference's term table, by year (all before 1 CE). */
export const monthTaiSuiOnDerivedPillar = new Map<number, number>();

/**
 * LunarMonth#getPositionTaiSui, which for 二月, 六月 and 十月 is the palace of the stem of the solar
 * month its 初一 is in (LunarUtil.POSITION_GAN). Before 1 CE the reference's solar month pillar of
 * a day is wrong where it compares dates as padded strings (docs/calendar.md, "Where the reference
 * contradicts itself"): there the rule is applied to the month pillar derived from the reference's
 * own term table, comparing days as numbers (`derivedPillars`, as the day-item sweeps do).
 */
function refMonthTaiSui(m: RefMonth): string {
  if (Math.abs(m.getMonth()) % 4 !== 2) return m.getPositionTaiSui();
  const solar = reference.Solar.fromJulianDay(m.getFirstJulianDay());
  const epochDay = Math.floor(solar.getJulianDay() + 0.5) - 2440588;
  const derived = derivedPillars(epochDay)[1];
  if (solar.getLunar().getMonthInGanZhi() === derived) return m.getPositionTaiSui();
  monthTaiSuiOnDerivedPillar.set(m.getYear(), (monthTaiSuiOnDerivedPillar.get(m.getYear()) ?? 0) + 1);
  return POSITION_GAN[STEMS.indexOf(derived.charAt(0))] as string;
}
const { POSITION_GAN, POSITION_DESC, SHENGXIAO } = (reference as unknown as { LunarUtil: { POSITION_GAN: string[]; POSITION_DESC: Record<string, string>; SHENGXIAO: string[] } }).LunarUtil;
const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** Ours as the reference writes it: Julian dates, years without padding. */
function ourMonth(m: { month: number; leap: boolean; days: number; start: string }): string {
  const [, y, mo, d] = /^([+-]?\d+)-(\d+)-(\d+)$/.exec(m.start)!.map(Number) as number[];
  return `${m.leap ? -m.month : m.month}:${m.days}:${y}-${mo}-${d}`;
}

/**
 * The differences between `lunarYear(year)` and the reference, as `field: reference ≠ ours` lines
 * (none expected). `getMonthsInYear` (and its day count and leap month) is compared with
 * `refMonthsByLists` instead, and whether the two agree is returned beside: they do not in the
 * years where the reference's two lists disagree (see REF_SPLIT_YEARS).
 */
export function lunarYearDifferences(year: number): { differences: string[]; listsAgree: boolean } {
  const ref = fromYear(year);
  const ours = lunarYear(year, { calendar: 'julian' });
  const sect1 = lunarYear(year, { calendar: 'julian', fuShenSect: 1 });
  const positions = (y: typeof ours): string =>
    [y.directions.xiShen, y.directions.fuShen, y.directions.caiShen, y.directions.yangGuiShen, y.directions.yinGuiShen, y.taiSui].map((p) => `${p.trigram}${p.direction}`).join(',');
  const refPositions = (sect: number): string =>
    [['Xi', 0], ['Fu', sect], ['Cai', 0], ['YangGui', 0], ['YinGui', 0], ['TaiSui', 0]].map(([name, s]) => {
      const key = `getPosition${name as string}` as 'getPositionXi';
      return `${ref[key](s as number)}${(ref[`${key}Desc` as 'getPositionXiDesc'])(s as number)}`;
    }).join(',');
  const refMonths = refMonthsByLists(year);
  const byLists = refMonths.map(refMonth);
  const months = ours.months.map(ourMonth);
  const leap = byLists.find((m) => m.startsWith('-'));
  const ourMonthItems = (y: typeof ours): string => y.months.map((m) => {
    const d = m.directions;
    return [m.pillar.name, m.nineStar.name + m.nineStar.star, ...[d.xiShen, d.fuShen, d.caiShen, d.yangGuiShen, d.yinGuiShen].map((p) => p.trigram), m.taiSui.trigram + m.taiSui.direction].join(',');
  }).join(' ');
  const expected: Record<string, string> = {
    pillar: ref.getGanZhi(),
    zodiac: SHENGXIAO[ref.getZhiIndex() + 1] as string,
    // Each month's name as the reference's Lunar names its last day (not its month list). Its first
    // day would do but in the 14 Decembers of docs/calendar.md, whose first days it calls 腊月.
    monthNames: refMonths.map((m) => `${reference.Solar.fromJulianDay(m.getFirstJulianDay() + m.getDayCount() - 1).getLunar().getMonthInChinese()}月`).join(' '),
    days: String(byLists.reduce((sum, m) => sum + Number(m.split(':')[1]), 0)),
    leapMonth: leap === undefined ? 'null' : String(-Number(leap.split(':')[0])),
    months: byLists.join(' '),
    sanYuan: ref.getYuan(),
    jiuYun: ref.getYun(),
    nineStar: ref.getNineStar().toString(),
    positions: refPositions(2),
    positionsSect1: refPositions(1),
    monthItems: refMonths.map((m) => refMonthItems(m, 2)).join(' '),
    monthItemsSect1: refMonths.map((m) => refMonthItems(m, 1)).join(' '),
    zaoMaTou: [ref.getTouLiang(), ref.getCaoZi(), ref.getGengTian(), ref.getHuaShou(), ref.getZhiShui(), ref.getTuoGu(), ref.getQiangMi(), ref.getKanCan(),
      ref.getGongZhu(), ref.getJiaTian(), ref.getFenBing(), ref.getDeJin(), ref.getRenBing(), ref.getRenChu()].join(','),
  };
  const actual: Record<string, string> = {
    pillar: ours.pillar.name,
    zodiac: ours.zodiac,
    monthNames: ours.months.map((m) => m.monthName).join(' '),
    days: String(ours.days),
    leapMonth: String(ours.leapMonth),
    months: months.join(' '),
    sanYuan: ours.sanYuan,
    jiuYun: ours.jiuYun,
    nineStar: `${ours.nineStar.name}${ours.nineStar.star}`,
    positions: positions(ours),
    positionsSect1: positions(sect1),
    monthItems: ourMonthItems(ours),
    monthItemsSect1: ourMonthItems(sect1),
    zaoMaTou: ours.zaoMaTou.map((z) => z.text).join(','),
  };
  const differences = Object.keys(expected).filter((k) => expected[k] !== actual[k]).map((k) => `${year} ${k}: ${expected[k]} ≠ ${actual[k]}`);
  const listsAgree = ref.getMonthsInYear().map(refMonth).join(' ') === byLists.join(' ');
  return { differences, listsAgree };
}

/**
 * The 25 years in which lunar-javascript's `LunarYear#getMonthsInYear` misses a leap month (闰腊月,
 * or the 闰冬月 of the 14 years of docs/calendar.md) that its own month list of the next year, and
 * its `Lunar` of each of the month's days, have: its `getDayCount` and `getLeapMonth` follow it.
 */
export const REF_SPLIT_YEARS: readonly number[] = [
  -715, -647, -590, -571, -552, -533, -514, -495, -438, -400, -381, -343, -324, -256, -199, -180, -161, -142, -123, -96, -77, -58, -39, -20, -1,
];
