import type { Mansion, MansionName, NineStar } from '../almanac/types';
import { mansions } from '../data/almanac.generated';
import { mansionVerses, taiYiStars, taiYiVerses } from '../data/verses.generated';
import { rangeError, typeError } from '../internal/errors';

/**
 * The verse of a mansion (二十八宿), as the reference implementation gives it (`Lunar#getXiuSong`):
 * eight clauses on what building, marriage, burial and the rest bring on a day of that mansion.
 * Render it with `localize(verse, 'en', { names: verseNames })`: a verse is a string of its own,
 * which `localize` without `verseNames` returns as it is (as any text it does not know).
 *
 * @param mansion - A mansion's name, `'角'` … `'轸'`, or an almanac's `mansion` (`almanac(date).mansion`).
 * @returns The verse, in Simplified Chinese.
 * @throws {TypeError} If `mansion` is neither a string nor an object with a `name`.
 * @throws {RangeError} If it names no mansion.
 * @example
 * mansionVerse('角')
 * //=> '角星造作主荣昌，外进田财及女郎，嫁娶婚姻出贵子，文人及第见君王，惟有埋葬不可用，三年之后主瘟疫，起工修筑坟基地，堂前立见主人凶。'
 * @example
 * mansionVerse(almanac('2025-12-18').mansion).slice(0, 7) // 斗
 * //=> '斗星造作主招财'
 * @category Verses
 * @since 0.7.0
 */
export function mansionVerse(mansion: MansionName | Mansion): string {
  const name: unknown = typeof mansion === 'object' && mansion !== null ? (mansion as { name?: unknown }).name : mansion;
  if (typeof name !== 'string') throw typeError('mansionVerse', 'mansion', "a mansion's name ('角' … '轸') or an almanac's mansion", mansion);
  const i = mansions.indexOf(name as MansionName);
  if (i < 0) throw rangeError('mansionVerse', 'mansion', "one of the 28 mansions' names, '角' … '轸'", mansion);
  return mansionVerses[i] as string;
}

/**
 * The verse of a nine star (九星) in 太乙, as the reference implementation gives it
 * (`NineStar#getSongInTaiYi`). Render it with `localize(verse, 'en', { names: verseNames })`
 * (without `verseNames`, `localize` returns it as it is).
 *
 * @param star - The star's name in 太乙 (`'太乙'`, `'摄提'`, `'轩辕'`, `'招摇'`, `'天符'`, `'青龙'`, `'咸池'`, `'太阴'`, `'天乙'`), a nine star of the almanac (`almanac(date).nineStar`) or its `taiYi`.
 * @returns The verse, in Simplified Chinese.
 * @throws {TypeError} If `star` is neither a string nor a nine star.
 * @throws {RangeError} If it names none of the nine.
 * @example
 * taiYiVerse('太乙').slice(0, 11)
 * //=> '门中太乙明，星官号贪狼'
 * @example
 * taiYiVerse(almanac('2025-12-18').nineStar) === taiYiVerse(almanac('2025-12-18').nineStar.taiYi.star)
 * //=> true
 * @category Verses
 * @since 0.7.0
 */
export function taiYiVerse(star: string | NineStar | NineStar['taiYi']): string {
  // A nine star ({ taiYi: { star } }) or its 太乙 part ({ star }).
  const part: unknown = typeof star === 'object' && star !== null ? ((star as { taiYi?: unknown }).taiYi ?? star) : undefined;
  const name: unknown = part === undefined ? star : typeof part === 'object' && part !== null ? (part as { star?: unknown }).star : undefined;
  if (typeof name !== 'string') throw typeError('taiYiVerse', 'star', "a star's name in 太乙 ('太乙' … '天乙') or a nine star of the almanac", star);
  const i = taiYiStars.indexOf(name);
  if (i < 0) throw rangeError('taiYiVerse', 'star', `one of the nine stars' names in 太乙: ${taiYiStars.map((s) => `'${s}'`).join(', ')}`, star);
  return taiYiVerses[i] as string;
}
