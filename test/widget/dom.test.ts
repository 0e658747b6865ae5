import { describe, expect, it } from 'vitest';
import { adoptEarlyProperties } from '../../src/widget/dom';

describe('adoptEarlyProperties', () => {
  it('moves a value set before the accessor existed onto the accessor, and leaves the rest alone', () => {
    const stored: Record<string, unknown> = {};
    class Element {
      get market(): unknown { return stored['market']; }
      set market(value: unknown) { stored['market'] = value; }
      get festivals(): unknown { return stored['festivals']; }
      set festivals(value: unknown) { stored['festivals'] = value; }
    }
    const el = Object.create(Element.prototype) as Element & Record<string, unknown>;
    Object.defineProperty(el, 'market', { value: { fearGreed: 42 }, writable: true, enumerable: true, configurable: true });
    adoptEarlyProperties(el as unknown as HTMLElement, ['market', 'festivals']);
    expect(Object.prototype.hasOwnProperty.call(el, 'market')).toBe(false);
    expect(stored).toEqual({ market: { fearGreed: 42 } });
    expect(el.market).toEqual({ fearGreed: 42 });
    expect('festivals' in stored).toBe(false);
  });
});
