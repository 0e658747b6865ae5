import { gregorianFestivalData } from '../data/festivals.generated';
import { freezeDeep } from '../internal/freezeDeep';
import { decodeFestivalSet } from './decodeFestivalSet';
import type { FestivalSet } from './types';

/**
 * The Gregorian and international days, as the reference implementation (lunar-javascript
 * 1.7.7, `Solar#getFestivals` and `Solar#getOtherFestivals`) lists them: 17 festivals on a fixed
 * date (元旦节, 妇女节, 劳动节, 国庆节, 圣诞节 …), 7 on a weekday of a week (母亲节 on the second
 * Sunday of May, 感恩节 on the fourth Thursday of November …), 158 other days (世界地球日, 记者节,
 * 程序员节 …), and the Traditional Chinese and English of their 182 names (the reviewed glossary,
 * data/sources/glossary.tsv). A deeply frozen, JSON-safe {@link FestivalSet}: pass it as
 * `options.festivals` to `almanac` to list them after the traditional festivals (kinds `'solar'`
 * and `'solar-other'`), and to `localize` to render their names. It is a subpath's value, so that
 * only the applications that import it carry it. The days hold in every year, before they were
 * instituted too, as in the reference (docs/festivals.md).
 * @example
 * almanac('2025-10-01', { festivals: gregorianFestivals }).festivals // import { gregorianFestivals } from 'huangli/festivals'
 * //=> [{ name: '国庆节', kind: 'solar' }, { name: '国际老年人日', kind: 'solar-other' }]
 * @example
 * localize(almanac('2025-05-11', { festivals: gregorianFestivals }).festivals, 'en', { festivals: gregorianFestivals }).map((f) => f.name)
 * //=> ["Mother's Day", 'World Obesity Day']
 * @example
 * [gregorianFestivals.fixed['12-25'], gregorianFestivals.other['4-22'], Object.keys(gregorianFestivals.names).length, Object.isFrozen(gregorianFestivals.names['圣诞节'])]
 * //=> [['圣诞节'], ['世界地球日', '列宁诞辰纪念日'], 182, true]
 * @category Almanac
 * @since 0.6.0
 */
export const gregorianFestivals: FestivalSet = /* @__PURE__ */ freezeDeep(decodeFestivalSet(gregorianFestivalData));
