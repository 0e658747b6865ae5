import type { FearGreedWord, FiveElement, FortuneFactorKey, FortuneFactorLabel, MarketMoon, TrendLabel } from './types';

/** The market moon phases, in the order of the lunar month (see getMarketMoon). */
export const MARKET_MOONS = ['筑底蓄势', '温和上行', '加速上涨', '逼近高点', '高位震荡', '获利回吐', '回调探底', '底部反弹'] as const satisfies readonly MarketMoon[];
/** The fear-and-greed words, from fear to greed (see fearGreedLabel). */
export const FEAR_GREED_WORDS = ['极恐', '恐惧', '中性', '贪婪', '极贪'] as const satisfies readonly FearGreedWord[];
/** The factor keys of the fortune model, in the order of `Fortune.factors`. */
export const FACTOR_KEYS = ['trade-yi', 'trade-ji', 'nothing-favourable', 'officer', 'deity', 'element-stem', 'element-branch', 'moon', 'mansion', 'sentiment'] as const satisfies readonly FortuneFactorKey[];
/** The factor labels of the fortune model, in the order of FACTOR_KEYS. */
export const FACTOR_LABELS = ['宜交易', '忌交易', '诸事不宜', '建除', '黄黑道', '日干五行', '日支五行', '月相', '星宿', '市场情绪'] as const satisfies readonly FortuneFactorLabel[];
/** The five trend steps, from strongly bullish to strongly bearish. */
export const TREND_STEPS = ['强势上涨', '震荡偏多', '横盘震荡', '震荡偏空', '强势下跌'] as const satisfies readonly TrendLabel[];
/** The five elements in the order of the generating cycle (相生): 木 → 火 → 土 → 金 → 水 → 木. */
export const FIVE_ELEMENTS = ['木', '火', '土', '金', '水'] as const satisfies readonly FiveElement[];
