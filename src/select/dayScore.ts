import { getDayRules } from '../almanac/ruleTables';
import { deityOffsetByBranch, deityTypes, mansionLuck, officers } from '../data/almanac.generated';
import { getFortuneFactors, type FortuneInput } from '../fortune/computeFortune';
import { fearGreedLabel } from '../fortune/fearGreedLabel';
import type { FortuneModel } from '../fortune/fortuneModel';
import { getElementRelations } from '../fortune/getElementReading';
import { getMarketMoon } from '../fortune/getMarketMoon';
import { modFloor } from '../internal/math';

/**
 * The fortune score of a day split by what it depends on (docs/fortune-model.md): the factors of
 * the day's table cell (trade activities of 宜/忌, 诸事不宜, 建除, 黄黑道, the elements), then the
 * moon (by lunar day), the mansion's luck, and the sentiment; the score is their clamped sum,
 * exactly as `computeFortune` adds them. @internal
 */
export interface ScoreParts {
  /**
   * The cell's part: its factors as `almanac().fortune` counts them, by the month of the day (the
   * 宜/忌 of the 节's day whatever `monthBoundary`, as `fortune()`).
   */
  readonly cell: (monthBranch: number, dayPillar: number) => number;
  /** The moon's weight by lunar day (index 1 … 30). */
  readonly moon: readonly number[];
  /** The largest moon weight. */
  readonly maxMoon: number;
  /** The weight of each mansion's luck, by mansion (0 = 角 … 27 = 轸). */
  readonly mansion: readonly number[];
  /** The sentiment's weight (0 without a sentiment). */
  readonly sentiment: number;
}

const WITHOUT_DAY_FACTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(['moon', 'mansion', 'sentiment']);

/** The parts of the score under `model`, with the sentiment if one is given. @internal */
export function getScoreParts(model: FortuneModel, sentiment: number | undefined): ScoreParts {
  const w = model.weights;
  const moon = [0];
  for (let day = 1; day <= 30; day++) moon.push(w.moon[getMarketMoon(day)]);
  const cell = (monthBranch: number, dayPillar: number): number => {
    const dayBranch = dayPillar % 12;
    const [yi, ji] = getDayRules(monthBranch, dayPillar);
    const [stemRelation, branchRelation] = getElementRelations(dayPillar % 10, dayBranch, monthBranch);
    const input: FortuneInput = {
      yi, ji,
      officer: officers[modFloor(dayBranch - monthBranch, 12)] as string,
      deityType: deityTypes[(dayBranch + (deityOffsetByBranch[monthBranch] as number)) % 12] as FortuneInput['deityType'],
      deityName: '',
      stemRelation, branchRelation,
      lunarDay: 1,
      mansionName: '',
      mansionLuck: '吉',
    };
    return getFortuneFactors(input, model).reduce((sum, f) => (WITHOUT_DAY_FACTORS.has(f.key) ? sum : sum + f.weight), 0);
  };
  return {
    cell,
    moon,
    maxMoon: Math.max(...moon.slice(1)),
    mansion: mansionLuck.map((luck) => w.mansion[luck]),
    sentiment: sentiment === undefined ? 0 : w.sentiment[fearGreedLabel(sentiment)],
  };
}

/** The clamped score, as `sumToScore`. @internal */
export function clampScore(sum: number): number {
  return Math.max(-10, Math.min(10, sum));
}
