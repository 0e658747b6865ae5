import { rangeError, typeError } from '../internal/errors';
import { getChecksum } from './getChecksum';
import type { FestivalSet } from './types';

/** What a festival set must be, as the messages say it. @internal */
export const FESTIVAL_SET = 'a festival set of huangli/festivals (gregorianFestivals, or made by festivalSet() and unchanged since)';

// Sets whose checksum matched, kept only when deeply frozen (so they cannot change since): an
// entry lives as long as the caller's set, and the memo is seen only in the speed.
const sealed = /* @__PURE__ */ new WeakSet<object>();

const isDeepFrozen = (o: object): boolean => Object.isFrozen(o) && Object.values(o).every((v: unknown) => v === null || typeof v !== 'object' || isDeepFrozen(v));

/**
 * `options.festivals` of `fn`: `undefined` for the traditional festivals only (`undefined` or
 * `'traditional'`), else the set, which must carry the checksum of its content that
 * `festivalSet()` wrote (a TypeError otherwise; a string, `'all'` of the 0.6.0 drafts among them,
 * is a RangeError). The set's content is checked by festivalSet (huangli/festivals), so that the
 * main bundle does not carry the checks. @internal
 */
export function readFestivalsOption(fn: string, value: unknown): FestivalSet | undefined {
  if (value === undefined || value === 'traditional') return undefined;
  if (!sealed.has(value as object)) {
    const checksum = (value as { checksum?: unknown } | null)?.checksum;
    if (typeof checksum !== 'string' || checksum !== getChecksum(value as FestivalSet)) throw (typeof value === 'string' ? rangeError : typeError)(fn, 'options.festivals', `'traditional' or ${FESTIVAL_SET}`, value);
    if (isDeepFrozen(value as object)) sealed.add(value as object);
  }
  return value as FestivalSet;
}
