import { westernZodiac, westernZodiacStarts } from '../data/almanac.generated';
import { emptySlots } from '../internal/memo';
import type { WesternZodiac } from './types';

/** The sign of each date by month · 32 + day, built on first use (a lookup instead of a scan). */
let signs: (WesternZodiac | undefined)[] | undefined;

/**
 * The sign of the Western zodiac (星座) of a date by its month and day, as the reference's
 * Solar#getXingZuo: 白羊 from 03-21, 金牛 from 04-20, … 摩羯 from 12-22 to 01-19. @internal
 */
export function getWesternZodiac(month: number, day: number): WesternZodiac {
  signs ??= emptySlots(13 * 32);
  return (signs[month * 32 + day] ??= findSign(month, day));
}

function findSign(month: number, day: number): WesternZodiac {
  const mmdd = month * 100 + day;
  let sign = 9; // 摩羯, until 01-19
  for (let i = 0; i < 12 && mmdd >= (westernZodiacStarts[i] as number); i++) sign = (i + 10) % 12;
  return westernZodiac[sign] as WesternZodiac;
}
