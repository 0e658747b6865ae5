import { activityNames, officers } from '../data/almanac.generated';
import type { Officer } from '../almanac/types';
import { rangeError, typeError } from '../internal/errors';
import { FEAR_GREED_WORDS, MARKET_MOONS } from './fortuneTerms';
import type { ElementRelation, FearGreedWord, MarketMoon } from './types';

/**
 * Which activities count as trade, and the weight of every factor: the shape of
 * `data/fortune-model.json` and of {@link defaultFortuneModel}. See docs/fortune-model.md.
 *
 * @example
 * const model: FortuneModel = { ...defaultFortuneModel, version: 'desk-1', weights: { ...defaultFortuneModel.weights, tradeInJi: -3 } };
 * fortune('2025-12-18', { model }).score // two trade activities in 忌: −6 instead of −4
 * //=> -6
 * @category Fortune
 * @since 0.3.0
 */
export interface FortuneModel {
  /** Version of the model, e.g. `'1.0.0'`; `Fortune.model` reports it. */
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
    readonly officer: Readonly<Record<Officer, number>>;
    /** By the day deity's type: 黄道, 黑道. */
    readonly deity: Readonly<Record<'黄道' | '黑道', number>>;
    /** By element relation, applied to the day stem and to the day branch. */
    readonly element: Readonly<Record<ElementRelation, number>>;
    /** By market moon phase. */
    readonly moon: Readonly<Record<MarketMoon, number>>;
    /** By the mansion's luck: 吉, 凶. */
    readonly mansion: Readonly<Record<'吉' | '凶', number>>;
    /** By fear-and-greed word, when `options.sentiment` is given. */
    readonly sentiment: Readonly<Record<FearGreedWord, number>>;
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

type Weights = FortuneModel['weights'];

/**
 * A model to merge onto {@link defaultFortuneModel}: any part of a {@link FortuneModel}, down to
 * a single weight. A field left out (or `undefined`) keeps the default's value; a weight table
 * (`officer`, `moon` …) merges key by key; `tradeActivities` replaces the list as a whole. Without
 * a `version`, the result reports the default's version with `+custom` (`'1.0.0+custom'`). A full
 * model, such as `data/fortune-model.json` parsed, is a model input too.
 *
 * @example
 * const model: FortuneModelInput = { weights: { tradeInYi: 3, officer: { 收: 0 } } };
 * const f = fortune('2025-12-22', { model }); // 宜 交易, 立券: 2 × 3 instead of 2 × 2
 * [f.score, f.model]
 * //=> [7, '1.0.0+custom']
 * @category Fortune
 * @since 0.4.0
 */
export interface FortuneModelInput {
  /** Version to report in `Fortune.model`; default: the default model's version with `+custom`. */
  readonly version?: string;
  /** Activities that count as trade, replacing the default's list (an empty list turns the trade factors off). */
  readonly tradeActivities?: readonly string[];
  /** Weights to change; a table merges key by key onto the default's. */
  readonly weights?: { readonly [K in keyof Weights]?: Weights[K] extends number ? number : Partial<Weights[K]> };
  /** Trend thresholds to change; after the merge they must still be ordered. */
  readonly trend?: Partial<FortuneModel['trend']>;
}

const RELATIONS = ['same', 'generates', 'overcomes', 'generated', 'overcome'] as const;
const INTEGER = 'an integer between -10 and 10';
const MODEL_KEYS = ['version', 'tradeActivities', 'weights', 'trend'];
/** The weights that are single numbers. @internal */
export const NUMBER_WEIGHTS = ['tradeInYi', 'tradeInJi', 'tradeCap', 'nothingFavourable'] as const;
const TREND_KEYS = ['strongBull', 'bull', 'bear', 'strongBear'] as const;

/** The weight tables of a model: key, path in messages, and their keys. @internal */
export const TABLES: readonly (readonly [keyof Weights, string, readonly string[]])[] = [
  ['officer', 'model.weights.officer', officers], ['deity', 'model.weights.deity', ['黄道', '黑道']],
  ['element', 'model.weights.element', RELATIONS], ['moon', 'model.weights.moon', MARKET_MOONS],
  ['mansion', 'model.weights.mansion', ['吉', '凶']], ['sentiment', 'model.weights.sentiment', FEAR_GREED_WORDS],
];
const WEIGHT_KEYS: readonly string[] = ['tradeInYi', 'tradeInJi', 'tradeCap', 'nothingFavourable', 'officer', 'deity', 'element', 'moon', 'mansion', 'sentiment'];

/** An own property only: nothing inherited (a polluted `Object.prototype` included) is ever read. */
function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** An object whose own keys are all among `keys`; any other key (`__proto__`, `constructor`, a typo) is refused, never followed. */
function readObject(fn: string, what: string, value: unknown, keys: readonly string[]): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw typeError(fn, what, 'an object', value);
  for (const key of Object.keys(value)) if (!keys.includes(key)) throw rangeError(fn, `${what} key`, `one of ${keys.join(', ')}`, key);
  return value as Record<string, unknown>;
}

/**
 * The number at `path.key`: an integer (or, for thresholds, any finite number) within `min` … 10;
 * `undefined` takes `base`, when there is one. (The field's name is only built for a message: a
 * model is read on every call.)
 */
function readNumber(fn: string, path: string, key: string, value: unknown, base: number | undefined, integer = true, min = -10): number {
  if (value === undefined && base !== undefined) return base;
  if (typeof value === 'number' && (integer ? Number.isInteger(value) : Number.isFinite(value)) && value >= min && value <= 10) return value;
  const expected = `${integer ? 'an integer' : 'a finite number'} between ${min} and 10`;
  const isNumber = typeof value === 'number' && (integer ? Number.isInteger(value) : Number.isFinite(value));
  throw (isNumber ? rangeError : typeError)(fn, `${path}.${key}`, expected, value);
}

/**
 * A table of weights with exactly the given keys, merged onto `base`'s: a fresh frozen object, or
 * `base`'s own table when nothing differs from it.
 */
function readTable(fn: string, path: string, value: unknown, keys: readonly string[], base: Readonly<Record<string, number>> | undefined): Readonly<Record<string, number>> {
  if (value === undefined && base !== undefined) return base;
  const o = readObject(fn, path, value, keys);
  const out: Record<string, number> = {};
  let same = base !== undefined;
  for (const key of keys) {
    const given = own(o, key);
    if (given === undefined && base === undefined) throw typeError(fn, `${path}.${key}`, INTEGER, undefined);
    const weight = readNumber(fn, path, key, given, base?.[key]);
    out[key] = weight;
    same &&= weight === base?.[key];
  }
  return same && base !== undefined ? base : Object.freeze(out);
}

let activitySet: ReadonlySet<string> | undefined;

function readTradeActivities(fn: string, value: unknown, base: readonly string[] | undefined): readonly string[] {
  const known = (activitySet ??= new Set(activityNames));
  if (!Array.isArray(value)) throw typeError(fn, 'model.tradeActivities', 'an array of activity names', value);
  const names: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const name: unknown = value[i];
    if (typeof name !== 'string' || !known.has(name)) throw rangeError(fn, `model.tradeActivities[${i}]`, 'one of the activities (see `activities`)', name);
    names.push(name);
  }
  return base !== undefined && names.length === base.length && names.every((name, i) => name === base[i]) ? base : Object.freeze(names);
}

/**
 * Validates a model (for instance parsed from untrusted JSON) and returns a fresh, deeply frozen
 * model that holds only the known fields. With `base`, `input` may be partial: what it leaves out
 * is taken from `base` (the version becomes `base.version + '+custom'` unless it names one);
 * without, every field is required. Every weight must be an integer between −10 and 10, so no
 * model can push a factor out of range; unknown keys, `__proto__` and `constructor` included, are
 * refused at every level, never followed, and only own properties are read. @internal
 */
export function readFortuneModel(fn: string, input: unknown, base?: FortuneModel): FortuneModel {
  const model = readModel(fn, input, base);
  validatedModels.add(model);
  return model;
}

/**
 * Every model this module has validated and frozen: such a model, passed again, needs no second
 * reading (it cannot have changed). A WeakSet, so it holds nothing a caller has let go of. The
 * set can only be added to here, never forged from outside.
 */
const validatedModels = /* @__PURE__ */ new WeakSet<object>();

/** Whether `model` is a model that {@link readFortuneModel} returned (the default included). @internal */
export function isValidatedModel(model: unknown): model is FortuneModel {
  return typeof model === 'object' && model !== null && validatedModels.has(model);
}

function readModel(fn: string, input: unknown, base?: FortuneModel): FortuneModel {
  const o = readObject(fn, 'model', input, MODEL_KEYS);
  const version = own(o, 'version') ?? (base === undefined ? undefined : `${base.version}+custom`);
  if (typeof version !== 'string' || version === '') throw typeError(fn, 'model.version', 'a non-empty string', version);
  const trade = own(o, 'tradeActivities');
  const tradeActivities = trade === undefined && base !== undefined ? base.tradeActivities : readTradeActivities(fn, trade, base?.tradeActivities);

  const w = own(o, 'weights');
  let weights: Weights;
  if (w === undefined && base !== undefined) {
    weights = base.weights;
  } else {
    const given = readObject(fn, 'model.weights', w, WEIGHT_KEYS);
    const out: Record<string, unknown> = {};
    for (const key of NUMBER_WEIGHTS) out[key] = readNumber(fn, 'model.weights', key, own(given, key), base?.weights[key], true, key === 'tradeCap' ? 0 : -10);
    for (const [key, path, keys] of TABLES) out[key] = readTable(fn, path, own(given, key), keys, base?.weights[key] as Readonly<Record<string, number>> | undefined);
    weights = Object.freeze(out) as Weights;
  }

  const t = own(o, 'trend');
  let trend: FortuneModel['trend'];
  if (t === undefined && base !== undefined) {
    trend = base.trend;
  } else {
    const given = readObject(fn, 'model.trend', t, TREND_KEYS);
    const out: Record<string, number> = {};
    for (const key of TREND_KEYS) out[key] = readNumber(fn, 'model.trend', key, own(given, key), base?.trend[key], false);
    trend = Object.freeze(out) as FortuneModel['trend'];
    if (!(trend.strongBull >= trend.bull && trend.bull >= trend.bear && trend.bear >= trend.strongBear)) {
      throw rangeError(fn, 'model.trend', 'ordered strongBull ≥ bull ≥ bear ≥ strongBear', JSON.stringify(trend));
    }
  }
  return Object.freeze({ version, tradeActivities, weights, trend });
}
