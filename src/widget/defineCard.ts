/**
 * The card's part of huangli/widget: `<huangli-card>`, its words and its registration. The entry of
 * the card's script tag (src/widget/cardScriptTag.ts) and of huangli/widget (src/widget/index.ts),
 * which adds `<huangli-month>`.
 */
import { createHuangliCardClass, type HuangliCardConstructor } from './element';

export type { RiseColor } from './attributes';
export type { CardMarket, HuangliCardConstructor, HuangliCardElement } from './element';
export { LABELS, findCardLang, toCardLang } from './labels';
export type { CardLabels, CardLang } from './labels';

/**
 * The default tag name of the card.
 *
 * @example
 * TAG_NAME
 * //=> 'huangli-card'
 * @category Widget
 * @since 0.3.0
 */
export const TAG_NAME = 'huangli-card';

/**
 * Registers the card element under `tagName` (default `huangli-card`) and returns its class; returns the
 * class already registered under that name if there is one, and `undefined` where there are no custom
 * elements (Node, SSR, very old browsers). Importing `huangli/widget` (or loading
 * huangli-widget.global.js or huangli-month.global.js) already calls it once.
 *
 * @param tagName - The custom element name, with a hyphen.
 * @returns The element class, or `undefined` without custom elements.
 * @example
 * defineHuangliCard() // under Node there are no custom elements
 * //=> undefined
 * @category Widget
 * @since 0.3.0
 */
export function defineHuangliCard(tagName: string = TAG_NAME): HuangliCardConstructor | undefined {
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return undefined;
  const existing = customElements.get(tagName) as HuangliCardConstructor | undefined;
  if (existing !== undefined) return existing;
  const HuangliCard = createHuangliCardClass();
  customElements.define(tagName, HuangliCard);
  return HuangliCard;
}
