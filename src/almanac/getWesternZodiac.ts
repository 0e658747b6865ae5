import { westernZodiac, westernZodiacStarts } from '../data/almanac.generated';
import type { WesternZodiac } from './types';

/**
 * The sign of the Western zodiac (星座) of a date by its month and day, as the reference's
 * Solar#getXingZuo: 白羊 from 03-21, 金牛 from 04-20, … 摩羯 from 12-22 to 01-19. @internal
 */
export function getWesternZodiac(month: number, day: number): WesternZodiac {
  const mmdd = month * 100 + day;
  let sign = 9; // 摩羯, until 01-19
  for (let i = 0; i < 12 && mmdd >= (westernZodiacStarts[i] as number); i++) sign = (i + 10) % 12;
  return westernZodiac[sign] as WesternZodiac;
}
