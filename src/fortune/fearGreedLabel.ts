import { rangeError, typeError } from '../internal/errors';
import { FEAR_GREED_WORDS } from './fortuneTerms';
import type { FearGreedWord } from './types';

/**
 * The card's word for a fear-and-greed index (0 = extreme fear, 100 = extreme greed), by the
 * bands of the common crypto fear-and-greed indices: 0–24 极恐 (extreme fear), 25–44 恐惧 (fear),
 * 45–55 中性 (neutral), 56–75 贪婪 (greed), 76–100 极贪 (extreme greed). Fractions are allowed
 * and fall in the band below the next integer bound (24.9 is 极恐).
 *
 * @param index - The index value, a number from 0 to 100.
 * @returns The word.
 * @throws {TypeError} If `index` is not a number, or is `NaN`.
 * @throws {RangeError} If `index` is below 0 or above 100.
 * @example
 * fearGreedLabel(17)
 * //=> '极恐'
 * @example
 * [0, 25, 50, 60, 100].map(fearGreedLabel)
 * //=> ['极恐', '恐惧', '中性', '贪婪', '极贪']
 * @category Fortune
 * @since 0.3.0
 */
export function fearGreedLabel(index: number): FearGreedWord {
  if (typeof index !== 'number' || Number.isNaN(index)) throw typeError('fearGreedLabel', 'index', 'a number from 0 to 100', index);
  if (index < 0 || index > 100) throw rangeError('fearGreedLabel', 'index', 'a number from 0 to 100', index);
  const band = index < 25 ? 0 : index < 45 ? 1 : index < 56 ? 2 : index < 76 ? 3 : 4;
  return FEAR_GREED_WORDS[band] as FearGreedWord;
}
