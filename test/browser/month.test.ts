/**
 * <huangli-month> in a real browser: docs/month.html, served from the repository root, in headless
 * Chromium driven by playwright-core (issue 13, item 4). Needs the build and a Chromium:
 *
 *   npx tsup && npx vitest run --config test/browser/vitest.config.ts
 *
 * Expected labels come from the reference, lunar-javascript, computed here in Node. Every element
 * of the page has a `today` attribute, so that nothing depends on the clock (one test sets a fake
 * clock on purpose). Saves test/artifacts/month-light.png and month-dark.png.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { almanac } from '../../src/almanac/almanac';
import { reference } from '../support/reference';
import { ARTIFACTS, bareScriptPage, closePage, launchPage, mountedStates } from './support';

interface RefDay {
  getMonthInChinese(): string; getDayInChinese(): string; getDay(): number; getJieQi(): string; getFestivals(): string[];
}

/** The label a 万年历 prints under a day, from the reference: a principal festival, else the term, else the month on 初一, else the day. */
function referenceLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const l = reference.Solar.fromYmd(y, m, d).getLunar() as unknown as RefDay;
  return l.getFestivals()[0] ?? (l.getJieQi() || (l.getDay() === 1 ? `${l.getMonthInChinese()}月` : l.getDayInChinese()));
}

/** `'YYYY-MM-DD'` of the days from `from`, `count` of them. */
function days(from: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

interface Cell {
  date: string | null; num: string; label: string; tabindex: string | null; selected: string | null; current: string | null;
  out: boolean; rest: boolean; name: string | null; badge: string | null;
}

interface RefHoliday { isWork(): boolean; getName(): string }
const { HolidayUtil } = reference as unknown as { HolidayUtil: { getHoliday(y: number, m: number, d: number): RefHoliday | null } };

/** The badge of a day from the reference's holiday table (HolidayUtil): 休, 班 or none. */
function referenceBadge(date: string): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const h = HolidayUtil.getHoliday(y, m, d);
  return h === null ? null : h.isWork() ? '班' : '休';
}

describe('<huangli-month> in Chromium (docs/month.html)', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const consoleMessages: { type: string; text: string }[] = [];
  const requests: string[] = [];

  /** Every cell of a month element's grid, in order. */
  const cells = (selector: string): Promise<Cell[]> => page.evaluate((s) => {
    const root = document.querySelector(s)?.shadowRoot;
    return Array.from(root?.querySelectorAll('[role="gridcell"]') ?? []).map((c) => ({
      date: c.getAttribute('data-date'),
      num: c.querySelector('.num')?.textContent ?? '',
      label: c.querySelector('.lab')?.textContent ?? '',
      tabindex: c.getAttribute('tabindex'),
      selected: c.getAttribute('aria-selected'),
      current: c.getAttribute('aria-current'),
      out: c.classList.contains('out'),
      rest: c.classList.contains('rest'),
      name: c.getAttribute('aria-label'),
      badge: c.querySelector('.badge')?.textContent ?? null,
    }));
  }, selector);

  const inMonth = async (selector: string): Promise<Cell[]> => (await cells(selector)).filter((c) => c.date !== null && !c.out);

  /** The date of the focused cell in a month element (its shadow root's active element). */
  const focused = (selector: string): Promise<string | null> =>
    page.evaluate((s) => document.querySelector(s)?.shadowRoot?.activeElement?.getAttribute('data-date') ?? null, selector);

  const heading = (selector: string): Promise<string[]> => page.evaluate((s) => {
    const root = document.querySelector(s)?.shadowRoot;
    return [root?.querySelector('h2')?.textContent ?? '', root?.querySelector('.lunar')?.textContent ?? ''];
  }, selector);

  /** Adds a month element to the page, listening to its events (kept in `window.monthEvents`); returns its selector. */
  const addMonth = (id: string, attrs: Record<string, string>): Promise<string> => page.evaluate(([i, a]) => {
    const el = document.createElement('huangli-month');
    el.id = i as string;
    el.dataset['test'] = '';
    for (const [k, v] of Object.entries(a as Record<string, string>)) el.setAttribute(k, v);
    const w = window as unknown as { monthEvents: { id: string; type: string; detail: unknown }[] };
    w.monthEvents ??= [];
    for (const type of ['huangli-select', 'huangli-monthchange']) {
      el.addEventListener(type, (e) => w.monthEvents.push({ id: i as string, type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail)) }));
    }
    document.querySelector('main')?.append(el);
    return `#${i as string}`;
  }, [id, attrs] as const);

  const events = (id: string): Promise<{ type: string; detail: unknown }[]> => page.evaluate((i) =>
    ((window as unknown as { monthEvents?: { id: string; type: string; detail: unknown }[] }).monthEvents ?? []).filter((e) => e.id === i).map(({ type, detail }) => ({ type, detail })), id);

  /** Focuses the active cell (the one with tabindex 0) of a month element. */
  const focusGrid = (selector: string): Promise<void> => page.evaluate((s) => {
    (document.querySelector(s)?.shadowRoot?.querySelector('.cell[tabindex="0"]') as HTMLElement | null)?.focus();
  }, selector);

  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) await page.keyboard.press(key);
  };

  const click = (selector: string, inner: string): Promise<void> => page.evaluate(([s, i]) => {
    (document.querySelector(s as string)?.shadowRoot?.querySelector(i as string) as HTMLElement | null)?.click();
  }, [selector, inner]);

  /** The console messages of `type` logged while `action` ran. */
  const logged = async (type: string, action: () => Promise<unknown>): Promise<string[]> => {
    const from = consoleMessages.length;
    await action();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    return consoleMessages.slice(from).filter((m) => m.type === type).map((m) => m.text);
  };

  beforeAll(async () => {
    ({ server, origin, browser, page } = await launchPage('<huangli-month', { pageErrors, consoleMessages, requests }));
    await page.goto(`${origin}/docs/month.html`);
    await page.evaluate(() => customElements.whenDefined('huangli-month'));
  });

  afterAll(() => closePage(browser, server));

  it('is defined by huangli-month.global.js, with the card, and the page fetches nothing but its scripts', async () => {
    expect(await page.evaluate(() => [typeof customElements.get('huangli-month'), typeof customElements.get('huangli-card')])).toEqual(['function', 'function']);
    expect(await page.evaluate(() => typeof (window as unknown as { HuangliWidget?: { defineHuangliMonth?: unknown } }).HuangliWidget?.defineHuangliMonth)).toBe('function');
    expect(requests.map((url) => new URL(url).pathname).sort()).toEqual(['/dist/huangli-i18n.global.js', '/dist/huangli-month.global.js', '/docs/month.html']);
  });

  it('without huangli-i18n.global.js: a month in Chinese is shown, one in English shows the page\'s hint, and is shown once the script is there', async () => {
    const { context, page: bare, said } = await bareScriptPage(browser, origin, '<huangli-month id="zh" year="2025" month="10"></huangli-month><huangli-month id="en" year="2025" month="10" lang="en"></huangli-month>', '/dist/huangli-month.global.js');
    const state = (): Promise<unknown> => bare.evaluate(() => ['zh', 'en'].map((id) => {
      const el = document.getElementById(id);
      const root = el?.shadowRoot;
      return [root?.querySelector('[role="grid"]') !== null && root?.querySelector('[role="grid"]') !== undefined, root?.querySelector('[role="alert"] p')?.textContent ?? null, el?.getAttribute('data-error') ?? null];
    }));
    expect(await state()).toEqual([
      [true, null, null],
      [false, "This page hasn't loaded this language's words (huangli-i18n.global.js).", 'huangli\'s widget scripts: lang "en" needs huangli-i18n.global.js (the global HuangliI18n) on the page, loaded before them; since 0.8.0 they carry Simplified Chinese alone'],
    ]);
    expect(said).toEqual(['<huangli-month year="2025" month="10">: huangli\'s widget scripts: lang "en" needs huangli-i18n.global.js (the global HuangliI18n) on the page, loaded before them; since 0.8.0 they carry Simplified Chinese alone']);
    await bare.addScriptTag({ url: '/dist/huangli-i18n.global.js' });
    await bare.evaluate(() => (document.getElementById('en') as HTMLElement & { render(): void }).render());
    expect(await bare.evaluate(() => document.getElementById('en')?.shadowRoot?.querySelector('h2')?.textContent)).toBe('October 2025');
    await context.close();
  });

  it('lays out 2025-10 as an ARIA grid: weekday headers Monday first, six weeks of seven days, one tab stop', async () => {
    const structure = await page.evaluate(() => {
      const root = document.getElementById('m-desk')?.shadowRoot;
      const grid = root?.querySelector('[role="grid"]');
      const rows = Array.from(grid?.querySelectorAll(':scope > [role="row"]') ?? []);
      return {
        label: grid?.getAttribute('aria-labelledby') === root?.querySelector('h2')?.id,
        rows: rows.map((r) => r.children.length),
        headers: Array.from(grid?.querySelectorAll('[role="columnheader"]') ?? []).map((h) => [h.textContent, h.getAttribute('aria-label')]),
        tabStops: grid?.querySelectorAll('[tabindex="0"]').length,
      };
    });
    expect(structure.label).toBe(true);
    expect(structure.rows).toEqual([7, 7, 7, 7, 7, 7, 7]);
    expect(structure.headers.map(([t]) => t)).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    expect(structure.headers.map(([, l]) => l)).toEqual(['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日']);
    expect(structure.tabStops).toBe(1);
    expect(await heading('#m-desk')).toEqual(['2025年10月', '农历 乙巳蛇年 八月 – 九月']);
  });

  it("labels every day of the page as the reference's lunar calendar does (2025-09-29 … 2025-11-09)", async () => {
    const all = await cells('#m-desk');
    const expected = days('2025-09-29', 42);
    expect(all.map((c) => c.date)).toEqual(expected);
    expect(all.map((c) => c.label)).toEqual(expected.map(referenceLabel));
    expect(all.map((c) => c.num)).toEqual(expected.map((d) => String(Number(d.slice(8)))));
    expect(all.filter((c) => !c.out).map((c) => c.date)).toEqual(days('2025-10-01', 31));
    // A few by name: 中秋节 on the 6th, the term 寒露 on the 8th, 九月 on its 初一 (the 21st), 重阳节 on the 29th.
    const byDate = new Map(all.map((c) => [c.date, c]));
    expect(['2025-10-06', '2025-10-08', '2025-10-21', '2025-10-29'].map((d) => byDate.get(d)?.label)).toEqual(['中秋节', '寒露', '九月', '重阳节']);
    // Today (the today attribute) and the selected day.
    expect(all.filter((c) => c.current === 'date').map((c) => c.date)).toEqual(['2025-10-06']);
    expect(all.filter((c) => c.selected === 'true').map((c) => c.date)).toEqual(['2025-10-01']);
    expect(byDate.get('2025-10-06')?.name).toBe(`2025年10月6日 星期一，农历八月十五，中秋节，休息日（国庆节、中秋节），运势 ${almanac('2025-10-06').fortune.score}`);
  });

  it('colours each day by its fortune score: the cue of the day is the almanac score', async () => {
    const scores = await page.evaluate(() => Array.from(document.getElementById('m-desk')?.shadowRoot?.querySelectorAll('.cue') ?? [])
      .map((c) => [c.getAttribute('data-score'), c.className, getComputedStyle(c).backgroundColor]));
    const expected = days('2025-09-29', 42).map((d) => almanac(d).fortune.score);
    expect(scores.map(([s]) => Number(s))).toEqual(expected);
    const band = (s: number): number => (s === 0 ? 0 : Math.sign(s) * Math.min(3, Math.floor((Math.abs(s) - 1) / 3) + 1));
    expect(scores.map(([, c]) => c)).toEqual(expected.map((s) => `cue s${band(s)}`));
    // Good days green, bad days red (rise-color="green", the default), stronger with the score.
    const good = scores.filter(([, c]) => c === 'cue s3').map(([, , bg]) => bg);
    const bad = scores.filter(([, c]) => c === 'cue s-3').map(([, , bg]) => bg);
    expect(good.length + bad.length).toBeGreaterThan(0);
    for (const bg of good) expect(bg).toBe('rgb(22, 121, 74)');
    for (const bg of bad) expect(bg).toBe('rgb(192, 57, 43)');
  });

  it('shows 闰二月 2023 on the days the reference gives: March–April 2023', async () => {
    const march = await addMonth('leap-3', { year: '2023', month: '3', today: '2025-10-06' });
    const april = await addMonth('leap-4', { year: '2023', month: '4', today: '2025-10-06' });
    for (const [selector, first, count] of [[march, '2023-03-01', 31], [april, '2023-04-01', 30]] as const) {
      const shown = await inMonth(selector);
      expect(shown.map((c) => c.date)).toEqual(days(first, count));
      expect(shown.map((c) => c.label)).toEqual(days(first, count).map(referenceLabel));
    }
    const labels = new Map([...await inMonth(march), ...await inMonth(april)].map((c) => [c.date, c.label]));
    // 闰二月 runs 2023-03-22 … 04-19; 三月初一 (04-20) is 谷雨's day, and the term wins the label.
    expect(['2023-03-21', '2023-03-22', '2023-03-23', '2023-04-19', '2023-04-20', '2023-04-21'].map((d) => labels.get(d)))
      .toEqual(['春分', '闰二月', '初二', '廿九', '谷雨', '初二']);
    expect((await heading(march))[1]).toBe('农历 癸卯兔年 二月 – 闰二月');
    expect((await heading(april))[1]).toBe('农历 癸卯兔年 闰二月 – 三月');
    expect((await inMonth(march)).find((c) => c.date === '2023-03-22')?.name).toContain('农历闰二月初一');
    expect((await inMonth(april)).find((c) => c.date === '2023-04-20')?.name).toContain('农历三月初一，谷雨');
  });

  it("marks China's statutory days off (休) and make-up workdays (班) as the reference's holiday table does: 国庆 2025, and 2025-09-28", async () => {
    const september = await addMonth('hol-9', { year: '2025', month: '9', today: '2025-10-06', card: '' });
    for (const selector of [september, '#m-desk']) {
      const shown = await inMonth(selector);
      expect(shown.map((c) => c.badge), selector).toEqual(shown.map((c) => referenceBadge(c.date as string)));
    }
    const october = new Map((await inMonth('#m-desk')).map((c) => [c.date, c]));
    expect(days('2025-10-01', 8).map((d) => october.get(d)?.badge)).toEqual(Array(8).fill('休'));
    expect(october.get('2025-10-11')?.badge).toBe('班'); // a Saturday worked
    expect(october.get('2025-10-09')?.badge).toBeNull();
    const sunday = (await inMonth(september)).find((c) => c.date === '2025-09-28');
    expect(sunday).toMatchObject({ badge: '班', rest: false });
    expect(sunday?.name).toContain('调休上班（国庆节、中秋节）');
    // Red (rest) days: the days off, and the weekends that are not worked.
    for (const c of october.values()) {
      const weekend = [0, 6].includes(new Date(`${c.date as string}T00:00:00Z`).getUTCDay());
      expect(c.rest, c.date as string).toBe(c.badge === '休' || (weekend && c.badge !== '班'));
    }
    // The legend explains both badges; the page of a month without holidays has neither.
    const legend = (s: string): Promise<string> => page.evaluate((x) => document.querySelector(x)?.shadowRoot?.querySelector('.legend')?.textContent ?? '', s);
    expect(await legend('#m-desk')).toBe('休休息日班调休上班运势 凶吉');
    const quiet = await addMonth('hol-none', { year: '2025', month: '7', today: '2025-10-06' });
    expect(await legend(quiet)).toBe('运势 凶吉');
    // A year without a published schedule shows none (never a guess), and holidays="none" hides them.
    const later = await addMonth('hol-2030', { year: '2030', month: '10', today: '2025-10-06' });
    expect((await inMonth(later)).filter((c) => c.badge !== null)).toEqual([]);
    const none = await addMonth('hol-off', { year: '2025', month: '10', today: '2025-10-06', holidays: 'none' });
    expect((await inMonth(none)).filter((c) => c.badge !== null)).toEqual([]);
    // The card of the day shows it too: 休 国庆节、中秋节 放假; 班 … 调休上班.
    const cardLine = (id: string): Promise<string | null | undefined> => page.evaluate((i) =>
      document.getElementById(i)?.shadowRoot?.querySelector('huangli-card')?.shadowRoot?.querySelector('.holiday')?.textContent, id);
    expect(await cardLine('m-phone')).toBe('休国庆节、中秋节 放假');
    await click(september, '[data-date="2025-09-28"]');
    expect(await cardLine('hol-9')).toBe('班国庆节、中秋节 调休上班');
  });

  it('moves the day with the arrow keys across a month boundary, and Enter selects it (huangli-select with its almanac)', async () => {
    const m = await addMonth('keys', { year: '2025', month: '10', today: '2025-10-06' });
    await focusGrid(m);
    expect(await focused(m)).toBe('2025-10-06'); // today is the tab stop
    await press('ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(await focused(m)).toBe('2025-10-27');
    await press('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(await focused(m)).toBe('2025-10-31');
    // The tab stop moves with the focus: one cell has tabindex 0.
    expect((await cells(m)).filter((c) => c.tabindex === '0').map((c) => c.date)).toEqual(['2025-10-31']);
    await press('ArrowRight');
    expect(await focused(m)).toBe('2025-11-01');
    expect(await heading(m)).toEqual(['2025年11月', '农历 乙巳蛇年 九月 – 十月']);
    expect(await page.evaluate((s) => [document.querySelector(s)?.getAttribute('year'), document.querySelector(s)?.getAttribute('month')], m)).toEqual(['2025', '11']);
    expect(await events('keys')).toEqual([{ type: 'huangli-monthchange', detail: { year: 2025, month: 11 } }]);
    await press('ArrowLeft');
    expect(await focused(m)).toBe('2025-10-31');
    expect((await heading(m))[0]).toBe('2025年10月');
    await press('Enter');
    const selects = (await events('keys')).filter((e) => e.type === 'huangli-select');
    expect(selects).toHaveLength(1);
    const detail = selects[0]?.detail as { date: string; almanac: ReturnType<typeof almanac> };
    expect(detail.date).toBe('2025-10-31');
    expect(detail.almanac).toEqual(JSON.parse(JSON.stringify(almanac('2025-10-31'))));
    const ref = reference.Solar.fromYmd(2025, 10, 31).getLunar();
    expect(detail.almanac.lunar.dayName).toBe(ref.getDayInChinese());
    expect((selects[0]?.detail as { holiday: unknown }).holiday).toBeNull();
    expect(await page.evaluate((s) => (document.querySelector(s) as unknown as { selected: string }).selected, m)).toBe('2025-10-31');
    expect((await cells(m)).filter((c) => c.selected === 'true').map((c) => c.date)).toEqual(['2025-10-31']);
    expect(await focused(m)).toBe('2025-10-31');
  });

  it('has the rest of the date-picker keys: ↑ into the previous month, Home/End, PageUp/PageDown (Shift: a year), Space', async () => {
    const m = await addMonth('keys2', { year: '2025', month: '10', today: '2025-10-06', selected: '2025-10-01' });
    await focusGrid(m);
    expect(await focused(m)).toBe('2025-10-01'); // the selected day is the tab stop
    await press('ArrowUp');
    expect(await focused(m)).toBe('2025-09-24');
    expect((await heading(m))[0]).toBe('2025年9月');
    await press('End');
    expect(await focused(m)).toBe('2025-09-28'); // Sunday: the end of a Monday-first week
    await press('Home');
    expect(await focused(m)).toBe('2025-09-22');
    await press('PageDown');
    expect(await focused(m)).toBe('2025-10-22');
    await press('ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight'); // 10-22 + 14 + 3
    expect(await focused(m)).toBe('2025-11-08');
    await press('PageUp', 'PageUp');
    expect(await focused(m)).toBe('2025-09-08');
    await press('Shift+PageDown');
    expect(await focused(m)).toBe('2026-09-08');
    expect((await heading(m))[0]).toBe('2026年9月');
    // The day of the month is kept within the month: 2024-03-31 → PageUp → 2024-02-29.
    await page.evaluate((s) => { document.querySelector(s)?.setAttribute('year', '2024'); document.querySelector(s)?.setAttribute('month', '3'); }, m);
    await focusGrid(m);
    await press('End', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(await focused(m)).toBe('2024-03-31');
    await press('PageUp');
    expect(await focused(m)).toBe('2024-02-29');
    await press(' ');
    const selects = (await events('keys2')).filter((e) => e.type === 'huangli-select').map((e) => (e.detail as { date: string }).date);
    expect(selects).toEqual(['2024-02-29']);
    const changes = (await events('keys2')).filter((e) => e.type === 'huangli-monthchange').map((e) => e.detail);
    expect(changes).toEqual([
      { year: 2025, month: 9 }, { year: 2025, month: 10 }, { year: 2025, month: 11 }, { year: 2025, month: 10 }, { year: 2025, month: 9 },
      { year: 2026, month: 9 }, { year: 2024, month: 2 },
    ]);
  });

  it('Sunday-first weeks: the columns, Home and End follow week-start="sunday"', async () => {
    const m = await addMonth('sunday', { year: '2025', month: '10', today: '2025-10-06', 'week-start': 'sunday' });
    const all = await cells(m);
    expect(all[0]?.date).toBe('2025-09-28');
    expect(await page.evaluate((s) => Array.from(document.querySelector(s)?.shadowRoot?.querySelectorAll('[role="columnheader"]') ?? []).map((h) => h.textContent), m))
      .toEqual(['日', '一', '二', '三', '四', '五', '六']);
    await focusGrid(m);
    await press('Home');
    expect(await focused(m)).toBe('2025-10-05');
    await press('End');
    expect(await focused(m)).toBe('2025-10-11');
  });

  it('previous, next and today buttons; the buttons stop at the ends of the supported range', async () => {
    const m = await addMonth('buttons', { year: '2025', month: '10', today: '2025-10-06' });
    await click(m, '[data-action="next"]');
    expect((await heading(m))[0]).toBe('2025年11月');
    await click(m, '[data-action="previous"]');
    await click(m, '[data-action="previous"]');
    expect((await heading(m))[0]).toBe('2025年9月');
    await click(m, '[data-action="today"]');
    expect((await heading(m))[0]).toBe('2025年10月');
    expect((await cells(m)).filter((c) => c.selected === 'true').map((c) => c.date)).toEqual(['2025-10-06']);
    expect((await events('buttons')).map((e) => e.type)).toEqual(['huangli-monthchange', 'huangli-monthchange', 'huangli-monthchange', 'huangli-monthchange', 'huangli-select']);
    // The event tells the page the day's holiday entry too (国庆节 and 中秋节 share 2025's break).
    expect(((await events('buttons')).at(-1)?.detail as { holiday: unknown }).holiday)
      .toEqual({ date: '2025-10-06', kind: 'off', festival: '国庆节', festivals: ['国庆节', '中秋节'], year: 2025 });
    // Their names (the arrows are icons).
    expect(await page.evaluate((s) => Array.from(document.querySelector(s)?.shadowRoot?.querySelectorAll('button') ?? []).map((b) => b.getAttribute('aria-label') ?? b.textContent), m))
      .toEqual(['上个月', '今天', '下个月']);
    const first = await addMonth('first', { year: '-721', month: '1', today: '2025-10-06' });
    const last = await addMonth('last', { year: '9999', month: '12', today: '2025-10-06' });
    const disabled = (s: string): Promise<boolean[]> => page.evaluate((x) => ['previous', 'next'].map((a) =>
      (document.querySelector(x)?.shadowRoot?.querySelector(`[data-action="${a}"]`) as HTMLButtonElement).disabled), s);
    expect(await disabled(first)).toEqual([true, false]);
    expect(await disabled(last)).toEqual([false, true]);
    expect((await heading(first))[0]).toBe('公元前722年1月');
    // The days before −0721-01-01 (ISO) are empty cells.
    const start = new Date(0);
    start.setUTCFullYear(-721, 0, 1);
    const leading = (start.getUTCDay() + 6) % 7;
    const firstCells = await cells(first);
    expect(firstCells.slice(0, leading + 1).map((c) => c.date)).toEqual([...Array.from({ length: leading }, () => null), '-000721-01-01']);
    const lastCells = await inMonth(last);
    expect(lastCells.map((c) => c.label).slice(-3)).toEqual(days('9999-12-29', 3).map(referenceLabel));
  });

  it('reads calendar="julian" like the card: 1582-10 has the 4th (Thursday) followed by the 15th (Friday)', async () => {
    const m = await addMonth('julian', { year: '1582', month: '10', calendar: 'julian', today: '2025-10-06' });
    const shown = await inMonth(m);
    expect(shown.map((c) => c.num)).toEqual([...[1, 2, 3, 4], ...Array.from({ length: 17 }, (_, i) => i + 15)].map(String));
    expect(shown.slice(2, 6).map((c) => c.date)).toEqual(['1582-10-03', '1582-10-04', '1582-10-15', '1582-10-16']);
    const all = await cells(m);
    const thursday = all.findIndex((c) => c.date === '1582-10-04');
    expect(all[thursday + 1]?.date).toBe('1582-10-15');
    expect(thursday % 7).toBe(3); // Monday first: the fourth column
    // The labels are the reference's, which writes dates before 1582-10-15 in the Julian calendar.
    for (const c of shown.filter((x) => (x.date as string) >= '1582-10-15')) expect(c.label).toBe(referenceLabel(c.date as string));
    await focusGrid(m);
    await press('Home', 'ArrowDown');
    expect(await focused(m)).toBe('1582-10-18'); // the week of 10-01 ends on 10-17
  });

  it('opens the card of the selected day: inline below (or beside) the grid, or in a dialog that Escape closes', async () => {
    const m = await addMonth('inline', { year: '2025', month: '12', today: '2025-10-06', card: '' });
    expect(await page.evaluate((s) => document.querySelector(s)?.shadowRoot?.querySelector('huangli-card'), m)).toBeNull();
    await click(m, '[data-date="2025-12-18"]');
    const card = (s: string): Promise<{ date: string | null; score: string | null; heading: string | null } | null> => page.evaluate((x) => {
      const el = document.querySelector(x)?.shadowRoot?.querySelector('huangli-card');
      if (!el) return null;
      return { date: el.getAttribute('date'), score: el.shadowRoot?.querySelector('.score')?.textContent ?? null, heading: el.shadowRoot?.querySelector('h2')?.textContent ?? null };
    }, s);
    expect(await card(m)).toEqual({ date: '2025-12-18', score: '-4', heading: '2025年12月18日 星期四' });
    // The card's season line: the pentad, as the reference names it; 12-22 adds 一九's day.
    const season = (): Promise<string | null | undefined> => page.evaluate((x) =>
      document.querySelector(x)?.shadowRoot?.querySelector('huangli-card')?.shadowRoot?.querySelector('.season')?.textContent, m);
    const ref = reference.Solar.fromYmd(2025, 12, 18).getLunar() as unknown as { getHou(): string; getWuHou(): string };
    expect(await season()).toBe(`物候 ${ref.getHou().replace(' ', '')} ${ref.getWuHou()}`);
    await click(m, '[data-date="2025-12-22"]');
    expect(await season()).toBe('物候 冬至初候 蚯蚓结一九 第2天');
    const d = await addMonth('dialog', { year: '2025', month: '12', today: '2025-10-06', card: 'dialog', lang: 'en' });
    await focusGrid(d);
    await press('ArrowRight', 'Enter');
    const open = (): Promise<boolean | undefined> => page.evaluate((x) => document.querySelector(x)?.shadowRoot?.querySelector('dialog')?.open, d);
    expect(await open()).toBe(true);
    expect(await card(d)).toMatchObject({ date: '2025-12-02' });
    expect(await page.evaluate((x) => document.querySelector(x)?.shadowRoot?.querySelector('dialog')?.getAttribute('aria-label'), d)).toBe('Tuesday, 2 December 2025');
    expect((await card(d))?.heading).toBe('Tuesday, 2 December 2025');
    // A render while it is open (the page changes the language) keeps it open, in the new language.
    await page.evaluate((x) => document.querySelector(x)?.setAttribute('lang', 'zh-Hant'), d);
    expect(await open()).toBe(true);
    expect((await card(d))?.heading).toBe('2025年12月2日 星期二');
    await press('Escape');
    expect(await open()).toBe(false);
    // The focus is back on the day.
    expect(await focused(d)).toBe('2025-12-02');
    // The close button closes it too.
    await press('Enter');
    expect(await open()).toBe(true);
    await click(d, '[data-action="close"]');
    expect(await open()).toBe(false);
    expect(await focused(d)).toBe('2025-12-02');
  });

  it('follows lang (zh-Hant, English) and theme, and re-renders when they change', async () => {
    const hant = await inMonth('#m-hant');
    expect(hant.find((c) => c.date === '2025-10-06')?.label).toBe('中秋節');
    expect((await heading('#m-hant'))[1]).toBe('農曆 乙巳蛇年 八月 – 九月');
    const en = await inMonth('#m-en');
    expect(en.find((c) => c.date === '2025-10-06')?.label).toBe('Mid-Autumn');
    expect(en.find((c) => c.date === '2025-10-08')?.label).toBe('Cold Dew');
    expect(en.find((c) => c.date === '2025-10-21')?.label).toBe('Month 9');
    expect(en.find((c) => c.date === '2025-10-22')?.label).toBe('9/2');
    expect(en.find((c) => c.date === '2025-10-06')?.name).toMatch(/^Monday, 6 October 2025, lunar Eighth month, Day 15, Mid-Autumn Festival, day off \(National Day and Mid-Autumn Festival\), fortune score [+-]?\d+$/);
    expect(await heading('#m-en')).toEqual(['October 2025', 'Lunar months 8–9 · Year of the Snake (Yi-Si)']);
    expect(await page.evaluate(() => document.getElementById('m-en')?.shadowRoot?.textContent ?? '')).not.toMatch(/\p{Script=Han}/u);
    const m = await addMonth('switch', { year: '2025', month: '10', today: '2025-10-06' });
    await page.evaluate((s) => { (document.querySelector(s) as HTMLElement).lang = 'en'; }, m);
    expect((await heading(m))[0]).toBe('October 2025');
    const background = (s: string): Promise<string> => page.evaluate((x) => getComputedStyle(document.querySelector(x)?.shadowRoot?.querySelector('.month') as Element).backgroundColor, s);
    const light = await background('#m-phone');
    const dark = await background('#m-phone-dark');
    expect(light).toBe('rgb(255, 253, 249)');
    expect(dark).toBe('rgb(24, 23, 28)');
    await page.evaluate((s) => { (document.querySelector(s) as unknown as { theme: string }).theme = 'dark'; }, m);
    expect(await background(m)).toBe(dark);
    // Properties mirror the attributes.
    expect(await page.evaluate((s) => {
      const el = document.querySelector(s) as unknown as Record<string, unknown> & HTMLElement;
      el['weekStart'] = 'sunday';
      el['year'] = 2024;
      return [el.getAttribute('week-start'), el.getAttribute('year'), el['year'], el['month'], el['today'], el['card'], el['calendar']];
    }, m)).toEqual(['sunday', '2024', 2024, 10, '2025-10-06', null, null]);
    expect((await heading(m))[0]).toBe('October 2024');
  });

  it('shows a bad year or month to the reader as a message; the detail goes to the console and data-error', async () => {
    const errors = await logged('error', () => addMonth('bad', { year: '2025', month: '13', today: '2025-10-06' }));
    const state = await page.evaluate(() => {
      const el = document.getElementById('bad') as HTMLElement & { error: Error | null; shownMonth: unknown };
      return { text: el.shadowRoot?.querySelector('[role="alert"]')?.textContent, error: el.error?.name, attr: el.getAttribute('data-error'), shown: el.shownMonth };
    });
    expect(state.text).toBe('!无法显示这个月的日历这个页面给出的年份或月份无效。');
    expect(state.error).toBe('RangeError');
    expect(state.attr).toBe('monthGrid: month must be between 1 and 12, got 13');
    expect(state.shown).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`<huangli-month year="2025" month="13">: ${state.attr ?? ''}`);
    // An unknown calendar is an error too, the library's; and nothing else is said about it.
    const said = await logged('warning', async () => {
      const errs = await logged('error', () => addMonth('bad-cal', { year: '2025', month: '10', calendar: 'gregorian' }));
      expect(errs).toEqual([expect.stringContaining(`<huangli-month year="2025" month="10" calendar="gregorian">: monthGrid: options.calendar must be 'iso8601' or 'julian'`)]);
    });
    expect(said).toEqual([]);
    await page.evaluate(() => document.getElementById('bad')?.setAttribute('month', '12'));
    expect((await heading('#bad'))[0]).toBe('2025年12月');
    expect(await page.evaluate(() => document.getElementById('bad')?.hasAttribute('data-error'))).toBe(false);
  });

  it('never parses what the page writes as HTML: a bad selected or today is ignored with a warning', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const warnings = await logged('warning', () => addMonth('xss', { year: '2025', month: '10', today: evil, selected: evil, 'week-start': evil }));
    expect(await page.evaluate(() => document.getElementById('xss')?.shadowRoot?.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(warnings.some((w) => w.startsWith(`<huangli-month>: today="${evil}" is ignored: `))).toBe(true);
    expect(warnings.some((w) => w.startsWith(`<huangli-month>: selected="${evil}" is ignored: `))).toBe(true);
    expect(warnings).toContain(`<huangli-month>: week-start="${evil}" is not supported; using monday. Use monday or sunday.`);
    expect((await cells('#xss')).filter((c) => c.selected === 'true')).toEqual([]);
  });

  it('without a today attribute, marks today in China from the browser clock, and moves the mark at midnight', async () => {
    const context = await browser.newContext();
    const clockPage = await context.newPage();
    // 23:59:30 on 2025-10-31 in China is 15:59:30 UTC.
    await clockPage.clock.install({ time: new Date('2025-10-31T15:59:30Z') });
    await clockPage.goto(`${origin}/docs/month.html`);
    await clockPage.evaluate(() => {
      const el = document.createElement('huangli-month');
      el.id = 'clock';
      document.body.append(el);
    });
    const state = (): Promise<[string, string | null]> => clockPage.evaluate(() => {
      const root = document.getElementById('clock')?.shadowRoot;
      return [root?.querySelector('h2')?.textContent ?? '', root?.querySelector('[aria-current="date"]')?.getAttribute('data-date') ?? null];
    });
    expect(await state()).toEqual(['2025年10月', '2025-10-31']);
    await clockPage.clock.runFor(31_000);
    // Without year and month the element shows today's month, as the card shows today: both turn over.
    expect(await state()).toEqual(['2025年11月', '2025-11-01']);
    // A month the page (or the reader) chose stays; only today's mark moves.
    await clockPage.evaluate(() => { document.getElementById('clock')?.setAttribute('year', '2025'); document.getElementById('clock')?.setAttribute('month', '11'); });
    await clockPage.clock.runFor(24 * 3_600_000);
    expect(await state()).toEqual(['2025年11月', '2025-11-02']);
    await context.close();
  });

  it('is legible on a phone (360 px) and at desktop width: no label cut in Chinese, touch-sized days, the card beside a wide grid', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
    const phone = await context.newPage();
    await phone.goto(`${origin}/docs/month.html`);
    const metrics = (p: Page, id: string): Promise<{ width: number; cellWidth: number; cellHeight: number; cut: string[]; card: { top: number; left: number } | null; grid: { bottom: number; right: number } }> =>
      p.evaluate((i) => {
        const root = document.getElementById(i)?.shadowRoot;
        const cell = root?.querySelector('.cell:not(.void)') as HTMLElement;
        const month = root?.querySelector('.month') as HTMLElement;
        const card = root?.querySelector('huangli-card');
        const c = card?.getBoundingClientRect();
        const g = month.getBoundingClientRect();
        return {
          width: Math.round((document.getElementById(i) as HTMLElement).getBoundingClientRect().width),
          cellWidth: cell.getBoundingClientRect().width,
          cellHeight: cell.getBoundingClientRect().height,
          cut: Array.from(root?.querySelectorAll('.lab') ?? []).filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent ?? ''),
          card: c ? { top: c.top, left: c.left } : null,
          grid: { bottom: g.bottom, right: g.right },
        };
      }, id);
    const small = await metrics(phone, 'm-phone');
    expect(small.width).toBe(312); // 360 − the page's padding
    expect(small.cellWidth).toBeGreaterThanOrEqual(40);
    expect(small.cellHeight).toBeGreaterThanOrEqual(44);
    expect(small.cut).toEqual([]);
    expect(small.card?.top).toBeGreaterThan(small.grid.bottom); // below
    const wide = await metrics(page, 'm-desk');
    expect(wide.cut).toEqual([]);
    expect(wide.cellHeight).toBeGreaterThanOrEqual(70);
    expect(wide.card?.left).toBeGreaterThan(wide.grid.right); // beside
    await context.close();
  });

  it("takes a festival set as its festivals property (from huangli-festivals.global.js): the cells, their names, the card and huangli-select list its days", async () => {
    await page.addScriptTag({ url: `${origin}/dist/huangli-festivals.global.js` });
    const m = await addMonth('festivals', { year: '2025', month: '10', today: '2025-10-06', card: '', selected: '2025-10-01' });
    const label = async (date: string): Promise<Cell | undefined> => (await inMonth(m)).find((c) => c.date === date);
    expect((await label('2025-10-01'))?.label).toBe('初十');
    await page.evaluate((s) => {
      (document.querySelector(s) as unknown as { festivals: unknown }).festivals = (window as unknown as { HuangliFestivals: { gregorianFestivals: unknown } }).HuangliFestivals.gregorianFestivals;
    }, m);
    // The labels are monthGrid's with the same set; 中秋节 (a lunar festival) keeps its day.
    const { monthGrid } = await import('../../src/grid/index');
    const { gregorianFestivals } = await import('../../src/festivals/index');
    const expected = monthGrid(2025, 10, { festivals: gregorianFestivals }).weeks.flat().filter((c) => c !== null && c.inMonth).map((c) => [c?.date, c?.label]);
    expect((await inMonth(m)).map((c) => [c.date, c.label])).toEqual(expected);
    expect([(await label('2025-10-01'))?.label, (await label('2025-10-06'))?.label]).toEqual(['国庆节', '中秋节']);
    expect((await label('2025-10-01'))?.name).toContain('国际老年人日');
    // The card of the selected day lists them too.
    const cardFestivals = (): Promise<string[]> => page.evaluate((s) =>
      Array.from(document.querySelector(s)?.shadowRoot?.querySelector('huangli-card')?.shadowRoot?.querySelectorAll('.festivals li') ?? []).map((li) => li.textContent ?? ''), m);
    expect(await cardFestivals()).toEqual(['国庆节', '国际老年人日']);
    // In English, from the set's own names.
    await page.evaluate((s) => document.querySelector(s)?.setAttribute('lang', 'en'), m);
    expect((await label('2025-10-01'))?.label).toBe('National Day');
    expect((await label('2025-10-01'))?.name).toContain('International Day of Older Persons');
    expect(await cardFestivals()).toEqual(['National Day', 'International Day of Older Persons']);
    await click(m, '[data-date="2025-10-01"]');
    const selectEvent = (await events('festivals')).filter((e) => e.type === 'huangli-select').at(-1)?.detail as { almanac: { festivals: { name: string }[] } };
    expect(selectEvent.almanac.festivals.map((f) => f.name)).toEqual(['国庆节', '国际老年人日']);
    // Anything but a set is the library's TypeError, shown as the error state; null brings the traditional festivals back.
    const error = await logged('error', () => page.evaluate((s) => { (document.querySelector(s) as unknown as { festivals: unknown }).festivals = { fixed: {} }; }, m));
    expect(error[0]).toMatch(/options\.festivals must be 'traditional' or a festival set/);
    await page.evaluate((s) => { (document.querySelector(s) as unknown as { festivals: unknown }).festivals = null; }, m);
    expect((await label('2025-10-01'))?.label).not.toBe('National Day');
    expect((await label('2025-10-01'))?.name).not.toContain('International Day of Older Persons');
  });

  it('is a month grid or its error message for any attributes and properties a page sets, and throws nothing (100 seeded combinations)', async () => {
    const pick = <T,>(...values: T[]) => fc.constantFrom(...values);
    const settings = fc.sample(fc.record({
      year: pick('2025', '-721', '-722', '9999', '10000', '0', '1582', '2025.5', 'x', ''),
      month: pick('1', '10', '12', '0', '13', '-1', 'x', ''),
      lang: pick('zh-Hans', 'zh-Hant', 'en', 'fr'),
      theme: pick('light', 'dark', 'neon'),
      'week-start': pick('monday', 'sunday', 'friday'),
      calendar: pick('iso8601', 'julian', 'gregorian'),
      today: pick('2025-10-06', '2025-02-30', '-000721-01-01', 'x'),
      selected: pick('2025-10-01', '9999-12-31', '2025-13-01', ''),
      card: pick('', 'inline', 'dialog', 'popup'),
      'rise-color': pick('green', 'red', 'blue'),
      holidays: pick('cn', 'none', 'us'),
      festivals: pick<unknown>({}, 3, null),
      holidayData: pick<unknown>({}, 'x', null),
    }, { requiredKeys: [] }), { numRuns: 100, seed: 20261201 });
    const states = await mountedStates(page, 'huangli-month', settings, ['festivals', 'holidayData'], '[role="grid"]', '[data-state="error"] [role="alert"]');
    expect(states.filter((state) => state !== 'shown' && state !== 'error')).toEqual([]);
    expect(states).toContain('shown');
    expect(states).toContain('error');
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('looks finished: saves test/artifacts/month-light.png and month-dark.png', async () => {
    await page.evaluate(() => { for (const el of Array.from(document.querySelectorAll('[data-test]'))) el.remove(); });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('#stage-light').screenshot({ path: join(ARTIFACTS, 'month-light.png') });
    await page.locator('#stage-dark').screenshot({ path: join(ARTIFACTS, 'month-dark.png') });
    const widths = await page.evaluate(() => ['m-phone', 'm-desk'].map((id) => document.getElementById(id)?.getBoundingClientRect().width));
    expect(widths).toEqual([390, 1180]);
  });
});
