import type { Branch, Stem } from '../types';

/**
 * How the element of a day's stem or branch relates to the element that rules the month (五行生克).
 *
 * @example
 * fortune('2025-12-18').elements.stem.relation // 辛 (metal) generates the 子 month's water
 * //=> 'generates'
 * @category Fortune
 * @since 0.3.0
 */
export type ElementRelation = 'same' | 'generates' | 'overcomes' | 'generated' | 'overcome';

/**
 * The five elements (五行), in the order of the generating cycle: 木 wood, 火 fire, 土 earth, 金 metal, 水 water.
 *
 * @example
 * fortune('2025-12-18').elements.month // the 子 month is ruled by water
 * //=> '水'
 * @category Fortune
 * @since 0.4.0
 */
export type FiveElement = '木' | '火' | '土' | '金' | '水';

/**
 * The moon read as a market phase, by lunar day: 1–3 筑底蓄势, 4–7 温和上行, 8–11 加速上涨,
 * 12–14 逼近高点, 15–17 高位震荡, 18–21 获利回吐, 22–25 回调探底, 26–30 底部反弹.
 *
 * @example
 * fortune('2025-12-18').moon // lunar 十月廿九
 * //=> '底部反弹'
 * @category Fortune
 * @since 0.4.0
 */
export type MarketMoon = '筑底蓄势' | '温和上行' | '加速上涨' | '逼近高点' | '高位震荡' | '获利回吐' | '回调探底' | '底部反弹';

/**
 * The word of a fear-and-greed index ({@link fearGreedLabel}), from extreme fear to extreme greed.
 *
 * @example
 * fearGreedLabel(50)
 * //=> '中性'
 * @category Fortune
 * @since 0.4.0
 */
export type FearGreedWord = '极恐' | '恐惧' | '中性' | '贪婪' | '极贪';

/**
 * The stable identifier of a fortune factor, in the order of `Fortune.factors` (`sentiment` only
 * with `options.sentiment`).
 *
 * @example
 * fortune('2025-12-18', { sentiment: 50 }).factors.map((factor) => factor.key)
 * //=> ['trade-yi', 'trade-ji', 'nothing-favourable', 'officer', 'deity', 'element-stem', 'element-branch', 'moon', 'mansion', 'sentiment']
 * @category Fortune
 * @since 0.4.0
 */
export type FortuneFactorKey = 'trade-yi' | 'trade-ji' | 'nothing-favourable' | 'officer' | 'deity' | 'element-stem' | 'element-branch' | 'moon' | 'mansion' | 'sentiment';

/**
 * The Chinese label of a fortune factor, one per {@link FortuneFactorKey} (localizable).
 *
 * @example
 * fortune('2025-12-18', { sentiment: 50 }).factors.map((factor) => factor.label)
 * //=> ['宜交易', '忌交易', '诸事不宜', '建除', '黄黑道', '日干五行', '日支五行', '月相', '星宿', '市场情绪']
 * @category Fortune
 * @since 0.4.0
 */
export type FortuneFactorLabel = '宜交易' | '忌交易' | '诸事不宜' | '建除' | '黄黑道' | '日干五行' | '日支五行' | '月相' | '星宿' | '市场情绪';

/**
 * The element reading of one character of the day pillar against the month.
 *
 * @example
 * fortune('2025-12-18').elements.branch
 * //=> { name: '酉', element: '金', relation: 'generates' }
 * @category Fortune
 * @since 0.3.0
 */
export interface ElementPart {
  /** The stem or branch, e.g. `'辛'`. */
  readonly name: Stem | Branch;
  /** Its element, e.g. `'金'`. */
  readonly element: FiveElement;
  /** `generates`: it feeds the month's element (金生水); `overcomes`: it controls it (金克木);
   * `generated` / `overcome`: the month's element feeds / controls it; `same`: 比和. */
  readonly relation: ElementRelation;
}

/**
 * The five-element relation of the day stem and day branch to the element of the month branch.
 *
 * @example
 * fortune('2025-12-18').elements.text
 * //=> '辛生水,酉金生水'
 * @category Fortune
 * @since 0.3.0
 */
export interface ElementReading {
  /** The card's text, e.g. `'辛生水,酉金生水'`. */
  readonly text: string;
  /** Element of the month branch, e.g. `'水'` for 子. */
  readonly month: FiveElement;
  /** The day stem's relation. */
  readonly stem: ElementPart;
  /** The day branch's relation. */
  readonly branch: ElementPart;
}

/**
 * One term of the score: the sum of the weights, clamped to −10 … +10, is the score.
 *
 * @example
 * fortune('2025-12-18').factors[1]
 * //=> { key: 'trade-ji', label: '忌交易', weight: -4, detail: '开市,交易' }
 * @category Fortune
 * @since 0.3.0
 */
export interface FortuneFactor {
  /** Stable identifier: `trade-yi`, `trade-ji`, `nothing-favourable`, `officer`, `deity`, `element-stem`, `element-branch`, `moon`, `mansion`, `sentiment`. */
  readonly key: FortuneFactorKey;
  /** Chinese label, e.g. `'忌交易'` (localizable). */
  readonly label: FortuneFactorLabel;
  /** Its contribution to the score (an integer; may be 0). */
  readonly weight: number;
  /** What it saw, e.g. `'开市,交易'`, `'收'`, `'辛生水'` (localizable; `''` when nothing applied). */
  readonly detail: string;
}

/**
 * Five-step market trend of a solar month, from strongly bullish to strongly bearish:
 * 强势上涨, 震荡偏多, 横盘震荡, 震荡偏空, 强势下跌.
 *
 * @example
 * fortune('2025-12-18').month.trend
 * //=> '震荡偏多'
 * @category Fortune
 * @since 0.3.0
 */
export type TrendLabel = '强势上涨' | '震荡偏多' | '横盘震荡' | '震荡偏空' | '强势下跌';

/**
 * The heuristic market fortune of a day. Not a prediction: a versioned, explainable model of the almanac.
 *
 * @example
 * const f = fortune('2025-12-18');
 * [f.score, f.month, f.model]
 * //=> [-4, { pillar: '戊子', trend: '震荡偏多' }, '1.0.0']
 * @category Fortune
 * @since 0.3.0
 */
export interface Fortune {
  /** Integer score, −10 … +10: the clamped sum of the factors' weights. */
  readonly score: number;
  /** The terms that make up the score. */
  readonly factors: readonly FortuneFactor[];
  /** The solar month (节 to 节) that contains the day: its pillar and the trend of the model over all its days. */
  readonly month: {
    /** The month pillar, e.g. `'戊子'`. */
    readonly pillar: string;
    /** The trend step of the month. */
    readonly trend: TrendLabel;
  };
  /** The moon phase read as a market phase, e.g. `'底部反弹'` in the last days before the new moon. */
  readonly moon: MarketMoon;
  /** The five-element reading of the day pillar against the month. */
  readonly elements: ElementReading;
  /** Version of the model that produced the score: the model's `version`, or for a model that names none, the default's with `+custom` (`'1.0.0+custom'`). */
  readonly model: string;
}
