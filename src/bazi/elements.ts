import type { FiveElement } from '../fortune/types';

/** The element of each stem, 甲 … 癸: two of each, 木火土金水. @internal */
export const STEM_ELEMENTS: readonly FiveElement[] = ['木', '木', '火', '火', '土', '土', '金', '金', '水', '水'];

/** The element of each branch, 子 … 亥. @internal */
export const BRANCH_ELEMENTS: readonly FiveElement[] = ['水', '土', '木', '木', '土', '火', '火', '土', '金', '金', '土', '水'];
