import { almanac } from '../almanac/almanac';
import { rangeError, typeError } from '../internal/errors';
import type { DateInput, TimeZoneOptions } from '../types';
import { computeFortune } from './computeFortune';
import { getDefaultFortuneModel, readFortuneModel } from './fortuneModel';
import { getElementRelations } from './getElementReading';
import type { Fortune } from './types';

/** Options of {@link fortune}. */
export interface FortuneOptions extends TimeZoneOptions {
  /**
   * A model of your own, shaped like `data/fortune-model.json` (see docs/fortune-model.md). It may
   * come from untrusted JSON: it is validated field by field, every weight must be an integer
   * between −10 and 10, unknown keys (`__proto__`, `constructor` …) are refused, and the score is
   * clamped to −10 … +10 whatever the weights.
   */
  readonly model?: unknown;
  /**
   * A fear-and-greed index, 0–100, from the host's market data. It adds one factor, `sentiment`,
   * weighted by its word ({@link fearGreedLabel}); the default model reads it contrarian (fear
   * adds, greed subtracts). Without it the score depends on the calendar alone.
   */
  readonly sentiment?: number;
}

const FN = 'fortune';

/**
 * The heuristic "market fortune" of a day: an integer score from −10 to +10 that is the clamped
 * sum of named factors (trade activities in 宜 and 忌, 诸事不宜, the 建除 officer, 黄道/黑道, the
 * five-element relation of the day to the month, the moon, the mansion, and optionally market
 * sentiment), the trend of the solar month, the moon read as a market phase, and the element
 * reading. Deterministic and built only from the almanac (and the sentiment you pass): it is a
 * documented, versioned model — see docs/fortune-model.md — not a prediction.
 *
 * @param date - `'YYYY-MM-DD'`, `{ year, month, day }` or a `Date` (read in UTC+8 unless `options.timeZone` names a zone).
 * @param options - `model`, `sentiment`, `timeZone`.
 * @returns A frozen {@link Fortune}.
 * @throws {TypeError} If `date` or an option has the wrong type or shape (naming the model's field).
 * @throws {RangeError} If the date is out of range, or a model value or the sentiment is out of range.
 * @example
 * const f = fortune('2025-12-18');
 * [f.score, f.month.pillar, f.month.trend, f.moon, f.elements.text]
 * //=> [-4, '戊子', '震荡偏多', '底部反弹', '辛生水,酉金生水']
 * @example
 * fortune('2025-12-18').factors.filter((factor) => factor.weight !== 0).map((factor) => `${factor.label} ${factor.detail} ${factor.weight}`)
 * //=> ['忌交易 开市,交易 -4', '建除 收 -1', '黄黑道 明堂 1', '日干五行 辛生水 -1', '日支五行 酉金生水 -1', '月相 底部反弹 1', '星宿 斗 1']
 * @example
 * fortune('2025-12-18', { sentiment: 17 }).score // 极恐: the default model reads fear as contrarian
 * //=> -2
 * @category Fortune
 * @since 0.3.0
 */
export function fortune(date: DateInput, options?: FortuneOptions): Fortune {
  const day = almanac(date, options?.timeZone === undefined ? undefined : { timeZone: options.timeZone });
  const sentiment: unknown = options?.sentiment;
  if (sentiment !== undefined) {
    if (typeof sentiment !== 'number' || Number.isNaN(sentiment)) throw typeError(FN, 'options.sentiment', 'a number from 0 to 100', sentiment);
    if (sentiment < 0 || sentiment > 100) throw rangeError(FN, 'options.sentiment', 'a number from 0 to 100', sentiment);
  }
  if (options?.model === undefined && sentiment === undefined) return day.fortune;
  const model = options?.model === undefined ? getDefaultFortuneModel() : readFortuneModel(FN, options.model);
  const p = day.pillars;
  const [stemRelation, branchRelation] = getElementRelations(p.day.index % 10, p.day.index % 12, p.month.index % 12);
  const solarMonth = solarMonthOf(day.date, p.month.index);
  return computeFortune(
    {
      yi: day.yi, ji: day.ji, officer: day.officer, deityType: day.deity.type, deityName: day.deity.name, stemRelation, branchRelation,
      lunarDay: day.lunar.day, mansionName: day.mansion.name, mansionLuck: day.mansion.luck, sentiment: sentiment as number | undefined,
    },
    model, solarMonth, p.month.name, p.day.index, p.month.index % 12,
  );
}

/** The solar month number (year · 12 + j) of a day, from its date and month pillar. */
function solarMonthOf(iso: string, monthPillar: number): number {
  const year = Number(iso.slice(0, 4));
  const j = (monthPillar % 12 + 11) % 12; // 丑 (小寒) is j = 0
  // A 子 month that began at 大雪 of the previous year covers early January.
  return (j === 11 && iso.slice(5, 7) === '01' ? year - 1 : year) * 12 + j;
}
