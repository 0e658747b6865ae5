import type { FestivalNameRendering } from '../festivals/types';
import { verseNames as names } from '../data/verses.generated';
import { freezeDeep } from '../internal/freezeDeep';

/**
 * The Traditional Chinese and English of every verse of {@link mansionVerse} and
 * {@link taiYiVerse}, keyed by the Simplified Chinese: pass it to `localize` as `options.names`
 * (with `observanceNames` too: `{ ...observanceNames, ...verseNames }`). The renderings are the
 * project's (data/sources/verses.tsv, reviewed); the reference has the Chinese only.
 * @example
 * localize(mansionVerse('角'), 'en', { names: verseNames }).slice(0, 60)
 * //=> 'Building and repairs on a day of the Horn (Jiao) mansion bri'
 * @category Verses
 * @since 0.7.0
 */
export const verseNames: Readonly<Record<string, FestivalNameRendering>> = /* @__PURE__ */ freezeDeep(names);
