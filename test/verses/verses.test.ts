import { describe, expect, it } from 'vitest';
import { fromEpochDayIn, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { almanac, localize } from '../../src/index';
import { observanceNames } from '../../src/observances/index';
import { mansionVerse, taiYiVerse, verseNames } from '../../src/verses/index';
import { reference } from '../support/reference';
import { seededRandom } from '../support/seededRandom';

/* eslint-disable @typescript-eslint/no-explicit-any -- the reference's objects */
const { LunarUtil, NineStar } = reference as any;
const HAN = /\p{Script=Han}/u;
const MANSIONS = [...'角亢氐房心尾箕斗牛女虚危室壁奎娄胃昴毕觜参井鬼柳星张翼轸'];

describe('the verses against lunar-javascript', () => {
  it('gives each mansion its verse (LunarUtil.XIU_SONG) and each star in 太乙 its verse (NineStar#getSongInTaiYi)', () => {
    expect(MANSIONS.map((m) => mansionVerse(m as never))).toEqual(MANSIONS.map((m) => LunarUtil.XIU_SONG[m]));
    for (let i = 0; i < 9; i++) {
      const star = NineStar.fromIndex(i);
      expect(taiYiVerse(star.getNameInTaiYi())).toBe(star.getSongInTaiYi());
    }
  });

  // 1 … 9998: before 1 and in 9999 (whose term table reaches the year 10000) the reference's Lunar
  // fails on its padded-string dates (docs/almanac.md); the day-item sweeps check the almanac's 九星 there.
  it("gives the day's verses, read from its almanac, as the reference's Lunar does, on 400 days of 1 … 9998", () => {
    const random = seededRandom(20261203);
    const first = toEpochDayIn('julian', 1, 1, 1);
    const last = toEpochDayIn('julian', 9998, 12, 31);
    const days = Array.from({ length: 400 }, () => first + Math.floor(random() * (last - first + 1)));
    const differences = days.filter((n) => {
      const d = fromEpochDayIn('julian', n);
      const a = almanac(d, { calendar: 'julian' });
      const lunar = reference.Solar.fromYmd(d.year, d.month, d.day).getLunar() as any;
      return mansionVerse(a.mansion) !== lunar.getXiuSong() || taiYiVerse(a.nineStar) !== lunar.getDayNineStar().getSongInTaiYi();
    });
    expect(differences).toEqual([]);
  });

  it('refuses what is not a mansion or a star, naming the function, the field and the value', () => {
    expect(() => mansionVerse('龙' as never)).toThrow(new RangeError("mansionVerse: mansion must be one of the 28 mansions' names, '角' … '轸', got \"龙\""));
    expect(() => mansionVerse(7 as never)).toThrow(TypeError);
    expect(() => mansionVerse({} as never)).toThrow(/^mansionVerse: mansion must be a mansion's name/);
    expect(() => taiYiVerse('贪狼')).toThrow(/^taiYiVerse: star must be one of the nine stars' names in 太乙: '太乙', '摄提', .*, got "贪狼"$/);
    expect(() => taiYiVerse(null as never)).toThrow(TypeError);
    expect(() => mansionVerse(almanac('2025-12-18').nineStar as never)).toThrow(/^mansionVerse: mansion must be one of the 28 mansions' names, '角' … '轸', got /);
  });

  it("takes the almanac's nine star or its 太乙 part", () => {
    const star = almanac('2025-12-18').nineStar;
    expect(taiYiVerse(star.taiYi)).toBe(taiYiVerse(star.taiYi.star));
    expect(taiYiVerse(star)).toBe(taiYiVerse(star.taiYi.star));
  });
});

describe('verseNames', () => {
  it('renders every verse in English without Chinese, and in Traditional Chinese', () => {
    const verses = [...MANSIONS.map((m) => mansionVerse(m as never)), ...Array.from({ length: 9 }, (_, i) => taiYiVerse(NineStar.fromIndex(i).getNameInTaiYi()))];
    expect(Object.keys(verseNames).sort()).toEqual([...verses].sort());
    const english = localize(verses, 'en', { names: verseNames });
    expect(english.filter((v) => HAN.test(v) || v === '')).toEqual([]);
    expect(localize(verses, 'zh-Hant', { names: verseNames })).toEqual(verses.map((v) => verseNames[v]!['zh-Hant']));
  });

  it('goes with observanceNames in one record', () => {
    const names = { ...observanceNames, ...verseNames };
    expect(localize({ verse: mansionVerse('斗'), name: '释迦牟尼佛诞' }, 'en', { names })).toEqual({ verse: verseNames[mansionVerse('斗')]!.en, name: observanceNames['释迦牟尼佛诞']!.en });
  });
});
