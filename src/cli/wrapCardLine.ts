/** The widest line of the day card, in terminal columns: the Chinese card's widest line (the twelve hours, 101 columns) fits. */
export const CARD_WIDTH = 110;

/** East Asian wide characters (CJK, fullwidth forms) take two columns of a terminal. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The width of `text` in terminal columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** The card's fields on one line are four spaces apart; a field is its label, two spaces, its value. */
const FIELD_GAP = '    ';
const LABEL_GAP = '  ';

/**
 * One line of the day card as lines no wider than `width` columns: its fields (four spaces apart)
 * packed onto as few lines as fit, and a field still too wide broken after the separators of its
 * value (its semicolons where it has any, else its commas or 、; then, where a part is still too
 * wide, its commas and its spaces), each continuation indented under the value's first character.
 * A line that fits is returned as it is.
 */
export function wrapCardLine(line: string, width = CARD_WIDTH): string[] {
  if (displayWidth(line) <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const field of line.split(FIELD_GAP)) {
    const joined = current === '' ? field : current + FIELD_GAP + field;
    if (displayWidth(joined) <= width) {
      current = joined;
      continue;
    }
    if (current !== '') out.push(current);
    if (displayWidth(field) <= width) current = field;
    else {
      const broken = breakField(field, width);
      out.push(...broken.slice(0, -1));
      current = broken[broken.length - 1] as string;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

/** A field wider than `width`, broken after the separators of its value (see {@link wrapCardLine}). */
function breakField(field: string, width: number): string[] {
  const at = field.indexOf(LABEL_GAP);
  const head = at < 0 ? '' : field.slice(0, at + LABEL_GAP.length);
  const indent = ' '.repeat(displayWidth(head));
  // After the list's separators — its semicolons where it has any (its items may hold commas), else
  // its commas or 、 — and a part still too wide after its commas, then its spaces (a Chinese list
  // is one space apart).
  const room = width - indent.length;
  const value = at < 0 ? field : field.slice(head.length);
  const fits = (part: string): boolean => displayWidth(part.trimEnd()) <= room;
  const tokens = value.split(value.includes('; ') ? /(?<=; )/u : /(?<=, |、)/u)
    .flatMap((part) => (fits(part) ? [part] : part.split(/(?<=, )/u)))
    .flatMap((part) => (fits(part) ? [part] : part.split(/(?<= )/u)));
  const lines: string[] = [];
  let current = head;
  for (const token of tokens) {
    if (current.trim() !== '' && current !== head && displayWidth(current + token.trimEnd()) > width) {
      lines.push(current.trimEnd());
      current = indent;
    }
    current += token;
  }
  lines.push(current.trimEnd());
  return lines;
}
