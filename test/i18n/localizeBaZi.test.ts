// Issue 11, item 5: every term of a baZi() chart in localize (zh-Hant, en).
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { baZi, type BaZi, type BaZiOptions, type BaZiWithLuck } from '../../src/bazi/index';
import { localize, type Localized, type Pillar } from '../../src/index';
import { PILLAR_TABLE } from '../../src/names/stemsBranches';
import { simplifiedOnlyCharacters } from '../cli/simplifiedOnly';
import { SEED } from '../support/setup';

const HAN = /\p{Script=Han}/u;

/** Every string of a value, with its path. */
function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/**
 * Walks a chart and its localized copy side by side: the same keys everywhere, and every number,
 * boolean, null and string without a Han character (an ISO time, a zone, a code) unchanged.
 */
function unchangedBesidesTerms(original: unknown, localized: unknown, path: string, out: string[]): void {
  if (typeof original === 'string') {
    if (typeof localized !== 'string') out.push(`${path}: not a string`);
    else if (!HAN.test(original) && localized !== original) out.push(`${path}: ${original} → ${localized}`);
  } else if (original !== null && typeof original === 'object') {
    if (localized === null || typeof localized !== 'object') {
      out.push(`${path}: not an object`);
      return;
    }
    const a = Object.keys(original);
    const b = Object.keys(localized);
    if (a.join() !== b.join()) out.push(`${path}: keys ${a.join()} → ${b.join()}`);
    for (const k of a) unchangedBesidesTerms((original as Record<string, unknown>)[k], (localized as Record<string, unknown>)[k], `${path}.${k}`, out);
  } else if (!Object.is(original, localized)) out.push(`${path}: ${String(original)} → ${String(localized)}`);
}

/** 200 seeded charts of 1900–2100: both sexes, with luck, both 子时 conventions, some in a zone, some on solar time. */
function sampleCharts(): BaZi[] {
  const first = Date.UTC(1900, 0, 1) / 60000;
  const last = Date.UTC(2100, 11, 31, 23, 59) / 60000;
  const minutes = fc.sample(fc.noBias(fc.integer({ min: first, max: last })), { seed: SEED + 11, numRuns: 200 });
  return minutes.map((minute, i) => {
    const d = new Date(minute * 60000);
    const moment = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
    const options: BaZiOptions = {
      sex: i % 2 === 0 ? 'male' : 'female',
      ...(i % 3 === 0 ? { dayBoundary: '23:00' as const } : {}),
      ...(i % 5 === 0 ? { luckStart: 'minutes' as const } : {}),
      ...(i % 7 === 0 ? { trueSolarTime: { longitude: 87.6 + (i % 40) } } : {}),
      ...(i % 11 === 0 && moment.year > 1901 && moment.year < 2100 ? { timeZone: 'Asia/Shanghai' } : {}),
    };
    return baZi(moment, options);
  });
}

const charts = sampleCharts();
const simplified = simplifiedOnlyCharacters();

describe('localize(baZi(…))', () => {
  const chart = baZi('1990-05-05T20:00', { sex: 'male' });
  const en = localize(chart, 'en');
  const hant = localize(chart, 'zh-Hant');

  it('gives the ten gods, the day master and the stages in English', () => {
    expect(en.pillars.day.tenGod).toBe('Day Master');
    expect([en.pillars.year.tenGod, en.pillars.hour.tenGod]).toEqual(['Companion', 'Seven Killings']);
    expect(en.pillars.month.hiddenStems).toEqual([
      { stem: 'Wu', tenGod: 'Indirect Resource' }, { stem: 'Yi', tenGod: 'Direct Wealth' }, { stem: 'Gui', tenGod: 'Hurting Officer' },
    ]);
    expect(en.pillars.hour.hiddenStems.map((h) => h.tenGod)).toEqual(['Indirect Resource', 'Rob Wealth', 'Direct Officer']);
    expect([en.pillars.year.growth, en.pillars.month.growth, en.pillars.hour.growth]).toEqual(['Bath', 'Nourishment', 'Decline']);
  });

  it('gives the pillars, elements, 纳音, 旬 and 旬空 in English', () => {
    const m = en.pillars.month;
    expect([m.stem, m.branch, m.name, m.index]).toEqual(['Geng', 'Chen', 'Geng-Chen', 16]);
    expect(m.elements).toEqual({ stem: 'Metal', branch: 'Earth' });
    expect([m.naYin, m.xun, m.xunKong]).toEqual(['Metal of White Wax', 'Jia-Xu', ['Shen', 'You']]);
    expect(en.taiYuan).toEqual({ name: 'Xin-Wei', naYin: 'Earth by the Roadside' });
    expect(en.mingGong).toEqual({ name: 'Ji-Mao', naYin: 'Earth on the City Wall' });
  });

  it('gives the luck in English: decades, years, months of luck and minor luck', () => {
    const decade = en.luck?.decades[3];
    expect(decade?.pillar?.name).toBe('Gui-Wei');
    expect(decade?.years[5]?.pillar.name).toBe('Yi-Wei');
    expect(decade?.years[5]?.months[0]).toEqual({ index: 0, term: 'Start of Spring', pillar: { stem: 'Wu', branch: 'Yin', name: 'Wu-Yin', index: 14 } });
    expect(decade?.minorLuck[5]?.pillar.name).toBe('Ren-Zi');
    expect(en.luck?.decades[0]?.pillar).toBeNull();
  });

  it('keeps the codes, numbers and clocks', () => {
    expect(en.moment).toEqual(chart.moment);
    expect(en.dayBoundary).toBe('midnight');
    expect([en.luck?.sex, en.luck?.method, en.luck?.forward, en.luck?.startDate]).toEqual(['male', 'days', true, '1990-06-05T20:00:00']);
    expect(en.luck?.start).toEqual({ years: 0, months: 1, days: 0, hours: 0 });
    const solar = baZi('1990-05-05T20:00', { timeZone: 'Asia/Shanghai', trueSolarTime: { longitude: 116.4 } });
    expect(localize(solar, 'en').moment).toEqual(solar.moment);
    expect(localize(solar, 'zh-Hant').moment).toEqual(solar.moment);
  });

  it('gives Traditional Chinese', () => {
    expect([hant.pillars.day.tenGod, hant.pillars.hour.tenGod]).toEqual(['日主', '七殺']);
    expect(hant.pillars.month.hiddenStems.map((h) => h.tenGod)).toEqual(['偏印', '正財', '傷官']);
    expect(hant.pillars.hour.hiddenStems.map((h) => h.tenGod)).toEqual(['偏印', '劫財', '正官']);
    expect([hant.pillars.month.growth, hant.pillars.month.naYin, hant.mingGong.naYin]).toEqual(['養', '白蠟金', '城頭土']);
    expect(hant.luck?.decades[1]?.years[0]?.months[1]?.term).toBe('驚蟄');
  });

  it.each([
    ['比肩', 'Companion', '比肩'], ['劫财', 'Rob Wealth', '劫財'], ['食神', 'Eating God', '食神'], ['伤官', 'Hurting Officer', '傷官'],
    ['偏财', 'Indirect Wealth', '偏財'], ['正财', 'Direct Wealth', '正財'], ['七杀', 'Seven Killings', '七殺'], ['正官', 'Direct Officer', '正官'],
    ['偏印', 'Indirect Resource', '偏印'], ['正印', 'Direct Resource', '正印'], ['日主', 'Day Master', '日主'],
  ])('the ten god %s is %s, %s', (term, english, traditional) => {
    expect(localize({ tenGod: term }, 'en').tenGod).toBe(english);
    expect(localize({ tenGod: term }, 'zh-Hant').tenGod).toBe(traditional);
  });

  it.each([
    ['长生', 'Birth', '長生'], ['沐浴', 'Bath', '沐浴'], ['冠带', 'Crown Belt', '冠帶'], ['临官', 'Official', '臨官'], ['帝旺', 'Emperor', '帝旺'],
    ['衰', 'Decline', '衰'], ['病', 'Sickness', '病'], ['死', 'Death', '死'], ['墓', 'Grave', '墓'], ['绝', 'Extinction', '絕'],
    ['胎', 'Conception', '胎'], ['养', 'Nourishment', '養'],
  ])('the stage %s is %s, %s', (term, english, traditional) => {
    expect(localize({ growth: term }, 'en').growth).toBe(english);
    expect(localize({ growth: term }, 'zh-Hant').growth).toBe(traditional);
  });

  it('reads a derived pillar { name, naYin } as a pillar, for all 60', () => {
    for (const p of PILLAR_TABLE) expect(localize({ name: p.name, naYin: '海中金' }, 'en').name).toBe(localize(p, 'en').name);
  });

  it('keeps the result type', () => {
    expectTypeOf(en).toEqualTypeOf<Localized<BaZiWithLuck>>();
    expectTypeOf(localize(baZi('1990-05-05T20:00'), 'en')).toEqualTypeOf<Localized<BaZi>>();
    expectTypeOf(en.pillars.day.tenGod).toEqualTypeOf<string>();
    expectTypeOf(en.pillars.month.index).toEqualTypeOf<number>();
    expectTypeOf(en.luck?.decades[0]?.pillar).toEqualTypeOf<Localized<Pillar> | null | undefined>();
    expectTypeOf(en.pillars.year.xunKong).toEqualTypeOf<readonly [string, string]>();
    expectTypeOf(en.moment.solarTime).toEqualTypeOf<{ readonly longitude: number; readonly equationOfTime: boolean; readonly meanSolarTime: string; readonly apparentSolarTime: string; readonly equationOfTimeSeconds: number } | null>();
  });

  it(`has 200 sampled charts of 1900–2100 (seed ${SEED}), each with luck`, () => {
    expect(charts).toHaveLength(200);
    expect(charts.every((c) => c.luck !== undefined)).toBe(true);
    const years = charts.map((c) => Number(c.moment.wallClock.slice(0, 4)));
    expect(Math.min(...years)).toBeLessThan(1910);
    expect(Math.max(...years)).toBeGreaterThan(2090);
  });

  it('leaves no Han character in any English chart', () => {
    const leaks = charts.flatMap((c) => strings(localize(c, 'en')).filter(([, s]) => HAN.test(s)).map(([path, s]) => `${c.moment.wallClock} ${path} ${s}`));
    expect(leaks.slice(0, 10)).toEqual([]);
  });

  it('leaves no Simplified-only character in any Traditional chart', () => {
    const leaks = charts.flatMap((c) => strings(localize(c, 'zh-Hant')).filter(([, s]) => [...s].some((ch) => simplified.has(ch))).map(([path, s]) => `${c.moment.wallClock} ${path} ${s}`));
    expect(leaks.slice(0, 10)).toEqual([]);
  });

  it('changes only terms: the keys, numbers, booleans, nulls and ISO strings are as they were', () => {
    const changes: string[] = [];
    for (const c of charts) for (const locale of ['en', 'zh-Hant'] as const) unchangedBesidesTerms(c, localize(c, locale), `${c.moment.wallClock} ${locale}`, changes);
    expect(changes.slice(0, 10)).toEqual([]);
  });

  it('translates every Chinese string of the English chart (each term has a gloss)', () => {
    // Every Han string of the original becomes a different string in English.
    const same: string[] = [];
    for (const c of charts.slice(0, 20)) {
      const a = strings(c);
      const b = strings(localize(c, 'en'));
      a.forEach(([path, s], i) => { if (HAN.test(s) && b[i]?.[1] === s) same.push(`${path} ${s}`); });
    }
    expect(same).toEqual([]);
  });
});
