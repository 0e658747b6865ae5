// localize renders 日禄 (`lu`), the lunar year's and month's 纳音 and the hours' 纳音, 旬, 旬空 and
// gods' directions in English and Traditional Chinese (englishLeaks in localize.test.ts checks that
// no English output of a sampled day keeps a Han character).
import { describe, expect, it } from 'vitest';
import { almanac, localize } from '../../src/index';

const HAN = /\p{Script=Han}/u;

describe('localize: 日禄, the year and month 纳音, the hours', () => {
  it('renders 日禄 from its parts: 辛酉, 丙午 (two 进禄 stems), 甲辰 (互禄 alone)', () => {
    expect(localize(almanac('2025-12-18').lu, 'en')).toEqual({
      huLu: 'You', jinLu: ['Xin'], text: 'Mutual emolument (Hu Lu) for those born under the branch You; gaining emolument (Jin Lu) for those born under the stem Xin',
    });
    expect(localize(almanac('2025-12-18').lu, 'zh-Hant')).toEqual({ huLu: '酉', jinLu: ['辛'], text: '酉命互祿 辛命進祿' });
    expect(localize(almanac('2024-06-11').lu, 'en').text).toBe('Mutual emolument (Hu Lu) for those born under the branch Si; gaining emolument (Jin Lu) for those born under the stem Ding or Ji');
    expect(localize(almanac('2024-06-11').lu, 'zh-Hant').text).toBe('巳命互祿 丁,己命進祿');
    expect(localize(almanac('2024-06-09').lu, 'en').text).toBe('Mutual emolument (Hu Lu) for those born under the branch Yin');
    expect(localize(almanac('2024-06-09'), 'zh-Hant').lu.text).toBe('寅命互祿');
  });

  it('renders the 日禄 of all 60 day pillars without Chinese in English, and in Traditional characters', () => {
    const days = Array.from({ length: 60 }, (_, i) => almanac(new Date(Date.UTC(2025, 0, 1 + i, 4)).toISOString().slice(0, 10)));
    expect(new Set(days.map((d) => d.pillars.day.name)).size).toBe(60);
    for (const { lu } of days) {
      expect(HAN.test(localize(lu, 'en').text)).toBe(false);
      expect(localize(lu, 'zh-Hant').text).toBe(lu.text.replaceAll('禄', '祿').replaceAll('进', '進'));
    }
  });

  it('renders a 日禄 whose parts are not all strings field by field, rather than failing', () => {
    const lu = almanac('2025-12-18').lu;
    expect(localize({ ...lu, jinLu: null }, 'en')).toEqual({ huLu: 'You', jinLu: null, text: lu.text });
  });

  it('renders the year and month 纳音 as 纳音', () => {
    const day = almanac('2025-12-18');
    expect([localize(day, 'en').yearNaYin, localize(day, 'en').monthNaYin]).toEqual(['Fire of the Lamp', 'Fire of the Thunderbolt']);
    expect([localize(day, 'zh-Hant').yearNaYin, localize(day, 'zh-Hant').monthNaYin]).toEqual(['覆燈火', '霹靂火']);
  });

  it("renders an hour's 纳音, 旬, 旬空 and directions", () => {
    const en = localize(almanac('2025-12-18'), 'en').hours[6];
    expect([en?.naYin, en?.xun, en?.xunKong]).toEqual(['Metal in the Sand', 'Jia-Wu', ['Chen', 'Si']]);
    expect(en?.directions).toEqual({
      xiShen: { trigram: 'Mountain (Gen)', direction: 'Northeast' }, fuShen: { trigram: 'Water (Kan)', direction: 'Due north' },
      caiShen: { trigram: 'Mountain (Gen)', direction: 'Northeast' }, yangGuiShen: { trigram: 'Earth (Kun)', direction: 'Southwest' },
      yinGuiShen: { trigram: 'Mountain (Gen)', direction: 'Northeast' },
    });
    const hant = localize(almanac('2025-12-18'), 'zh-Hant').hours[6];
    expect([hant?.naYin, hant?.xunKong, hant?.directions.xiShen.direction, hant?.directions.fuShen.direction]).toEqual(['沙中金', ['辰', '巳'], '東北', '正北']);
  });
});
