import { LUNAR_DAY_NAMES } from '../names/lunarNames';

/** Looks a term up in one category of a table of stored translations. @internal */
export type Lookup = (category: string, term: string) => string | undefined;

/**
 * English of a term, composed where the term is made of parts — a pillar (`'辛酉'` →
 * `'Xin-You'`), a leap month (`'闰二月'` → `'Leap second month'`), a lunar day (`'廿九'` →
 * `'Day 29'`), a 胎神 place (`'厨灶门 外东南'`) — and looked up otherwise. @internal
 */
export function composeEnglish(category: string, term: string, lookup: Lookup): string | undefined {
  if (category === 'pillar') {
    const stem = lookup('stem', term.charAt(0));
    const branch = lookup('branch', term.charAt(1));
    return term.length !== 2 || stem === undefined || branch === undefined ? undefined : `${stem}-${branch}`;
  }
  if (category === 'lunar-month' && term.startsWith('闰')) {
    const month = lookup('lunar-month', term.slice(1));
    return month === undefined ? undefined : `Leap ${month.charAt(0).toLowerCase()}${month.slice(1)}`;
  }
  if (category === 'lunar-day') {
    const day = LUNAR_DAY_NAMES.indexOf(term);
    return day > 0 ? `Day ${day}` : undefined;
  }
  if (category === 'fetus-god') {
    const space = term.indexOf(' ');
    const place = lookup('fetus-place', term.slice(0, space));
    const location = lookup('fetus-location', term.slice(space + 1));
    return space < 0 || place === undefined || location === undefined ? undefined : `${place}, ${location}`;
  }
  return lookup(category, term);
}

/** Traditional Chinese of a term: its exception if it has one, else character by character. @internal */
export function toTraditional(term: string, characters: ReadonlyMap<string, string>, exceptions: Readonly<Record<string, string>>): string {
  if (Object.prototype.hasOwnProperty.call(exceptions, term)) return exceptions[term] as string;
  let out = '';
  for (const ch of term) out += characters.get(ch) ?? ch;
  return out;
}
