import defaultModelJson from '../../data/fortune-model.json';
import { activityNames, officers } from '../data/almanac.generated';
import { rangeError, typeError } from '../internal/errors';
import { FEAR_GREED_WORDS, MARKET_MOONS } from './fortuneTerms';

/** Which activities count as trade, and the weight of every factor. See docs/fortune-model.md. */
export interface FortuneModel {
  /** Version of the model, e.g. `'1.0.0'`. */
  readonly version: string;
  /** Activities (宜/忌 entries) that count as trade-related. */
  readonly tradeActivities: readonly string[];
  /** The weights, all integers between −10 and 10. */
  readonly weights: {
    /** Per trade activity in 宜 (up to `tradeCap` of them). */
    readonly tradeInYi: number;
    /** Per trade activity in 忌 (up to `tradeCap` of them). */
    readonly tradeInJi: number;
    /** How many trade activities count at most, in each list (0–10). */
    readonly tradeCap: number;
    /** When 诸事不宜 stands in the day's lists. */
    readonly nothingFavourable: number;
    /** By 建除 officer: 建 除 满 平 定 执 破 危 成 收 开 闭. */
    readonly officer: Readonly<Record<string, number>>;
    /** By the day deity's type: 黄道, 黑道. */
    readonly deity: Readonly<Record<string, number>>;
    /** By element relation, applied to the day stem and to the day branch. */
    readonly element: Readonly<Record<string, number>>;
    /** By market moon phase. */
    readonly moon: Readonly<Record<string, number>>;
    /** By the mansion's luck: 吉, 凶. */
    readonly mansion: Readonly<Record<string, number>>;
    /** By fear-and-greed word, when `options.sentiment` is given. */
    readonly sentiment: Readonly<Record<string, number>>;
  };
  /**
   * Thresholds of the trend steps, `strongBull ≥ bull ≥ bear ≥ strongBear`, on the change of the
   * solar month's mean daily score from the previous solar month's.
   */
  readonly trend: {
    /** At or above: 强势上涨. */
    readonly strongBull: number;
    /** At or above: 震荡偏多. */
    readonly bull: number;
    /** Above this and below `bull`: 横盘震荡. */
    readonly bear: number;
    /** Above this and up to `bear`: 震荡偏空; at or below: 强势下跌. */
    readonly strongBear: number;
  };
}

const RELATIONS = ['same', 'generates', 'overcomes', 'generated', 'overcome'] as const;
const INTEGER = 'an integer between -10 and 10';

/** The weight tables of a model and their keys. */
const TABLES: readonly (readonly [string, () => readonly string[]])[] = [
  ['officer', () => officers], ['deity', () => ['黄道', '黑道']], ['element', () => RELATIONS],
  ['moon', () => MARKET_MOONS], ['mansion', () => ['吉', '凶']], ['sentiment', () => FEAR_GREED_WORDS],
];

function readObject(fn: string, what: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw typeError(fn, what, 'an object', value);
  return value as Record<string, unknown>;
}

/** A number that must be an integer (or, for thresholds, any finite number) within `min` … 10. */
function readNumber(fn: string, what: string, value: unknown, integer = true, min = -10): number {
  const expected = `${integer ? 'an integer' : 'a finite number'} between ${min} and 10`;
  if (typeof value !== 'number' || !(integer ? Number.isInteger(value) : Number.isFinite(value))) throw typeError(fn, what, expected, value);
  if (value < min || value > 10) throw rangeError(fn, what, expected, value);
  return value;
}

/** A table of weights with exactly the given keys, copied into a fresh frozen object; other keys (`__proto__` too) are refused. */
function readTable(fn: string, what: string, value: unknown, keys: readonly string[]): Readonly<Record<string, number>> {
  const o = readObject(fn, what, value);
  for (const key of Object.keys(o)) if (!keys.includes(key)) throw rangeError(fn, `${what} key`, `one of ${keys.join(', ')}`, key);
  const out: Record<string, number> = {};
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(o, key)) throw typeError(fn, `${what}.${key}`, INTEGER, undefined);
    out[key] = readNumber(fn, `${what}.${key}`, o[key]);
  }
  return Object.freeze(out);
}

/**
 * Validates a model (for instance parsed from untrusted JSON) and returns a fresh, frozen copy
 * that holds only the known fields. Every weight must be an integer between −10 and 10, so no
 * model can push a factor out of range; keys such as `__proto__` or `constructor` are refused,
 * never followed. @internal
 */
export function readFortuneModel(fn: string, input: unknown): FortuneModel {
  const o = readObject(fn, 'model', input);
  const version = o['version'];
  if (typeof version !== 'string' || version === '') throw typeError(fn, 'model.version', 'a non-empty string', version);
  const trade = o['tradeActivities'];
  if (!Array.isArray(trade)) throw typeError(fn, 'model.tradeActivities', 'an array of activity names', trade);
  trade.forEach((name: unknown, i) => {
    if (typeof name !== 'string' || !activityNames.includes(name)) throw rangeError(fn, `model.tradeActivities[${i}]`, 'one of the activities (see `activities`)', name);
  });
  const w = readObject(fn, 'model.weights', o['weights']);
  const weights: Record<string, unknown> = {};
  for (const key of ['tradeInYi', 'tradeInJi', 'nothingFavourable']) weights[key] = readNumber(fn, `model.weights.${key}`, w[key]);
  weights['tradeCap'] = readNumber(fn, 'model.weights.tradeCap', w['tradeCap'], true, 0);
  for (const [key, keys] of TABLES) weights[key] = readTable(fn, `model.weights.${key}`, w[key], keys());
  const t = readObject(fn, 'model.trend', o['trend']);
  const trend = Object.freeze({
    strongBull: readNumber(fn, 'model.trend.strongBull', t['strongBull'], false),
    bull: readNumber(fn, 'model.trend.bull', t['bull'], false),
    bear: readNumber(fn, 'model.trend.bear', t['bear'], false),
    strongBear: readNumber(fn, 'model.trend.strongBear', t['strongBear'], false),
  });
  if (!(trend.strongBull >= trend.bull && trend.bull >= trend.bear && trend.bear >= trend.strongBear)) {
    throw rangeError(fn, 'model.trend', 'ordered strongBull ≥ bull ≥ bear ≥ strongBear', JSON.stringify(trend));
  }
  return Object.freeze({ version, tradeActivities: Object.freeze([...(trade as string[])]), weights: Object.freeze(weights) as FortuneModel['weights'], trend });
}

let defaultModel: FortuneModel | undefined;

/** The library's model, `data/fortune-model.json`, validated once. @internal */
export function getDefaultFortuneModel(): FortuneModel {
  return (defaultModel ??= readFortuneModel('fortune', defaultModelJson));
}
