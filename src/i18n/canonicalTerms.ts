import { getTaiShen } from '../almanac/getTaiShen';
import * as t from '../data/almanac.generated';
import { FACTOR_LABELS, FEAR_GREED_WORDS, MARKET_MOONS, TREND_STEPS } from '../fortune/fortuneTerms';
import { LUNAR_MONTH_NAMES } from '../names/lunarNames';
import { JIU_YUN, SAN_YUAN, ZAO_MA_TOU } from '../names/lunarYearNames';
import { DOG_DAYS_PERIODS, PLUM_RAIN_DAYS } from '../names/seasonMarkerNames';
import { SOLAR_TERM_NAMES } from '../names/solarTermNames';
import { BRANCHES, STEMS } from '../names/stemsBranches';

const unique = (xs: Iterable<string>): string[] => [...new Set(xs)];

/** The 胎神 of the 60 day pillars, in order. @internal */
export const taiShenOfPillars = (): string[] => Array.from({ length: 60 }, (_, day) => getTaiShen(day));

/** The two parts of a 胎神 place, `'厨灶门 外东南'`: what it occupies and where. @internal */
export function splitTaiShen(term: string): [string, string] {
  const space = term.indexOf(' ');
  return [term.slice(0, space), term.slice(space + 1)];
}

/**
 * Every term the library outputs that has its own translation, by glossary category, in a fixed
 * order: the generated English table (`src/data/i18n.generated.ts`) is aligned with these lists,
 * so the Chinese is not stored twice. Pillars, lunar days, leap months and 胎神 places are
 * composed from parts instead (see localize.ts). Shared by the generator and the library.
 * @internal
 */
export function canonicalTerms(): Record<string, readonly string[]> {
  return {
    activity: t.activityNames,
    god: [...t.goodGodNames, ...t.badGodNames],
    deity: t.deities,
    'deity-type': unique(t.deityTypes),
    luck: ['吉', '凶', '大吉', '小吉', '小凶', '大凶', '吉神', '凶神', '安神'],
    officer: t.officers,
    mansion: t.mansions,
    'mansion-animal': t.mansionAnimals,
    nayin: t.naYin,
    'moon-phase': unique(t.moonPhases),
    direction: unique(t.shaByBranch),
    'position-desc': unique(Object.values(t.trigramDirection)),
    trigram: Object.keys(t.trigramDirection),
    'fetus-place': unique(taiShenOfPillars().map((s) => splitTaiShen(s)[0])),
    'fetus-location': unique(taiShenOfPillars().map((s) => splitTaiShen(s)[1])),
    // Number and colour, the Dipper's star, 玄空's, 奇门's and 太乙's (src/almanac/getNineStar.ts reads the same slices).
    'nine-star': unique(t.nineStars.flatMap((s) => [s.slice(0, 2), s.slice(4, 6), s.slice(6, 8), s.slice(9, 11), s.slice(15, 17)])),
    element: ['木', '火', '土', '金', '水'],
    color: unique(t.nineStars.map((s) => s.charAt(1))),
    festival: unique([
      ...Object.values(t.lunarFestivals).flat(), ...Object.values(t.lunarOtherFestivals).flat(),
      '除夕', '寒食节', '春社', '秋社', '清明节', '冬至节',
      // The Gregorian and international days live in their set (huangli/festivals, with its own
      // renderings), not here; only the statutory holidays' festivals that are not traditional ones
      // are (huangli/holidays' `festival`, a month grid's `holiday`), which localize renders without it.
      '元旦', '劳动节', '国庆节', '抗战胜利纪念日',
    ]),
    'solar-term': SOLAR_TERM_NAMES,
    pengzu: [...t.pengZuStem, ...t.pengZuBranch],
    zodiac: t.zodiac,
    stem: STEMS,
    branch: BRANCHES,
    'lunar-month': LUNAR_MONTH_NAMES.slice(1),
    'fortune-label': FACTOR_LABELS,
    trend: TREND_STEPS,
    'market-moon': MARKET_MOONS,
    'fear-greed': FEAR_GREED_WORDS,
    // The chart's (huangli/bazi), written out rather than imported so that the script-tag bundle
    // does not carry the chart's code: generate-i18n checks them against getTenGod and getGrowthStage.
    'ten-god': '比肩 劫财 食神 伤官 偏财 正财 七杀 正官 偏印 正印 日主'.split(' '),
    growth: '长生 沐浴 冠带 临官 帝旺 衰 病 死 墓 绝 胎 养'.split(' '),
    // Issue 12: the season markers and the day items.
    pentad: t.pentads,
    season: t.seasons,
    'liu-yao': t.liuYao,
    'dog-days': DOG_DAYS_PERIODS,
    'plum-rain': PLUM_RAIN_DAYS,
    'western-zodiac': t.westernZodiac,
    'seven-luminary': [...t.mansionZheng],
    // The nine stars' 奇门 gates and 阴阳.
    'eight-gate': unique(t.nineStars.map((s) => s.charAt(13)).filter((g) => g !== '.')),
    'yin-yang': ['阴', '阳'],
    // lunarYear's page.
    'san-yuan': SAN_YUAN,
    'jiu-yun': JIU_YUN,
    'zao-ma-tou': ZAO_MA_TOU.map(([name]) => name as string),
    // 日禄 (almanac's `lu`): the two words its text is made of.
    lu: ['互禄', '进禄'],
  };
}
