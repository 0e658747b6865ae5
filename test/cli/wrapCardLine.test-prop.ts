import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { formatTarget } from '../../src/cli/formatTarget';
import { CARD_WIDTH, displayWidth, wrapCardLine } from '../../src/cli/wrapCardLine';
import { fromEpochDay } from '../../src/calendar/epochDay';

const day = fc.integer({ min: -25567, max: 47481 }).map((n) => {
  const { year, month, day: d } = fromEpochDay(n);
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
});
const lang = fc.constantFrom('zh-Hans' as const, 'zh-Hant' as const, 'en' as const);
/** The text of lines without the layout: runs of spaces as one, none after 、. */
const content = (lines: readonly string[]): string => lines.join(' ').replace(/\s+/g, ' ').replace(/、 /g, '、').trim();

test.prop([day, lang], { numRuns: 120 })('every line of the day card fits 110 columns', (date, locale) => {
  const lines = formatTarget(date, { json: false, lang: locale }).split('\n');
  expect(lines.filter((line) => displayWidth(line) > CARD_WIDTH)).toEqual([]);
});

test.prop([fc.array(fc.constantFrom('嫁娶', '祈福', '求嗣', '出行', '进人口', '破土'), { minLength: 1, maxLength: 40 }), fc.integer({ min: 30, max: 120 })])('a Chinese list, one space apart, broken after its spaces', (words, width) => {
  const line = `宜  ${words.join(' ')}`;
  const out = wrapCardLine(line, width);
  expect(content(out)).toBe(content([line]));
  expect(out.filter((l) => displayWidth(l) > width)).toEqual([]);
  for (const l of out.slice(1)) expect(l.startsWith('    ') && l.charAt(4) !== ' ').toBe(true);
});

test.prop([fc.array(fc.stringMatching(/^[A-Za-z]{1,12}$/), { minLength: 1, maxLength: 40 }), fc.integer({ min: 30, max: 120 })])('a field broken after its commas: no line wider than the width (but a lone word), each continuation under the value', (words, width) => {
  const line = `Label  ${words.join(', ')}`;
  const out = wrapCardLine(line, width);
  expect(content(out)).toBe(content([line]));
  for (const [i, l] of out.entries()) {
    if (displayWidth(l) > width) expect(l.trim().split(' ').length === 1 || (i === 0 && l.split(', ').length === 1)).toBe(true);
    if (i > 0) expect(l.startsWith('       ') && l.charAt(7) !== ' ').toBe(true);
  }
  if (displayWidth(line) <= width) expect(out).toEqual([line]);
});
