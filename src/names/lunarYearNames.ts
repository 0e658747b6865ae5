import { LUNAR_DAY_NAMES } from './lunarNames';

/**
 * The counts of the 灶马头, the year's page of the almanac printed on the kitchen god's print: each
 * is the day of 正月 (初一 counting as one) of the first day of a branch (the rats' 子, …) or a stem
 * (甲, 丙, 辛, …), written into its phrase at 几. Two phrases hold two counts: the people by the 寅
 * day, then the 丙 (or 丁, the hoes). In the order of lunar-javascript's LunarYear (getTouLiang …
 * getRenChu): the phrase, then what is counted, `b` and a branch or `s` and a stem. @internal
 */
export const ZAO_MA_TOU: readonly (readonly string[])[] = /* @__PURE__ */ (
  '几鼠偷粮 b0,草子几分 b0,几牛耕田 b1,花收几分 b3,几龙治水 b4,几马驮谷 b6,几鸡抢米 b9,几姑看蚕 b9,几屠共猪 b11,甲田几分 s0,几人分饼 s2,几日得金 s7,几人几丙 b2 s2,几人几锄 b2 s3'
).split(',').map((entry) => entry.split(' '));

/** The three eras (三元) of 60 years, from 上元 at 1864. @internal */
export const SAN_YUAN: readonly string[] = /* @__PURE__ */ [...'上中下'].map((c) => `${c}元`);

/** The nine periods (九运) of 20 years, 一运 from 1864 (九运: 2024–2043). @internal */
export const JIU_YUN: readonly string[] = /* @__PURE__ */ [...'一二三四五六七八九'].map((c) => `${c}运`);

/** A count of the 灶马头 (1–12) as printed: '一' … '十', '十一', '十二' (the lunar days' numerals without 初). @internal */
export function countNumeral(count: number): string {
  const day = LUNAR_DAY_NAMES[count] as string;
  return count > 10 ? day : day.charAt(1);
}
