#!/usr/bin/env node
/**
 * The `huangli` command: the almanac of a day, or of a month as a table, in the terminal.
 *
 *   huangli                      today in China
 *   huangli 2025-12-18           one day
 *   huangli 2025-12              a month, one line a day
 *   --json                       the DailyAlmanac (or the month's) as JSON
 *   --lang en | zh-Hant          another language (default zh-Hans)
 *
 * Not part of the library's API: a thin shell over it, and the only place that reads the clock.
 */
import { almanac, localize, solarTerms, type DailyAlmanac, type Locale } from '../index';

const USAGE = 'usage: huangli [YYYY-MM-DD | YYYY-MM] [--json] [--lang zh-Hans|zh-Hant|en]';

const LABELS = {
  'zh-Hans': { lunar: '农历', pillars: '干支', term: '节气', score: '今日运势评分', month: '本月运势', elements: '五行', pengZu: '彭祖百忌', yi: '宜', ji: '忌', moon: '月相', clash: '日冲', officer: '建除', deity: '天神', naYin: '纳音', mansion: '星宿', gods: '吉神', evils: '凶煞', directions: '方位', hours: '时辰', festivals: '节日', none: '无', weekdays: '日一二三四五六', year: '年', monthSuffix: '月', day: '日', weekday: '周' },
  'zh-Hant': { lunar: '農曆', pillars: '干支', term: '節氣', score: '今日運勢評分', month: '本月運勢', elements: '五行', pengZu: '彭祖百忌', yi: '宜', ji: '忌', moon: '月相', clash: '日沖', officer: '建除', deity: '天神', naYin: '納音', mansion: '星宿', gods: '吉神', evils: '凶煞', directions: '方位', hours: '時辰', festivals: '節日', none: '無', weekdays: '日一二三四五六', year: '年', monthSuffix: '月', day: '日', weekday: '週' },
  en: { lunar: 'Lunar date', pillars: 'Pillars', term: 'Solar term', score: 'Fortune score', month: 'This month', elements: 'Elements', pengZu: 'Peng Zu taboos', yi: 'Favourable', ji: 'Avoid', moon: 'Moon', clash: 'Clash', officer: 'Day officer', deity: 'Deity', naYin: 'Na Yin', mansion: 'Mansion', gods: 'Good spirits', evils: 'Bad spirits', directions: 'Directions', hours: 'Hours', festivals: 'Festivals', none: 'none', weekdays: 'SuMoTuWeThFrSa', year: '', monthSuffix: '', day: '', weekday: '' },
} as const;

interface Arguments { target: string | undefined; json: boolean; lang: Locale }

function parse(argv: readonly string[]): Arguments {
  let target: string | undefined;
  let json = false;
  let lang: Locale = 'zh-Hans';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'zh-Hans' && value !== 'zh-Hant' && value !== 'en') throw new Error(`--lang must be zh-Hans, zh-Hant or en, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      lang = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${JSON.stringify(arg)}`);
    else if (target === undefined) target = arg;
    else throw new Error(`one date only, got ${JSON.stringify(target)} and ${JSON.stringify(arg)}`);
  }
  return { target, json, lang };
}

/** Today in China Standard Time, 'YYYY-MM-DD'. */
function today(): string {
  return new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
}

function dayText(a: DailyAlmanac, lang: Locale): string {
  const L = LABELS[lang];
  const l = localize(a, lang);
  const en = lang === 'en';
  const sep = en ? ', ' : '，';
  const list = (xs: readonly string[]): string => (xs.length === 0 ? L.none : xs.join(en ? ', ' : ' '));
  const terms = [...solarTerms(Number(a.date.slice(0, 4))), ...(a.date.slice(0, 4) === '2100' ? [] : solarTerms(Number(a.date.slice(0, 4)) + 1))];
  const next = terms.find((t) => t.instant.slice(0, 10) > a.date);
  const term = l.solarTerm === null
    ? `${next === undefined ? '' : `${en ? 'next: ' : '下一个 '}${localize(next.name, lang)} ${next.instant.slice(0, 16).replace('T', ' ')}`}`
    : `${l.solarTerm.name} ${l.solarTerm.instant.slice(11, 16)}`;
  const p = l.pillars;
  const f = l.fortune;
  const d = l.directions;
  const lines = [
    `${a.date} ${en ? ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][a.weekday] : L.weekday + L.weekdays.charAt(a.weekday)}${l.festivals.length > 0 ? `  ${l.festivals.map((x) => x.name).join(sep)}` : ''}`,
    `${L.lunar}  ${en ? `${l.lunar.monthName}, ${l.lunar.dayName} (${a.lunar.year}, year of the ${l.zodiac})` : `${p.year.name}${L.year}(${l.zodiac}) ${l.lunar.monthName}${l.lunar.dayName}`}`,
    `${L.pillars}  ${en ? `${p.year.name} year, ${p.month.name} month, ${p.day.name} day` : `${p.year.name}${L.year} ${p.month.name}${L.monthSuffix} ${p.day.name}${L.day}`}`,
    `${L.term}  ${term}`,
    `${L.score}  ${f.score > 0 ? '+' : ''}${f.score}    ${L.month}  ${f.month.pillar} ${f.month.trend}    ${L.elements}  ${f.elements.text}`,
    `${L.pengZu}  ${l.pengZu.join(en ? '; ' : ' ')}`,
    `${L.yi}  ${list(l.yi)}`,
    `${L.ji}  ${list(l.ji)}`,
    `${L.moon}  ${l.moonPhase.name} (${f.moon})    ${en ? l.clash.text : `${L.clash}  ${l.clash.text}`}`,
    `${L.officer}  ${l.officer}    ${L.deity}  ${l.deity.name} ${l.deity.type}    ${L.naYin}  ${l.naYin}    ${L.mansion}  ${l.mansion.name} ${l.mansion.luck}`,
    `${L.gods}  ${list(l.gods.auspicious)}`,
    `${L.evils}  ${list(l.gods.inauspicious)}`,
    `${L.directions}  ${en ? 'Joy' : '喜神'} ${d.xiShen.direction}${sep}${en ? 'Fortune' : '福神'} ${d.fuShen.direction}${sep}${en ? 'Wealth' : '财神'} ${d.caiShen.direction}${sep}${en ? 'Fetus god' : '胎神'} ${d.taiShen}`,
    `${L.hours}  ${l.hours.map((h) => `${h.pillar.name} ${h.luck}`).join(en ? ', ' : ' ')}`,
  ];
  return lines.join('\n');
}

function monthText(year: number, month: number, lang: Locale): string {
  const L = LABELS[lang];
  const en = lang === 'en';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const rows: string[] = [];
  for (let day = 1; day <= days; day++) {
    const a = almanac({ year, month, day });
    const l = localize(a, lang);
    const score = `${a.fortune.score > 0 ? '+' : ''}${a.fortune.score}`.padStart(3);
    const weekday = en ? L.weekdays.slice(a.weekday * 2, a.weekday * 2 + 2) : L.weekdays.charAt(a.weekday);
    const lunar = en ? `${a.lunar.month}${a.lunar.leap ? 'L' : ''}-${a.lunar.day}`.padEnd(6) : `${l.lunar.monthName}${l.lunar.dayName}`;
    const extras = [l.solarTerm?.name, ...l.festivals.map((x) => x.name)].filter((x) => x !== undefined).join(en ? ', ' : ' ');
    const yi = l.yi.slice(0, 3).join(en ? ', ' : ' ') || L.none;
    rows.push(`${a.date.slice(5)} ${weekday} ${lunar} ${l.pillars.day.name.padEnd(en ? 9 : 2)} ${l.officer.padEnd(en ? 16 : 1)} ${score}  ${L.yi}: ${yi}${extras ? `  [${extras}]` : ''}`);
  }
  return rows.join('\n');
}

function main(argv: readonly string[]): void {
  let args: Arguments;
  try {
    args = parse(argv);
    const target = args.target ?? today();
    if (/^\d{4}-\d{2}$/.test(target)) {
      const [year, month] = target.split('-').map(Number) as [number, number];
      almanac({ year, month, day: 1 }); // validates the month and the range
      if (args.json) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        console.log(JSON.stringify(Array.from({ length: days }, (_, i) => localize(almanac({ year, month, day: i + 1 }), args.lang)), null, 2));
      } else console.log(monthText(year, month, args.lang));
      return;
    }
    const day = almanac(target);
    console.log(args.json ? JSON.stringify(localize(day, args.lang), null, 2) : dayText(day, args.lang));
  } catch (error) {
    console.error(`huangli: ${(error as Error).message}`);
    console.error(USAGE);
    process.exit(2);
  }
}

main(process.argv.slice(2));
