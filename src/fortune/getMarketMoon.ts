import { MARKET_MOONS } from './fortuneTerms';
import type { MarketMoon } from './types';

/**
 * The moon phase read as a market phase, by lunar day: 1–3 筑底蓄势 (new moon: bottoming out),
 * 4–7 温和上行 (crescent: a gentle rise), 8–11 加速上涨 (first quarter: accelerating), 12–14 逼近高点
 * (gibbous: nearing the top), 15–17 高位震荡 (full moon: choppy at the top), 18–21 获利回吐 (waning
 * gibbous: profit-taking), 22–25 回调探底 (last quarter: pulling back), 26–30 底部反弹 (the last
 * sliver before the new moon: rebound off the bottom). @internal
 */
export function getMarketMoon(lunarDay: number): MarketMoon {
  const index = lunarDay <= 3 ? 0 : lunarDay <= 7 ? 1 : lunarDay <= 11 ? 2 : lunarDay <= 14 ? 3 : lunarDay <= 17 ? 4 : lunarDay <= 21 ? 5 : lunarDay <= 25 ? 6 : 7;
  return MARKET_MOONS[index] as MarketMoon;
}
