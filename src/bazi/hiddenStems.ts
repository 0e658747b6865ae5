/**
 * The stems hidden in each branch (地支藏干), 子 … 亥, as stem indices (甲 0 … 癸 9), the main
 * qi (本气) first, then the middle and residual qi (中气, 余气), as the reference lists them.
 * @internal
 */
export const HIDDEN_STEMS: readonly (readonly number[])[] = [
  [9], //        子: 癸
  [5, 9, 7], //  丑: 己 癸 辛
  [0, 2, 4], //  寅: 甲 丙 戊
  [1], //        卯: 乙
  [4, 1, 9], //  辰: 戊 乙 癸
  [2, 6, 4], //  巳: 丙 庚 戊
  [3, 5], //     午: 丁 己
  [5, 3, 1], //  未: 己 丁 乙
  [6, 8, 4], //  申: 庚 壬 戊
  [7], //        酉: 辛
  [4, 7, 3], //  戌: 戊 辛 丁
  [8, 0], //     亥: 壬 甲
];
