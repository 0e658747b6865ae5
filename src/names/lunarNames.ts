/** Month names by month number (index 0 unused): 正月 … 十月, 冬月, 腊月. */
export const LUNAR_MONTH_NAMES: readonly string[] = ['', '正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '腊月'];

/** Leap-month names by month number (index 0 unused): 闰正月 … 闰腊月. */
export const LEAP_MONTH_NAMES: readonly string[] = ['', '闰正月', '闰二月', '闰三月', '闰四月', '闰五月', '闰六月', '闰七月', '闰八月', '闰九月', '闰十月', '闰冬月', '闰腊月'];

/** Day names by day number (index 0 unused): 初一 … 三十. */
export const LUNAR_DAY_NAMES: readonly string[] = [
  '', '初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '廿一', '廿二', '廿三', '廿四', '廿五', '廿六', '廿七', '廿八', '廿九', '三十',
];
