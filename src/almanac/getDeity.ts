import { deities, deityTypes } from '../data/almanac.generated';
import type { Deity } from './types';
import { emptySlots } from '../internal/memo';

/** The twelve deities, built on first use and shared: frozen, so no caller can tell. */
const memo = /* @__PURE__ */ emptySlots<Deity>(12);

/** The deity (天神) 青龙 (0) … 勾陈 (11), one frozen object each. @internal */
export function getDeity(index: number): Deity {
  return (memo[index] ??= Object.freeze({ name: deities[index] as Deity['name'], type: deityTypes[index] as Deity['type'] }));
}
