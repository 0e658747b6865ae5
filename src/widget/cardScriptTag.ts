/**
 * The entry of huangli-widget.global.js, the card's script tag: `<huangli-card>` alone, in
 * Simplified Chinese unless the page loads huangli-i18n.global.js (src/widget/scriptTagLocalize.ts),
 * as the global `HuangliWidget`. `<huangli-month>` and the card are huangli-month.global.js
 * (src/widget/index.ts, as huangli/widget is). Split in 0.8.0 so that a page with the card alone
 * loads neither the month nor the glossaries (72 KB gzip before, 50 now).
 */
import { defineHuangliCard } from './defineCard';

export * from './defineCard';

defineHuangliCard();

/** Until 0.8.0 this script defined `<huangli-month>` too: a page that still expects it is told where it went. */
if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  const check = (): void => {
    if (document.querySelector('huangli-month') !== null && customElements.get('huangli-month') === undefined) {
      console.error('<huangli-month>: since 0.8.0 defined by huangli-month.global.js (which defines <huangli-card> too), not by huangli-widget.global.js (<huangli-card> alone)');
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}
