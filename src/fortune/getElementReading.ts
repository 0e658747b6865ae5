import { BRANCHES, STEMS } from '../names/stemsBranches';
import type { Branch, Stem } from '../types';
import { FIVE_ELEMENTS } from './fortuneTerms';
import type { ElementPart, ElementReading, ElementRelation, FiveElement } from './types';
/** Element index (in FIVE_ELEMENTS) of each stem and of each branch. */
const STEM_ELEMENT = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4];
const BRANCH_ELEMENT = [4, 2, 0, 0, 2, 1, 1, 2, 3, 3, 2, 4];
/** Relation of an element to another, by their distance along the generating cycle. */
const BY_DISTANCE: readonly ElementRelation[] = ['same', 'generates', 'overcomes', 'overcome', 'generated'];

function part(name: Stem | Branch, element: number, month: number): ElementPart {
  return Object.freeze({ name, element: FIVE_ELEMENTS[element] as FiveElement, relation: BY_DISTANCE[(month - element + 5) % 5] as ElementRelation });
}

/** The card's wording of one part: 辛生水, 辛克木, 水生辛, 火克辛, 辛同金; the branch adds its element (酉金生水). */
function describe(p: ElementPart, month: string, withElement: boolean): string {
  const subject = withElement ? p.name + p.element : p.name;
  switch (p.relation) {
    case 'generates': return `${subject}生${month}`;
    case 'overcomes': return `${subject}克${month}`;
    case 'generated': return `${month}生${subject}`;
    case 'overcome': return `${month}克${subject}`;
    default: return `${subject}同${month}`;
  }
}

/** The five-element relation of the day stem and branch to the element of the month branch (子 → 水). @internal */
export function getElementReading(dayStem: number, dayBranch: number, monthBranch: number): ElementReading {
  const monthElement = BRANCH_ELEMENT[monthBranch] as number;
  const month = FIVE_ELEMENTS[monthElement] as FiveElement;
  const stem = part(STEMS[dayStem] as Stem, STEM_ELEMENT[dayStem] as number, monthElement);
  const branch = part(BRANCHES[dayBranch] as Branch, BRANCH_ELEMENT[dayBranch] as number, monthElement);
  return Object.freeze({ text: `${describe(stem, month, false)},${describe(branch, month, true)}`, month, stem, branch });
}

/** The relations only, without building text: for scoring many days. @internal */
export function getElementRelations(dayStem: number, dayBranch: number, monthBranch: number): [ElementRelation, ElementRelation] {
  const m = BRANCH_ELEMENT[monthBranch] as number;
  return [BY_DISTANCE[(m - (STEM_ELEMENT[dayStem] as number) + 5) % 5] as ElementRelation, BY_DISTANCE[(m - (BRANCH_ELEMENT[dayBranch] as number) + 5) % 5] as ElementRelation];
}
