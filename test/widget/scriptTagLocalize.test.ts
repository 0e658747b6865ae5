/**
 * The widget script tag's `localize` (src/widget/scriptTagLocalize.ts, which tsup.config.ts puts
 * in place of src/i18n/localize.ts in huangli-widget.global.js and huangli-month.global.js):
 * Simplified Chinese as it is, the rest from the page's `HuangliI18n`, or an error that says so.
 * The browser tests run the built pair.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { almanac } from '../../src/almanac/almanac';
import { localize as realLocalize } from '../../src/i18n/localize';
import { MissingLanguagesError } from '../../src/widget/missingLanguages';
import { localize } from '../../src/widget/scriptTagLocalize';

const page = globalThis as { HuangliI18n?: unknown };

describe("the widget script tag's localize", () => {
  afterEach(() => { delete page.HuangliI18n; });
  const day = almanac('2025-12-18');

  it('gives Simplified Chinese as it is, without HuangliI18n', () => {
    expect(localize(day, 'zh-Hans')).toBe(day);
  });

  it('refuses zh-Hant and English without HuangliI18n, naming the script the page lacks', () => {
    for (const value of [undefined, {}, { localize: 'x' }]) {
      page.HuangliI18n = value;
      expect(() => localize(day.yi, 'en')).toThrow(MissingLanguagesError);
      expect(() => localize(day.yi, 'zh-Hant')).toThrow('huangli\'s widget scripts: lang "zh-Hant" needs huangli-i18n.global.js (the global HuangliI18n) on the page, loaded before them; since 0.8.0 they carry Simplified Chinese alone');
    }
  });

  it("renders as localize does once HuangliI18n is on the page, the options passed on", () => {
    page.HuangliI18n = { localize: realLocalize };
    expect(localize(day, 'en')).toEqual(realLocalize(day, 'en'));
    expect(localize(day.yi, 'zh-Hant').slice(1, 3)).toEqual(['開光', '理髮']);
    expect(() => localize(day, 'en', { festivals: 3 as never })).toThrow(TypeError);
  });
});
