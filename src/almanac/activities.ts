import { activityNames } from '../data/almanac.generated';
import type { Activity } from './types';

/**
 * Every activity that can appear in a day's or an hour's 宜/忌 (116 of them, canonical Simplified
 * Chinese, most frequent first). A value of `almanac(d).yi` or `.ji` is always one of these.
 *
 * @example
 * activities.slice(0, 4)
 * //=> ['嫁娶', '安葬', '出行', '祭祀']
 * @example
 * activities.includes('交易')
 * //=> true
 * @category Almanac
 * @since 0.2.0
 */
export const activities: readonly Activity[] = activityNames as readonly Activity[];
