// RFC 5545 text: escaping (§3.3.11) and folding (§3.1) of random text with commas, semicolons,
// backslashes, line breaks, CJK and emoji. Unfolding and unescaping give the text back, by hand
// and through a real parser (ical.js); no physical line exceeds 75 octets or splits a character.
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { expect, test as plainTest } from 'vitest';
import { escapeText } from '../../src/ics/escapeText';
import { foldLine } from '../../src/ics/foldLine';

const pieces = fc.constantFrom(',', ';', '\\', '\n', '\r\n', ':', '"', ' ', 'a', 'Z', '9', 'é', 'ß', '宜', '忌', '冬至', '闰二月', '𠀋', '😀', '👨‍👩‍👧', '🇨🇳', '\t');
const text = fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
/** What the text is after a round trip: every line break becomes '\n' (the one RFC 5545 writes). */
const normalised = (s: string): string => s.replace(/\r\n?/g, '\n');

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

test.prop([text, fc.constantFrom('SUMMARY:', 'SUMMARY;LANGUAGE=zh-Hans:', 'DESCRIPTION;LANGUAGE=en:')])('fold + escape, then unfold + unescape, gives the text back; no line over 75 octets', (s, prefix) => {
  const folded = foldLine(prefix + escapeText(s));
  for (const line of folded.split('\r\n')) {
    const bytes = encoder.encode(line);
    expect(bytes.length).toBeLessThanOrEqual(75);
    expect(decoder.decode(bytes)).toBe(line); // no character split (a lone surrogate would not survive)
  }
  expect(folded.split('\r\n').slice(1).every((line) => line.startsWith(' '))).toBe(true);
  const unfolded = folded.replaceAll('\r\n ', '');
  expect(unfolded.startsWith(prefix)).toBe(true);
  expect(unescape(unfolded.slice(prefix.length))).toBe(normalised(s));
});

test.prop([text, text])('ical.js reads the summary and description back', (summary, description) => {
  const ics = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:x@test', 'DTSTAMP:19700101T000000Z', 'DTSTART;VALUE=DATE:20260101',
    foldLine(`SUMMARY;LANGUAGE=zh-Hans:${escapeText(summary)}`), foldLine(`DESCRIPTION:${escapeText(description)}`), 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  expect([event?.getFirstPropertyValue('summary'), event?.getFirstPropertyValue('description')]).toEqual([normalised(summary), normalised(description)]);
});

test.prop([fc.string({ unit: 'binary', maxLength: 300 })])('a fold falls only between code points, as late as 75 octets allow', (s) => {
  const lines = foldLine(s).split('\r\n');
  expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(s);
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next === undefined) return;
    // The next character would not have fitted on this line.
    const nextChar = String.fromCodePoint(next.codePointAt(1) as number);
    expect(encoder.encode(line).length + encoder.encode(nextChar).length).toBeGreaterThan(75);
  });
});

test.prop([text])('an escaped value holds no bare comma, semicolon, backslash or line break (RFC 5545 TEXT)', (s) => {
  expect(escapeText(s).replace(/\\[\\;,n]/g, '')).not.toMatch(/[\\;,\r\n]/);
});

plainTest('escapeText of each special character', () => {
  expect(escapeText('a,b;c\\d\ne\r\nf\rg')).toBe('a\\,b\\;c\\\\d\\ne\\nf\\ng');
});
