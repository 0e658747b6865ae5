// The nine stars in full, against lunar-javascript's NineStar: the almanac's day, month, year and
// hour stars and lunarYear's are these nine objects (their indices are compared day by day by the
// almanac differential), so comparing the nine compares every star of the range.
import { describe, expect, it } from 'vitest';
import { nineStarAt } from '../../src/almanac/getNineStar';
import { almanac, localize, lunarYear } from '../../src/index';
import { reference } from '../support/reference';

interface RefNineStar {
  getNumber(): string; getColor(): string; getWuXing(): string; getPosition(): string; getPositionDesc(): string; getNameInBeiDou(): string;
  getNameInXuanKong(): string; getLuckInXuanKong(): string; getNameInQiMen(): string; getLuckInQiMen(): string; getBaMenInQiMen(): string;
  getYinYangInQiMen(): string; getNameInTaiYi(): string; getTypeInTaiYi(): string; toString(): string;
}
const NineStar = (reference as unknown as { NineStar: { fromIndex(i: number): RefNineStar } }).NineStar;

describe('the nine stars', () => {
  it.each(Array.from({ length: 9 }, (_, i) => [i]))('star %i is the reference\'s in every system', (i) => {
    const ref = NineStar.fromIndex(i);
    const star = nineStarAt(i);
    expect(star).toEqual({
      number: i + 1,
      name: ref.getNumber() + ref.getColor() + ref.getWuXing(),
      star: ref.getNameInBeiDou(),
      color: ref.getColor(),
      element: ref.getWuXing(),
      position: { trigram: ref.getPosition(), direction: ref.getPositionDesc() },
      xuanKong: { star: ref.getNameInXuanKong(), luck: ref.getLuckInXuanKong() },
      qiMen: { star: ref.getNameInQiMen(), luck: ref.getLuckInQiMen(), gate: ref.getBaMenInQiMen() || null, yinYang: ref.getYinYangInQiMen() },
      taiYi: { star: ref.getNameInTaiYi(), spirit: ref.getTypeInTaiYi() },
    });
    expect(Object.isFrozen(star.xuanKong) && Object.isFrozen(star.qiMen) && Object.isFrozen(star.taiYi)).toBe(true);
  });

  it('is the same object wherever it is the same star', () => {
    const day = almanac('2025-12-18');
    expect(day.nineStar).toBe(nineStarAt(2));
    expect(lunarYear(2025).nineStar).toBe(day.yearNineStar);
  });

  it('renders every system in English and Traditional Chinese', () => {
    const star = nineStarAt(2); // 三碧
    expect(localize(star, 'en')).toMatchObject({
      xuanKong: { star: 'Keeper of Wealth (Lucun)', luck: 'Inauspicious' },
      qiMen: { star: 'Heavenly Thrust (Tianchong)', luck: 'Slightly auspicious', gate: 'Harm', yinYang: 'Yang' },
      taiYi: { star: 'Yellow Emperor Star (Xuanyuan)', spirit: 'Neutral spirit' },
    });
    expect(localize(nineStarAt(4), 'en').qiMen.gate).toBeNull(); // 五黄, in the centre
    expect(localize(star, 'zh-Hant')).toMatchObject({ xuanKong: { star: '祿存' }, qiMen: { star: '天沖', gate: '傷', yinYang: '陽' }, taiYi: { star: '軒轅' } });
    for (let i = 0; i < 9; i++) expect(JSON.stringify(localize(nineStarAt(i), 'en'))).not.toMatch(/\p{Script=Han}/u);
  });
});
