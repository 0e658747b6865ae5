import { describe, expect, it } from 'vitest';
import { almanac, fearGreedLabel, fortune, type FortuneModelInput } from '../../src/index';
import defaultModel from '../../data/fortune-model.json';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('fortune() on the reference card, 2025-12-18', () => {
  const f = fortune('2025-12-18');

  it('gives score -4, month 戊子 震荡偏多, moon 底部反弹, elements 辛生水,酉金生水', () => {
    expect(f.score).toBe(-4);
    expect(f.month).toEqual({ pillar: '戊子', trend: '震荡偏多' });
    expect(f.moon).toBe('底部反弹');
    expect(f.elements.text).toBe('辛生水,酉金生水');
    expect(f.elements).toEqual({
      text: '辛生水,酉金生水', month: '水',
      stem: { name: '辛', element: '金', relation: 'generates' },
      branch: { name: '酉', element: '金', relation: 'generates' },
    });
    expect(f.model).toBe(defaultModel.version);
  });

  it('explains the score factor by factor', () => {
    expect(f.factors.reduce((sum, factor) => sum + factor.weight, 0)).toBe(-4);
    expect(f.factors.find((factor) => factor.key === 'trade-ji')).toEqual({ key: 'trade-ji', label: '忌交易', weight: -4, detail: '开市,交易' });
  });

  it('is the same object as almanac(date).fortune', () => {
    expect(almanac('2025-12-18').fortune).toEqual(f);
  });

  it('shows the same trend on every day of the solar month (大雪 2025-12-07 … 2026-01-04)', () => {
    const trends = new Set<string>();
    for (let t = Date.UTC(2025, 11, 7); t <= Date.UTC(2026, 0, 4); t += 86400000) trends.add(fortune(new Date(t).toISOString().slice(0, 10)).month.trend);
    expect([...trends]).toEqual(['震荡偏多']);
    expect(fortune('2025-12-06').month.pillar).toBe('丁亥');
  });
});

describe('market moon', () => {
  it('reads each part of the lunar month', () => {
    const byDay = (iso: string): [number, string] => [almanac(iso).lunar.day, fortune(iso).moon];
    expect(byDay('2025-11-20')).toEqual([1, '筑底蓄势']);
    expect(byDay('2025-12-04')).toEqual([15, '高位震荡']);
    expect(byDay('2025-12-19')).toEqual([30, '底部反弹']);
  });
});

describe('sentiment', () => {
  it('adds one documented factor', () => {
    const withFear = fortune('2025-12-18', { sentiment: 17 });
    expect(withFear.factors.at(-1)).toEqual({ key: 'sentiment', label: '市场情绪', weight: 2, detail: '极恐' });
    expect(withFear.score).toBe(-2);
    expect(fortune('2025-12-18', { sentiment: 90 }).score).toBe(-6);
  });

  it('is validated', () => {
    expect(() => fortune('2025-12-18', { sentiment: 101 })).toThrow(new RangeError('fortune: options.sentiment must be a number from 0 to 100, got 101'));
    expect(() => fortune('2025-12-18', { sentiment: Number.NaN })).toThrow(TypeError);
    expect(() => fortune('2025-12-18', { sentiment: '17' as never })).toThrow(/options\.sentiment must be a number from 0 to 100, got "17"/);
  });
});

describe('fearGreedLabel', () => {
  it.each([[0, '极恐'], [17, '极恐'], [24.9, '极恐'], [25, '恐惧'], [44, '恐惧'], [45, '中性'], [55, '中性'], [56, '贪婪'], [75, '贪婪'], [76, '极贪'], [100, '极贪']])('%s → %s', (n, word) => {
    expect(fearGreedLabel(n)).toBe(word);
  });

  it('rejects what is not an index', () => {
    expect(() => fearGreedLabel(-1)).toThrow(new RangeError('fearGreedLabel: index must be a number from 0 to 100, got -1'));
    expect(() => fearGreedLabel(100.5)).toThrow(RangeError);
    expect(() => fearGreedLabel(Number.NaN)).toThrow(new TypeError('fearGreedLabel: index must be a number from 0 to 100, got NaN'));
    expect(() => fearGreedLabel('17' as never)).toThrow(TypeError);
    expect(() => fearGreedLabel(undefined as never)).toThrow(TypeError);
  });
});

describe('custom models', () => {
  it('change the score exactly as their weights say', () => {
    const model = clone(defaultModel);
    model.weights.officer['收'] = 3; // was -1: +4
    model.weights.mansion['吉'] = -2; // was +1: -3
    model.version = 'test-1';
    const f = fortune('2025-12-18', { model });
    expect(f.score).toBe(-4 + 4 - 3);
    expect(f.model).toBe('test-1');
    expect(f.factors.find((factor) => factor.key === 'officer')?.weight).toBe(3);
  });

  it('count only the activities they call trade', () => {
    const model = clone(defaultModel);
    model.tradeActivities = ['交易'];
    expect(fortune('2025-12-18', { model }).score).toBe(-2);
  });

  it('are refused with an error naming the bad field', () => {
    const bad = (mutate: (m: ReturnType<typeof clone<typeof defaultModel>>) => void): FortuneModelInput => {
      const m = clone(defaultModel);
      mutate(m);
      return m;
    };
    expect(() => fortune('2025-12-18', { model: null as never })).toThrow(new TypeError('fortune: model must be an object, got null'));
    expect(() => fortune('2025-12-18', { model: bad((m) => { (m.weights.officer as Record<string, unknown>)['收'] = 1.5; }) })).toThrow(new TypeError('fortune: model.weights.officer.收 must be an integer between -10 and 10, got 1.5'));
    expect(() => fortune('2025-12-18', { model: bad((m) => { m.weights.tradeInJi = 1e308; }) })).toThrow(new RangeError('fortune: model.weights.tradeInJi must be an integer between -10 and 10, got 1e+308'));
    expect(() => fortune('2025-12-18', { model: bad((m) => { m.tradeActivities = ['炒币']; }) })).toThrow(/model\.tradeActivities\[0\] must be one of the activities/);
    expect(() => fortune('2025-12-18', { model: bad((m) => { m.trend.bull = 5; }) })).toThrow(/model\.trend must be ordered/);
    expect(() => fortune('2025-12-18', { model: bad((m) => { (m as Record<string, unknown>)['version'] = 2; }) })).toThrow(/model\.version must be a non-empty string, got 2/);
  });

  it('may leave a key out: it keeps the default weight (models are partial since issue 9)', () => {
    const m = clone(defaultModel);
    delete (m.weights.deity as Record<string, unknown>)['黄道'];
    m.weights.deity.黑道 = -5;
    expect(fortune('2025-12-18', { model: m }).score).toBe(-4); // 明堂 is 黄道: still +1
  });

  it('parsed from hostile JSON cannot pollute prototypes or escape the range', () => {
    // Unknown keys are refused at every level since issue 9 (a typo in a partial model must not pass silently).
    const hostile = JSON.parse(JSON.stringify(defaultModel).replace('"weights":{', '"weights":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')) as FortuneModelInput;
    expect(() => fortune('2025-12-18', { model: hostile })).toThrow(new RangeError('fortune: model.weights key must be one of tradeInYi, tradeInJi, tradeCap, nothingFavourable, officer, deity, element, moon, mansion, sentiment, got "__proto__"'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const withProtoKey = JSON.parse(JSON.stringify(defaultModel).replace('"mansion":{', '"mansion":{"__proto__":5,')) as FortuneModelInput;
    expect(() => fortune('2025-12-18', { model: withProtoKey })).toThrow(/model\.weights\.mansion key must be one of 吉, 凶, got "__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const huge = clone(defaultModel);
    for (const key of Object.keys(huge.weights.officer)) (huge.weights.officer as Record<string, number>)[key] = 10;
    huge.weights.deity = { 黄道: 10, 黑道: 10 };
    huge.weights.mansion = { 吉: 10, 凶: 10 };
    expect(fortune('2025-12-18', { model: huge }).score).toBe(10);
    const nan = JSON.parse(JSON.stringify(defaultModel).replace('"tradeInYi":2', '"tradeInYi":"NaN"')) as FortuneModelInput;
    expect(() => fortune('2025-12-18', { model: nan })).toThrow(TypeError);
  });
});
