/**
 * Custom fortune models (issue 9, item 4): the exported default, partial models merged onto it,
 * their validation, and `almanac(date, { model, sentiment })`.
 */
import { describe, expect, it } from 'vitest';
import { almanac, createFortuneModel, defaultFortuneModel, fortune, type FortuneModel, type FortuneModelInput } from '../../src/index';
import defaultModelJson from '../../data/fortune-model.json';
import { getMonthlyMean } from '../../src/fortune/computeFortune';
import { readFortuneModel } from '../../src/fortune/fortuneModel';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const CARD = '2025-12-18'; // score -4: 忌 开市,交易 (-4), 收 (-1), 明堂 (+1), 辛生水 (-1), 酉金生水 (-1), 底部反弹 (+1), 斗 (+1)
const TRADE_DAY = '2025-12-22'; // score 5: 宜 交易,立券 (+4)

/** Every object reachable from `value`, itself included. */
function objectsOf(value: unknown, out: object[] = []): object[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const child of Object.values(value)) objectsOf(child, out);
  }
  return out;
}

describe('defaultFortuneModel', () => {
  it('is data/fortune-model.json, deeply frozen', () => {
    expect(defaultFortuneModel).toEqual(defaultModelJson);
    const all = objectsOf(defaultFortuneModel);
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((o) => !Object.isFrozen(o))).toEqual([]);
    expect(() => { (defaultFortuneModel.weights as { tradeInYi: number }).tradeInYi = 5; }).toThrow(TypeError);
    expect(fortune(TRADE_DAY).score).toBe(5);
  });

  it('passed as a model gives the default results, version included', () => {
    for (const d of [CARD, TRADE_DAY, '1900-01-01', '2100-12-31']) {
      expect(fortune(d, { model: defaultFortuneModel })).toEqual(fortune(d));
      expect(almanac(d, { model: defaultFortuneModel })).toEqual(almanac(d));
    }
    expect(fortune(CARD, { model: defaultFortuneModel }).model).toBe('1.0.0');
  });

  it('spreads into a custom model', () => {
    const model: FortuneModel = { ...defaultFortuneModel, version: 'mine-1', weights: { ...defaultFortuneModel.weights, tradeInYi: 3 } };
    expect(fortune(TRADE_DAY, { model }).score).toBe(7);
    expect(fortune(TRADE_DAY, { model }).model).toBe('mine-1');
  });
});

describe('a partial model', () => {
  it('is merged onto the default: one weight is enough', () => {
    const f = fortune(TRADE_DAY, { model: { weights: { tradeInYi: 3 } } });
    expect(f.score).toBe(7);
    expect(f.factors.find((x) => x.key === 'trade-yi')).toEqual({ key: 'trade-yi', label: '宜交易', weight: 6, detail: '交易,立券' });
    expect(fortune(CARD, { model: { weights: { tradeInJi: -3 } } }).score).toBe(-6);
  });

  it('merges weight tables key by key', () => {
    const f = fortune(CARD, { model: { weights: { officer: { 收: 3 } } } });
    expect(f.score).toBe(0);
    expect(f.factors.find((x) => x.key === 'officer')?.weight).toBe(3);
    // The other officers keep their default weights: 开 on 2025-12-19 is still +2.
    expect(fortune('2025-12-19', { model: { weights: { officer: { 收: 3 } } } }).score).toBe(fortune('2025-12-19').score);
  });

  it('replaces the trade activities as a whole list', () => {
    expect(fortune(CARD, { model: { tradeActivities: ['交易'] } }).score).toBe(-2);
    expect(fortune(TRADE_DAY, { model: { tradeActivities: [] } }).score).toBe(1);
  });

  it('merges trend thresholds one by one, and they must stay ordered', () => {
    // 戊子 2025-12 rose +0.14 on 丁亥: 震荡偏多 by default, 横盘震荡 once `bull` is above 0.14.
    expect(fortune(CARD, { model: { trend: { bull: 0.2 } } }).month.trend).toBe('横盘震荡');
    expect(() => fortune(CARD, { model: { trend: { bull: 0.7 } } })).toThrow(
      new RangeError('fortune: model.trend must be ordered strongBull ≥ bull ≥ bear ≥ strongBear, got "{\\"strongBull\\":0.6,\\"bull\\":0.7,\\"bear\\":-0.1,\\"strongBear\\":-0.6}"'),
    );
  });

  it('reports the default version with +custom unless it names its own', () => {
    expect(fortune(CARD, { model: { weights: { tradeInYi: 3 } } }).model).toBe('1.0.0+custom');
    expect(fortune(CARD, { model: {} }).model).toBe('1.0.0+custom');
    expect(fortune(CARD, { model: { version: 'desk-2', weights: { tradeInYi: 3 } } }).model).toBe('desk-2');
  });

  it('with the same weights as the default scores exactly like it', () => {
    expect({ ...fortune(CARD, { model: {} }), model: '1.0.0' }).toEqual(fortune(CARD));
    expect({ ...fortune(CARD, { model: { weights: { officer: { 收: -1 } } } }), model: '1.0.0' }).toEqual(fortune(CARD));
  });

  it('is read afresh on every call (changing it between calls changes the result), and never mutated', () => {
    const model = { weights: { tradeInJi: -3 } };
    expect(fortune(CARD, { model }).score).toBe(-6);
    model.weights.tradeInJi = -1;
    expect(fortune(CARD, { model }).score).toBe(-2);
    expect(model).toEqual({ weights: { tradeInJi: -1 } });
    const table = { officer: { 收: 2 } };
    expect(fortune(CARD, { model: { weights: table } }).score).toBe(-1);
    table.officer.收 = -2;
    expect(fortune(CARD, { model: { weights: table } }).score).toBe(-5);
  });

  it('changes the month trend only through calendar weights, with its own monthly means', () => {
    // Weights that favour 收 and 闭 days move the monthly means, hence possibly the trend; the
    // result must be the same whether or not other models were used in between.
    const model: FortuneModelInput = { weights: { officer: { 收: 5, 闭: 5, 开: -5 } } };
    const first = [CARD, '2026-01-10', '2026-02-10'].map((d) => fortune(d, { model }).month.trend);
    for (let i = 0; i < 40; i++) fortune(CARD, { model: { weights: { tradeCap: i % 5 } } });
    expect([CARD, '2026-01-10', '2026-02-10'].map((d) => fortune(d, { model }).month.trend)).toEqual(first);
    expect(fortune(CARD, { model: { weights: { sentiment: { 极恐: 5 } } } }).month).toEqual(fortune(CARD).month);
  });
});

describe('the memo of monthly means', () => {
  it('never serves one model the means of another (checked against means computed afresh)', () => {
    const inputs: FortuneModelInput[] = [
      {}, { weights: { officer: { 收: 5 } } }, { weights: { officer: { 收: -5 } } }, { weights: { sentiment: { 极恐: 5 } } },
      { tradeActivities: ['交易'] }, { weights: { tradeCap: 1 } }, { weights: { moon: { 底部反弹: -3 } }, trend: { bull: 0.3 } },
    ];
    const months = Array.from({ length: 30 }, (_, i) => 2024 * 12 + i);
    // More models than the memo keeps, used in turn, twice.
    const many = [...inputs, ...Array.from({ length: 20 }, (_, i) => ({ weights: { deity: { 黄道: i - 10 } } }))];
    for (let round = 0; round < 2; round++) {
      for (const input of many) {
        const model = readFortuneModel('fortune', input, defaultFortuneModel);
        for (const m of months) expect(getMonthlyMean(m, model)).toBe(getMonthlyMean(m, model, true));
      }
    }
  });
});

describe('model validation names the bad field', () => {
  const at = (model: unknown): (() => unknown) => () => fortune(CARD, { model: model as FortuneModelInput });

  it.each<[string, unknown, ErrorConstructor, string]>([
    ['a weight above 10', { weights: { tradeInYi: 11 } }, RangeError, 'fortune: model.weights.tradeInYi must be an integer between -10 and 10, got 11'],
    ['a fractional table weight', { weights: { officer: { 收: 1.5 } } }, TypeError, 'fortune: model.weights.officer.收 must be an integer between -10 and 10, got 1.5'],
    ['a huge weight', { weights: { tradeInJi: 1e308 } }, RangeError, 'fortune: model.weights.tradeInJi must be an integer between -10 and 10, got 1e+308'],
    ['a negative cap', { weights: { tradeCap: -1 } }, RangeError, 'fortune: model.weights.tradeCap must be an integer between 0 and 10, got -1'],
    ['a string weight', { weights: { nothingFavourable: '3' } }, TypeError, 'fortune: model.weights.nothingFavourable must be an integer between -10 and 10, got "3"'],
    ['null', null, TypeError, 'fortune: model must be an object, got null'],
    ['an array', [], TypeError, 'fortune: model must be an object, got an array'],
    ['weights null', { weights: null }, TypeError, 'fortune: model.weights must be an object, got null'],
    ['an unknown activity', { tradeActivities: ['炒币'] }, RangeError, 'fortune: model.tradeActivities[0] must be one of the activities (see `activities`), got "炒币"'],
    ['a version that is not a string', { version: 2 }, TypeError, 'fortune: model.version must be a non-empty string, got 2'],
    ['an empty version', { version: '' }, TypeError, 'fortune: model.version must be a non-empty string, got ""'],
    ['a non-numeric threshold', { trend: { bull: '0.1' } }, TypeError, 'fortune: model.trend.bull must be a finite number between -10 and 10, got "0.1"'],
  ])('%s', (_, model, type, message) => {
    expect(at(model)).toThrow(new type(message));
  });

  it.each<[string, unknown, string]>([
    ['a misspelt top-level field', { weight: { tradeInYi: 3 } }, 'fortune: model key must be one of version, tradeActivities, weights, trend, got "weight"'],
    ['a misspelt weight', { weights: { tradeInYI: 3 } }, 'fortune: model.weights key must be one of tradeInYi, tradeInJi, tradeCap, nothingFavourable, officer, deity, element, moon, mansion, sentiment, got "tradeInYI"'],
    ['an unknown officer', { weights: { officer: { 开市: 1 } } }, 'fortune: model.weights.officer key must be one of 建, 除, 满, 平, 定, 执, 破, 危, 成, 收, 开, 闭, got "开市"'],
    ['a misspelt threshold', { trend: { bullish: 0.2 } }, 'fortune: model.trend key must be one of strongBull, bull, bear, strongBear, got "bullish"'],
  ])('unknown keys are refused: %s', (_, model, message) => {
    expect(at(model)).toThrow(new RangeError(message));
  });

  it('refuses __proto__ and constructor keys from JSON at every level, and nothing is polluted', () => {
    for (const json of [
      '{"__proto__":{"polluted":true}}',
      '{"weights":{"__proto__":{"polluted":true}}}',
      '{"weights":{"constructor":{"prototype":{"polluted":true}}}}',
      '{"weights":{"mansion":{"__proto__":5}}}',
      '{"trend":{"__proto__":{"bull":5}}}',
    ]) {
      expect(at(JSON.parse(json))).toThrow(RangeError);
    }
    expect(at(JSON.parse('{"weights":{"mansion":{"__proto__":5}}}'))).toThrow(/model\.weights\.mansion key must be one of 吉, 凶, got "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['bull']).toBeUndefined();
  });

  it('treats an undefined field as absent', () => {
    expect(fortune(CARD, { model: JSON.parse('{}') as FortuneModelInput }).score).toBe(-4);
    expect(fortune(CARD, { model: { weights: { tradeInJi: undefined } } as unknown as FortuneModelInput }).score).toBe(-4);
  });

  it('keeps the score in range whatever the weights', () => {
    const ten = Object.fromEntries(Object.keys(defaultFortuneModel.weights.officer).map((k) => [k, 10]));
    expect(fortune(CARD, { model: { weights: { officer: ten, deity: { 黄道: 10, 黑道: 10 }, mansion: { 吉: 10, 凶: 10 } } } }).score).toBe(10);
  });
});

describe('almanac(date, { model, sentiment })', () => {
  it('applies them to .fortune, as fortune() does', () => {
    expect(almanac(TRADE_DAY, { model: { weights: { tradeInYi: 3 } } }).fortune).toEqual(fortune(TRADE_DAY, { model: { weights: { tradeInYi: 3 } } }));
    expect(almanac(TRADE_DAY, { model: { weights: { tradeInYi: 3 } } }).fortune.score).toBe(7);
    expect(almanac(CARD, { sentiment: 17 }).fortune).toEqual(fortune(CARD, { sentiment: 17 }));
    expect(almanac(CARD, { sentiment: 17 }).fortune.score).toBe(-2);
    const full = clone(defaultModelJson);
    full.weights.mansion.吉 = -2;
    full.version = 'test-1';
    expect(almanac(CARD, { model: full, sentiment: 90 }).fortune).toEqual(fortune(CARD, { model: full, sentiment: 90 }));
  });

  it('changes nothing else on the page', () => {
    const plain = almanac(CARD);
    const custom = almanac(CARD, { model: { weights: { tradeInYi: 3 } }, sentiment: 50 });
    expect({ ...custom, fortune: plain.fortune }).toEqual(plain);
  });

  it('validates them with almanac: in the message', () => {
    expect(() => almanac(CARD, { model: { weights: { tradeInYi: 11 } } })).toThrow(new RangeError('almanac: model.weights.tradeInYi must be an integer between -10 and 10, got 11'));
    expect(() => almanac(CARD, { model: { weights: { mansion: { 大吉: 1 } } } as never })).toThrow(new RangeError('almanac: model.weights.mansion key must be one of 吉, 凶, got "大吉"'));
    expect(() => almanac(CARD, { sentiment: 101 })).toThrow(new RangeError('almanac: options.sentiment must be a number from 0 to 100, got 101'));
    expect(() => almanac(CARD, { sentiment: '17' as never })).toThrow(new TypeError('almanac: options.sentiment must be a number from 0 to 100, got "17"'));
  });
});

describe('createFortuneModel', () => {
  const days = Array.from({ length: 400 }, (_, i) => ({ year: 1900 + ((i * 37) % 201), month: 1 + ((i * 5) % 12), day: 1 + ((i * 11) % 28) }));

  it('scores every day as the same model input does, and is deeply frozen and JSON-safe', () => {
    const whole = clone(defaultModelJson);
    whole.version = 'desk-3';
    whole.weights.officer.收 = 3;
    whole.weights.moon.底部反弹 = -2;
    for (const input of [{ weights: { tradeInYi: 3 } }, whole, { tradeActivities: ['交易'] }] as FortuneModelInput[]) {
      const model = createFortuneModel(input);
      expect(objectsOf(model).every((o) => Object.isFrozen(o))).toBe(true);
      expect(JSON.parse(JSON.stringify(model))).toEqual(model);
      for (const d of days) expect(fortune(d, { model, sentiment: 30 })).toEqual(fortune(d, { model: input, sentiment: 30 }));
    }
  });

  it('validates its input once, naming createFortuneModel', () => {
    expect(() => createFortuneModel({ weights: { tradeInYi: 11 } })).toThrow(new RangeError('createFortuneModel: model.weights.tradeInYi must be an integer between -10 and 10, got 11'));
    expect(() => createFortuneModel({ trend: { bull: 5, strongBull: 1 } })).toThrow(RangeError);
  });

  it('is not fooled by a copy: a look-alike object is validated as any model input', () => {
    const model = createFortuneModel({ weights: { tradeInYi: 3 } });
    const copy = clone(model) as { weights: { tradeInYi: number } };
    copy.weights.tradeInYi = 11;
    expect(() => fortune(TRADE_DAY, { model: copy as FortuneModelInput })).toThrow(RangeError);
  });
});
