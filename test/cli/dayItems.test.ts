// Issue 12, item 6: the day card shows the pentad and season, 数九 / 三伏 / 入梅 / 出梅 on their
// days, 太岁 and the year's, month's and day's 九星, 六曜, 旬空, the Western sign, and the
// mansion's 七政, palace and beast, and 日禄, in its three languages. Each value printed here is first
// checked against the reference (lunar-javascript), so that the lines test the card's layout.
import { describe, expect, it } from 'vitest';
import { formatTarget } from '../../src/cli/formatTarget';
import { reference, type RefLunar } from '../support/reference';

interface ItemsLunar extends RefLunar {
  getHou(): string; getWuHou(): string; getSeason(): string; getLiuYao(): string; getShuJiu(): { toFullString(): string } | null; getFu(): { toFullString(): string } | null;
  getYearXunKongByLiChun(): string; getMonthXunKong(): string; getDayXunKong(): string;
  getYearPositionTaiSuiDesc(): string; getMonthPositionTaiSuiDesc(): string; getDayPositionTaiSuiDesc(): string;
  getYearNineStar(): { toString(): string }; getMonthNineStar(): { toString(): string }; getDayNineStar(): { toString(): string };
  getXiu(): string; getZheng(): string; getAnimal(): string; getGong(): string; getShou(): string;
}
const lunarOf = (y: number, m: number, d: number): ItemsLunar => reference.Solar.fromYmd(y, m, d).getLunar() as ItemsLunar;
const card = (date: string, lang: 'zh-Hans' | 'zh-Hant' | 'en' = 'zh-Hans'): string[] => formatTarget(date, { json: false, lang }).split('\n');

describe('the day card of 2025-12-18', () => {
  it('has the reference values it prints', () => {
    const l = lunarOf(2025, 12, 18);
    expect([l.getHou(), l.getWuHou(), l.getSeason(), l.getLiuYao(), l.getShuJiu(), l.getFu()]).toEqual(['大雪 三候', '荔挺出', '孟冬', '友引', null, null]);
    expect([l.getYearPositionTaiSuiDesc(), l.getMonthPositionTaiSuiDesc(), l.getDayPositionTaiSuiDesc()]).toEqual(['东南', '西南', '东南']);
    expect([l.getYearNineStar(), l.getMonthNineStar(), l.getDayNineStar()].map(String)).toEqual(['二黑土天璇', '一白水天枢', '三碧木天玑']);
    expect([l.getYearXunKongByLiChun(), l.getMonthXunKong(), l.getDayXunKong()]).toEqual(['寅卯', '午未', '子丑']);
    const solar = reference.Solar.fromYmd(2025, 12, 18) as unknown as { getXingZuo(): string };
    expect([l.getXiu(), l.getZheng(), l.getAnimal(), l.getGong(), l.getShou(), solar.getXingZuo()]).toEqual(['斗', '木', '獬', '北', '玄武', '射手']);
  });

  it('shows them in Simplified Chinese', () => {
    const lines = card('2025-12-18');
    expect(lines).toHaveLength(17);
    expect(lines[4]).toBe('物候  大雪三候 荔挺出 (2025-12-17起)    季节  孟冬');
    expect(lines[10]).toBe('建除  收    天神  明堂 黄道    纳音  石榴木    星宿  斗木獬 吉 北方玄武');
    expect(lines.slice(14, 16)).toEqual([
      '太岁  年东南 月西南 日东南    九星  年二黑土 月一白水 日三碧木',
      '六曜  友引    旬空  年寅卯 月午未 日子丑    星座  射手座',
    ]);
  });

  it('in Traditional Chinese', () => {
    const lines = card('2025-12-18', 'zh-Hant');
    expect(lines[4]).toBe('物候  大雪三候 荔挺出 (2025-12-17起)    季節  孟冬');
    expect(lines[10]).toMatch(/ {4}星宿 {2}斗木獬 吉 北方玄武$/);
    expect(lines.slice(14, 16)).toEqual([
      '太歲  年東南 月西南 日東南    九星  年二黑土 月一白水 日三碧木',
      '六曜  友引    旬空  年寅卯 月午未 日子丑    星座  射手座',
    ]);
  });

  it('and in English', () => {
    // The English card's lines are wrapped at 110 columns (src/cli/wrapCardLine.ts).
    const lines = card('2025-12-18', 'en');
    expect(lines[4]).toBe('Pentad  Irises sprout (3rd of Major Snow, from 2025-12-17)    Season  Early winter');
    expect(lines).toContain('Na Yin  Wood of the Pomegranate    Mansion  Dipper Auspicious, Jupiter, North: Black Tortoise (Xuanwu)');
    const taiSui = lines.findIndex((line) => line.startsWith('Tai Sui  '));
    expect(lines.slice(taiSui, taiSui + 3)).toEqual([
      'Tai Sui  year Southeast; month Southwest; day Southeast',
      'Flying stars  year Two Black Earth; month One White Water; day Three Jade Wood',
      'Rokuyo  Tomobiki (pulls in friends)    Void  year Yin, Mao; month Wu, Wei; day Zi, Chou    Sign  Sagittarius',
    ]);
  });
});

describe('the 彭祖百忌 line ends with 日禄', () => {
  it("2025-12-18 (辛酉) and 2024-06-09 (甲辰, whose branch is no stem's 禄), as the reference prints them", () => {
    const lu = (y: number, m: number, d: number): string => (reference.Solar.fromYmd(y, m, d).getLunar() as unknown as { getDayLu(): string }).getDayLu();
    expect([lu(2025, 12, 18), lu(2024, 6, 9)]).toEqual(['酉命互禄 辛命进禄', '寅命互禄']);
    expect(card('2025-12-18')[6]).toBe('彭祖百忌  辛不合酱主人不尝 酉不会客醉坐颠狂    日禄  酉命互禄 辛命进禄');
    expect(card('2025-12-18', 'zh-Hant')[6]).toBe('彭祖百忌  辛不合醬主人不嘗 酉不會客醉坐顛狂    日祿  酉命互祿 辛命進祿');
    const en = card('2025-12-18', 'en');
    const luLine = en.indexOf('Emolument  Mutual emolument (Hu Lu) for those born under the branch You;');
    expect(en[luLine + 1]).toBe('           gaining emolument (Jin Lu) for those born under the stem Xin');
    expect(card('2024-06-09')[6]).toMatch(/ {4}日禄 {2}寅命互禄$/);
  });
});

describe('the season line names 数九, 三伏, 入梅 and 出梅 on their days', () => {
  it('三九 day 5 on 2026-01-12, 初伏 day 6 on 2025-07-25 (the reference)', () => {
    expect([lunarOf(2026, 1, 12).getShuJiu()?.toFullString(), lunarOf(2026, 1, 12).getHou()]).toEqual(['三九第5天', '小寒 二候']);
    expect(card('2026-01-12')[4]).toBe('物候  小寒二候 鹊始巢 (2026-01-10起)    季节  仲冬    数九  三九第5天');
    expect(card('2026-01-12', 'en').slice(4, 6)).toEqual(['Pentad  Magpies begin to nest (2nd of Minor Cold, from 2026-01-10)    Season  Mid-winter', 'Nines of winter  3rd nine, day 5']);
    expect(lunarOf(2025, 7, 25).getFu()?.toFullString()).toBe('初伏第6天');
    expect(card('2025-07-25', 'zh-Hant')[4]).toBe('物候  大暑初候 腐草為螢 (2025-07-22起)    季節  季夏    三伏  初伏第6天');
    expect(card('2025-07-25', 'en').slice(4, 6)).toEqual(['Pentad  Fireflies rise from rotting grass (1st of Major Heat, from 2025-07-22)    Season  Late summer', 'Dog days  First dog days, day 6']);
  });

  it('入梅 on 2024-06-11 and 出梅 on 2024-07-06 (the dates tyme4j gives; 小暑 that day is a 未 day)', () => {
    expect(card('2024-06-11')[4]).toMatch(/ {4}入梅$/);
    expect(card('2024-07-06')[4]).toMatch(/ {4}出梅$/);
    expect(card('2024-07-06', 'en')[4]).toMatch(/ {4}Plum rains end$/);
    expect(card('2024-07-07')[4]).toBe('物候  小暑初候 温风至 (2024-07-06起)    季节  季夏');
  });
});
