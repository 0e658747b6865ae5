/**
 * The fortune's types (issue 9, item 6): closed sets of values are literal unions, exported, and
 * cannot silently widen back to `string`. Checked by `npm run typecheck` (tsc reads test/); the
 * `@ts-expect-error` lines fail the typecheck if they ever compile.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  almanac, defaultFortuneModel, fearGreedLabel, fortune,
  type AlmanacOptions, type Branch, type ElementPart, type ElementReading, type ElementRelation, type FearGreedWord, type FiveElement,
  type Fortune, type FortuneFactor, type FortuneFactorKey, type FortuneFactorLabel, type FortuneModel, type FortuneModelInput,
  type FortuneOptions, type MarketMoon, type Stem, type TrendLabel,
} from '../../src/index';
import { FACTOR_KEYS, FACTOR_LABELS, FEAR_GREED_WORDS, FIVE_ELEMENTS, MARKET_MOONS, TREND_STEPS } from '../../src/fortune/fortuneTerms';

describe('fortune types', () => {
  const f = fortune('2025-12-18');

  it('name every closed set', () => {
    expectTypeOf<TrendLabel>().toEqualTypeOf<'强势上涨' | '震荡偏多' | '横盘震荡' | '震荡偏空' | '强势下跌'>();
    expectTypeOf<MarketMoon>().toEqualTypeOf<'筑底蓄势' | '温和上行' | '加速上涨' | '逼近高点' | '高位震荡' | '获利回吐' | '回调探底' | '底部反弹'>();
    expectTypeOf<FortuneFactorKey>().toEqualTypeOf<
      'trade-yi' | 'trade-ji' | 'nothing-favourable' | 'officer' | 'deity' | 'element-stem' | 'element-branch' | 'moon' | 'mansion' | 'sentiment'
    >();
    expectTypeOf<FortuneFactorLabel>().toEqualTypeOf<'宜交易' | '忌交易' | '诸事不宜' | '建除' | '黄黑道' | '日干五行' | '日支五行' | '月相' | '星宿' | '市场情绪'>();
    expectTypeOf<FearGreedWord>().toEqualTypeOf<'极恐' | '恐惧' | '中性' | '贪婪' | '极贪'>();
    expectTypeOf<FiveElement>().toEqualTypeOf<'木' | '火' | '土' | '金' | '水'>();
    expectTypeOf<ElementRelation>().toEqualTypeOf<'same' | 'generates' | 'overcomes' | 'generated' | 'overcome'>();
  });

  it('type the fields of a Fortune with them', () => {
    expectTypeOf(f).toEqualTypeOf<Fortune>();
    expectTypeOf(f.moon).toEqualTypeOf<MarketMoon>();
    expectTypeOf(f.month.trend).toEqualTypeOf<TrendLabel>();
    expectTypeOf(f.factors[0]!.key).toEqualTypeOf<FortuneFactorKey>();
    expectTypeOf(f.factors[0]!.label).toEqualTypeOf<FortuneFactorLabel>();
    expectTypeOf<FortuneFactor['weight']>().toEqualTypeOf<number>();
    expectTypeOf<FortuneFactor['detail']>().toEqualTypeOf<string>();
    expectTypeOf(f.elements).toEqualTypeOf<ElementReading>();
    expectTypeOf(f.elements.month).toEqualTypeOf<FiveElement>();
    expectTypeOf<ElementPart['element']>().toEqualTypeOf<FiveElement>();
    expectTypeOf<ElementPart['relation']>().toEqualTypeOf<ElementRelation>();
    expectTypeOf(f.elements.stem.name).toEqualTypeOf<Stem | Branch>();
    expectTypeOf(fearGreedLabel(17)).toEqualTypeOf<FearGreedWord>();
    expectTypeOf(almanac('2025-12-18').fortune).toEqualTypeOf<Fortune>();
  });

  it('refuse typos at compile time', () => {
    // @ts-expect-error - not a market moon: the comparison has no overlap
    void (f.moon === '不存在');
    // @ts-expect-error - not a trend label
    void (f.month.trend === '上涨');
    // @ts-expect-error - not a factor key (it is `trade-yi`)
    void f.factors.find((x) => x.key === 'trade_yi');
    // @ts-expect-error - not a fear-and-greed word
    void (fearGreedLabel(50) === '中立');
    // @ts-expect-error - not an element
    void (f.elements.month === '风');
  });
});

describe('model types', () => {
  it('type the default model as a deeply readonly FortuneModel with literal table keys', () => {
    expectTypeOf(defaultFortuneModel).toEqualTypeOf<FortuneModel>();
    expectTypeOf(defaultFortuneModel.weights.moon).toEqualTypeOf<Readonly<Record<MarketMoon, number>>>();
    expectTypeOf(defaultFortuneModel.weights.sentiment).toEqualTypeOf<Readonly<Record<FearGreedWord, number>>>();
    expectTypeOf(defaultFortuneModel.weights.element).toEqualTypeOf<Readonly<Record<ElementRelation, number>>>();
    expectTypeOf<keyof FortuneModel['weights']['officer']>().toEqualTypeOf<'建' | '除' | '满' | '平' | '定' | '执' | '破' | '危' | '成' | '收' | '开' | '闭'>();
    expectTypeOf<keyof FortuneModel['weights']['deity']>().toEqualTypeOf<'黄道' | '黑道'>();
    expectTypeOf<keyof FortuneModel['weights']['mansion']>().toEqualTypeOf<'吉' | '凶'>();
    expect(() => {
      // @ts-expect-error - readonly (and frozen: it throws in strict mode)
      defaultFortuneModel.weights.tradeInYi = 3;
    }).toThrow(TypeError);
  });

  it('accept a deep-partial model as FortuneModelInput, in fortune() and almanac()', () => {
    expectTypeOf<FortuneOptions['model']>().toEqualTypeOf<FortuneModelInput | undefined>();
    expectTypeOf<AlmanacOptions['model']>().toEqualTypeOf<FortuneModelInput | undefined>();
    expectTypeOf<AlmanacOptions['sentiment']>().toEqualTypeOf<number | undefined>();
    expectTypeOf({ weights: { tradeInYi: 3 } }).toExtend<FortuneModelInput>();
    expectTypeOf({ weights: { officer: { 收: 3 } }, trend: { bull: 0.2 } }).toExtend<FortuneModelInput>();
    expectTypeOf(defaultFortuneModel).toExtend<FortuneModelInput>();
    expectTypeOf<{}>().toExtend<FortuneModelInput>();
    const ok: FortuneModelInput = { version: 'mine-1', tradeActivities: ['交易'], weights: { moon: { 底部反弹: 2 } } };
    void ok;
    // @ts-expect-error - misspelt weight
    const typo: FortuneModelInput = { weights: { tradeInYI: 3 } };
    // @ts-expect-error - not an officer
    const officer: FortuneModelInput = { weights: { officer: { 开市: 1 } } };
    // @ts-expect-error - not a market moon
    const moon: FortuneModelInput = { weights: { moon: { 满月: 1 } } };
    // @ts-expect-error - a weight is a number
    const text: FortuneModelInput = { weights: { tradeInYi: '3' } };
    void [typo, officer, moon, text];
    // @ts-expect-error - the model is typed, not unknown (and refused at run time)
    expect(() => fortune('2025-12-18', { model: 42 })).toThrow(new TypeError('fortune: model must be an object, got 42'));
  });
});

describe('the run-time lists hold exactly the literal unions', () => {
  it('lists every value of each union once', () => {
    expectTypeOf<(typeof MARKET_MOONS)[number]>().toEqualTypeOf<MarketMoon>();
    expectTypeOf<(typeof FEAR_GREED_WORDS)[number]>().toEqualTypeOf<FearGreedWord>();
    expectTypeOf<(typeof FACTOR_KEYS)[number]>().toEqualTypeOf<FortuneFactorKey>();
    expectTypeOf<(typeof FACTOR_LABELS)[number]>().toEqualTypeOf<FortuneFactorLabel>();
    expectTypeOf<(typeof TREND_STEPS)[number]>().toEqualTypeOf<TrendLabel>();
    expectTypeOf<(typeof FIVE_ELEMENTS)[number]>().toEqualTypeOf<FiveElement>();
    for (const list of [MARKET_MOONS, FEAR_GREED_WORDS, FACTOR_KEYS, FACTOR_LABELS, TREND_STEPS, FIVE_ELEMENTS]) {
      expect(new Set<string>(list).size).toBe(list.length);
    }
  });
});
