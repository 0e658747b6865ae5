/** How the element of a day's stem or branch relates to the element that rules the month (五行生克). */
export type ElementRelation = 'same' | 'generates' | 'overcomes' | 'generated' | 'overcome';

/** The element reading of one character of the day pillar against the month. */
export interface ElementPart {
  /** The stem or branch, e.g. `'辛'`. */
  readonly name: string;
  /** Its element, e.g. `'金'`. */
  readonly element: string;
  /** `generates`: it feeds the month's element (金生水); `overcomes`: it controls it (金克木);
   * `generated` / `overcome`: the month's element feeds / controls it; `same`: 比和. */
  readonly relation: ElementRelation;
}

/** The five-element relation of the day stem and day branch to the element of the month branch. */
export interface ElementReading {
  /** The card's text, e.g. `'辛生水,酉金生水'`. */
  readonly text: string;
  /** Element of the month branch, e.g. `'水'` for 子. */
  readonly month: string;
  /** The day stem's relation. */
  readonly stem: ElementPart;
  /** The day branch's relation. */
  readonly branch: ElementPart;
}

/** One term of the score: the sum of the weights, clamped to −10 … +10, is the score. */
export interface FortuneFactor {
  /** Stable identifier: `trade-yi`, `trade-ji`, `nothing-favourable`, `officer`, `deity`, `element-stem`, `element-branch`, `moon`, `mansion`, `sentiment`. */
  readonly key: string;
  /** Chinese label, e.g. `'忌交易'` (localizable). */
  readonly label: string;
  /** Its contribution to the score (an integer; may be 0). */
  readonly weight: number;
  /** What it saw, e.g. `'开市,交易'`, `'收'`, `'辛生水'` (localizable; `''` when nothing applied). */
  readonly detail: string;
}

/** Five-step market trend of a solar month, from strongly bullish to strongly bearish. */
export type TrendLabel = '强势上涨' | '震荡偏多' | '横盘震荡' | '震荡偏空' | '强势下跌';

/** The heuristic market fortune of a day. Not a prediction: a versioned, explainable model of the almanac. */
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
  readonly moon: string;
  /** The five-element reading of the day pillar against the month. */
  readonly elements: ElementReading;
  /** Version of the model that produced the score. */
  readonly model: string;
}
