import type { SolarTermName } from '../types';

/** The 24 solar terms in the order of a Gregorian year, 小寒 (index 0) … 冬至 (index 23). Even indices are 节, odd ones 中气. */
export const SOLAR_TERM_NAMES: readonly SolarTermName[] = [
  '小寒', '大寒', '立春', '雨水', '惊蛰', '春分', '清明', '谷雨', '立夏', '小满', '芒种', '夏至',
  '小暑', '大暑', '立秋', '处暑', '白露', '秋分', '寒露', '霜降', '立冬', '小雪', '大雪', '冬至',
];
