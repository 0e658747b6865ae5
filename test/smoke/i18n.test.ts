/**
 * The script-tag pair `huangli.global.js` and `huangli-i18n.global.js` as built (`npm test` builds
 * first, see `pretest`): `Huangli` has every value export of the root entry, but its `localize`
 * only throws where the real one went, `HuangliI18n.localize`; the two bundles meet only as data,
 * and the English glossary is in the second alone.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as festivals from '../../src/festivals/index';
import * as source from '../../src/index';

const root = new URL('../../', import.meta.url);
const bundle = (name: string): string => readFileSync(new URL(`dist/${name}`, root), 'utf8');

describe('the script-tag builds huangli.global.js and huangli-i18n.global.js', () => {
  const context: Record<string, unknown> = {};
  runInNewContext(bundle('huangli.global.js'), context);
  runInNewContext(bundle('huangli-i18n.global.js'), context);
  runInNewContext(bundle('huangli-festivals.global.js'), context);
  const huangli = context['Huangli'] as typeof source;
  const i18n = context['HuangliI18n'] as Pick<typeof source, 'localize'>;
  const set = (context['HuangliFestivals'] as typeof festivals).gregorianFestivals;

  it('splits the root entry between them: Huangli all but localize, HuangliI18n localize alone', () => {
    expect(Object.keys(context)).toEqual(['Huangli', 'HuangliI18n', 'HuangliFestivals']);
    expect(Object.keys(huangli).sort()).toEqual(Object.keys(source).sort());
    expect(Object.keys(i18n)).toEqual(['localize']);
  });

  it("keeps a Huangli.localize that only says where localize went (a page written for 0.7)", () => {
    const moved = huangli.localize;
    expect(() => moved(huangli.almanac('2025-12-18'), 'en')).toThrow(new TypeError('localize: since 0.8.0 in huangli-i18n.global.js, as HuangliI18n.localize'));
    expect(moved).not.toBe(i18n.localize);
  });

  it("renders Huangli's values as the package does, in both languages, festival sets included", () => {
    const day = huangli.almanac('2025-12-18');
    expect(JSON.stringify(i18n.localize(day, 'en'))).toBe(JSON.stringify(source.localize(source.almanac('2025-12-18'), 'en')));
    expect(i18n.localize(day, 'en').yi.slice(0, 2)).toEqual(['Sacrifice to ancestors', 'Consecrate an image']);
    expect(i18n.localize(day, 'zh-Hant').yi.slice(1, 3)).toEqual(['開光', '理髮']);
    expect(i18n.localize(day, 'en').clash.text).toBe('Clash: Rabbit (Yi-Mao), evil spirit in the East');
    const withSet = huangli.almanac('2025-05-11', { festivals: set }).festivals;
    expect(i18n.localize(withSet, 'en', { festivals: set }).map((f) => f.name)).toEqual(["Mother's Day", 'World Obesity Day']);
  });

  it('names the festival set in the error when a Gregorian day is rendered without it', () => {
    const withSet = huangli.almanac('2025-05-11', { festivals: set }).festivals;
    expect(() => i18n.localize(withSet, 'en')).toThrow(/localize: .*母亲节/);
  });

  it('leaves the glossary out of huangli.global.js', () => {
    const [core, i18nCode] = [bundle('huangli.global.js'), bundle('huangli-i18n.global.js')];
    for (const english of ['Sacrifice to ancestors', 'Consecrate an image', 'Rob Wealth']) {
      expect(core).not.toContain(english);
      expect(i18nCode).toContain(english);
    }
  });
});
