// Issue 12, item 6: localize renders every season marker and day item in Traditional Chinese and
// English (englishLeaks in localize.test.ts checks that no English output keeps a Han character).
import { describe, expect, it } from 'vitest';
import { pentads, westernZodiac } from '../../src/data/almanac.generated';
import { almanac, localize } from '../../src/index';

describe('localize and the day items of issue 12', () => {
  it('renders 2025-12-18 in English: pentad, season, 六曜, 旬空, 太岁, stars, mansion, sign', () => {
    const en = localize(almanac('2025-12-18'), 'en');
    expect(en.pentad).toEqual({ name: 'Irises sprout', term: 'Major Snow', index: 3, start: '2025-12-17' });
    expect([en.season, en.liuYao, en.westernZodiac, en.winterNine, en.dogDays, en.plumRain]).toEqual(['Early winter', 'Tomobiki (pulls in friends)', 'Sagittarius', null, null, null]);
    expect(en.xun).toEqual({ year: 'Jia-Chen', month: 'Jia-Shen', day: 'Jia-Yin' });
    expect(en.xunKong).toEqual({ year: ['Yin', 'Mao'], month: ['Wu', 'Wei'], day: ['Zi', 'Chou'] });
    expect(en.taiSui.year).toEqual({ trigram: 'Wind (Xun)', direction: 'Southeast' });
    expect([en.yearNineStar.name, en.monthNineStar.name, en.hours[0]?.nineStar.name]).toEqual(['Two Black Earth', 'One White Water', 'Nine Purple Fire']);
    expect(en.mansion).toMatchObject({ palace: 'North', beast: 'Black Tortoise (Xuanwu)', zheng: 'Jupiter' });
  });

  it('and in Traditional Chinese', () => {
    const hant = localize(almanac('2026-01-12'), 'zh-Hant');
    expect([hant.pentad.name, hant.pentad.term, hant.season, hant.winterNine]).toEqual(['鵲始巢', '小寒', '仲冬', { nine: 3, day: 5 }]);
    expect(localize(almanac('2025-07-25'), 'zh-Hant').dogDays).toEqual({ period: '初伏', day: 6 });
    expect(localize(almanac('2024-07-06'), 'en').plumRain).toBe('Plum rains end');
    expect(localize('双鱼', 'zh-Hant')).toBe('雙魚');
  });

  it('gives the 72 pentads and the 12 signs distinct names in each language', () => {
    for (const locale of ['en', 'zh-Hant'] as const) {
      expect(new Set(pentads.map((p) => localize(p, locale))).size).toBe(72);
      expect(new Set(westernZodiac.map((z) => localize(z, locale))).size).toBe(12);
    }
    expect(pentads.map((p) => localize(p, 'en')).filter((en) => en.length > 48)).toEqual([]);
  });
});
