/**
 * `huangli`: the Chinese almanac (黄历) and calendar — the lunar date, the solar terms, the
 * stem-branch pillars, the whole almanac page, its market fortune and its languages. The script-tag
 * build `huangli.global.js` exposes the same exports as the global `Huangli`, but for `localize`,
 * which `huangli-i18n.global.js` exposes as `HuangliI18n.localize`.
 *
 * @module huangli
 */
export * from './core';
export { localize } from './i18n/localize';
export type { Locale, Localized, LocalizeOptions } from './i18n/localize';
