/**
 * Generates the almanac tables (宜/忌, 神煞, hour rules and the small name tables) from the
 * reference implementation, lunar-javascript, into data/almanac/ (readable) and
 * src/data/almanac.generated.ts (compact). `--check` exits 1 if anything would change.
 */
import { createRequire } from 'node:module';
import { encodeGodRules, godOrder } from '../../src/almanac/godRuleCodec.ts';
import { encodeListPairs } from '../../src/almanac/listCodec.ts';
import { BRANCHES, PILLAR_TABLE, STEMS } from '../../src/names/stemsBranches.ts';
import { writeOutputs } from './outputs.ts';

const require = createRequire(import.meta.url);
const { Solar, LunarUtil, SolarUtil, NineStar } = require('lunar-javascript');
const referenceVersion: string = require('lunar-javascript/package.json').version;

const PILLARS = PILLAR_TABLE.map((p) => p.name);
/** The pillar index with stem `stem` and branch `branch` (they must have the same parity). */
const pillarOf = (stem: number, branch: number): number => (((6 * stem - 5 * branch) % 60) + 60) % 60;
/** The reference's marker for an empty list. */
const NONE = '无';
const withoutNone = (list: string[]): string[] => (list.length === 1 && list[0] === NONE ? [] : list);

function fail(message: string): never {
  throw new Error(`generate-almanac: ${message}`);
}

// ---- 宜/忌 by (month branch, day pillar), checked to be independent of the month stem ----
const dayRules: { monthBranch: number; day: number; yi: string[]; ji: string[] }[] = [];
for (let monthBranch = 0; monthBranch < 12; monthBranch++) {
  for (let day = 0; day < 60; day++) {
    const variants = new Set<string>();
    let yi: string[] = [];
    let ji: string[] = [];
    for (let stem = monthBranch % 2; stem < 10; stem += 2) {
      const month = PILLARS[pillarOf(stem, monthBranch)];
      yi = LunarUtil.getDayYi(month, PILLARS[day]);
      ji = LunarUtil.getDayJi(month, PILLARS[day]);
      variants.add(JSON.stringify([yi, ji]));
    }
    if (variants.size !== 1) fail(`宜/忌 of ${PILLARS[day]} depends on the month stem in branch ${BRANCHES[monthBranch]}`);
    dayRules.push({ monthBranch, day, yi, ji });
  }
}

// ---- hour 宜/忌 by (day pillar, hour branch); the hour stem follows from the day (五鼠遁) ----
const hourRules: { day: number; hourBranch: number; yi: string[]; ji: string[] }[] = [];
for (let day = 0; day < 60; day++) {
  for (let hourBranch = 0; hourBranch < 12; hourBranch++) {
    const hour = PILLARS[pillarOf((((day % 10) % 5) * 2 + hourBranch) % 10, hourBranch)];
    hourRules.push({ day, hourBranch, yi: LunarUtil.getTimeYi(PILLARS[day], hour), ji: LunarUtil.getTimeJi(PILLARS[day], hour) });
  }
}

// ---- 吉神宜趋 / 凶煞宜忌 by (month branch, day pillar) ----
const dayGods: { monthBranch: number; day: number; good: string[]; bad: string[] }[] = [];
for (let monthBranch = 0; monthBranch < 12; monthBranch++) {
  for (let day = 0; day < 60; day++) {
    dayGods.push({ monthBranch, day, good: LunarUtil.getDayJiShen(monthBranch, PILLARS[day]), bad: LunarUtil.getDayXiongSha(monthBranch, PILLARS[day]) });
  }
}

/** Distinct names of `lists`, most frequent first (ties in first-seen order): short codes for common names. */
function vocabularyOf(lists: string[][]): string[] {
  const count = new Map<string, number>();
  for (const list of lists) for (const name of withoutNone(list)) count.set(name, (count.get(name) ?? 0) + 1);
  const names = [...count.keys()];
  return names.sort((a, b) => (count.get(b) as number) - (count.get(a) as number) || names.indexOf(a) - names.indexOf(b));
}

function encodePairs(pairs: [string[], string[]][], vocabulary: string[], firstVocabulary = vocabulary): string {
  const indices = (list: string[], vocab: string[]): number[] => withoutNone(list).map((name) => {
    const i = vocab.indexOf(name);
    if (i < 0) fail(`${name} missing from its vocabulary`);
    return i;
  });
  return encodeListPairs(pairs.map(([a, b]) => [indices(a, firstVocabulary), indices(b, vocabulary)] as const));
}

const activities = vocabularyOf([...dayRules, ...hourRules].flatMap((r) => [r.yi, r.ji]));
// 神煞 names in the order the reference lists them (src/almanac/godRuleCodec.ts).
const goodGodCells = dayGods.map((g) => withoutNone(g.good));
const badGodCells = dayGods.map((g) => withoutNone(g.bad));
const goodGods = godOrder(goodGodCells);
const badGods = godOrder(badGodCells);

// ---- small tables ----
const solar = Solar.fromYmd(2025, 12, 18);
const noLeadingBlank = (list: string[]): string[] => (list[0] === '' ? list.slice(1) : list);
const trigramDirection = Object.fromEntries(Object.entries(LunarUtil.POSITION_DESC as Record<string, string>).filter(([k]) => !k.startsWith('{')));
const byStem = (table: string[]): string[] => noLeadingBlank(table).slice(0, 10);

// The 28 mansions run in a plain 28-day cycle: find the offset from 1970-01-01.
const MANSION_ORDER = '角亢氐房心尾箕斗牛女虚危室壁奎娄胃昴毕觜参井鬼柳星张翼轸'.split('');
const xiuOn = (epochDay: number): { name: string; luck: string; animal: string } => {
  const d = new Date(epochDay * 86400000);
  const l = Solar.fromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()).getLunar();
  return { name: l.getXiu(), luck: l.getXiuLuck(), animal: l.getAnimal() };
};
const mansionOffset = (MANSION_ORDER.indexOf(xiuOn(0).name) + 28) % 28;
const mansions = MANSION_ORDER.map((name, i) => {
  const sample = xiuOn(((i - mansionOffset) % 28 + 28) % 28);
  if (sample.name !== name) fail(`mansion cycle broken at ${name}`);
  return sample;
});

const nineStars = Array.from({ length: 9 }, (_, i) => {
  const star = NineStar.fromIndex(i);
  return {
    number: star.getNumber(), color: star.getColor(), element: star.getWuXing(), trigram: star.getPosition(), direction: star.getPositionDesc(), star: star.getNameInBeiDou(), text: star.toString(),
    xuanKong: star.getNameInXuanKong(), xuanKongLuck: star.getLuckInXuanKong(),
    qiMen: star.getNameInQiMen(), qiMenLuck: star.getLuckInQiMen(), qiMenGate: star.getBaMenInQiMen(), qiMenYinYang: star.getYinYangInQiMen(),
    taiYi: star.getNameInTaiYi(), taiYiType: star.getTypeInTaiYi(),
  };
});

const festivalTable = (table: Record<string, string | string[]>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));

// ---- the day, month and year items of issue 12 ----
const cardLunar = solar.getLunar();
// 太岁 of the month, by month pillar: the reference's rule (the 寅 month's 艮, the 卯 month's by
// its stem, 辰's 坤, 巳's 巽, and round again), read from its own method on each of the 60 pillars.
const taiSuiMonth = PILLARS.map((_, i) => cardLunar.getMonthPositionTaiSui.call({ _p: { monthZhiIndex: i % 12, monthGanIndex: i % 10 } }) as string);
// 太岁 of the day, by day pillar: five runs of six days have their own trigram, every other day
// has the year's ('.' in the compact form). Read from the reference's method for every year branch.
const taiSuiDay = PILLARS.map((name, i) => {
  const byYear = BRANCHES.map((_, y) => cardLunar.getDayPositionTaiSui.call({ getDayInGanZhiExact2: () => name, _p: { yearZhiIndexByLiChun: y } }) as string);
  const own = new Set(byYear);
  if (own.size === 1) return byYear[0] as string;
  if (byYear.some((t, y) => t !== LunarUtil.POSITION_TAI_SUI_YEAR[y])) fail(`太岁 of the day ${PILLARS[i]} is neither its own nor the year's`);
  return '';
});
// The Western zodiac: the first day (month * 100 + day) of each sign, in date order, read off the
// reference's Solar#getXingZuo over the leap year 2000.
const westernZodiacStarts: { start: number; sign: string }[] = [];
for (let month = 1; month <= 12; month++) {
  for (let day = 1; day <= SolarUtil.getDaysOfMonth(2000, month); day++) {
    const sign = Solar.fromYmd(2000, month, day).getXingZuo() as string;
    if (westernZodiacStarts.at(-1)?.sign !== sign) westernZodiacStarts.push({ start: month * 100 + day, sign });
  }
}
// The year opens in the sign that closes it (摩羯 from 12-22 to 01-19): keep the twelve starts.
if (westernZodiacStarts[0]?.sign !== westernZodiacStarts.at(-1)?.sign || westernZodiacStarts[0]?.start !== 101) fail('the zodiac year does not wrap');
westernZodiacStarts.shift();
if (westernZodiacStarts.length !== 12) fail('twelve zodiac signs');

const tables = {
  pengZuStem: byStem(LunarUtil.PENGZU_GAN),
  pengZuBranch: noLeadingBlank(LunarUtil.PENGZU_ZHI),
  naYin: Array.from({ length: 30 }, (_, i) => LunarUtil.NAYIN[PILLARS[2 * i] as string] as string),
  officers: noLeadingBlank(LunarUtil.ZHI_XING),
  deities: noLeadingBlank(LunarUtil.TIAN_SHEN),
  deityTypes: noLeadingBlank(LunarUtil.TIAN_SHEN).map((name: string) => LunarUtil.TIAN_SHEN_TYPE[name] as string),
  deityOffsetByBranch: BRANCHES.map((b) => LunarUtil.ZHI_TIAN_SHEN_OFFSET[b] as number),
  shaByBranch: BRANCHES.map((b) => LunarUtil.SHA[b] as string),
  zodiac: noLeadingBlank(LunarUtil.SHENGXIAO),
  mansions: mansions.map((m) => m.name),
  mansionLuck: mansions.map((m) => m.luck),
  mansionAnimals: mansions.map((m) => m.animal),
  mansionOffset,
  moonPhases: noLeadingBlank(LunarUtil.YUE_XIANG),
  trigramDirection,
  xiShen: byStem(LunarUtil.POSITION_XI),
  fuShen: byStem(LunarUtil.POSITION_FU_2),
  fuShenSect1: byStem(LunarUtil.POSITION_FU),
  caiShen: byStem(LunarUtil.POSITION_CAI),
  yangGuiShen: byStem(LunarUtil.POSITION_YANG_GUI),
  yinGuiShen: byStem(LunarUtil.POSITION_YIN_GUI),
  taiShen: LunarUtil.POSITION_TAI_DAY as string[],
  nineStars,
  lunarFestivals: festivalTable(LunarUtil.FESTIVAL),
  lunarOtherFestivals: festivalTable(LunarUtil.OTHER_FESTIVAL),
  // Issue 12: the season markers and the day, month and year items (src/season/, src/almanac/getDayItems.ts).
  pentads: LunarUtil.WU_HOU as string[],
  seasons: noLeadingBlank(LunarUtil.SEASON),
  liuYao: LunarUtil.LIU_YAO as string[],
  taiSuiYear: LunarUtil.POSITION_TAI_SUI_YEAR as string[],
  taiSuiMonth,
  taiSuiDay,
  mansionPalaces: mansions.map((m) => LunarUtil.GONG[m.name] as string),
  palaceBeasts: Object.fromEntries([...new Set(mansions.map((m) => LunarUtil.GONG[m.name] as string))].map((p) => [p, LunarUtil.SHOU[p] as string])),
  mansionZheng: mansions.map((m) => LunarUtil.ZHENG[m.name] as string),
  westernZodiac: SolarUtil.XINGZUO as string[],
  westernZodiacStarts,
};
for (const [name, value] of Object.entries(tables)) {
  if (/\{[a-z]+\.[A-Za-z]+\}/.test(JSON.stringify(value))) fail(`${name} still holds an untranslated reference key`);
}
if (STEMS.length !== 10) fail('stems');
// The reference card, as a guard that the tables were read the way the library uses them.
const card = solar.getLunar();
if (tables.pengZuStem[7] !== card.getPengZuGan() || tables.taiShen[57] !== card.getDayPositionTai()) fail('reference card mismatch');

// ---- 胎神: the rhyme's place of the day stem and of the day branch, and a location that runs in blocks ----
// 甲己占门，乙庚碓磨，丙辛厨灶，丁壬仓库，戊癸房床；子午碓，丑未厕，寅申炉，卯酉门，辰戌栖，巳亥床.
// A day whose place is not the two parts side by side (占门 + 门 is 占大门) stores its place whole.
const TAI_SHEN_BY_STEM = ['占门', '碓磨', '厨灶', '仓库', '房床'];
const TAI_SHEN_BY_BRANCH = ['碓', '厕', '炉', '门', '栖', '床'];
const taiShenPlaces: Record<number, string> = {};
const taiShenLocations: string[] = [];
let taiShenDays = '';
tables.taiShen.forEach((term, day) => {
  const [place = '', location = '', ...rest] = term.split(' ');
  if (!place || !location || rest.length > 0) fail(`胎神 ${term} is not a place and a location`);
  if (place !== TAI_SHEN_BY_STEM[day % 5]! + TAI_SHEN_BY_BRANCH[day % 6]!) taiShenPlaces[day] = place;
  if (!taiShenLocations.includes(location)) taiShenLocations.push(location);
  taiShenDays += String.fromCharCode(97 + taiShenLocations.indexOf(location));
});
if (Object.keys(taiShenPlaces).length > 6) fail('胎神 places no longer follow the rhyme');
// The nine stars as one string each: number, colour, element, trigram, the star's name; then 玄空's
// name and luck, 奇门's name, luck, gate ('.' for none: 五黄 has no gate) and 阴阳, 太乙's name and type.
const nineStarText = tables.nineStars.map((s) => {
  const text = s.number + s.color + s.element + s.trigram + s.star + s.xuanKong + s.xuanKongLuck + s.qiMen + s.qiMenLuck + (s.qiMenGate || '.') + s.qiMenYinYang + s.taiYi + s.taiYiType;
  if ([...text].length !== 19 || text.slice(0, 3) + s.star !== s.text) fail(`nine star ${s.text} does not fit 19 characters`);
  return text;
});
// Written below in their compact forms; data/almanac/tables.json keeps them whole.
const COMPACT_BELOW = ['taiShen', 'nineStars', 'taiSuiMonth', 'taiSuiDay', 'westernZodiacStarts', 'mansionPalaces', 'mansionZheng'];
const compactTables = Object.fromEntries(Object.entries(tables).filter(([name]) => !COMPACT_BELOW.includes(name)));
if (tables.pentads.length !== 72 || tables.seasons.length !== 12 || tables.liuYao.length !== 6) fail('七十二候, seasons or 六曜 miscounted');
if (westernZodiacStarts.some((s, i) => s.sign !== tables.westernZodiac[(i + 10) % 12])) fail('the zodiac starts are not in sign order from 水瓶');
// The mansions run in four palaces of seven (角 … 箕 the east, 斗 … 壁 the north, …), each seven
// through the seven luminaries (七政) in one order: stored as the four palaces and the seven.
const palaceOrder = [...new Set(tables.mansionPalaces)];
const zhengOrder = tables.mansionZheng.slice(0, 7);
if (palaceOrder.length !== 4 || tables.mansionPalaces.some((p, i) => p !== palaceOrder[Math.floor(i / 7)]) || tables.mansionZheng.some((z, i) => z !== zhengOrder[i % 7])) {
  fail('the mansions are no longer four palaces of seven, each through the seven luminaries');
}

// ---- outputs ----
const header = (readable: string): string =>
  `// GENERATED by data/scripts/generate-almanac.ts from lunar-javascript ${referenceVersion} (readable copy: ${readable}). Do not edit.\n`;
const list = (xs: string[]): string => xs.join(',');

const dayRulesTsv = ['month branch\tday pillar\t宜\t忌', ...dayRules.map((r) => `${BRANCHES[r.monthBranch]}\t${PILLARS[r.day]}\t${list(r.yi)}\t${list(r.ji)}`)].join('\n') + '\n';
const hourRulesTsv = ['day pillar\thour branch\t宜\t忌', ...hourRules.map((r) => `${PILLARS[r.day]}\t${BRANCHES[r.hourBranch]}\t${list(r.yi)}\t${list(r.ji)}`)].join('\n') + '\n';
const dayGodsTsv = ['month branch\tday pillar\t吉神宜趋\t凶煞宜忌', ...dayGods.map((g) => `${BRANCHES[g.monthBranch]}\t${PILLARS[g.day]}\t${list(g.good)}\t${list(g.bad)}`)].join('\n') + '\n';

/** The closed sets of the tables as public literal types (re-exported by src/almanac/types.ts). */
const unionTypes: readonly (readonly [name: string, doc: string, values: readonly string[], since?: string])[] = [
  ['Activity', 'An activity of the 宜/忌 lists (`activities` lists them at run time).', activities],
  ['AuspiciousGod', 'A 吉神 of the day (吉神宜趋).', goodGods],
  ['InauspiciousGod', 'A 凶煞 of the day (凶煞宜忌).', badGods],
  ['Officer', 'One of the twelve officers (建除十二值星).', tables.officers],
  ['DeityName', 'One of the twelve day and hour deities (十二天神).', tables.deities],
  ['MansionName', 'One of the 28 lunar mansions (二十八宿).', tables.mansions],
  ['MansionAnimal', 'The animal of a lunar mansion.', tables.mansionAnimals],
  ['ZodiacAnimal', 'One of the twelve zodiac animals (生肖).', tables.zodiac],
  ['MoonPhaseName', "The traditional name of a lunar day's moon.", tables.moonPhases],
  ['NaYinName', 'One of the thirty 纳音.', tables.naYin],
  ['PentadName', 'One of the 72 pentads (七十二候), from the first of 冬至.', tables.pentads, '0.5.0'],
  ['Season', 'A season of the lunar year: 孟 (first), 仲 (middle) or 季 (last) month of 春, 夏, 秋 or 冬.', tables.seasons, '0.5.0'],
  ['LiuYao', 'One of the six 六曜 (Japanese rokuyō).', tables.liuYao, '0.5.0'],
  ['WesternZodiac', 'A sign of the Western zodiac (星座), by its Chinese name.', tables.westernZodiac, '0.5.0'],
];
const typeDeclarations = unionTypes.map(([name, doc, values, since = '0.4.0']) =>
  `/**\n * ${doc}\n * @category Almanac\n * @since ${since}\n */\nexport type ${name} = ${[...new Set(values)].map((v) => JSON.stringify(v)).join(' | ')};`).join('\n');

const ts = `${header('data/almanac/')}
/** Every activity (宜/忌 entry) of the day and hour tables, most frequent first. */
export const activityNames: readonly string[] = /* @__PURE__ */ Object.freeze(${JSON.stringify(activities)});
/**
 * 宜 and 忌 of each (month branch, day pillar), cell \`monthBranch * 60 + dayPillar\`, in the
 * reference's order (encoding: src/almanac/listCodec.ts), indexing activityNames. An empty list
 * is the reference's ['无'].
 */
export const dayRuleCells = ${JSON.stringify(encodePairs(dayRules.map((r) => [r.yi, r.ji]), activities))};
/** 宜 and 忌 of each (day pillar, hour branch): cell \`dayPillar * 12 + hourBranch\`. */
export const hourRuleCells = ${JSON.stringify(encodePairs(hourRules.map((r) => [r.yi, r.ji]), activities))};
/** 吉神宜趋 names, in the order the reference lists them. */
export const goodGodNames: readonly string[] = ${JSON.stringify(goodGods)};
/** 凶煞宜忌 names, in the order the reference lists them. */
export const badGodNames: readonly string[] = ${JSON.stringify(badGods)};
/** On which days of each month branch each 吉神 falls (encoding: src/almanac/godRuleCodec.ts). */
export const goodGodRules = ${JSON.stringify(encodeGodRules(goodGodCells, goodGods))};
/** On which days of each month branch each 凶煞 falls. */
export const badGodRules = ${JSON.stringify(encodeGodRules(badGodCells, badGods))};
${Object.entries(compactTables).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)} as const;`).join('\n')}
/**
 * 胎神 of each day pillar (readable: data/almanac/tables.json), read by src/almanac/getTaiShen.ts: the
 * place is the part of the day stem (day % 5) then of the day branch (day % 6), unless the day is
 * in taiShenPlaces; the location is taiShenLocations[taiShenDays.charCodeAt(day) - 97].
 */
export const taiShenByStem = ${JSON.stringify(TAI_SHEN_BY_STEM)} as const;
export const taiShenByBranch = ${JSON.stringify(TAI_SHEN_BY_BRANCH)} as const;
export const taiShenPlaces: Readonly<Record<number, string>> = ${JSON.stringify(taiShenPlaces)};
export const taiShenLocations = ${JSON.stringify(taiShenLocations)} as const;
export const taiShenDays = ${JSON.stringify(taiShenDays)};
/** The nine stars 一…九: number, colour, element, trigram (one character each), the star (two); 玄空's name (two) and luck (one); 奇门's name (two), luck (two), gate ('.' for none) and 阴阳 (one); 太乙's name and type (two each). */
export const nineStars = ${JSON.stringify(nineStarText)} as const;
/** The palace (宫) of mansion i (二十八宿, 角 = 0) is mansionPalaces[i / 7 | 0], its luminary (七政) mansionZheng[i % 7]. */
export const mansionPalaces = ${JSON.stringify(palaceOrder)} as const;
export const mansionZheng = ${JSON.stringify(zhengOrder.join(''))};
/** 太岁 of the month, the trigram for each month pillar 0 … 59 (read by src/almanac/getDayItems.ts). */
export const taiSuiMonth = ${JSON.stringify(tables.taiSuiMonth.join(''))};
/** 太岁 of the day, the trigram for each day pillar 0 … 59; '.' where it is the year's (taiSuiYear). */
export const taiSuiDay = ${JSON.stringify(tables.taiSuiDay.map((t) => t || '.').join(''))};
/** The first day (month * 100 + day) of each Western zodiac sign in date order, from 水瓶 (01-20); 摩羯 before the first. */
export const westernZodiacStarts = ${JSON.stringify(westernZodiacStarts.map((s) => s.start))} as const;
${typeDeclarations}
`;

const stale = writeOutputs([
  ['data/almanac/day-rules.tsv', dayRulesTsv],
  ['data/almanac/hour-rules.tsv', hourRulesTsv],
  ['data/almanac/day-gods.tsv', dayGodsTsv],
  ['data/almanac/tables.json', JSON.stringify(tables, null, 2) + '\n'],
  ['src/data/almanac.generated.ts', ts],
]);
console.log(`activities ${activities.length}, 吉神 ${goodGods.length}, 凶煞 ${badGods.length}; mansion offset ${mansionOffset}`);
if (stale) process.exit(1);
