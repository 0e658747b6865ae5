import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test as plainTest } from 'vitest';
import { hantCharacters } from '../../src/data/i18n.generated';
import { decodeHantCharacters, encodeHantCharacters } from '../../src/i18n/hantCodec';

/** A character of the CJK blocks the map draws on (Unified Ideographs and Extension A and B). */
const han = fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fff }), fc.integer({ min: 0x3400, max: 0x4dbf }), fc.integer({ min: 0x20000, max: 0x2a6df }));

describe('zh-Hant character map codec', () => {
  test.prop([fc.uniqueArray(fc.tuple(fc.integer({ min: 0x4e00, max: 0x2a6df }), han), { selector: ([hans]) => hans, maxLength: 300 })], { numRuns: 60 })(
    'decoding an encoded map gives back every pair, in any input order',
    (entries) => {
      const pairs = entries.map(([a, b]) => [String.fromCodePoint(a), String.fromCodePoint(b)] as const);
      const encoded = encodeHantCharacters(pairs);
      expect(encoded).toMatch(/^[#-[\]-~]*$/); // printable ASCII without a quote or a backslash
      expect(new Map(decodeHantCharacters(encoded))).toEqual(new Map(pairs));
    },
  );

  plainTest('exact encoding: gaps from U+4E00, zigzag deltas, base 45 with continuation digits', () => {
    // 丗 U+4E17: gap 23 ':', 世 U+4E16: delta -1 → 1 '$'; 东 U+4E1C: gap 5 '(', 東 U+6771: delta 6485 →
    // 12970 = 6·45² + 18·45 + 10 → 'V' (35 + 45 + 6), 'c' (35 + 45 + 18, one past the skipped backslash), '-' (35 + 10)
    expect(encodeHantCharacters([['东', '東'], ['丗', '世']])).toBe(':$(Vc-');
    expect(encodeHantCharacters([])).toBe('');
  });

  plainTest('a repeated or too-early Simplified character is refused', () => {
    expect(() => encodeHantCharacters([['东', '東'], ['东', '冬']])).toThrow(RangeError);
    expect(() => encodeHantCharacters([['a', 'b']])).toThrow(/U\+4E00/);
  });

  plainTest('the shipped map decodes to the 249 pairs of the glossary (the chart added 伤 → 傷 and 杀 → 殺, the pentads, signs and 六曜 36 more, the statutory holidays’ 劳动节, 国庆节 and 抗战胜利纪念日 劳, 国, 庆, 战 and 纪, lunarYear’s 九运 and 灶马头 几, 抢, 粮, 蚕, 运, 锄, 饼 and 驮, the nine stars’ 玄空, 奇门 and 太乙 names 军, 摄, 禄 (日禄’s too), 贞, 轩, 辅 and 辕; the Gregorian days bring their own renderings), among them 东 → 東 and 龙 → 龍', () => {
    const map = decodeHantCharacters(hantCharacters);
    expect(map.size).toBe(249);
    expect([map.get('禄'), map.get('进')]).toEqual(['祿', '進']);
    expect([map.get('东'), map.get('龙'), map.get('发'), map.get('甲'), map.get('鸟'), map.get('蝎')]).toEqual(['東', '龍', '發', undefined, '鳥', '蠍']);
    expect([map.get('劳'), map.get('国'), map.get('庆')]).toEqual(['勞', '國', '慶']);
    // 发 is 發 more often than 髮 since the pentads (雷乃發聲): 理髮 is an exception.
  });
});
