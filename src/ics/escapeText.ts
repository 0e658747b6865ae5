/**
 * A TEXT value as RFC 5545 (§3.3.11) writes it: `\` → `\\`, `;` → `\;`, `,` → `\,`, and each line
 * break (`\r\n`, `\r` or `\n`) → `\n`. Unescaping gives the text back, with `\n` line breaks. @internal
 */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (ch) => `\\${ch}`).replace(/\r\n?|\n/g, '\\n');
}
