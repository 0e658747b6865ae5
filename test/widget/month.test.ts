/**
 * <huangli-month> under Node (issue 13, item 4): its pure helpers (the keys of the grid, month
 * arithmetic, the attributes, the score's colour band, the cells' labels and names) and its page
 * data against the reference, lunar-javascript. The element itself runs in Chromium:
 * test/browser/month.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { almanac } from '../../src/almanac/almanac';
import { fromEpochDayIn, formatDate, toEpochDayIn } from '../../src/calendar/julianCalendar';
import { LAST_EPOCH_DAY, getFirstEpochDay } from '../../src/calendar/supportedRange';
import { holidayData } from '../../src/holidays/holidayData';
import { readHolidaysAttribute } from '../../src/widget/attributes';
import { findHoliday } from '../../src/widget/findHoliday';
import { monthPage, type PageDay } from '../../src/widget/monthData';
import { dayInMonth, moveDay, readCardMode, readIntegerAttribute, readWeekStart, shiftMonth } from '../../src/widget/monthNav';
import { MissingLanguagesError } from '../../src/widget/missingLanguages';
import { cellLabel, cellName, renderMonth, renderMonthError, scoreBand, shortEnglish } from '../../src/widget/monthRender';
import { reference } from '../support/reference';
import { byClass, fakeDocument, textsByClass, type FakeNode } from './fakeDocument';

const day = (date: string, calendar: 'iso8601' | 'julian' = 'iso8601'): number => {
  const m = /^([+-]?\d+)-(\d\d)-(\d\d)$/.exec(date) as RegExpExecArray;
  return toEpochDayIn(calendar, Number(m[1]), Number(m[2]), Number(m[3]));
};
const date = (epochDay: number | undefined, calendar: 'iso8601' | 'julian' = 'iso8601'): string => formatDate(epochDay as number, calendar);

interface RefDay { getDay(): number; getMonthInChinese(): string; getDayInChinese(): string; getJieQi(): string; getFestivals(): string[]; getMonth(): number }
const refLunar = (d: string): RefDay => {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return reference.Solar.fromYmd(y, m, dd).getLunar() as unknown as RefDay;
};
/** The label of a 万年历 cell from the reference: a principal festival, the term, the month on 初一, the day. */
const refLabel = (d: string): string => {
  const l = refLunar(d);
  return l.getFestivals()[0] ?? (l.getJieQi() || (l.getDay() === 1 ? `${l.getMonthInChinese()}月` : l.getDayInChinese()));
};

describe('the keys of the grid (moveDay)', () => {
  const from = day('2025-10-31'); // a Friday
  it.each([
    ['ArrowLeft', false, '2025-10-30'],
    ['ArrowRight', false, '2025-11-01'],
    ['ArrowUp', false, '2025-10-24'],
    ['ArrowDown', false, '2025-11-07'],
    ['Home', false, '2025-10-27'], // Monday
    ['End', false, '2025-11-02'], // Sunday
    ['PageUp', false, '2025-09-30'], // the 31st kept within September
    ['PageDown', false, '2025-11-30'],
    ['PageUp', true, '2024-10-31'],
    ['PageDown', true, '2026-10-31'],
  ])('%s (shift %s) from 2025-10-31 → %s, Monday first', (key, shiftKey, to) => {
    expect(date(moveDay(from, { key, shiftKey }, 'monday', 'iso8601'))).toBe(to);
  });

  it('Home and End follow week-start: Sunday-first weeks run Sunday … Saturday', () => {
    expect(date(moveDay(from, { key: 'Home' }, 'sunday', 'iso8601'))).toBe('2025-10-26');
    expect(date(moveDay(from, { key: 'End' }, 'sunday', 'iso8601'))).toBe('2025-11-01');
    // On the week's own ends, they stay.
    expect(date(moveDay(day('2025-10-26'), { key: 'Home' }, 'sunday', 'iso8601'))).toBe('2025-10-26');
    expect(date(moveDay(day('2025-11-02'), { key: 'End' }, 'monday', 'iso8601'))).toBe('2025-11-02');
  });

  it('leaves other keys to the page', () => {
    for (const key of ['Tab', 'a', 'Enter', ' ', 'Escape']) expect(moveDay(from, { key }, 'monday', 'iso8601')).toBeUndefined();
  });

  it('keeps 29 February and the Julian reform: PageUp from 2024-03-31 is 2024-02-29, → from Julian 1582-10-04 is 1582-10-15', () => {
    expect(date(moveDay(day('2024-03-31'), { key: 'PageUp' }, 'monday', 'iso8601'))).toBe('2024-02-29');
    expect(date(moveDay(day('2025-03-31'), { key: 'PageUp' }, 'monday', 'iso8601'))).toBe('2025-02-28');
    const julian = day('1582-10-04', 'julian');
    expect(date(moveDay(julian, { key: 'ArrowRight' }, 'monday', 'julian'), 'julian')).toBe('1582-10-15');
    // A day the reform skipped becomes the 15th: PageDown from 1582-09-10 (Julian).
    expect(date(moveDay(day('1582-09-10', 'julian'), { key: 'PageDown' }, 'monday', 'julian'), 'julian')).toBe('1582-10-15');
    // Julian 1500-02-29 exists; 1500 is not a Gregorian leap year.
    expect(date(moveDay(day('1500-03-29', 'julian'), { key: 'PageUp' }, 'monday', 'julian'), 'julian')).toBe('1500-02-29');
    expect(date(moveDay(day('1500-03-29'), { key: 'PageUp' }, 'monday', 'iso8601'))).toBe('1500-02-28');
  });

  it('stops at the ends of the supported range', () => {
    const last = LAST_EPOCH_DAY;
    expect(moveDay(last, { key: 'ArrowRight' }, 'monday', 'iso8601')).toBe(last);
    expect(moveDay(last, { key: 'ArrowDown' }, 'monday', 'iso8601')).toBe(last);
    expect(moveDay(last, { key: 'PageDown' }, 'monday', 'iso8601')).toBe(last);
    expect(moveDay(last - 3, { key: 'End' }, 'monday', 'iso8601')).toBe(last); // 9999-12-31 is a Friday
    for (const calendar of ['iso8601', 'julian'] as const) {
      const first = getFirstEpochDay(calendar);
      expect(moveDay(first, { key: 'ArrowLeft' }, 'monday', calendar)).toBe(first);
      expect(moveDay(first + 2, { key: 'ArrowUp' }, 'monday', calendar)).toBe(first);
      expect(moveDay(first + 20, { key: 'PageUp' }, 'monday', calendar)).toBe(first + 20);
    }
  });
});

describe('month arithmetic', () => {
  it('shiftMonth crosses years, year 0 included, and stops outside −721 … 9999', () => {
    expect(shiftMonth({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
    expect(shiftMonth({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(shiftMonth({ year: 0, month: 1 }, -1)).toEqual({ year: -1, month: 12 });
    expect(shiftMonth({ year: 2025, month: 10 }, -22)).toEqual({ year: 2023, month: 12 });
    expect(shiftMonth({ year: -721, month: 1 }, -1)).toBeNull();
    expect(shiftMonth({ year: 9999, month: 12 }, 1)).toBeNull();
  });

  it('dayInMonth keeps a day within the month', () => {
    expect(date(dayInMonth('iso8601', { year: 2025, month: 2 }, 31))).toBe('2025-02-28');
    expect(date(dayInMonth('iso8601', { year: 2025, month: 4 }, 31))).toBe('2025-04-30');
    expect(date(dayInMonth('julian', { year: 1582, month: 10 }, 10), 'julian')).toBe('1582-10-15');
    expect(date(dayInMonth('julian', { year: 1582, month: 10 }, 4), 'julian')).toBe('1582-10-04');
  });
});

describe('attributes', () => {
  it('reads year and month as decimal integers, and passes anything else on for the library to refuse', () => {
    expect(['2025', ' -721 ', '+10', '0', '010'].map(readIntegerAttribute)).toEqual([2025, -721, 10, 0, 10]);
    expect(['2025.5', 'abc', '', '1e3', '0x10'].map(readIntegerAttribute)).toEqual(['2025.5', 'abc', '', '1e3', '0x10']);
  });

  it('week-start: monday (default) or sunday, any case; anything else monday with a warning', () => {
    expect(readWeekStart(null)).toEqual({ weekStart: 'monday', warning: null });
    expect(readWeekStart(' Sunday ')).toEqual({ weekStart: 'sunday', warning: null });
    expect(readWeekStart('sat')).toEqual({ weekStart: 'monday', warning: '<huangli-month>: week-start="sat" is not supported; using monday. Use monday or sunday.' });
  });

  it('holidays: absent or cn, China’s; none, none; anything else cn with a warning', () => {
    expect([null, 'cn', ' CN ', 'none'].map((v) => readHolidaysAttribute(v, 'huangli-month').show)).toEqual([true, true, true, false]);
    expect(readHolidaysAttribute('us', 'huangli-month')).toEqual({ show: true, warning: '<huangli-month>: holidays="us" is not supported; showing China\'s (cn). Use cn or none.' });
  });

  it('card: absent none; empty or inline below the grid; dialog; anything else inline with a warning', () => {
    expect([null, '', 'inline', 'DIALOG'].map((v) => readCardMode(v).mode)).toEqual(['none', 'inline', 'inline', 'dialog']);
    expect(readCardMode('popup')).toEqual({ mode: 'inline', warning: '<huangli-month>: card="popup" is not supported; showing it inline. Use card, card="inline" or card="dialog".' });
  });
});

describe('cells', () => {
  it('bands the score for its colour cue: 0; ±1 for 1–3; ±2 for 4–6; ±3 for 7–10', () => {
    expect([-10, -7, -6, -4, -3, -1, 0, 1, 3, 4, 6, 7, 10].map(scoreBand)).toEqual([-3, -3, -2, -2, -1, -1, 0, 1, 1, 2, 2, 3, 3]);
  });

  it("shortens a festival's English name for a cell", () => {
    expect(['Spring Festival (Chinese New Year)', 'Mid-Autumn Festival', "Chinese New Year's Eve", 'Qixi Festival (Double Seventh)', 'Cold Dew'].map(shortEnglish))
      .toEqual(['Chinese New Year', 'Mid-Autumn', "Chinese New Year's Eve", 'Double Seventh', 'Cold Dew']);
  });

  const cellOf = (d: string): PageDay => {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return monthPage(y, m, 'monday', 'iso8601').weeks.flat().find((c) => c?.date === d) as PageDay;
  };

  it.each([
    ['2025-10-06', ['中秋节', '中秋節', 'Mid-Autumn']],
    ['2025-10-08', ['寒露', '寒露', 'Cold Dew']],
    ['2025-10-21', ['九月', '九月', 'Month 9']],
    ['2025-10-22', ['初二', '初二', '9/2']],
    ['2023-03-22', ['闰二月', '閏二月', 'Leap 2']],
    ['2023-03-23', ['初二', '初二', 'L2/2']],
    ['2026-02-16', ['除夕', '除夕', "Chinese New Year's Eve"]],
    ['2026-02-17', ['春节', '春節', 'Chinese New Year']],
  ])('%s is labelled %j in zh-Hans, zh-Hant and English', (d, labels) => {
    const cell = cellOf(d);
    expect((['zh-Hans', 'zh-Hant', 'en'] as const).map((lang) => cellLabel(cell, lang))).toEqual(labels);
  });

  it('names a cell in full for assistive technology', () => {
    const score = almanac('2025-12-21').fortune.score;
    const s = score > 0 ? `+${score}` : String(score);
    expect(cellName(cellOf('2025-12-21'), 'zh-Hans')).toBe(`2025年12月21日 星期日，农历冬月初二，冬至，运势 ${s}`);
    expect(cellName(cellOf('2025-12-21'), 'zh-Hant')).toBe(`2025年12月21日 星期日，農曆冬月初二，冬至，運勢 ${s}`);
    expect(cellName(cellOf('2025-12-21'), 'en')).toBe(`Sunday, 21 December 2025, lunar Eleventh month, Day 2, Winter Solstice, fortune score ${s}`);
  });
});

describe('the page data against the reference (lunar-javascript)', () => {
  // Every 7th month of 1900–2100, and the leap months of 2023 and 2025.
  const months: [number, number][] = [[2023, 3], [2023, 4], [2025, 7], [2025, 8], [2025, 10]];
  for (let i = 0; i < 201 * 12; i += 7) months.push([1900 + Math.floor(i / 12), (i % 12) + 1]);

  it(`${months.length} months: the days, the weekdays and the labels of every cell`, () => {
    for (const [y, m] of months) {
      const page = monthPage(y, m, m % 2 === 0 ? 'sunday' : 'monday', 'iso8601');
      expect(page.weeks).toHaveLength(6);
      const cells = page.weeks.flat() as PageDay[];
      const inMonth = cells.filter((c) => c.inMonth);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      expect(inMonth.map((c) => c.day), `${y}-${m}`).toEqual(Array.from({ length: last }, (_, i) => i + 1));
      expect(cells[0]?.weekday, `${y}-${m}`).toBe(m % 2 === 0 ? 0 : 1);
      for (const c of cells) {
        expect(c.weekday).toBe(new Date(`${c.date}T00:00:00Z`).getUTCDay());
        expect(c.label, c.date).toBe(refLabel(c.date));
      }
      // The neighbouring days are marked, and they are the days around the month.
      expect(cells.filter((c) => !c.inMonth).every((c) => c.date.slice(0, 7) !== `${y}-${String(m).padStart(2, '0')}`)).toBe(true);
    }
  });

  it('the score of a cell is the almanac score', () => {
    for (const c of monthPage(2025, 10, 'monday', 'iso8601').weeks.flat() as PageDay[]) expect(c.score).toBe(almanac(c.date).fortune.score);
  });

  it('Julian 1582-10 has 21 days, the 4th followed by the 15th; the labels are the reference’s (which writes those days in the Julian calendar)', () => {
    const cells = monthPage(1582, 10, 'monday', 'julian').weeks.flat() as PageDay[];
    const inMonth = cells.filter((c) => c.inMonth);
    expect(inMonth.map((c) => c.day)).toEqual([1, 2, 3, 4, ...Array.from({ length: 17 }, (_, i) => i + 15)]);
    for (const c of inMonth) expect(c.label, c.date).toBe(refLabel(c.date));
    expect(fromEpochDayIn('julian', (inMonth[3] as PageDay).epochDay + 1)).toEqual({ year: 1582, month: 10, day: 15 });
  });

  it('leaves the days beyond the supported range empty', () => {
    const first = monthPage(-721, 1, 'monday', 'iso8601').weeks[0] as (PageDay | null)[];
    const leading = first.filter((c) => c === null).length;
    expect(first[leading]?.date).toBe('-000721-01-01');
    const last = monthPage(9999, 12, 'monday', 'iso8601').weeks.flat();
    expect(last.filter((c) => c !== null).at(-1)?.date).toBe('9999-12-31');
    expect(last.at(-1)).toBeNull();
  });

  it('refuses a bad month with the library’s error (monthGrid’s)', () => {
    expect(() => monthPage(2025, 13, 'monday', 'iso8601')).toThrow(new RangeError('monthGrid: month must be between 1 and 12, got 13'));
    expect(() => monthPage(10000, 1, 'monday', 'iso8601')).toThrow(new RangeError('monthGrid: year must be between -721 and 9999, got 10000'));
    // A year attribute that is not a decimal integer reaches the library as written.
    expect(() => monthPage(readIntegerAttribute('20x5') as number, 1, 'monday', 'iso8601')).toThrow(new TypeError('monthGrid: year must be an integer, got "20x5"'));
    expect(() => monthPage(2025, 1, 'monday', 'gregorian' as 'iso8601')).toThrow(/^monthGrid: options\.calendar must be 'iso8601' or 'julian'/);
  });
});

describe("China's statutory holidays on the page (huangli/holidays), against the reference's HolidayUtil", () => {
  interface RefHoliday { isWork(): boolean }
  const { HolidayUtil } = reference as unknown as { HolidayUtil: { getHoliday(y: number, m: number, d: number): RefHoliday | null } };
  // The reference's known disagreements with the notices, resolved by huangli/holidays (data/holidays/known-differences.tsv).
  const resolved = new Map(readFileSync(new URL('../../data/holidays/known-differences.tsv', import.meta.url), 'utf8').split('\n')
    .filter((line) => line.startsWith('HolidayUtil\t')).map((line) => line.split('\t'))
    .map(([, d, ours]) => [d as string, ours === '-' ? null : /^(off|workday) /.exec(ours as string)?.[1] ?? 'same'] as const));
  const refKind = (d: string): 'off' | 'workday' | null => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
    const h = HolidayUtil.getHoliday(y, m, dd);
    const theirs = h === null ? null : h.isWork() ? 'workday' : 'off';
    const ours = resolved.get(d);
    return ours === undefined || ours === 'same' ? theirs : (ours as 'off' | 'workday' | null);
  };

  it('every day of the pages of 2025 and 2026, and of each January, May and October 2008–2024', () => {
    const months: [number, number][] = [];
    for (let m = 1; m <= 12; m++) months.push([2025, m], [2026, m]);
    for (let y = 2008; y <= 2024; y++) months.push([y, 1], [y, 5], [y, 10]);
    let marked = 0;
    for (const [y, m] of months) {
      for (const c of monthPage(y, m, 'monday', 'iso8601').weeks.flat() as PageDay[]) {
        // The bundled data end with 2026: from 2026-12-25 on, the 2027 notice may still change a day.
        if (c.date >= '2026-12-25') {
          expect(c.holiday, c.date).toBeNull();
          continue;
        }
        expect(c.holiday?.kind ?? null, c.date).toBe(refKind(c.date));
        if (c.holiday !== null) marked++;
      }
    }
    expect(marked).toBeGreaterThan(300);
    // The listed disagreements on these pages were met (2012-05-02, 2012-10-08, 2013-10-12 …).
    expect([...resolved.keys()].filter((d) => months.some(([y, m]) => d.startsWith(`${y}-${String(m).padStart(2, '0')}`))).length).toBeGreaterThan(2);
  });

  it('2025-10: 10-01 … 10-08 off for 国庆节 and 中秋节, the Sunday 09-28 and the Saturday 10-11 worked', () => {
    const cells = new Map((monthPage(2025, 10, 'monday', 'iso8601').weeks.flat() as PageDay[]).map((c) => [c.date, c.holiday]));
    const september = new Map((monthPage(2025, 9, 'monday', 'iso8601').weeks.flat() as PageDay[]).map((c) => [c.date, c.holiday]));
    expect(cells.get('2025-10-01')).toEqual({ date: '2025-10-01', kind: 'off', festival: '国庆节', festivals: ['国庆节', '中秋节'], year: 2025 });
    expect(cells.get('2025-10-11')?.kind).toBe('workday');
    expect(september.get('2025-09-28')?.kind).toBe('workday');
    expect(cells.get('2025-10-09')).toBeNull();
  });

  it('no badge where the data has no schedule (never a guess), with holidays="none", and from a dataset the page passes', () => {
    expect(findHoliday('2030-10-01', 'iso8601', undefined)).toBeNull();
    expect(findHoliday('2001-10-01', 'iso8601', undefined)).toBeNull();
    expect(findHoliday('2025-10-01', 'iso8601', null)).toBeNull();
    const data = holidayData([{ year: 2030, notices: [{ title: 'a test notice', dated: null, published: null }], breaks: [{ festivals: [{ name: '国庆节', date: '2030-10-01' }], off: ['2030-10-01', '2030-10-07'], workdays: ['2030-09-29'] }] }]);
    expect(findHoliday('2030-10-01', 'iso8601', data)?.kind).toBe('off');
    expect(findHoliday('2030-09-29', 'iso8601', data)?.kind).toBe('workday');
    expect(findHoliday('2025-10-01', 'iso8601', data)?.kind).toBe('off'); // the bundled years are kept
    expect(monthPage(2030, 10, 'monday', 'iso8601', data).weeks.flat().filter((c) => c?.holiday?.kind === 'off')).toHaveLength(7);
    // A value that is not a dataset is the library's TypeError, not an empty page.
    expect(() => findHoliday('2025-10-01', 'iso8601', { years: [] } as never)).toThrow(TypeError);
  });

  it("names the day off and the make-up workday in a cell's accessible name", () => {
    const day = (d: string): PageDay => (monthPage(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 'monday', 'iso8601').weeks.flat() as PageDay[]).find((c) => c.date === d) as PageDay;
    expect(cellName(day('2025-10-01'), 'zh-Hans')).toContain('，休息日（国庆节、中秋节），');
    expect(cellName(day('2025-10-01'), 'zh-Hant')).toContain('，休息日（國慶節、中秋節），');
    expect(cellName(day('2025-09-28'), 'en')).toContain(', make-up workday (National Day and Mid-Autumn Festival), ');
  });
});

describe('renderMonth (the DOM, without a browser)', () => {
  const page = monthPage(2025, 10, 'monday', 'iso8601');
  const state = {
    lang: 'zh-Hans' as const, rise: 'green' as const, today: day('2025-10-06'), selected: day('2025-10-01'), active: day('2025-10-15'),
    canPrevious: true, canNext: false, titleId: 't1',
  };
  const all = (node: FakeNode, pred: (n: FakeNode) => boolean): FakeNode[] => [...(pred(node) ? [node] : []), ...node.children.flatMap((c) => all(c, pred))];

  it('an ARIA grid: a header row and six rows of seven gridcells, one tab stop on the active day', () => {
    const root = renderMonth(fakeDocument, page, state) as unknown as FakeNode;
    const grid = all(root, (n) => n.attrs.get('role') === 'grid')[0] as FakeNode;
    expect(grid.attrs.get('aria-labelledby')).toBe('t1');
    expect(grid.children.map((r) => [r.attrs.get('role'), r.children.length])).toEqual([['row', 7], ...Array.from({ length: 6 }, () => ['row', 7])]);
    const cells = all(grid, (n) => n.attrs.get('role') === 'gridcell');
    expect(cells.filter((c) => c.attrs.get('tabindex') === '0').map((c) => c.attrs.get('data-date'))).toEqual(['2025-10-15']);
    expect(cells.filter((c) => c.attrs.get('aria-selected') === 'true').map((c) => c.attrs.get('data-date'))).toEqual(['2025-10-01']);
    expect(cells.filter((c) => c.attrs.get('aria-current') === 'date').map((c) => c.attrs.get('data-date'))).toEqual(['2025-10-06']);
    expect(all(root, (n) => n.tag === 'h2').map((n) => [n.attrs.get('id'), n.text])).toEqual([['t1', '2025年10月']]);
    expect(all(root, (n) => n.tag === 'button').map((n) => [n.attrs.get('data-action'), n.attrs.has('disabled')])).toEqual([['previous', false], ['today', false], ['next', true]]);
    expect(textsByClass(root, 'lunar')).toEqual(['农历 乙巳蛇年 八月 – 九月']);
    // 休 on 10-01 … 10-08, 班 on 10-11, and the legend for both.
    expect(cells.filter((c) => byClass(c, 'badge').length > 0).map((c) => [c.attrs.get('data-date'), byClass(c, 'badge')[0]?.text]))
      .toEqual([...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => [`2025-10-${d}`, '休']), ['2025-10-11', '班']]);
    expect(textsByClass(root, 'legend')).toEqual(['休休息日班调休上班运势 凶吉']);
  });

  it('a page spanning two lunar years names both', () => {
    const jan = renderMonth(fakeDocument, monthPage(2025, 1, 'monday', 'iso8601'), state);
    expect(textsByClass(jan, 'lunar')).toEqual(['农历 甲辰龙年腊月 – 乙巳蛇年正月']);
    const en = renderMonth(fakeDocument, monthPage(2025, 1, 'monday', 'iso8601'), { ...state, lang: 'en' });
    expect(textsByClass(en, 'lunar')).toEqual(['Lunar months 12 (Dragon) – 1 (Snake)']);
  });

  it('the error state, in each language', () => {
    expect(byClass(renderMonthError(fakeDocument, 'zh-Hans'), 'error')[0]?.text).toBe('!无法显示这个月的日历这个页面给出的年份或月份无效。');
    expect(byClass(renderMonthError(fakeDocument, 'en'), 'error')[0]?.text).toBe("!This month's calendar can't be shownThe year or month given on this page isn't valid.");
    expect(byClass(renderMonthError(fakeDocument, 'en', new MissingLanguagesError('x')), 'error')[0]?.text).toBe("!This month's calendar can't be shownThis page hasn't loaded this language's words (huangli-i18n.global.js).");
  });
});
