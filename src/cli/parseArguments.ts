import type { DayBoundary, LuckStartMethod, Sex } from '../bazi/index';
import { gregorianFestivals, type FestivalSet } from '../festivals/index';
import type { ICalendarInclude } from '../ics/index';
import type { Locale, SolarCalendar } from '../index';

/** The first line of the help, and the second line of every error. */
export const USAGE = 'usage: huangli [YYYY-MM-DD | YYYY-MM-DDTHH:mm | YYYY-MM] [--tz ZONE] [--calendar iso8601|julian] [--festivals traditional|gregorian] [--json] [--lang zh-Hans|zh-Hant|en] [--version] [--help]'
  + ' | huangli bazi YYYY-MM-DDTHH:mm [--sex male|female] [--tz ZONE] [--longitude DEGREES] [--day-boundary midnight|23:00] [--luck-start days|minutes] [--calendar …] [--json] [--lang …]'
  + ' | huangli bazi YEAR MONTH DAY HOUR [--from DATE] [--to DATE] [--tz ZONE] [--day-boundary …] [--calendar …] [--json] [--lang …]'
  + ' | huangli ics YYYY[-MM] [--include terms,festivals,holidays,yiji,buddhist,taoist] [--festivals …] [--lang …]'
  + ' | huangli year YEAR [--calendar …] [--json] [--lang …]'
  + ' | huangli observances [YYYY-MM-DD] [--tz ZONE] [--calendar …] [--json] [--lang …]';

/** Every form the command takes, with what it prints. */
export const HELP = `${USAGE}

  huangli                       today's almanac in China (China Standard Time, UTC+8)
  huangli 2025-12-18            the almanac of one day, -000721-01-01 … 9999-12-31 (a year
                                outside 0000 … 9999 has a sign and six digits: -000721-01-16)
  huangli 2025-12-18T23:30      that day at a time (China Standard Time): the card adds the
  huangli "2025-12-18 23:30"    hour pillar and the 时辰 of that hour; 23:00–23:59 is already
                                the 子 hour of the next day (the day pillar stays)
  huangli 2025-12               a month, one line a day (also -000100-03)
  huangli bazi 1990-05-05T20:00 --sex male
                                the birth chart (八字) of a moment: the four pillars with their
                                十神, 藏干, 纳音, 长生 and 旬空, 胎元/胎息/命宫/身宫, and with --sex
                                the luck decades (大运)
  huangli bazi 庚午 辛巳 庚辰 丙戌
                                the other way: every moment of 1900 … 2100 (or --from … --to)
                                with these four pillars, the first moment of each (the
                                pillars may be one word: 庚午辛巳庚辰丙戌)
  huangli ics 2026 > 2026.ics   an iCalendar file (RFC 5545) of a year (or a month, 2026-03),
                                0000 … 9999, for a calendar app: one all-day event per solar
                                term and traditional festival (with holidays, per statutory day
                                off and make-up workday, 2002 … 2026; with yiji, per day its 宜/忌;
                                with buddhist and taoist, their festivals and fasting days)
  huangli year 2025             a lunar year, -721 … 9999: its name, 正月初一, days and months
                                (the leap month among them), and its almanac page: 三元九运, the
                                year's 九星, the directions of its gods and of 太岁, the 灶马头
                                (七龙治水, 四牛耕田 …)
  huangli observances 2025-05-05
                                the day in the Buddhist and Taoist calendars (today without a
                                date): era years, fasting days, the 27 mansions' one, the
                                festivals with what befalls one who breaks them, 三会, 三元,
                                八节, 五腊, 八会, 戊 days, 天赦

  --sex male|female             bazi: the person's sex, for the luck (without it, no luck)
  --tz Asia/Shanghai            bazi: the IANA zone of the birth clock (default China Standard
                                Time, a fixed UTC+8; Asia/Shanghai has China's 1986–1991 DST);
                                a day: the zone of its time (its hour and 时辰), and without a
                                date, today in that zone rather than in China
  --longitude 116.4             bazi: cast the chart on the true solar time of that longitude
                                (degrees east, west negative)
  --day-boundary midnight|23:00 bazi: where the day pillar changes (the 子时 schools; default
                                midnight: 23:00–23:59 keeps the day, with the next day's 子 hour)
  --luck-start days|minutes     bazi: how the luck's start is counted (default days: 3 days to
                                the 节 = 1 year; minutes: by the minute)
  --from 1800-01-01, --to 1899-12-31
                                bazi by pillars: the span searched (default 1900-01-01 …
                                2100-12-31; any of -000721-01-01 … 9999-12-31)
  --include terms,festivals,holidays,yiji,buddhist,taoist
                                ics: what the file holds (default terms,festivals)
  --calendar iso8601|julian     how dates are read and written: iso8601 (default), the proleptic
                                Gregorian calendar; julian, the Julian calendar before 1582-10-15
                                (1582-10-04 is followed by 1582-10-15), as historians write dates
  --festivals traditional|gregorian
                                which festivals a day, a month and ics list: the traditional ones
                                (default), or also the Gregorian and international days (元旦节,
                                国庆节, 母亲节 …: gregorianFestivals of huangli/festivals)
  --json                        the almanac as JSON (a month: an array of days; bazi: the chart)
  --lang zh-Hans|zh-Hant|en     the language: Simplified (default), Traditional, English
  --version                     the version of huangli
  --help, -h                    this help`;

/** What the command was asked for. */
export interface Arguments {
  /** `'almanac'` (a day or a month), `'bazi'` (`huangli bazi <moment>`: a birth chart), `'ics'` (`huangli ics <year>`: an iCalendar file), `'year'` (`huangli year <year>`: a lunar year) or `'observances'` (`huangli observances <date>`: the Buddhist and Taoist day). */
  readonly command: 'almanac' | 'bazi' | 'ics' | 'year' | 'observances';
  readonly target: string | undefined;
  readonly json: boolean;
  readonly lang: Locale;
  /** `--calendar`: the library's `options.calendar`; `undefined` when not given (`'iso8601'`). */
  readonly calendar: SolarCalendar | undefined;
  readonly help: boolean;
  readonly version: boolean;
  /** bazi only: `--sex`, `--tz`, `--longitude`, `--day-boundary`, `--luck-start`. */
  readonly sex: Sex | undefined;
  readonly timeZone: string | undefined;
  readonly longitude: number | undefined;
  readonly dayBoundary: DayBoundary | undefined;
  readonly luckStart: LuckStartMethod | undefined;
  /** bazi by pillars only: `--from`, `--to` (the span searched; `undefined` for fromBaZi's default). */
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** ics only: `--include`; `undefined` when not given (terms and festivals). */
  readonly include: readonly ICalendarInclude[] | undefined;
  /** `--festivals gregorian`: the set to add to the traditional festivals; `undefined` for those only (the default, `--festivals traditional`). */
  readonly festivals: FestivalSet | undefined;
}

/** The value of `--name value` or `--name=value` at `argv[i]`, and the index of the last argument read. */
function optionValue(argv: readonly string[], i: number, name: string): [string | undefined, number] {
  const arg = argv[i] as string;
  return arg === name ? [argv[i + 1], i + 1] : [arg.slice(name.length + 1), i];
}

/** What `--include` may list, in the order the help gives them. */
const ICS_INCLUDES: readonly ICalendarInclude[] = ['terms', 'festivals', 'holidays', 'yiji', 'buddhist', 'taoist'];

const shown = (value: string | undefined): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/** Two Han characters: a stem and a branch, as `fromBaZi` reads them (it checks that they are a pair of the cycle). */
const PILLAR = /^\p{Script=Han}{2}$/u;

/** Whether a `huangli bazi` target is four pillars written as one word (庚午辛巳庚辰丙戌) rather than a moment. */
export function isPillarsTarget(target: string): boolean {
  return /^\p{Script=Han}{8}$/u.test(target);
}

/**
 * Reads the command line: `bazi` first for a birth chart, then one date, moment or month (a
 * negative expanded year, `-000721-01-16`, is a date, not an option), `--calendar`, `--json`,
 * `--lang`, `--version`, `--help`, and for `bazi` `--sex`, `--tz`, `--longitude`,
 * `--day-boundary`, `--luck-start`; `ics` first for an iCalendar file, then a year or a month, `--include`, `--lang`;
 * `--festivals` for a day, a month and ics.
 *
 * @throws {Error} On an unknown option, a bad `--lang`, `--calendar`, `--sex`, `--longitude` or
 * `--include` or `--festivals`, a chart option without `bazi`, `--include` without `ics`, `--festivals` with `bazi`, `--json` or `--calendar`
 * with `ics`, `bazi` without a moment, `ics` without a year, or a second date.
 */
export function parseArguments(argv: readonly string[]): Arguments {
  const command = argv[0] === 'bazi' || argv[0] === 'ics' || argv[0] === 'year' || argv[0] === 'observances' ? argv[0] : 'almanac';
  let target: string | undefined;
  let json = false;
  let help = false;
  let version = false;
  let lang: Locale = 'zh-Hans';
  let calendar: SolarCalendar | undefined;
  let sex: Sex | undefined;
  let timeZone: string | undefined;
  let longitude: number | undefined;
  let dayBoundary: DayBoundary | undefined;
  let luckStart: LuckStartMethod | undefined;
  let include: ICalendarInclude[] | undefined;
  let festivals: FestivalSet | undefined;
  let from: string | undefined;
  let to: string | undefined;
  const positional: string[] = [];
  const isOption = (arg: string, name: string): boolean => arg === name || arg.startsWith(`${name}=`);
  for (let i = command === 'almanac' ? 0 : 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') {
      if (command === 'ics') throw new Error('--json is not an option of huangli ics (it writes iCalendar)');
      json = true;
    } else if (isOption(arg, '--include')) {
      if (command !== 'ics') throw new Error('--include is an option of huangli ics');
      const [value, last] = optionValue(argv, i, '--include');
      i = last;
      const items = value === undefined || value === '' ? [] : value.split(',');
      if (items.length === 0 || items.some((item) => !ICS_INCLUDES.includes(item as ICalendarInclude))) {
        throw new Error(`--include must be a comma-separated list of ${ICS_INCLUDES.join(', ')}, got ${shown(value)}`);
      }
      include = items as ICalendarInclude[];
    }
    else if (isOption(arg, '--festivals')) {
      if (command === 'bazi' || command === 'year' || command === 'observances') throw new Error(`--festivals is not an option of huangli ${command}`);
      const [value, last] = optionValue(argv, i, '--festivals');
      i = last;
      if (value !== 'traditional' && value !== 'gregorian') throw new Error(`--festivals must be traditional or gregorian, got ${shown(value)}`);
      festivals = value === 'gregorian' ? gregorianFestivals : undefined;
    } else if (isOption(arg, '--lang')) {
      const [value, last] = optionValue(argv, i, '--lang');
      i = last;
      if (value !== 'zh-Hans' && value !== 'zh-Hant' && value !== 'en') throw new Error(`--lang must be zh-Hans, zh-Hant or en, got ${shown(value)}`);
      lang = value;
    } else if (isOption(arg, '--calendar')) {
      const [value, last] = optionValue(argv, i, '--calendar');
      i = last;
      if (value !== 'iso8601' && value !== 'julian') throw new Error(`--calendar must be iso8601 or julian, got ${shown(value)}`);
      if (command === 'ics') throw new Error('--calendar is not an option of huangli ics (iCalendar dates are Gregorian)');
      calendar = value;
    } else if (isOption(arg, '--from') || isOption(arg, '--to')) {
      const name = arg.split('=')[0] as '--from' | '--to';
      if (command !== 'bazi') throw new Error(`${name} is an option of huangli bazi with four pillars`);
      const [value, last] = optionValue(argv, i, name);
      i = last;
      if (value === undefined || value === '') throw new Error(`${name} must be a date such as 1900-01-01, got ${shown(value)}`);
      if (name === '--from') from = value;
      else to = value;
    } else if (['--sex', '--tz', '--longitude', '--day-boundary', '--luck-start'].some((name) => isOption(arg, name))) {
      const name = arg.split('=')[0] as string;
      if (command !== 'bazi' && !(name === '--tz' && (command === 'almanac' || command === 'observances'))) throw new Error(`${name} is an option of huangli bazi${name === '--tz' ? ' and of a day' : ''}`);
      const [value, last] = optionValue(argv, i, name);
      i = last;
      if (name === '--sex') {
        if (value !== 'male' && value !== 'female') throw new Error(`--sex must be male or female, got ${shown(value)}`);
        sex = value;
      } else if (name === '--day-boundary') {
        if (value !== 'midnight' && value !== '23:00') throw new Error(`--day-boundary must be midnight or 23:00, got ${shown(value)}`);
        dayBoundary = value;
      } else if (name === '--luck-start') {
        if (value !== 'days' && value !== 'minutes') throw new Error(`--luck-start must be days or minutes, got ${shown(value)}`);
        luckStart = value;
      } else if (name === '--tz') {
        if (value === undefined || value === '') throw new Error(`--tz must be an IANA time zone such as Asia/Shanghai, got ${shown(value)}`);
        timeZone = value;
      } else {
        const degrees = value === undefined || value.trim() === '' ? NaN : Number(value);
        if (!Number.isFinite(degrees)) throw new Error(`--longitude must be a number of degrees east (west negative), got ${shown(value)}`);
        longitude = degrees;
      }
    } else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--version' || arg === '-v') version = true;
    else if (arg.startsWith('-') && !/^-\d/.test(arg)) throw new Error(`unknown option ${JSON.stringify(arg)}`);
    else if (command === 'bazi') positional.push(arg);
    else if (target === undefined) target = arg;
    else throw new Error(`one ${command === 'year' ? 'year' : 'date'} only, got ${JSON.stringify(target)} and ${JSON.stringify(arg)}`);
  }
  if (command === 'bazi' && positional.length > 0) {
    // Four pillars (庚午 辛巳 庚辰 丙戌, or as one word) or one moment.
    if (positional.length === 4 && positional.every((p) => PILLAR.test(p))) target = positional.join('');
    else if (positional.length === 1) target = positional[0];
    else if (positional.length === 2) throw new Error(`one date only, got ${JSON.stringify(positional[0])} and ${JSON.stringify(positional[1])}`);
    else throw new Error(`bazi takes one moment or four pillars (year month day hour, such as 庚午 辛巳 庚辰 丙戌), got ${positional.map((p) => JSON.stringify(p)).join(' ')}`);
  }
  const byPillars = command === 'bazi' && target !== undefined && isPillarsTarget(target);
  if ((from !== undefined || to !== undefined) && !byPillars) throw new Error(`${from !== undefined ? '--from' : '--to'} is an option of huangli bazi with four pillars`);
  if (byPillars && (sex !== undefined || longitude !== undefined || luckStart !== undefined)) {
    throw new Error(`${sex !== undefined ? '--sex' : longitude !== undefined ? '--longitude' : '--luck-start'} is an option of a chart, not of huangli bazi with four pillars`);
  }
  if (command === 'bazi' && target === undefined && !help && !version) throw new Error('bazi needs the moment of birth, e.g. huangli bazi 1990-05-05T20:00 --sex male');
  if (command === 'ics' && target === undefined && !help && !version) throw new Error('ics needs a year or a month, e.g. huangli ics 2026 > 2026.ics');
  if (command === 'year' && target === undefined && !help && !version) throw new Error('year needs a lunar year, e.g. huangli year 2025');
  return { command, target, json, lang, calendar, help, version, sex, timeZone, longitude, dayBoundary, luckStart, include, festivals, from, to };
}
