import { LABELS, type CardLang } from './labels';

/**
 * What the widget's script tags throw when an element asks for `zh-Hant` or English on a page
 * without huangli-i18n.global.js (src/widget/scriptTagLocalize.ts): the elements show their
 * reader a hint about the page, not about its date, and the developer this message.
 */
export class MissingLanguagesError extends TypeError {}

/** The hint of an element's error state: about the page when it lacks the language, else `dateHint`. */
export function errorHintFor(error: Error | undefined, lang: CardLang, dateHint: string): string {
  return error instanceof MissingLanguagesError ? LABELS[lang].languagesHint : dateHint;
}
