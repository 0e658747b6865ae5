import { getQiDay } from '../astro/termInstants';
import { nineStars, trigramDirection } from '../data/almanac.generated';
import { modFloor } from '../internal/math';
import type { NineStar } from './types';

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
  const shunBai = jiaZiNear(getQiDay(year - 1, 11)); // 冬至 of the year before
  const niZi = jiaZiNear(getQiDay(year, 5)); // 夏至
  const shunBai2 = jiaZiNear(getQiDay(year, 11)); // 冬至
  let index: number;
  if (epochDay < shunBai) index = (8 + shunBai - epochDay) % 9;
  else if (epochDay < niZi) index = (epochDay - shunBai) % 9;
  else if (epochDay < shunBai2) index = 8 - ((epochDay - niZi) % 9);
  else index = (epochDay - shunBai2) % 9;
  // '三碧木震天玑': number, colour, element, trigram, star.
  const star = nineStars[index] as string;
  const trigram = star.charAt(3);
  return Object.freeze({
    number: index + 1,
    name: star.slice(0, 3),
    star: star.slice(4),
    color: star.charAt(1),
    element: star.charAt(2),
    position: Object.freeze({ trigram, direction: trigramDirection[trigram as keyof typeof trigramDirection] as string }),
  });
}
