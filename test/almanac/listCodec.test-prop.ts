import { test } from '@fast-check/vitest';
import { test as plainTest } from 'vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { decodeListPairs, encodeListPairs, lookupListPairs } from '../../src/almanac/listCodec';

const vocabulary = Array.from({ length: 178 }, (_, i) => `w${i}`);
const list = fc.array(fc.integer({ min: 0, max: 177 }), { maxLength: 40 });

test.prop([fc.array(fc.tuple(list, list), { minLength: 1, maxLength: 50 })])('decoding an encoded table gives back every list', (pairs) => {
  const decoded = decodeListPairs(encodeListPairs(pairs), vocabulary);
  expect(decoded.map(([a, b]) => [a, b])).toEqual(pairs.map(([a, b]) => [a.map((i) => `w${i}`), b.map((i) => `w${i}`)]));
});

test.prop([fc.array(fc.tuple(list, list), { minLength: 1, maxLength: 50 }), fc.array(fc.nat(), { maxLength: 20 })])(
  'the lazy lookup gives each cell as the whole decode does, its name lists frozen, and the same pair on every use',
  (pairs, picks) => {
    const table = encodeListPairs(pairs);
    const whole = decodeListPairs(table, vocabulary);
    const lookup = lookupListPairs(table, vocabulary);
    for (const pick of picks) {
      const cell = pick % pairs.length;
      const pair = lookup(cell);
      expect(pair).toEqual(whole[cell]);
      // The pair itself is internal and a plain array (read faster than a frozen one); the lists it holds are handed out, frozen.
      expect(Object.isFrozen(pair[0]) && Object.isFrozen(pair[1])).toBe(true);
      expect(lookup(cell)).toBe(pair);
    }
  },
);

plainTest('an index beyond the two-character range is refused, not mangled', () => {
  expect(() => encodeListPairs([[[178], []]])).toThrow(RangeError);
});
