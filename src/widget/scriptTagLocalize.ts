import type { Locale, LocalizeOptions, Localized } from '../i18n/localize';
import { MissingLanguagesError } from './missingLanguages';

/**
 * `localize` as the widget's script tag has it (tsup.config.ts puts this module in place of
 * src/i18n/localize.ts in huangli-widget.global.js and huangli-month.global.js alone): Simplified Chinese as it is, the other
 * languages by `HuangliI18n.localize` of huangli-i18n.global.js, which the page loads before the
 * widget. So a page in Chinese does not load the glossaries (11 KB gzip), as with huangli.global.js
 * since 0.8.0. The npm entry huangli/widget imports the real `localize`.
 */
export function localize<T>(value: T, locale: Locale, options?: LocalizeOptions): Localized<T> {
  if (locale === 'zh-Hans') return value as Localized<T>;
  const i18n = (globalThis as { HuangliI18n?: { localize?: unknown } }).HuangliI18n;
  if (typeof i18n?.localize !== 'function') {
    throw new MissingLanguagesError(`huangli's widget scripts: lang "${locale}" needs huangli-i18n.global.js (the global HuangliI18n) on the page, loaded before them; since 0.8.0 they carry Simplified Chinese alone`);
  }
  return (i18n.localize as typeof localize)(value, locale, options);
}
