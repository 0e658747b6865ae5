import { getJieDay } from '../astro/termInstants';
import { deities, deityOffsetByBranch, deityTypes, mansionLuck, mansionOffset, mansions, officers } from '../data/almanac.generated';
import { modFloor } from '../internal/math';
import { getDayRules } from '../almanac/ruleTables';
import { toLunarDate } from '../lunar/lunarDate';
import { fromEpochDay } from '../calendar/epochDay';
import { defaultFortuneModel } from './defaultFortuneModel';
import { NUMBER_WEIGHTS, TABLES, type FortuneModel } from './fortuneModel';
import { getElementReading, getElementRelations } from './getElementReading';
import { emptySlots, rangeMemo } from '../internal/memo';
import { findLunarMonth } from '../lunar/getLunarYear';
import { getMarketMoon } from './getMarketMoon';
import { getPillar } from '../names/stemsBranches';
import { fearGreedLabel } from './fearGreedLabel';
import type { ElementReading, ElementRelation, FearGreedWord, Fortune, FortuneFactor, FortuneFactorKey, FortuneFactorLabel, TrendLabel } from './types';

/** What the model reads of a day: its almanac items (the "model's input"). @internal */
export interface FortuneInput {
  readonly yi: readonly string[];
  readonly ji: readonly string[];
  readonly officer: string;
  readonly deityType: '黄道' | '黑道';
  readonly deityName: string;
  readonly stemRelation: ElementRelation;
  readonly branchRelation: ElementRelation;
  readonly lunarDay: number;
  readonly mansionName: string;
  readonly mansionLuck: '吉' | '凶';
  /** The fear-and-greed index, when the caller gives one. */
  readonly sentiment?: number | undefined;
}

const NOTHING_FAVOURABLE = '诸事不宜';

function tradeIn(list: readonly string[], model: FortuneModel): string[] {
  return list.filter((name) => model.tradeActivities.includes(name)).slice(0, model.weights.tradeCap);
}

/** How many of a list's activities are trade activities, at most the model's cap (the length of {@link tradeIn}). */
function countTradeIn(list: readonly string[], model: FortuneModel): number {
  let count = 0;
  for (let i = 0; i < list.length; i++) if (model.tradeActivities.includes(list[i] as string)) count++;
  return Math.min(count, Math.max(0, model.weights.tradeCap));
}

/**
 * The weights of the first seven factors of a day (the cell's: trade in 宜 and 忌, 诸事不宜, 建除,
 * 黄黑道, the two element relations), the one definition that {@link getFortuneFactors} writes
 * out and the monthly means sum without building the factors. `+ 0` turns a −0 (0 activities ×
 * a negative weight) into 0, which JSON keeps.
 */
function getCellWeights(input: FortuneInput, model: FortuneModel): readonly [number, number, number, number, number, number, number] {
  const w = model.weights;
  const nothing = input.yi.includes(NOTHING_FAVOURABLE) || input.ji.includes(NOTHING_FAVOURABLE);
  return [
    countTradeIn(input.yi, model) * w.tradeInYi + 0,
    countTradeIn(input.ji, model) * w.tradeInJi + 0,
    (nothing ? w.nothingFavourable : 0) + 0,
    w.officer[input.officer as keyof FortuneModel['weights']['officer']] + 0,
    w.deity[input.deityType] + 0,
    w.element[input.stemRelation] + 0,
    w.element[input.branchRelation] + 0,
  ];
}

// `+ 0` turns a -0 (0 activities × a negative weight) into 0, which JSON keeps.
const factor = (key: FortuneFactorKey, label: FortuneFactorLabel, weight: number, detail: string): FortuneFactor => Object.freeze({ key, label, weight: weight + 0, detail });

/** The moon factor of a lunar day under a model (the eighth of {@link getFortuneFactors}). */
function getMoonFactorOf(model: FortuneModel, lunarDay: number): FortuneFactor {
  const moon = getMarketMoon(lunarDay);
  return factor('moon', '月相', model.weights.moon[moon], moon);
}

/** The mansion factor of a day under a model (the ninth of {@link getFortuneFactors}). */
function getMansionFactorOf(model: FortuneModel, luck: '吉' | '凶', name: string): FortuneFactor {
  return factor('mansion', '星宿', model.weights.mansion[luck], name);
}

/** The sentiment factor of a fear-and-greed index under a model (the tenth of {@link getFortuneFactors}, when given). */
function getSentimentFactorOf(model: FortuneModel, sentiment: number): FortuneFactor {
  const word = fearGreedLabel(sentiment);
  return factor('sentiment', '市场情绪', model.weights.sentiment[word], word);
}

/** The factors of a day under a model; the clamped sum of their weights is the score. @internal */
export function getFortuneFactors(input: FortuneInput, model: FortuneModel, elementTexts?: readonly [string, string]): FortuneFactor[] {
  const yiTrade = tradeIn(input.yi, model);
  const jiTrade = tradeIn(input.ji, model);
  const nothing = input.yi.includes(NOTHING_FAVOURABLE) || input.ji.includes(NOTHING_FAVOURABLE);
  const cellWeights = getCellWeights(input, model);
  const factors = [
    factor('trade-yi', '宜交易', cellWeights[0], yiTrade.join(',')),
    factor('trade-ji', '忌交易', cellWeights[1], jiTrade.join(',')),
    factor('nothing-favourable', NOTHING_FAVOURABLE, cellWeights[2], nothing ? NOTHING_FAVOURABLE : ''),
    factor('officer', '建除', cellWeights[3], input.officer),
    factor('deity', '黄黑道', cellWeights[4], input.deityName),
    factor('element-stem', '日干五行', cellWeights[5], elementTexts?.[0] ?? ''),
    factor('element-branch', '日支五行', cellWeights[6], elementTexts?.[1] ?? ''),
    getMoonFactorOf(model, input.lunarDay),
    getMansionFactorOf(model, input.mansionLuck, input.mansionName),
  ];
  if (input.sentiment !== undefined) factors.push(getSentimentFactorOf(model, input.sentiment));
  return factors;
}

/** The clamped sum of the factors' weights. @internal */
export function sumToScore(factors: readonly FortuneFactor[]): number {
  const sum = factors.reduce((total, f) => total + f.weight, 0);
  return Math.max(-10, Math.min(10, sum));
}

/**
 * What a model gives the parts of a day, memoised: the factors of each (month branch, day pillar)
 * cell (trade in 宜 and 忌, 诸事不宜, 建除, 黄黑道, the two element relations) with their sum,
 * the moon factor of each lunar day, the mansion factor of each mansion, and the total daily score
 * of each solar month (for the means that the trends compare, under the model's own thresholds,
 * which the memo does not depend on). A day's fortune is then a few lookups and one fresh object.
 * Each part is built by {@link getFortuneFactors}, the one definition of the factors. Same value
 * every time: the memo is unobservable but for speed, and bounded (720 + 30 + 28 parts; the
 * trends, a byte a solar month, are memoised per model and thresholds: {@link getTrends}).
 */
interface ModelMemo {
  readonly model: FortuneModel;
  readonly cells: ({ readonly factors: readonly FortuneFactor[]; readonly sum: number; readonly elements: ElementReading } | undefined)[];
  readonly moons: (FortuneFactor | undefined)[];
  readonly mansions: (FortuneFactor | undefined)[];
  /** The sum of each cell's factors' weights (−128 until computed), for the monthly means, which need no factors. */
  readonly sums: Int8Array;
  /** The sentiment factor of each word of {@link fearGreedLabel}. */
  readonly sentiments: Partial<Record<FearGreedWord, FortuneFactor>>;
}

/** The solar months of the years FIRST_YEAR − 1 … LAST_YEAR + 1 (each trend memo holds them). */
const FIRST_SOLAR_MONTH = -8664; // (FIRST_YEAR − 1) · 12
const LAST_SOLAR_MONTH = 120011; // (LAST_YEAR + 2) · 12 − 1

function memoOf(model: FortuneModel): ModelMemo {
  const memo: ModelMemo = {
    model, cells: emptySlots(720), sums: new Int8Array(720).fill(-128), moons: emptySlots(30), mansions: emptySlots(28), sentiments: {},
  };
  return memo;
}

// The library's own model keeps one memo; a custom model is matched by the content of what the
// memo depends on (not by object identity, so a caller's model object that changed between calls
// never gets stale parts) against the MAX_CUSTOM_MODELS used last.
const defaultMemo = /* @__PURE__ */ memoOf(defaultFortuneModel);
const customMemos: ModelMemo[] = [];
const MAX_CUSTOM_MODELS = 16;

/**
 * Whether two models give every day the same calendar-only factors: the same trade activities and
 * calendar weights (the version, the sentiment weights and the trend thresholds do not count).
 * Tables that a model did not change are the default's own objects, so most checks are identities.
 */
function haveSameMeans(a: FortuneModel, b: FortuneModel): boolean {
  const ta = a.tradeActivities;
  const tb = b.tradeActivities;
  if (ta !== tb && (ta.length !== tb.length || ta.some((name, i) => name !== tb[i]))) return false;
  const x = a.weights as unknown as Readonly<Record<string, number | Readonly<Record<string, number>>>>;
  const y = b.weights as unknown as typeof x;
  if (x === y) return true;
  if (NUMBER_WEIGHTS.some((key) => x[key] !== y[key])) return false;
  return TABLES.every(([key, , keys]) => {
    const p = x[key] as Readonly<Record<string, number>>;
    const q = y[key] as Readonly<Record<string, number>>;
    return key === 'sentiment' || p === q || keys.every((k) => p[k] === q[k]);
  });
}

/** The memo of each model object seen last (validated models are frozen: their memo cannot go stale). */
const memoByModel = /* @__PURE__ */ new WeakMap<FortuneModel, ModelMemo>();

/** The memo of a model. */
function getModelMemo(model: FortuneModel): ModelMemo {
  if (model === defaultFortuneModel) return defaultMemo;
  const known = memoByModel.get(model);
  // Still among the models kept (a memo evicted from the list is matched again by content).
  if (known !== undefined && (known === defaultMemo || customMemos[0] === known)) return known;
  const memo = findModelMemo(model);
  memoByModel.set(model, memo);
  return memo;
}

/** The memo of a model's content: the default's, or one of the custom models used last. */
function findModelMemo(model: FortuneModel): ModelMemo {
  if (haveSameMeans(model, defaultFortuneModel)) return defaultMemo;
  const index = customMemos.findIndex((entry) => haveSameMeans(entry.model, model));
  const entry = index === -1 ? memoOf(model) : (customMemos.splice(index, 1)[0] as ModelMemo);
  customMemos.unshift(entry); // the most recently used first
  if (customMemos.length > MAX_CUSTOM_MODELS) customMemos.pop();
  return entry;
}

/** What the model reads of cell `monthBranch * 60 + dayPillar` (the lunar day and mansion are the moon's and mansion's factors'). */
function getCellInput(monthBranch: number, dayPillar: number): FortuneInput {
  const dayBranch = dayPillar % 12;
  const [yi, ji] = getDayRules(monthBranch, dayPillar);
  const deityIndex = (dayBranch + (deityOffsetByBranch[monthBranch] as number)) % 12;
  const [stemRelation, branchRelation] = getElementRelations(dayPillar % 10, dayBranch, monthBranch);
  return {
    yi, ji, officer: officers[modFloor(dayBranch - monthBranch, 12)] as string,
    deityType: deityTypes[deityIndex] as FortuneInput['deityType'], deityName: deities[deityIndex] as string,
    stemRelation, branchRelation, lunarDay: 1, mansionName: '', mansionLuck: '吉',
  };
}

/** The factors of cell `monthBranch * 60 + dayPillar`, the first seven of the day's. */
function getCell(memo: ModelMemo, monthBranch: number, dayPillar: number): NonNullable<ModelMemo['cells'][number]> {
  const cell = monthBranch * 60 + dayPillar;
  const hit = memo.cells[cell];
  if (hit !== undefined) return hit;
  const elements = getElementReading(dayPillar % 10, dayPillar % 12, monthBranch);
  const [stemText = '', branchText = ''] = elements.text.split(',');
  // The cell's list is internal (a plain array: the engine reads a frozen array's elements several times slower); its factors are frozen.
  const factors = getFortuneFactors(getCellInput(monthBranch, dayPillar), memo.model, [stemText, branchText]).slice(0, 7);
  const part = Object.freeze({ factors, sum: factors.reduce((total, f) => total + f.weight, 0), elements });
  memo.cells[cell] = part;
  return part;
}

/** The sum of the weights of cell `monthBranch * 60 + dayPillar`'s factors (its `sum`), without building them. */
function getCellSum(memo: ModelMemo, monthBranch: number, dayPillar: number): number {
  const cell = monthBranch * 60 + dayPillar;
  const known = memo.sums[cell] as number;
  if (known !== -128) return known;
  const sum = getCellWeights(getCellInput(monthBranch, dayPillar), memo.model).reduce((total, weight) => total + weight, 0);
  memo.sums[cell] = sum;
  return sum;
}

/** The moon factor of a lunar day (1–30). */
function getMoonFactor(memo: ModelMemo, lunarDay: number): FortuneFactor {
  return (memo.moons[lunarDay - 1] ??= getMoonFactorOf(memo.model, lunarDay));
}

/** The mansion factor of mansion `mansion` (0–27, 角 first). */
function getMansionFactor(memo: ModelMemo, mansion: number): FortuneFactor {
  return (memo.mansions[mansion] ??= getMansionFactorOf(memo.model, mansionLuck[mansion] as FortuneInput['mansionLuck'], mansions[mansion] as string));
}

/** The calendar-only score of a day (no sentiment): the clamped sum of its cell, moon and mansion factors. */
function getCalendarScore(memo: ModelMemo, epochDay: number, lunarDay: number, monthBranch: number, dayPillar: number): number {
  const sum = getCellSum(memo, monthBranch, dayPillar) + getMoonFactor(memo, lunarDay).weight + getMansionFactor(memo, modFloor(epochDay + mansionOffset, 28)).weight;
  return Math.max(-10, Math.min(10, sum));
}

/** The calendar-only score of a day under `model` (no sentiment), as `fortune(date, { model }).score` gives it, from the memo. @internal */
export function getDayScore(model: FortuneModel, epochDay: number, lunarDay: number, monthBranch: number, dayPillar: number): number {
  return getCalendarScore(getModelMemo(model), epochDay, lunarDay, monthBranch, dayPillar);
}

/** The day of the 节 that opens a solar month. */
function jieDay(solarMonth: number): number {
  return getJieDay(Math.floor(solarMonth / 12), modFloor(solarMonth, 12));
}

/**
 * Total calendar-only score over the days of a solar month (its 节 day up to the day before the
 * next 节): the lunar month of its first day is looked up, then the next when a day leaves it.
 */
function computeTotal(memo: ModelMemo, solarMonth: number): number {
  const first = jieDay(solarMonth);
  const end = jieDay(solarMonth + 1);
  const monthBranch = modFloor(solarMonth + 1, 12); // 小寒 (j = 0) opens the 丑 month
  let month = findLunarMonth(first, fromEpochDay(first).year);
  let total = 0;
  for (let day = first; day < end; day++) {
    if (day >= month.firstDay + month.days) month = findLunarMonth(day, fromEpochDay(day).year);
    total += getCalendarScore(memo, day, day - month.firstDay + 1, monthBranch, modFloor(day + 17, 60));
  }
  return total;
}

/** Mean calendar-only score over the days of a solar month (an integer total over its days: the weights are integers). */
function getMean(memo: ModelMemo, solarMonth: number): number {
  return computeTotal(memo, solarMonth) / (jieDay(solarMonth + 1) - jieDay(solarMonth));
}

/**
 * Mean calendar-only score over the days of a solar month under a model, as the trends read it
 * (summed walking the days and their lunar months, from each cell's sum of weights); with
 * `fresh`, computed day by day from each day's lunar date and its cell's factors (for tests of
 * the memo). @internal
 */
export function getMonthlyMean(solarMonth: number, model: FortuneModel, fresh = false): number {
  const memo = getModelMemo(model);
  if (!fresh) return getMean(memo, solarMonth);
  const first = jieDay(solarMonth);
  const end = jieDay(solarMonth + 1);
  let total = 0;
  for (let day = first; day < end; day++) {
    // From the built factors of each day's cell (the memoised path sums their weights without them).
    const cell = getCell(memo, modFloor(solarMonth + 1, 12), modFloor(day + 17, 60));
    const sum = cell.sum + getMoonFactor(memo, toLunarDate(day, fromEpochDay(day).year).day).weight + getMansionFactor(memo, modFloor(day + mansionOffset, 28)).weight;
    total += Math.max(-10, Math.min(10, sum));
  }
  return total / (end - first);
}

const TRENDS: readonly TrendLabel[] = ['强势上涨', '震荡偏多', '横盘震荡', '震荡偏空', '强势下跌'];

/**
 * The trend step of a solar month, as an index in {@link TRENDS}: how much its mean daily score
 * rose or fell from the previous solar month's, against the model's thresholds.
 */
function computeTrendIndex(memo: ModelMemo, thresholds: FortuneModel['trend'], solarMonth: number): number {
  const change = getMean(memo, solarMonth) - getMean(memo, solarMonth - 1);
  if (change >= thresholds.strongBull) return 0;
  if (change >= thresholds.bull) return 1;
  if (change > thresholds.bear) return 2;
  if (change > thresholds.strongBear) return 3;
  return 4;
}

/** The trends of each solar month under one set of thresholds, on the means of one memo. */
interface TrendMemo {
  readonly memo: ModelMemo;
  readonly thresholds: FortuneModel['trend'];
  readonly trends: (solarMonth: number) => number;
}

/**
 * The trend memos used last, the most recent first, at most {@link MAX_TREND_MEMOS} (a byte a
 * solar month each, 129 KB for the whole range): the means are shared by the models that have
 * them, the thresholds (frozen, from a validated model) are compared by identity, then by value.
 */
const trendMemos: TrendMemo[] = [];
const MAX_TREND_MEMOS = 8;

function getTrends(memo: ModelMemo, thresholds: FortuneModel['trend']): (solarMonth: number) => number {
  const last = trendMemos[0];
  if (last !== undefined && last.memo === memo && last.thresholds === thresholds) return last.trends;
  const index = trendMemos.findIndex((entry) => entry.memo === memo && TREND_KEYS.every((key) => entry.thresholds[key] === thresholds[key]));
  // A match by value keeps its trends under the thresholds object asked for now, so that the
  // next call with the same object is answered by identity.
  const trends = index === -1
    ? rangeMemo(FIRST_SOLAR_MONTH, LAST_SOLAR_MONTH, (solarMonth) => computeTrendIndex(memo, thresholds, solarMonth), Int8Array, 8)
    : (trendMemos.splice(index, 1)[0] as TrendMemo).trends;
  const entry: TrendMemo = { memo, thresholds, trends };
  trendMemos.unshift(entry);
  if (trendMemos.length > MAX_TREND_MEMOS) trendMemos.pop();
  return trends;
}

const TREND_KEYS = ['strongBull', 'bull', 'bear', 'strongBear'] as const;

/** The trend step of a solar month under a model, memoised. @internal */
export function getTrend(solarMonth: number, model: FortuneModel): TrendLabel {
  return TRENDS[getTrends(getModelMemo(model), model.trend)(solarMonth)] as TrendLabel;
}

/**
 * The whole fortune of a day from its calendar position: the solar month (its number since 小寒
 * of year 0, as getSolarMonthNumber counts), the month and day pillar indices, the lunar day and
 * the epoch day (for the mansion). @internal
 */
export function computeFortune(
  model: FortuneModel, sentiment: number | undefined, solarMonth: number, monthPillar: number, dayPillar: number, lunarDay: number, epochDay: number,
): Fortune {
  const memo = getModelMemo(model);
  const cell = getCell(memo, monthPillar % 12, dayPillar);
  const moon = getMoonFactor(memo, lunarDay);
  const mansion = getMansionFactor(memo, modFloor(epochDay + mansionOffset, 28));
  const f = cell.factors as readonly [FortuneFactor, FortuneFactor, FortuneFactor, FortuneFactor, FortuneFactor, FortuneFactor, FortuneFactor];
  let sum = cell.sum + moon.weight + mansion.weight;
  let factors: FortuneFactor[];
  if (sentiment === undefined) factors = [f[0], f[1], f[2], f[3], f[4], f[5], f[6], moon, mansion];
  else {
    const last = getSentimentFactor(memo, sentiment);
    factors = [f[0], f[1], f[2], f[3], f[4], f[5], f[6], moon, mansion, last];
    sum += last.weight;
  }
  return Object.freeze({
    score: Math.max(-10, Math.min(10, sum)),
    factors: Object.freeze(factors),
    month: getMonthRecord(monthPillar, getTrends(memo, model.trend)(solarMonth)),
    moon: getMarketMoon(lunarDay),
    elements: cell.elements,
    model: model.version,
  });
}

/** The sentiment factor of a fear-and-greed index: one per word of {@link fearGreedLabel}, memoised per model. */
function getSentimentFactor(memo: ModelMemo, sentiment: number): FortuneFactor {
  return (memo.sentiments[fearGreedLabel(sentiment)] ??= getSentimentFactorOf(memo.model, sentiment));
}

/** The `{ pillar, trend }` records of a fortune's month by month pillar · 5 + trend, built on first use and shared: frozen, so no caller can tell. */
const monthRecords = /* @__PURE__ */ emptySlots<Fortune['month']>(300);

function getMonthRecord(monthPillar: number, trend: number): Fortune['month'] {
  return (monthRecords[monthPillar * 5 + trend] ??= Object.freeze({ pillar: getPillar(monthPillar).name, trend: TRENDS[trend] as TrendLabel }));
}
