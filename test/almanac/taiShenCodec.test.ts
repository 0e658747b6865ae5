import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getNineStar } from '../../src/almanac/getNineStar';
import { getTaiShen } from '../../src/almanac/getTaiShen';
import { nineStars } from '../../src/data/almanac.generated';

/** The readable tables the generator wrote from the reference (data/almanac/tables.json). */
const readable = JSON.parse(readFileSync(new URL('../../data/almanac/tables.json', import.meta.url), 'utf8')) as {
  taiShen: string[];
  nineStars: {
    number: string; color: string; element: string; trigram: string; star: string; text: string;
    xuanKong: string; xuanKongLuck: string; qiMen: string; qiMenLuck: string; qiMenGate: string; qiMenYinYang: string; taiYi: string; taiYiType: string;
  }[];
};

describe('compact 胎神 and nine-star tables', () => {
  it('rebuild the reference 胎神 of all 60 day pillars', () => {
    expect(Array.from({ length: 60 }, (_, day) => getTaiShen(day))).toEqual(readable.taiShen);
  });

  it.each([[0, '占门碓 外东南'], [6, '占碓磨 外正南'], [15, '占大门 外正西'], [29, '占房床 房内北'], [57, '厨灶门 外东南'], [59, '占房床 外东南']])(
    'day pillar %i: %s (rhyme parts, or a place stored whole)',
    (day, expected) => expect(getTaiShen(day)).toBe(expected),
  );

  it('hold each nine star as number, colour, element, trigram and star, then its 玄空, 奇门 and 太乙', () => {
    expect(nineStars.map((s) => s.slice(0, 3) + s.slice(4, 6))).toEqual(readable.nineStars.map((s) => s.text));
    expect(nineStars).toEqual(readable.nineStars.map((s) => s.number + s.color + s.element + s.trigram + s.star
      + s.xuanKong + s.xuanKongLuck + s.qiMen + s.qiMenLuck + (s.qiMenGate || '.') + s.qiMenYinYang + s.taiYi + s.taiYiType));
    // 2025-12-18 (epoch day 20440) is 三碧木, 震 正东 (the reference card).
    expect(getNineStar(20440, 2025)).toEqual({
      number: 3, name: '三碧木', star: '天玑', color: '碧', element: '木', position: { trigram: '震', direction: '正东' },
      xuanKong: { star: '禄存', luck: '凶' }, qiMen: { star: '天冲', luck: '小吉', gate: '伤', yinYang: '阳' }, taiYi: { star: '轩辕', spirit: '安神' },
    });
  });
});
