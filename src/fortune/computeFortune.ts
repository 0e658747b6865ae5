import { getJieDay } from '../astro/termInstants';
import { deities, deityOffsetByBranch, deityTypes, mansionLuck, mansionOffset, mansions, officers } from '../data/almanac.generated';
import { modFloor } from '../internal/math';
import { getDayRules } from '../almanac/ruleTables';
import { toLunarDate } from '../lunar/lunarDate';
import { fromEpochDay } from '../calendar/epochDay';
import { defaultFortuneModel } from './defaultFortuneModel';
import { NUMBER_WEIGHTS, TABLES, type FortuneModel } from './fortuneModel';
import { getElementReading, getElementRelations } from './getElementReading';
import { boundedMemo, type BoundedMemo } from '../internal/memo';
import { getMarketMoon } from './getMarketMoon';
import { fearGreedLabel } from './fearGreedLabel';
import type { ElementReading, ElementRelation, Fortune, FortuneFactor, FortuneFactorKey, FortuneFactorLabel, TrendLabel } from './types';

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

/** The factors of a day under a model; the clamped sum of their weights is the score. @internal */
export function getFortuneFactors(input: FortuneInput, model: FortuneModel, elementTexts?: readonly [string, string]): FortuneFactor[] {
  const w = model.weights;
  const yiTrade = tradeIn(input.yi, model);
  const jiTrade = tradeIn(input.ji, model);
  const nothing = input.yi.includes(NOTHING_FAVOURABLE) || input.ji.includes(NOTHING_FAVOURABLE);
  const moon = getMarketMoon(input.lunarDay);
  // `+ 0` turns a -0 (0 activities × a negative weight) into 0, which JSON keeps.
  const factor = (key: FortuneFactorKey, label: FortuneFactorLabel, weight: number, detail: string): FortuneFactor => Object.freeze({ key, label, weight: weight + 0, detail });
  const factors = [
    factor('trade-yi', '宜交易', yiTrade.length * w.tradeInYi, yiTrade.join(',')),
    factor('trade-ji', '忌交易', jiTrade.length * w.tradeInJi, jiTrade.join(',')),
    factor('nothing-favourable', NOTHING_FAVOURABLE, nothing ? w.nothingFavourable : 0, nothing ? NOTHING_FAVOURABLE : ''),
    factor('officer', '建除', w.officer[input.officer as keyof FortuneModel['weights']['officer']], input.officer),
    factor('deity', '黄黑道', w.deity[input.deityType], input.deityName),
    factor('element-stem', '日干五行', w.element[input.stemRelation], elementTexts?.[0] ?? ''),
    factor('element-branch', '日支五行', w.element[input.branchRelation], elementTexts?.[1] ?? ''),
    factor('moon', '月相', w.moon[moon], moon),
    factor('mansion', '星宿', w.mansion[input.mansionLuck], input.mansionName),
  ];
  if (input.sentiment !== undefined) {
    const word = fearGreedLabel(input.sentiment);
    factors.push(factor('sentiment', '市场情绪', w.sentiment[word], word));
  }
  return factors;
}

/** The clamped sum of the factors' weights. @internal */
export function sumToScore(factors: readonly FortuneFactor[]): number {
  const sum = factors.reduce((total, f) => total + f.weight, 0);
  return Math.max(-10, Math.min(10, sum));
}

/** The model's input for a day, from indices (no almanac object needed). @internal */
export function getFortuneInput(epochDay: number, gregorianYear: number, monthBranch: number, dayPillar: number): FortuneInput {
  const dayBranch = dayPillar % 12;
  const [yi, ji] = getDayRules(monthBranch, dayPillar);
  const deityIndex = (dayBranch + (deityOffsetByBranch[monthBranch] as number)) % 12;
  const [stemRelation, branchRelation] = getElementRelations(dayPillar % 10, dayBranch, monthBranch);
  const mansion = modFloor(epochDay + mansionOffset, 28);
  return {
    yi, ji,
    officer: officers[modFloor(dayBranch - monthBranch, 12)] as string,
    deityType: deityTypes[deityIndex] as FortuneInput['deityType'],
    deityName: '',
    stemRelation, branchRelation,
    lunarDay: toLunarDate(epochDay, gregorianYear).day,
    mansionName: '',
    mansionLuck: mansionLuck[mansion] as FortuneInput['mansionLuck'],
  };
}

/**
 * What a model gives the parts of a day, memoised: the factors of each (month branch, day pillar)
 * cell (trade in 宜 and 忌, 诸事不宜, 建除, 黄黑道, the two element relations) with their sum,
 * the moon factor of each lunar day, the mansion factor of each mansion, and the mean daily score of
 * each solar month. A day's fortune is then a few lookups and one fresh object. Each part is built
 * by {@link getFortuneFactors}, the one definition of the factors. Same value every time: the memo
 * is unobservable but for speed, and bounded (720 + 30 + 28 parts, one mean per solar month of the
 * range, the last 4,096 of them).
 */
interface ModelMemo {
  readonly model: FortuneModel;
  readonly cells: ({ readonly factors: readonly FortuneFactor[]; readonly sum: number; readonly elements: ElementReading } | undefined)[];
  readonly moons: (FortuneFactor | undefined)[];
  readonly mansions: (FortuneFactor | undefined)[];
  /** The mean of a solar month, the last 4,096 asked for (the months of 1900–2100 are 2,412). */
  readonly mean: BoundedMemo<number>;
}

function memoOf(model: FortuneModel): ModelMemo {
  const memo: ModelMemo = { model, cells: [], moons: [], mansions: [], mean: boundedMemo(4096, (solarMonth) => computeMean(memo, solarMonth)) };
  return memo;
}

// The library's own model keeps one memo; a custom model is matched by the content of what the
// memo depends on (not by object identity, so a caller's model object that changed between calls
// never gets stale parts) against the MAX_CUSTOM_MODELS used last.
const defaultMemo = memoOf(defaultFortuneModel);
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

/** The factors of cell `monthBranch * 60 + dayPillar`, the first seven of the day's. */
function getCell(memo: ModelMemo, monthBranch: number, dayPillar: number): NonNullable<ModelMemo['cells'][number]> {
  const cell = monthBranch * 60 + dayPillar;
  const hit = memo.cells[cell];
  if (hit !== undefined) return hit;
  const dayBranch = dayPillar % 12;
  const [yi, ji] = getDayRules(monthBranch, dayPillar);
  const deityIndex = (dayBranch + (deityOffsetByBranch[monthBranch] as number)) % 12;
  const [stemRelation, branchRelation] = getElementRelations(dayPillar % 10, dayBranch, monthBranch);
  const elements = getElementReading(dayPillar % 10, dayBranch, monthBranch);
  const [stemText = '', branchText = ''] = elements.text.split(',');
  const input: FortuneInput = {
    yi, ji, officer: officers[modFloor(dayBranch - monthBranch, 12)] as string,
    deityType: deityTypes[deityIndex] as FortuneInput['deityType'], deityName: deities[deityIndex] as string,
    stemRelation, branchRelation, lunarDay: 1, mansionName: '', mansionLuck: '吉',
  };
  const factors = Object.freeze(getFortuneFactors(input, memo.model, [stemText, branchText]).slice(0, 7));
  const part = Object.freeze({ factors, sum: factors.reduce((total, f) => total + f.weight, 0), elements });
  memo.cells[cell] = part;
  return part;
}

/** The moon factor of a lunar day (1–30). */
function getMoonFactor(memo: ModelMemo, lunarDay: number): FortuneFactor {
  return (memo.moons[lunarDay - 1] ??= getFortuneFactors({ ...CALENDAR_ONLY, lunarDay }, memo.model)[7] as FortuneFactor);
}

/** The mansion factor of mansion `mansion` (0–27, 角 first). */
function getMansionFactor(memo: ModelMemo, mansion: number): FortuneFactor {
  return (memo.mansions[mansion] ??= getFortuneFactors(
    { ...CALENDAR_ONLY, mansionName: mansions[mansion] as string, mansionLuck: mansionLuck[mansion] as FortuneInput['mansionLuck'] }, memo.model,
  )[8] as FortuneFactor);
}

/** A day's input with no cell, for the moon and mansion factors, which read nothing else. */
const CALENDAR_ONLY: FortuneInput = {
  yi: [], ji: [], officer: '建', deityType: '黄道', deityName: '', stemRelation: 'same', branchRelation: 'same', lunarDay: 1, mansionName: '', mansionLuck: '吉',
};

/** The calendar-only score of a day (no sentiment): the clamped sum of its cell, moon and mansion factors. */
function getCalendarScore(memo: ModelMemo, epochDay: number, lunarDay: number, monthBranch: number, dayPillar: number): number {
  const sum = getCell(memo, monthBranch, dayPillar).sum + getMoonFactor(memo, lunarDay).weight + getMansionFactor(memo, modFloor(epochDay + mansionOffset, 28)).weight;
  return Math.max(-10, Math.min(10, sum));
}

/** The calendar-only score of a day under `model` (no sentiment), as `fortune(date, { model }).score` gives it, from the memo. @internal */
export function getDayScore(model: FortuneModel, epochDay: number, lunarDay: number, monthBranch: number, dayPillar: number): number {
  return getCalendarScore(getModelMemo(model), epochDay, lunarDay, monthBranch, dayPillar);
}

/** Mean calendar-only score over the days of a solar month (its 节 day up to the day before the next 节). */
function computeMean(memo: ModelMemo, solarMonth: number): number {
  const jieDay = (m: number): number => getJieDay(Math.floor(m / 12), modFloor(m, 12));
  const first = jieDay(solarMonth);
  const end = jieDay(solarMonth + 1);
  const monthBranch = modFloor(solarMonth + 1, 12); // 小寒 (j = 0) opens the 丑 month
  let total = 0;
  for (let day = first; day < end; day++) {
    total += getCalendarScore(memo, day, toLunarDate(day, fromEpochDay(day).year).day, monthBranch, modFloor(day + 17, 60));
  }
  return total / (end - first);
}

/**
 * Mean calendar-only score over the days of a solar month under a model, memoised; with `fresh`,
 * computed afresh from the definition of the factors (for tests of the memo). @internal
 */
export function getMonthlyMean(solarMonth: number, model: FortuneModel, fresh = false): number {
  return fresh ? computeMean(memoOf(model), solarMonth) : getModelMemo(model).mean(solarMonth);
}

/**
 * The trend step of a solar month: how much its mean daily score rose or fell from the previous
 * solar month's, against the model's thresholds. @internal
 */
export function getTrend(solarMonth: number, model: FortuneModel): TrendLabel {
  const { mean } = getModelMemo(model);
  const change = mean(solarMonth) - mean(solarMonth - 1);
  const t = model.trend;
  if (change >= t.strongBull) return '强势上涨';
  if (change >= t.bull) return '震荡偏多';
  if (change > t.bear) return '横盘震荡';
  if (change > t.strongBear) return '震荡偏空';
  return '强势下跌';
}

/**
 * The whole fortune of a day from its calendar position: the solar month (its number since 小寒
 * of year 0, as getSolarMonthNumber counts), the month and day pillar indices, the lunar day and
 * the epoch day (for the mansion). @internal
 */
export function computeFortune(
  model: FortuneModel, sentiment: number | undefined, solarMonth: number, monthPillar: string, monthBranch: number, dayPillar: number, lunarDay: number, epochDay: number,
): Fortune {
  const memo = getModelMemo(model);
  const cell = getCell(memo, monthBranch, dayPillar);
  const moon = getMoonFactor(memo, lunarDay);
  const mansion = getMansionFactor(memo, modFloor(epochDay + mansionOffset, 28));
  const factors = [...cell.factors, moon, mansion];
  let sum = cell.sum + moon.weight + mansion.weight;
  if (sentiment !== undefined) {
    const last = getFortuneFactors({ ...CALENDAR_ONLY, sentiment }, model)[9] as FortuneFactor;
    factors.push(last);
    sum += last.weight;
  }
  return Object.freeze({
    score: Math.max(-10, Math.min(10, sum)),
    factors: Object.freeze(factors),
    month: Object.freeze({ pillar: monthPillar, trend: getTrend(solarMonth, model) }),
    moon: getMarketMoon(lunarDay),
    elements: cell.elements,
    model: model.version,
  });
}
