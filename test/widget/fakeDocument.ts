/**
 * The few DOM calls the card's renderer makes (createElement, createTextNode, setAttribute, append,
 * style), recorded as a plain tree, so that renderCard and renderError run under Node without a
 * browser or jsdom. The browser test checks the real DOM and layout.
 */
export interface FakeNode {
  readonly tag: string | null; // null for a text node
  readonly attrs: Map<string, string>;
  readonly children: FakeNode[];
  readonly style: Record<string, string>;
  readonly text: string;
}

class FakeElement implements FakeNode {
  readonly attrs = new Map<string, string>();
  readonly children: FakeNode[] = [];
  readonly style: Record<string, string> = {};
  constructor(readonly tag: string | null, private readonly value = '') {}
  setAttribute(name: string, value: string): void {
    this.attrs.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  append(...nodes: FakeNode[]): void {
    this.children.push(...nodes);
  }
  get text(): string {
    return this.tag === null ? this.value : this.children.map((c) => c.text).join('');
  }
}

/** A stand-in for `document`, enough for the renderer. */
export const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (text: string) => new FakeElement(null, text),
} as unknown as Document;

/** Every element below `node` (itself included) whose class list has `className`. */
export function byClass(node: unknown, className: string): FakeNode[] {
  const found: FakeNode[] = [];
  const walk = (n: FakeNode): void => {
    if ((n.attrs.get('class') ?? '').split(' ').includes(className)) found.push(n);
    for (const c of n.children) walk(c);
  };
  walk(node as FakeNode);
  return found;
}

/** The text of every element below `node` with `className`. */
export const textsByClass = (node: unknown, className: string): string[] => byClass(node, className).map((n) => n.text);

/** All the text of `node`. */
export const textOf = (node: unknown): string => (node as FakeNode).text;
