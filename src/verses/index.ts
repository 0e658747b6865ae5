/**
 * `huangli/verses`: the verses the reference implementation carries for a day's mansion (二十八宿,
 * `Lunar#getXiuSong`) and for the nine stars in 太乙 (`NineStar#getSongInTaiYi`), and
 * `verseNames`, their Traditional Chinese and English for `localize`. A subpath, so that the
 * almanac's bundle does not carry 37 verses in three languages.
 *
 * @module huangli/verses
 */
export { mansionVerse, taiYiVerse } from './verses';
export { verseNames } from './verseNames';
