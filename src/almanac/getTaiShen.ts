import { taiShenByBranch, taiShenByStem, taiShenDays, taiShenLocations, taiShenPlaces } from '../data/almanac.generated';

/**
 * The 胎神 of a day pillar, `'占门碓 外东南'`: its place (the day stem's part then the day
 * branch's, as the rhyme has it, or the stored whole place) and its location.
 * @internal
 */
export function getTaiShen(dayIndex: number): string {
  const place = taiShenPlaces[dayIndex] ?? (taiShenByStem[dayIndex % 5] as string) + (taiShenByBranch[dayIndex % 6] as string);
  return `${place} ${taiShenLocations[taiShenDays.charCodeAt(dayIndex) - 97] as string}`;
}
