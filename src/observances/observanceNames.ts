import { observanceNames as names } from '../data/observances.generated';
import { freezeDeep } from '../internal/freezeDeep';
import type { ObservanceNames } from './types';

/**
 * The Traditional Chinese and English of every string of {@link buddhistDay} and
 * {@link taoistDay} (festival names, results, remarks), keyed by the Simplified Chinese: pass it to
 * `localize` as `options.names`. The renderings are the project's (data/sources/observances.tsv,
 * reviewed); the reference has Simplified Chinese only.
 * @example
 * observanceNames['释迦牟尼佛诞']
 * //=> { 'zh-Hant': '釋迦牟尼佛誕', en: 'Birthday of Shakyamuni Buddha' }
 * @example
 * localize(buddhistDay('2025-05-05').festivals[0], 'en', { names: observanceNames })
 * //=> { name: 'Birthday of Shakyamuni Buddha', result: 'Violators lose twelve years of life', everyMonth: false, remark: null }
 * @category Observances
 * @since 0.7.0
 */
export const observanceNames: ObservanceNames = /* @__PURE__ */ freezeDeep(names);
