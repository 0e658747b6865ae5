import type { HolidayFestival } from './types';

/** The festivals, in the order of their one-letter codes in the compact data (a, b, …). @internal */
export const FESTIVALS: readonly HolidayFestival[] = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节', '抗战胜利纪念日'];
