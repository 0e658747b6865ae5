import { BRANCHES } from '../names/stemsBranches';
import type { Branch } from '../types';
import type { ThreePillars, XunName } from './types';
import { emptySlots } from '../internal/memo';

/** The six 旬 with their void branches, built on first use and shared (frozen). */
let xuns: readonly (readonly [XunName, readonly [Branch, Branch]])[] | undefined;

/** The 旬 of a pillar (0 = 甲子) and its 旬空, shared and frozen (LunarUtil.getXun, getXunKong). @internal */
export function xunOf(pillar: number): readonly [XunName, readonly [Branch, Branch]] {
  xuns ??= Object.freeze(Array.from({ length: 6 }, (_, x) => {
    // The 旬 begins at 甲 (pillar 10x, branch 10x mod 12); its void branches follow its tenth pillar's.
    const first = (10 * x) % 12;
    return Object.freeze([`甲${BRANCHES[first] as string}` as XunName, Object.freeze([BRANCHES[(first + 10) % 12], BRANCHES[(first + 11) % 12]] as [Branch, Branch])] as const);
  }));
  return xuns[Math.floor(pillar / 10)] as readonly [XunName, readonly [Branch, Branch]];
}

type XunAndKong = readonly [ThreePillars<XunName>, ThreePillars<readonly [Branch, Branch]>];

/** The pairs built so far, by the three 旬 (6 · 6 · 6 of them): frozen and shared, so no caller can tell. */
const memo = /* @__PURE__ */ emptySlots<XunAndKong>(216);

/**
 * The 旬 (the ten pillars from a 甲 day) of the year, month and day pillars, and their 旬空 (空亡),
 * as the reference's LunarUtil.getXun and getXunKong. @internal
 */
export function getXunAndKong(year: number, month: number, day: number): XunAndKong {
  const key = Math.floor(year / 10) * 36 + Math.floor(month / 10) * 6 + Math.floor(day / 10);
  return (memo[key] ??= buildXunAndKong(year, month, day));
}

function buildXunAndKong(year: number, month: number, day: number): XunAndKong {
  const [y, yk] = xunOf(year);
  const [m, mk] = xunOf(month);
  const [d, dk] = xunOf(day);
  // The pair is internal (a plain array: the engine reads a frozen array's elements several times slower); its records are frozen.
  return [Object.freeze({ year: y, month: m, day: d }), Object.freeze({ year: yk, month: mk, day: dk })] as const;
}
