import { toMoment } from '../input/toMoment';
import { getLunarDay } from '../lunar/lunarDate';
import { getDayPillarIndex, getMonthPillarIndex, getSolarMonthNumber } from '../pillars/getPillarIndices';
import { computeFortune } from './computeFortune';
import { readFortuneSettings } from './readFortuneSettings';
import type { DateInput, TimeZoneOptions } from '../types';
import type { FortuneModelInput } from './fortuneModel';
import type { Fortune } from './types';

/**
 * Options of {@link fortune}.
 * @category Fortune
 * @since 0.3.0
 */
export interface FortuneOptions extends TimeZoneOptions {
  /**
   * A model of your own, merged onto {@link defaultFortuneModel}: any part of one, down to a single
   * weight (`{ weights: { tradeInYi: 3 } }`), or a whole model shaped like `data/fortune-model.json`
   * (see docs/fortune-model.md, "Writing a custom model"). It may come from untrusted JSON: it is
   * validated field by field on every call, every weight must be an integer between −10 and 10,
   * unknown keys (a typo, `__proto__`, `constructor` …) are refused at every level, and the score
   * is clamped to −10 … +10 whatever the weights. Without a `version`, `Fortune.model` reports
   * the default's with `+custom`.
   */
  readonly model?: FortuneModelInput;
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
 * @param options - `model` (a partial model is merged onto {@link defaultFortuneModel}), `sentiment`, `timeZone` and `disambiguation`, `calendar`.
 * @returns A frozen {@link Fortune}.
 * @throws {TypeError} If `date` or an option has the wrong type or shape (naming the model's field).
 * @throws {RangeError} If the date is out of range, a model key is unknown, a model value or the sentiment is out of range, a trade activity is not one of `activities`, the trend thresholds are out of order, or `calendar`, `timeZone` or `disambiguation` has an unknown value.
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
 * @example
 * fortune('2025-12-22', { model: { weights: { tradeInYi: 3 } } }).score // 宜 交易, 立券: +6 instead of +4
 * //=> 7
 * @category Fortune
 * @since 0.3.0
 */
export function fortune(date: DateInput, options?: FortuneOptions): Fortune {
  const moment = toMoment(FN, date, options);
  const { model, sentiment } = readFortuneSettings(FN, options?.model, options?.sentiment);
  const solarMonth = getSolarMonthNumber(moment, false);
  const { epochDay } = moment;
  return computeFortune(model, sentiment, solarMonth, getMonthPillarIndex(solarMonth), getDayPillarIndex(epochDay), getLunarDay(epochDay, moment.year), epochDay);
}
