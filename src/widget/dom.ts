// The one way the widget's elements build their DOM: every value, computed or passed by the host,
// goes in as a text node or an attribute value; nothing is ever parsed as HTML.

/** A child of {@link h}: a node, a string (a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

/** `h(doc, 'li', { class: 'x' }, 'text', node)`: an element whose string children are text nodes. */
export function h(doc: Document, tag: string, attrs: Readonly<Record<string, string>> | null, ...children: readonly Child[]): HTMLElement {
  const el = doc.createElement(tag);
  if (attrs) for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/**
 * Properties a page set on an element before its class was defined are own data properties that
 * shadow the class's accessors: each is removed and assigned again, through the accessor.
 */
export function adoptEarlyProperties(el: HTMLElement, names: readonly string[]): void {
  const props = el as unknown as Record<string, unknown>;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(el, name)) continue;
    const value = props[name];
    delete props[name];
    props[name] = value;
  }
}

/** The reader's error message of an element: a mark, a title and a hint, announced (`role="alert"`). */
export function errorAlert(doc: Document, title: string, hint: string): HTMLElement {
  return h(doc, 'div', { class: 'error', role: 'alert' },
    h(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, '!'),
    h(doc, 'div', null, h(doc, 'h2', null, title), h(doc, 'p', null, hint)));
}
