import { getQiDay } from '../astro/termInstants';
import { nineStars, trigramDirection } from '../data/almanac.generated';
import { modFloor } from '../internal/math';
import type { NineStar } from './types';

/**
 * The nine stars 一 … 九, built on first use and shared: frozen, so no caller can tell (the
 * array, never handed out, is not: the engine reads a frozen array's elements several times slower).
 */
let stars: readonly NineStar[] | undefined;

/** The star 一白 (index 0) … 九紫 (8), one frozen object per star. @internal */
export function nineStarAt(index: number): NineStar {
  stars ??= nineStars.map((text, i) => {
    // '三碧木震天玑禄存凶天冲小吉伤阳轩辕安神': number, colour, element, trigram, star; 玄空, 奇门, 太乙.
    const trigram = text.charAt(3);
    const gate = text.charAt(13);
    return Object.freeze({
      number: i + 1,
      name: text.slice(0, 3),
      star: text.slice(4, 6),
      color: text.charAt(1),
      element: text.charAt(2),
      position: Object.freeze({ trigram, direction: trigramDirection[trigram as keyof typeof trigramDirection] as string }),
      xuanKong: Object.freeze({ star: text.slice(6, 8), luck: text.charAt(8) }),
      qiMen: Object.freeze({ star: text.slice(9, 11), luck: text.slice(11, 13), gate: gate === '.' ? null : gate, yinYang: text.charAt(14) }),
      taiYi: Object.freeze({ star: text.slice(15, 17), spirit: text.slice(17) }),
    });
  });
  return stars[index] as NineStar;
}

/** The 甲子 day nearest a solstice: the solstice day's pillar index i is undone (i ≤ 29) or completed (i > 29). */
function jiaZiNear(solsticeDay: number): number {
  const i = modFloor(solsticeDay + 17, 60);
  return i > 29 ? solsticeDay + 60 - i : solsticeDay - i;
}

/**
 * The day's flying star (日九星), as the reference computes it: counting up from the 甲子 day
 * nearest the winter solstice and down from the one nearest the summer solstice (阳遁/阴遁).
 * @internal
 */
export function getNineStar(epochDay: number, year: number): NineStar {
  return getNineStarOfSolstices(epochDay, getQiDay(year - 1, 11), getQiDay(year, 5), getQiDay(year, 11));
}

/**
 * {@link getNineStar} from the days of the 冬至 of the year before, the 夏至 and the 冬至 of the
 * day's (reference) year, for a caller that has them. @internal
 */
export function getNineStarOfSolstices(epochDay: number, winterBefore: number, summer: number, winter: number): NineStar {
  const shunBai = jiaZiNear(winterBefore);
  if (epochDay < shunBai) return nineStarAt((8 + shunBai - epochDay) % 9);
  const niZi = jiaZiNear(summer);
  if (epochDay < niZi) return nineStarAt((epochDay - shunBai) % 9);
  const shunBai2 = jiaZiNear(winter);
  return nineStarAt(epochDay < shunBai2 ? 8 - ((epochDay - niZi) % 9) : (epochDay - shunBai2) % 9);
}

/**
 * The year's flying star (年九星) of the year `year` (a year that begins at 立春), as the
 * reference's Lunar#getYearNineStar: the three 元 of 60 years (上元 from 1864, 中元, 下元) start
 * the 甲子 year at 一白, 四绿 and 七赤, and the star falls by one each year (2024 三碧, 2025 二黑).
 * @internal
 */
export function getYearNineStar(year: number): NineStar {
  // The star repeats every 180 years (three 元 of 60): one lookup in a table built on first use.
  yearStars ??= Array.from({ length: 180 }, (_, i) => {
    const y = i - 2696; // ≡ i (mod 180) after the shift by 2696
    const yuan = Math.floor((y + 2696) / 60) % 3;
    const offset = (62 + yuan * 3 - (modFloor(y - 4, 60) + 1)) % 9;
    return nineStarAt((offset + 8) % 9);
  });
  return yearStars[modFloor(year + 2696, 180)] as NineStar;
}

let yearStars: readonly NineStar[] | undefined;

/**
 * The month's flying star (月九星), as the reference's Lunar#getMonthNineStar: by the year's
 * branch (子午卯酉 years start the 寅 month at 八白, 辰戌丑未 at 五黄, 寅申巳亥 at 二黑) and the
 * month's, falling by one each month; the 子 and 丑 months that end a year go with it.
 * @internal
 */
export function getMonthNineStar(yearBranch: number, monthBranch: number): NineStar {
  const n = 27 - (yearBranch % 3) * 3 - (monthBranch < 2 ? 3 : 0);
  return nineStarAt((n - monthBranch) % 9);
}

/**
 * The hour's flying star (时九星), as the reference's Lunar#getTimeNineStar: rising (阳遁) from the
 * day of the winter solstice to the day before the summer solstice, falling (阴遁) from the summer
 * solstice; the 子 hour's star by the day branch (子午卯酉 days start rising at 一白, falling at
 * 九紫). (The reference's LunarTime#getNineStar forgets the solstice at the end of its year and
 * falls until 31 December: see docs/almanac.md.)
 * @internal
 */
export function getHourNineStar(rising: boolean, dayBranch: number, hourBranch: number): NineStar {
  const start = (rising ? [0, 3, 6] : [8, 5, 2])[dayBranch % 3] as number;
  return nineStarAt((rising ? start + hourBranch : start + 9 - hourBranch) % 9);
}
