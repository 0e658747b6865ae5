/** The octets of a code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * A content line folded as RFC 5545 (§3.1) asks: no physical line longer than 75 octets of UTF-8
 * (the line break excluded), each continuation line starting with one space, which counts. Folds
 * fall between code points, so a multi-octet character (CJK, an emoji) is never split. @internal
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  let start = 0;
  let i = 0;
  while (i < line.length) {
    const codePoint = line.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const n = utf8Length(codePoint);
    if (octets + n > 75) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 1; // the leading space
    }
    octets += n;
    i += width;
  }
  return out + line.slice(start);
}
