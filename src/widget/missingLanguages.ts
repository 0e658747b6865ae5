/**
 * What the widget's script tag throws when an element asks for `zh-Hant` or English on a page
 * without huangli-i18n.global.js (src/widget/scriptTagLocalize.ts): the elements show their
 * reader a hint about the page, not about its date, and the developer this message.
 */
export class MissingLanguagesError extends TypeError {}
