import { getJieDay } from '../astro/termInstants';
import { deityOffsetByBranch, deityTypes, mansionLuck, mansionOffset, officers } from '../data/almanac.generated';
import { modFloor } from '../internal/math';
import { getDayRules } from '../almanac/ruleTables';
import { toLunarDate } from '../lunar/lunarDate';
import { fromEpochDay } from '../calendar/epochDay';
import { defaultFortuneModel } from './defaultFortuneModel';
import { NUMBER_WEIGHTS, TABLES, type FortuneModel } from './fortuneModel';
import { getElementReading, getElementRelations } from './getElementReading';
import { getMarketMoon } from './getMarketMoon';
import { fearGreedLabel } from './fearGreedLabel';
import type { ElementRelation, Fortune, FortuneFactor, FortuneFactorKey, FortuneFactorLabel, TrendLabel } from './types';

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

// Mean daily score of each solar month, by model, computed once per month on first use: the
// library's own model keeps one entry per solar month of the range; a custom model is matched by
// the content of what the means depend on (not by object identity, so a caller's model object
// that changed between calls never gets stale means) against the MAX_CUSTOM_MODELS used last.
// Same value every time: the memo is unobservable but for speed.
const defaultMonthlyMeans = new Map<number, number>();
const customMonthlyMeans: { model: FortuneModel; means: Map<number, number> }[] = [];
const MAX_CUSTOM_MODELS = 16;

/**
 * Whether two models give every day the same calendar-only score: the same trade activities and
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

/** The monthly-means memo of a model. */
function getMonthlyMeans(model: FortuneModel): Map<number, number> {
  if (model === defaultFortuneModel || haveSameMeans(model, defaultFortuneModel)) return defaultMonthlyMeans;
  const index = customMonthlyMeans.findIndex((entry) => haveSameMeans(entry.model, model));
  const entry = index === -1 ? { model, means: new Map<number, number>() } : (customMonthlyMeans.splice(index, 1)[0] as (typeof customMonthlyMeans)[number]);
  customMonthlyMeans.unshift(entry); // the most recently used first
  if (customMonthlyMeans.length > MAX_CUSTOM_MODELS) customMonthlyMeans.pop();
  return entry.means;
}

/** Mean calendar-only score over the days of a solar month (its 节 day up to the day before the next 节), memoised in `means`. @internal */
export function getMonthlyMean(solarMonth: number, model: FortuneModel, means = getMonthlyMeans(model)): number {
  const cached = means.get(solarMonth);
  if (cached !== undefined) return cached;
  const jieDay = (m: number): number => getJieDay(Math.floor(m / 12), modFloor(m, 12));
  const first = jieDay(solarMonth);
  const end = jieDay(solarMonth + 1);
  const monthBranch = modFloor(solarMonth + 1, 12); // 小寒 (j = 0) opens the 丑 month
  let total = 0;
  for (let day = first; day < end; day++) {
    total += sumToScore(getFortuneFactors(getFortuneInput(day, fromEpochDay(day).year, monthBranch, modFloor(day + 17, 60)), model));
  }
  const mean = total / (end - first);
  means.set(solarMonth, mean);
  return mean;
}

/**
 * The trend step of a solar month: how much its mean daily score rose or fell from the previous
 * solar month's, against the model's thresholds. @internal
 */
export function getTrend(solarMonth: number, model: FortuneModel): TrendLabel {
  const means = getMonthlyMeans(model);
  const change = getMonthlyMean(solarMonth, model, means) - getMonthlyMean(solarMonth - 1, model, means);
  const t = model.trend;
  if (change >= t.strongBull) return '强势上涨';
  if (change >= t.bull) return '震荡偏多';
  if (change > t.bear) return '横盘震荡';
  if (change > t.strongBear) return '震荡偏空';
  return '强势下跌';
}

/** The whole fortune of a day from its model input and calendar position. @internal */
export function computeFortune(
  input: FortuneInput, model: FortuneModel, solarMonth: number, monthPillar: string, dayPillar: number, monthBranch: number,
): Fortune {
  const elements = getElementReading(dayPillar % 10, dayPillar % 12, monthBranch);
  const [stemText = '', branchText = ''] = elements.text.split(',');
  const factors = getFortuneFactors(input, model, [stemText, branchText]);
  return Object.freeze({
    score: sumToScore(factors),
    factors: Object.freeze(factors),
    month: Object.freeze({ pillar: monthPillar, trend: getTrend(solarMonth, model) }),
    moon: getMarketMoon(input.lunarDay),
    elements,
    model: model.version,
  });
}
