import type { Festival } from '../almanac/types';
import { englishTerms, hantCharacters, hantExceptions } from '../data/i18n.generated';
import { FESTIVAL_SET, readFestivalsOption } from '../festivals/readFestivalsOption';
import type { FestivalNameRendering, FestivalSet } from '../festivals/types';
import { rangeError, typeError } from '../internal/errors';
import { countNumeral } from '../names/lunarYearNames';
import { canonicalTerms } from './canonicalTerms';
import { composeEnglish, toTraditional, type Lookup } from './compose';
import { decodeHantCharacters } from './hantCodec';

/**
 * The languages of {@link localize}: canonical values are `'zh-Hans'`.
 * @category Languages
 * @since 0.2.0
 */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

/**
 * A value with every string turned into a plain `string` (a localized term is no longer a literal type).
 * @category Languages
 * @since 0.2.0
 */
export type Localized<T> = T extends string ? string : T extends object ? { readonly [K in keyof T]: Localized<T[K]> } : T;

/**
 * Options of {@link localize}.
 * @category Languages
 * @since 0.6.0
 */
export interface LocalizeOptions {
  /**
   * The festival set whose days the value lists (`almanac(date, { festivals })`), such as
   * `gregorianFestivals` of `huangli/festivals`: its names are rendered as the set writes them.
   * Default `'traditional'`: the glossary's festivals only, so that a festival of kind `'solar'` or
   * `'solar-other'` is a `RangeError` (never Chinese left in English, nor a guess).
   */
  readonly festivals?: 'traditional' | FestivalSet;
  /**
   * Renderings of the strings that the main bundle's glossary does not carry, `{ 'zh-Hant', en }`
   * keyed by the Simplified Chinese: `observanceNames` of `huangli/observances` (the Buddhist and
   * Taoist days' names, results and remarks), `verseNames` of `huangli/verses` (the mansions' and
   * the 太乙 stars' verses), both (`{ ...observanceNames, ...verseNames }`), or your own. It renders
   * a Buddhist or Taoist day's strings (one it lacks is a `RangeError`) and any string it has that
   * is not in a field of the library's own (a verse, a name passed alone).
   * @since 0.7.0
   */
  readonly names?: Readonly<Record<string, FestivalNameRendering>>;
}

/** Turns a term of a category (or of no known category) into the target language. */
type Translate = (term: string, category: string | undefined) => string;

// Built once per locale on first use, then shared: fixed size, same answers, no reset.
let english: Translate | undefined;
let traditional: Translate | undefined;

/** Categories whose English is composed from parts, tried for a bare string after the stored ones. */
const COMPOSED = ['pillar', 'lunar-month', 'lunar-day', 'fetus-god'];
/** For a bare string, the categories tried first: '危' is the officer before it is the mansion. */
const SEARCH_FIRST = ['activity', 'officer', 'god', 'festival', 'solar-term', 'zodiac', 'deity', 'deity-type', 'nayin', 'mansion', 'moon-phase', 'position-desc', 'direction', 'trigram'];

function englishTranslator(): Translate {
  const canonical = canonicalTerms();
  const lines = englishTerms.split('\n');
  const tables = new Map(Object.entries(canonical).map(([category, terms], c) => {
    const english = (lines[c] as string).split('|');
    return [category, new Map(terms.map((term, i) => [term, english[i] as string]))];
  }));
  const lookup: Lookup = (category, term) => tables.get(category)?.get(term);
  const order = [...new Set([...SEARCH_FIRST, ...tables.keys(), ...COMPOSED])];
  // A term is read in its field's category; one that is not there (the chart's `elements.stem`
  // is an element, not a stem) is looked up as a bare string.
  return (term, category) => {
    const inField = category === undefined ? undefined : composeEnglish(category, term, lookup);
    if (inField !== undefined) return inField;
    for (const name of order) {
      const found = composeEnglish(name, term, lookup);
      if (found !== undefined) return found;
    }
    return term;
  };
}

function translatorFor(locale: 'zh-Hant' | 'en'): Translate {
  if (locale === 'en') return (english ??= englishTranslator());
  if (traditional === undefined) {
    const characters = decodeHantCharacters(hantCharacters);
    traditional = (term) => toTraditional(term, characters, hantExceptions);
  }
  return traditional;
}

/**
 * `translate`, but a term of `category` is rendered by `names` (renderings `{ 'zh-Hant', en }`
 * keyed by the term) or is a RangeError naming `option`, which is `given`: a festival of a set's
 * kinds ({@link SET_FESTIVAL}, see {@link kindOf}) by the set's names, a Buddhist or Taoist day's
 * name, result or remark ({@link OBSERVANCE}) by `options.names`, which also renders any string
 * it has outside a field (passed alone, or in a list: `bare`). `path` is where the caller passed
 * `names`, to name a rendering that lacks the language (`options.names["…"]['en']`).
 */
function renderedBy(translate: Translate, locale: 'zh-Hant' | 'en', category: string, names: object | undefined, path: string, option: string, expected: string, given: unknown, bare = false): Translate {
  return (term, c) => {
    // With `bare`, a string outside any field (a name passed alone) is rendered by `names` too when they have it.
    if (c !== category && !(bare && c === undefined && names !== undefined && Object.prototype.hasOwnProperty.call(names, term))) return translate(term, c);
    const rendering: unknown = names !== undefined && Object.prototype.hasOwnProperty.call(names, term) ? (names as Record<string, unknown>)[term] : undefined;
    const text: unknown = rendering !== null && typeof rendering === 'object' ? (rendering as Record<string, unknown>)[locale] : undefined;
    if (typeof text === 'string' && text !== '') return text;
    // A rendering that is there but lacks this language is named as such, not as a missing name.
    if (rendering !== undefined) throw rangeError('localize', `${path}[${JSON.stringify(term)}]['${locale}']`, 'a non-empty string', text);
    throw rangeError('localize', option, `${expected} ${JSON.stringify(term)}`, given);
  };
}
/** The category of a festival's name of kind 'solar' or 'solar-other': read from options.festivals. */
const SET_FESTIVAL = 'festival of a set';
/** The category of a Buddhist or Taoist day's strings (huangli/observances): read from options.names. */
const OBSERVANCE = 'observance';
const NAMES = "renderings { 'zh-Hant', en } keyed by name (observanceNames, verseNames or your own)";

/** The glossary category of each field name; `name`, `direction` and `text` depend on the object (see {@link categoryOf}). */
const FIELD_CATEGORY: Readonly<Record<string, string>> = {
  monthName: 'lunar-month', dayName: 'lunar-day', stem: 'stem', branch: 'branch', zodiac: 'zodiac',
  yi: 'activity', ji: 'activity', pengZu: 'pengzu', officer: 'officer', naYin: 'nayin',
  auspicious: 'god', inauspicious: 'god', taiShen: 'fetus-god', trigram: 'trigram', luck: 'luck',
  animal: 'mansion-animal', type: 'deity-type', color: 'color', element: 'element', star: 'nine-star',
  pillar: 'pillar', festivals: 'festival', trend: 'trend', moon: 'market-moon',
  yearNaYin: 'nayin', monthNaYin: 'nayin', huLu: 'branch', jinLu: 'stem',
  tenGod: 'ten-god', growth: 'growth', xun: 'pillar', xunKong: 'branch', term: 'solar-term',
  season: 'season', liuYao: 'liu-yao', period: 'dog-days', plumRain: 'plum-rain', westernZodiac: 'western-zodiac',
  palace: 'direction', beast: 'deity', zheng: 'seven-luminary', sanYuan: 'san-yuan', jiuYun: 'jiu-yun',
  gate: 'eight-gate', yinYang: 'yin-yang', spirit: 'luck', otherFestivals: OBSERVANCE,
};

/** The category of a fortune factor's `detail`, by the factor's key. */
const DETAIL_CATEGORY: Readonly<Record<string, string>> = {
  'trade-yi': 'activity', 'trade-ji': 'activity', 'nothing-favourable': 'activity', officer: 'officer', deity: 'deity',
  moon: 'market-moon', mansion: 'mansion', sentiment: 'fear-greed',
};

/** Which kind of almanac object `o` is, from its keys: decides what `name` and `direction` mean. */
function kindOf(o: object): string | undefined {
  if ('remark' in o && 'name' in o) return OBSERVANCE;
  if ('weight' in o && 'detail' in o) return 'factor';
  if ('counts' in o && 'name' in o) return 'zao-ma-tou';
  if ('term' in o && 'start' in o && 'name' in o) return 'pentad';
  if ('relation' in o) return 'element-part';
  if ('stem' in o && 'index' in o) return 'pillar';
  if ('instant' in o) return 'solar-term';
  if ('illumination' in o) return 'moon-phase';
  if ('animal' in o && 'luck' in o) return 'mansion';
  if ('star' in o && 'color' in o) return 'nine-star';
  // A festival of a set (kind 'solar' or 'solar-other') has its name rendered from options.festivals.
  if ('kind' in o && 'name' in o) return (o as Festival).kind === 'solar' || (o as Festival).kind === 'solar-other' ? SET_FESTIVAL : 'festival';
  if ('type' in o && 'name' in o) return 'deity';
  if ('trigram' in o) return 'position-desc';
  if ('text' in o && 'zodiac' in o) return 'direction';
  if ('huLu' in o && 'jinLu' in o) return 'lu';
  return undefined;
}

function categoryOf(key: string, kind: string | undefined): string | undefined {
  if (kind === 'factor' && key === 'label') return 'fortune-label';
  if (kind === OBSERVANCE && (key === 'name' || key === 'result' || key === 'remark')) return OBSERVANCE;
  if (kind === 'element-part' && key === 'name') return undefined; // a stem or a branch: searched
  if (key === 'month' && kind === undefined) return 'element';
  if (key === 'name' || key === 'direction') return kind;
  return FIELD_CATEGORY[key];
}

const ELEMENTS = '木火土金水';
const VERBS: Readonly<Record<string, string>> = { 生: 'generates', 克: 'overcomes', 同: 'is the same element as' };

/**
 * English of an element reading, '辛生水,酉金生水' → 'Xin generates Water, You (Metal) generates
 * Water': each part is `side verb side`, a side being the month's element or a stem or branch
 * (with its element).
 */
function elementTextInEnglish(text: string, translate: Translate): string {
  const side = (chars: string): string => {
    const head = chars.charAt(0);
    if (chars.length === 1 && ELEMENTS.includes(head)) return translate(head, 'element');
    const name = translate(head, undefined);
    return chars.length > 1 ? `${name} (${translate(chars.charAt(1), 'element')})` : name;
  };
  return text.split(',').map((part) => {
    const at = [...part].findIndex((ch, i) => i > 0 && ch in VERBS);
    if (at < 0) return translate(part, undefined);
    return `${side(part.slice(0, at))} ${VERBS[part.charAt(at)] as string} ${side(part.slice(at + 1))}`;
  }).join(', ');
}

/** Fields that hold codes, numbers or ISO text, never a term (a birth chart's clocks, zone and options among them). */
const VERBATIM = new Set([
  'date', 'instant', 'start', 'end', 'kind', 'index', 'key', 'relation', 'model', 'weight', 'score',
  'wallClock', 'timeZone', 'utcOffset', 'chartClock', 'solarTime', 'dayBoundary', 'sex', 'method', 'startDate',
]);

/** Whether `o`'s `keys` are all strings: the parts a text is rebuilt from (otherwise its fields are rendered one by one). */
function hasStrings<K extends string>(o: object, ...keys: K[]): o is Record<K, string> {
  return keys.every((key) => typeof (o as Record<string, unknown>)[key] === 'string');
}

/** Whether a 日禄's parts are a string and a list of strings (otherwise its fields are rendered one by one). */
function isLuParts(o: object): o is { huLu: string; jinLu: readonly string[] } {
  const { huLu, jinLu } = o as { huLu?: unknown; jinLu?: unknown };
  return typeof huLu === 'string' && Array.isArray(jinLu) && jinLu.every((stem) => typeof stem === 'string');
}

/** The printed clash in the target language, rebuilt from its parts. */
function clashText(o: { zodiac: string; pillar: string; direction: string }, locale: 'zh-Hant' | 'en', translate: Translate): string {
  const zodiac = translate(o.zodiac, 'zodiac');
  const pillar = translate(o.pillar, 'pillar');
  const direction = translate(o.direction, 'direction');
  return locale === 'en' ? `Clash: ${zodiac} (${pillar}), evil spirit in the ${direction}` : `沖${zodiac}(${pillar})煞${direction}`;
}

/** A count of the 灶马头 in the target language, rebuilt from its phrase: 'Dragons governing water: 7', '七龍治水'. */
function zaoMaTouText(name: string, counts: readonly unknown[], locale: 'zh-Hant' | 'en', translate: Translate): string {
  const phrase = translate(name, 'zao-ma-tou');
  if (locale === 'en') return `${phrase}: ${counts.join(', ')}`;
  let text = phrase;
  for (const count of counts) text = text.replace('幾', typeof count === 'number' && count >= 1 && count <= 12 ? countNumeral(count) : String(count));
  return text;
}

/** The printed 日禄 in the target language, rebuilt from its parts: '酉命互禄 辛命进禄', 互禄 alone when no stem has the day branch as its 禄. */
function luText(o: { huLu: string; jinLu: readonly string[] }, locale: 'zh-Hant' | 'en', translate: Translate): string {
  const branch = translate(o.huLu, 'branch');
  const stems = o.jinLu.map((stem) => translate(stem, 'stem'));
  const huLu = translate('互禄', 'lu');
  const jinLu = translate('进禄', 'lu');
  if (locale !== 'en') return stems.length === 0 ? `${branch}命${huLu}` : `${branch}命${huLu} ${stems.join(',')}命${jinLu}`;
  const mutual = `${huLu} for those born under the branch ${branch}`;
  return stems.length === 0 ? mutual : `${mutual}; ${jinLu.charAt(0).toLowerCase()}${jinLu.slice(1)} for those born under the stem ${stems.join(' or ')}`;
}

/** Whether `o` holds one item for each of the year, the month and the day (`xunKong`, `taiSui`): they keep their field's category. */
function isThreePillars(o: object): boolean {
  const keys = Object.keys(o);
  return keys.length === 3 && 'year' in o && 'month' in o && 'day' in o;
}

function walk(value: unknown, category: string | undefined, locale: 'zh-Hant' | 'en', translate: Translate): unknown {
  if (typeof value === 'string') return translate(value, category);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(value.map((item) => walk(item, category, locale, translate)));
  if (isThreePillars(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = walk(field, category, locale, translate);
    return Object.freeze(out);
  }
  const kind = kindOf(value);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (VERBATIM.has(key)) out[key] = field;
    else if (kind === 'factor' && key === 'detail' && typeof field === 'string') {
      const factorKey = (value as { key: string }).key;
      const category = DETAIL_CATEGORY[factorKey];
      if (category !== undefined) out[key] = field.split(',').map((term) => (term === '' ? '' : translate(term, category))).join(locale === 'en' ? ', ' : ',');
      else out[key] = locale === 'en' ? elementTextInEnglish(field, translate) : translate(field, undefined);
    } else if (key === 'text' && 'stem' in value && 'branch' in value && typeof field === 'string') {
      out[key] = locale === 'en' ? elementTextInEnglish(field, translate) : translate(field, undefined);
    }
    else if (key === 'text' && kind === 'direction' && hasStrings(value, 'zodiac', 'pillar', 'direction')) out[key] = clashText(value, locale, translate);
    else if (key === 'text' && kind === 'zao-ma-tou' && hasStrings(value, 'name') && Array.isArray((value as Record<string, unknown>)['counts'])) {
      out[key] = zaoMaTouText(value.name, (value as Record<string, unknown>)['counts'] as readonly unknown[], locale, translate);
    }
    else if (key === 'text' && kind === 'lu' && isLuParts(value)) out[key] = luText(value, locale, translate);
    else if (key === 'name' && kind === 'nine-star' && hasStrings(value, 'name', 'element')) {
      // '三碧木' is the star's number and colour, then its element.
      const s = value;
      const head = translate(s.name.slice(0, -1), 'nine-star');
      const element = translate(s.element, 'element');
      out[key] = locale === 'en' ? `${head} ${element}` : head + element;
    } else out[key] = walk(field, categoryOf(key, kind), locale, translate);
  }
  return Object.freeze(out);
}

/**
 * Renders an almanac or a birth chart, or any part of either, in Traditional Chinese or English,
 * without any global setting. Every term of every table has all three forms (canonical Simplified
 * Chinese, 繁體中文, English glosses a reader understands, e.g. `'Bury the dead'`, `'Clash: Rabbit
 * (Yi-Mao), evil spirit in the East'`; a chart's 十神 and 十二长生 by their usual English names,
 * `'Seven Killings'`, `'Crown Belt'`). Codes, numbers and clocks (`date`, `instant`, `kind`,
 * `index`, `weekday`, a chart's `wallClock`, `startDate`, …) are kept. Terms are read by the field
 * they sit in, so `'危'` is the officer "Danger" in `officer` and the mansion "Rooftop" in
 * `mansion.name`; a bare string (or one its field's table lacks) is looked up in every table,
 * officer and activity names first. `'zh-Hans'` returns the value as it is.
 *
 * The Gregorian and international days (`almanac(date, { festivals: gregorianFestivals })`) are
 * rendered from the set they come from, passed again as `options.festivals`: the glossary of the
 * main bundle has the traditional festivals only. Without it (or with a set that does not name
 * it), a festival of kind `'solar'` or `'solar-other'` is a `RangeError` rather than Chinese left
 * in the result or a guess. (A bare string that no table has is returned as it is, as any text
 * the library does not know.)
 *
 * The strings of the subpaths whose text the glossary does not carry are rendered from
 * `options.names`: the Buddhist and Taoist days of `huangli/observances` (`observanceNames`:
 * their names, results and remarks, in a day, in any part of one, or passed alone; without it,
 * such a string in a day or a festival is a `RangeError`) and the verses of `huangli/verses`
 * (`verseNames`), or renderings of your own.
 *
 * On a page with script tags, `localize` is in `huangli-i18n.global.js`, as `HuangliI18n.localize`,
 * beside `huangli.global.js`'s `Huangli` (since 0.8.0; the glossaries stay out of a page in
 * Chinese alone): `HuangliI18n.localize(Huangli.almanac('2025-12-18'), 'en')`.
 *
 * @param value - A {@link DailyAlmanac}, a `baZi()` chart (`huangli/bazi`), a `lunarYear()`, a `buddhistDay()` or `taoistDay()` (`huangli/observances`), any part of one, or a term.
 * @param locale - `'zh-Hans'`, `'zh-Hant'` or `'en'`.
 * @param options - `festivals`: the festival set the value's festivals come from (default `'traditional'`); `names`: renderings of the subpaths' strings (`observanceNames`, `verseNames`) or of your own.
 * @returns A frozen copy with every term translated; for `'zh-Hans'`, the value itself, unchanged.
 * @throws {TypeError} If `options` is not an object, `options.festivals` is neither `'traditional'` nor a festival set (made by `festivalSet()` of `huangli/festivals` and unchanged since), or `options.names` is not an object of renderings.
 * @throws {RangeError} If `locale` is not one of the three, `options.festivals` is another string, the value has a festival of kind `'solar'` or `'solar-other'` that `options.festivals` does not name, or a Buddhist or Taoist day's name, result or remark that `options.names` does not render.
 * @example
 * localize(almanac('2025-12-18').clash, 'en').text
 * //=> 'Clash: Rabbit (Yi-Mao), evil spirit in the East'
 * @example
 * localize(almanac('2025-12-18').yi.slice(0, 3), 'zh-Hant')
 * //=> ['祭祀', '開光', '理髮']
 * @example
 * localize('安葬', 'en')
 * //=> 'Bury the dead'
 * @example
 * const { hour } = baZi('1990-05-05T20:00').pillars; // import { baZi } from 'huangli/bazi'
 * [localize(hour, 'en').tenGod, localize(hour, 'en').growth, localize(hour, 'zh-Hant').tenGod]
 * //=> ['Seven Killings', 'Decline', '七殺']
 * @example
 * // import { gregorianFestivals } from 'huangli/festivals'
 * const { festivals } = almanac('2025-10-01', { festivals: gregorianFestivals });
 * localize(festivals, 'zh-Hant', { festivals: gregorianFestivals }).map((f) => f.name)
 * //=> ['國慶節', '國際老年人日']
 * @example
 * (() => { try { return localize(almanac('2025-04-22', { festivals: gregorianFestivals }).festivals, 'en'); } catch (e) { return e.message; } })() // without the set
 * //=> 'localize: options.festivals must be a festival set of huangli/festivals (gregorianFestivals, or made by festivalSet() and unchanged since) that lists "世界地球日", got undefined'
 * @category Languages
 * @since 0.2.0
 */
export function localize<T>(value: T, locale: Locale, options?: LocalizeOptions): Localized<T> {
  if (locale !== 'zh-Hans' && locale !== 'zh-Hant' && locale !== 'en') {
    if (typeof locale !== 'string') throw typeError('localize', 'locale', "'zh-Hans', 'zh-Hant' or 'en'", locale);
    throw new RangeError(`localize: locale must be 'zh-Hans', 'zh-Hant' or 'en', got ${JSON.stringify(locale)}`);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) throw typeError('localize', 'options', 'an object', options);
  const set = readFestivalsOption('localize', options?.festivals);
  const names: unknown = options?.names;
  if (names !== undefined && (names === null || typeof names !== 'object' || Array.isArray(names))) {
    throw typeError('localize', 'options.names', NAMES, names);
  }
  if (locale === 'zh-Hans') return value as Localized<T>;
  const withSet = renderedBy(translatorFor(locale), locale, SET_FESTIVAL, set?.names, 'options.festivals.names', 'options.festivals', `${FESTIVAL_SET} that lists`, set);
  return walk(value, undefined, locale, renderedBy(withSet, locale, OBSERVANCE, names, 'options.names', 'options.names', `${NAMES} that render`, names, true)) as Localized<T>;
}
