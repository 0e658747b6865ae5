import type { GrowthStage } from './types';

/** The twelve stages of life (十二长生) in order. */
const GROWTH_STAGES: readonly GrowthStage[] = ['长生', '沐浴', '冠带', '临官', '帝旺', '衰', '病', '死', '墓', '绝', '胎', '养'];

/**
 * The branch (0 子 … 11 亥) where each stem (甲 … 癸) is born (长生): 甲 亥, 乙 午, 丙戊 寅,
 * 丁己 酉, 庚 巳, 辛 子, 壬 申, 癸 卯. Yang stems go forward through the branches, yin stems
 * backward (阳顺阴逆), with 戊 and 己 following 丙 and 丁 (火土同宫, the reference's school).
 */
const BIRTH_BRANCH: readonly number[] = [11, 6, 2, 9, 2, 9, 5, 0, 8, 3];

/** The stage of life (地势) of stem `stem` (0–9) at branch `branch` (0–11). @internal */
export function getGrowthStage(stem: number, branch: number): GrowthStage {
  const birth = BIRTH_BRANCH[stem] as number;
  const steps = (stem & 1) === 0 ? branch - birth : birth - branch;
  return GROWTH_STAGES[(steps + 12) % 12] as GrowthStage;
}
