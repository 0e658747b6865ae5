import { mansionAnimals, mansionLuck, mansionPalaces, mansions, mansionZheng, palaceBeasts } from '../data/almanac.generated';
import type { Mansion, MansionAnimal, MansionName } from './types';
import { emptySlots } from '../internal/memo';

/** The 28 mansions, built on first use and shared: frozen, so no caller can tell. */
const memo = /* @__PURE__ */ emptySlots<Mansion>(28);

/** The mansion (宿) 角 (0) … 轸 (27) with its luck, animal, palace, beast and 七政, one frozen object each. @internal */
export function getMansion(index: number): Mansion {
  return (memo[index] ??= buildMansion(index));
}

function buildMansion(mansion: number): Mansion {
  const palace = mansionPalaces[Math.floor(mansion / 7)] as Mansion['palace'];
  return Object.freeze({
    name: mansions[mansion] as MansionName, luck: mansionLuck[mansion] as '吉' | '凶', animal: mansionAnimals[mansion] as MansionAnimal,
    palace, beast: palaceBeasts[palace], zheng: mansionZheng.charAt(mansion % 7) as Mansion['zheng'],
  });
}
