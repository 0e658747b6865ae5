import { shaByBranch, zodiac } from '../data/almanac.generated';
import { BRANCHES, STEMS } from '../names/stemsBranches';
import type { Clash, ShaDirection, ZodiacAnimal } from './types';
import { emptySlots } from '../internal/memo';

/** The clashes built so far, by stem · 12 + branch: frozen and shared, so no caller can tell. */
const memo = /* @__PURE__ */ emptySlots<Clash>(120);

/** The clash (冲煞) of a day or hour with the given stem and branch (0-based): stem + 4, branch + 6. @internal */
export function getClash(stem: number, branch: number): Clash {
  return (memo[stem * 12 + branch] ??= buildClash(stem, branch));
}

function buildClash(stem: number, branch: number): Clash {
  const clashBranch = (branch + 6) % 12;
  const animal = zodiac[clashBranch] as ZodiacAnimal;
  const pillar = (STEMS[(stem + 4) % 10] as string) + (BRANCHES[clashBranch] as string);
  const direction = shaByBranch[branch] as ShaDirection;
  return Object.freeze({ zodiac: animal, pillar, direction, text: `冲${animal}(${pillar})煞${direction}` });
}
