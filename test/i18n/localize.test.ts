import { describe, expect, it } from 'vitest';
import { almanac, localize } from '../../src/index';
import { sampledDays } from '../support/days';
import { englishLeaks } from '../support/sweeps';

const sample = sampledDays();

describe('localize', () => {
  const day = almanac('2025-12-18');

  it('gives English a reader understands', () => {
    const en = localize(day, 'en');
    expect(en.clash.text).toBe('Clash: Rabbit (Yi-Mao), evil spirit in the East');
    expect(en.ji).toContain('Trade');
    expect(en.ji).toContain('Bury the dead');
    expect(en.pillars.day.name).toBe('Xin-You');
    expect(en.lunar.monthName).toBe('Tenth month');
    expect(en.officer).toMatch(/^Receive/);
    expect(en.deity.type).toMatch(/^Yellow Path/);
    expect(en.moonPhase.illumination).toBe(day.moonPhase.illumination);
    expect(en.date).toBe('2025-12-18');
    expect(en.hours[0]?.start).toBe('23:00');
  });

  it('gives Traditional Chinese', () => {
    const hant = localize(day, 'zh-Hant');
    expect(hant.yi).toEqual(['祭祀', '開光', '理髮', '整手足甲', '安床', '作灶', '掃舍', '教牛馬']);
    expect(hant.clash.text).toBe('沖兔(乙卯)煞東');
    expect(hant.pengZu[0]).toBe('辛不合醬主人不嘗');
    expect(hant.lunar.monthName).toBe('十月');
  });

  it('reads a term by the field it is in', () => {
    // '危' is both an officer (Danger) and a mansion (Rooftop).
    const officer = localize({ officer: '危' }, 'en').officer;
    const mansion = localize({ name: '危', luck: '凶', animal: '燕' }, 'en').name;
    expect(officer).not.toBe(mansion);
    expect(localize('危', 'en')).toBe(officer);
  });

  it('renders a clash or a nine star whose parts are not all strings field by field, rather than failing', () => {
    const clash = almanac('2025-12-18').clash;
    expect(localize({ ...clash, pillar: null }, 'en')).toEqual({ ...localize(clash, 'en'), pillar: null, text: clash.text });
    expect(localize({ zodiac: '兔', text: '冲兔(乙卯)煞东' }, 'en')).toEqual({ zodiac: 'Rabbit', text: '冲兔(乙卯)煞东' });
    const star = almanac('2025-12-18').nineStar;
    expect(localize({ ...star, element: 3 }, 'zh-Hant')).toEqual({ ...localize(star, 'zh-Hant'), element: 3, name: localize(star.name, 'zh-Hant') });
  });

  it('returns zh-Hans values unchanged and rejects unknown locales', () => {
    expect(localize(day, 'zh-Hans')).toBe(day);
    expect(() => localize(day, 'fr' as never)).toThrow(new RangeError(`localize: locale must be 'zh-Hans', 'zh-Hant' or 'en', got "fr"`));
    expect(() => localize(day, 1 as never)).toThrow(TypeError);
  });

  it(`leaves no term untranslated: no English output for ${sample.days.length.toLocaleString('en-US')} sampled days of 1900–2100 (seed ${sample.seed}) contains a Han character`, () => {
    // Every day of 1900–2100: localize.full.test.ts (npm run test:full).
    expect(englishLeaks(sample.days)).toEqual([]);
  });
});
