/**
 * <huangli-card> in a real browser: docs/demo.html, served from the repository root, in headless
 * Chromium driven by playwright-core. Needs the build (`npx tsup`) and a Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium).
 *
 *   npx tsup && npx vitest run --config test/browser/vitest.config.ts
 *
 * Skipped unless run through that config (it sets HUANGLI_BROWSER_TEST), so the main suite,
 * which has no browser, never runs it. Saves a screenshot of the demo to test/artifacts/widget.png.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, bareScriptPage, closePage, launchPage, mountedStates } from './support';

describe('<huangli-card> in Chromium (docs/demo.html)', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  /** Every console message of the page, in order (the card reports bad attributes there). */
  const consoleMessages: { type: string; text: string }[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];

  /** The text of a card (every text node of its shadow tree's article, joined by spaces), whitespace collapsed. */
  const text = (selector: string): Promise<string> => page.evaluate((s) => {
    const article = document.querySelector(s)?.shadowRoot?.querySelector('article');
    if (!article) return '';
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }, selector);

  /** The text of every element matching `inner` in a card's shadow tree. */
  const texts = (selector: string, inner: string): Promise<string[]> => page.evaluate(([s, i]) => {
    const root = document.querySelector(s as string)?.shadowRoot;
    return Array.from(root?.querySelectorAll(i as string) ?? []).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  }, [selector, inner]);

  /** Adds a card to the page from its attributes (and market), returns its selector. */
  const addCard = (id: string, attrs: Record<string, string>, market?: unknown): Promise<string> => page.evaluate(([i, a, m]) => {
    const card = document.createElement('huangli-card');
    card.id = i as string;
    card.dataset['test'] = '';
    for (const [k, v] of Object.entries(a as Record<string, string>)) card.setAttribute(k, v);
    if (m !== undefined) (card as unknown as { market: unknown }).market = m;
    document.querySelector('main')?.append(card);
    return `#${i as string}`;
  }, [id, attrs, market] as const);

  beforeAll(async () => {
    // The card's own reports (a bad date, lang or rise-color) are expected; anything else is a failure.
    ({ server, origin, browser, page } = await launchPage('<huangli-card', { pageErrors, consoleMessages, requests }));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    // A fixed clock, so that the demo's dateless card (today in China) is the same in every run:
    // 09:00 on 2025-10-06 in China, the Mid-Autumn Festival.
    await page.clock.install({ time: new Date('2025-10-06T01:00:00Z') });
    await page.goto(`${origin}/docs/demo.html`);
    await page.evaluate(() => customElements.whenDefined('huangli-card'));
  });

  afterAll(() => closePage(browser, server));

  it('loads the IIFE, which defines the card alone and the global HuangliWidget, and fetches nothing but its scripts', async () => {
    expect(await page.evaluate(() => [typeof customElements.get('huangli-card'), typeof customElements.get('huangli-month')])).toEqual(['function', 'undefined']);
    expect(await page.evaluate(() => typeof (window as unknown as { HuangliWidget?: { defineHuangliCard?: unknown } }).HuangliWidget?.defineHuangliCard)).toBe('function');
    expect(requests.every((url) => url.startsWith(origin))).toBe(true);
    expect(requests.map((url) => new URL(url).pathname).sort()).toEqual(['/dist/huangli-i18n.global.js', '/dist/huangli-widget.global.js', '/docs/demo.html']);
  });

  it('without huangli-i18n.global.js: a card in Chinese is shown, one in zh-Hant shows the page\'s hint and is shown once the script is there; a <huangli-month> is pointed to its script', async () => {
    const { context, page: bare, said } = await bareScriptPage(browser, origin, '<huangli-card id="hans" date="2025-12-18"></huangli-card><huangli-card id="hant" date="2025-12-18" lang="zh-Hant"></huangli-card><huangli-month></huangli-month>', '/dist/huangli-widget.global.js');
    const state = (): Promise<unknown> => bare.evaluate(() => ['hans', 'hant'].map((id) => {
      const el = document.getElementById(id);
      return [el?.shadowRoot?.querySelector('article')?.getAttribute('data-state') ?? null, el?.shadowRoot?.querySelector('[role="alert"] p')?.textContent ?? null, el?.getAttribute('data-error') ?? null];
    }));
    const missing = 'huangli\'s widget scripts: lang "zh-Hant" needs huangli-i18n.global.js (the global HuangliI18n) on the page, loaded before them; since 0.8.0 they carry Simplified Chinese alone';
    expect(await state()).toEqual([[null, null, null], ['error', '這個頁面沒有載入這種語言的文字（huangli-i18n.global.js）。', missing]]);
    expect(said).toEqual([
      `<huangli-card date="2025-12-18">: ${missing}`,
      '<huangli-month>: since 0.8.0 defined by huangli-month.global.js (which defines <huangli-card> too), not by huangli-widget.global.js (<huangli-card> alone)',
    ]);
    await bare.addScriptTag({ url: '/dist/huangli-i18n.global.js' });
    await bare.evaluate(() => (document.getElementById('hant') as HTMLElement & { render(): void }).render());
    expect(await state()).toEqual([[null, null, null], [null, null, null]]);
    expect(await bare.evaluate(() => document.getElementById('hant')?.shadowRoot?.querySelector('.eyebrow')?.textContent)).toBe('曆今日黃曆');
    await context.close();
  });

  it('renders the reference card of 2025-12-18 in Simplified Chinese', async () => {
    const card = '#card-hans';
    const all = await text(card);
    for (const s of ['今日运势评分', '本月运势', '戊子月', '震荡偏多', '辛生水,酉金生水', '彭祖百忌', '月相', '底部反弹', '日冲', '冲兔(乙卯)煞东',
      '2025年12月18日 星期四', '农历 乙巳蛇年 十月廿九', '下一节气 冬至 · 12月21日']) expect(all).toContain(s);
    expect(await texts(card, '.score')).toEqual(['-4']);
    expect(await page.evaluate(() => document.querySelector('#card-hans')?.shadowRoot?.querySelector('.score')?.getAttribute('aria-label'))).toContain('-4');
    expect(await texts(card, '.pengzu li')).toEqual(['辛不合酱主人不尝', '酉不会客醉坐颠狂']);
    expect(await texts(card, '.yi li')).toEqual(['祭祀', '开光', '理发', '整手足甲', '安床', '作灶', '扫舍', '教牛马']);
    expect(await texts(card, '.ji li')).toEqual(['伐木', '纳畜', '破土', '安葬', '开生坟', '嫁娶', '开市', '动土', '交易', '作梁']);
    expect(await texts(card, 'h2')).toEqual(['2025年12月18日 星期四']);
    expect(await texts(card, 'h3')).toEqual(expect.arrayContaining(['今日运势评分', '本月运势', '彭祖百忌', '宜', '忌', '月相', '日冲']));
    expect(await page.evaluate(() => Array.from(document.querySelector('#card-hans')?.shadowRoot?.querySelectorAll('ul[aria-label]') ?? []).map((u) => u.getAttribute('aria-label'))))
      .toEqual(expect.arrayContaining(['今日宜', '今日忌']));
  });

  it('renders it in Traditional Chinese', async () => {
    const card = '#card-hant';
    const all = await text(card);
    for (const s of ['今日運勢評分', '本月運勢', '戊子月', '震盪偏多', '辛生水,酉金生水', '底部反彈', '日沖', '沖兔(乙卯)煞東', '農曆 乙巳蛇年 十月廿九', '下一節氣 冬至'])
      expect(all).toContain(s);
    expect(await texts(card, '.score')).toEqual(['-4']);
    expect(await texts(card, '.pengzu li')).toEqual(['辛不合醬主人不嘗', '酉不會客醉坐顛狂']);
    expect(await texts(card, '.yi li')).toEqual(['祭祀', '開光', '理髮', '整手足甲', '安床', '作灶', '掃舍', '教牛馬']);
    expect(await texts(card, '.ji li')).toEqual(['伐木', '納畜', '破土', '安葬', '開生墳', '嫁娶', '開市', '動土', '交易', '作梁']);
  });

  it('renders it in English, with no Han character left', async () => {
    const card = '#card-en';
    const all = await text(card);
    for (const s of ["Today's fortune score", 'This month', 'Wu-Zi month', 'Choppy, leaning bullish', 'Xin generates Water, You (Metal) generates Water',
      "Peng Zu's taboos", 'Rebound off the bottom', 'Clash: Rabbit (Yi-Mao), evil spirit in the East', 'Thursday, 18 December 2025',
      'Tenth month, Day 29', 'Year of the Snake (Yi-Si)', 'Winter Solstice']) expect(all).toContain(s);
    expect(all).not.toMatch(/\p{Script=Han}/u);
    expect(await page.evaluate(() => document.querySelector('#card-en')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '')).not.toMatch(/\p{Script=Han}/u);
    expect(await texts(card, '.score')).toEqual(['-4']);
    expect(await texts(card, '.pengzu li')).toEqual([
      'On Xin days do not make sauce: the host will not taste it', 'On You days do not entertain guests: they will get drunk and rowdy']);
    expect(await texts(card, '.yi li')).toEqual([
      'Sacrifice to ancestors', 'Consecrate an image', 'Cut hair', 'Trim nails', 'Install a bed', 'Build a stove', 'Sweep the house', 'Train oxen and horses']);
    expect((await texts(card, '.ji li')).slice(0, 4)).toEqual(['Fell trees', 'Acquire livestock', 'Break ground for a grave', 'Bury the dead']);
    expect(await texts(card, '.acts h3')).toEqual(['Favourable', 'Avoid']);
  });

  it('shows the market data the host page passes: the fear-and-greed word and number, and the tickers', async () => {
    const card = '#card-market';
    expect(await texts(card, '.fg-value')).toEqual(['极恐 17']);
    expect(await texts(card, '.tickers li')).toEqual(['BTC 85,205.70 -0.99%', 'ETH 2,817.02 -0.27%', 'SOL 118.27 -4.11%']);
    expect(await text(card)).toContain('恐惧贪婪指数');
    // The score stays the calendar's (the reference card shows -4 beside 极恐 17).
    expect(await texts(card, '.score')).toEqual(['-4']);
    const hant = await addCard('m-hant', { date: '2025-12-18', lang: 'zh-Hant' }, { fearGreed: 17, tickers: [{ symbol: 'ETH', price: 2817.02, change: 0.0123 }] });
    expect(await texts(hant, '.fg-value')).toEqual(['極恐 17']);
    expect(await texts(hant, '.tickers li')).toEqual(['ETH 2,817.02 +1.23%']);
    const en = await addCard('m-en', { date: '2025-12-18', lang: 'en' }, { fearGreed: 17 });
    expect(await texts(en, '.fg-value')).toEqual(['Extreme fear 17']);
    expect(await texts(en, '.tickers li')).toEqual([]);
    for (const [n, word] of [[30, 'Fear'], [50, 'Neutral'], [60, 'Greed'], [90, 'Extreme greed']] as const) {
      await page.evaluate(([s, v]) => { (document.querySelector(s as string) as unknown as { market: unknown }).market = { fearGreed: v }; }, [en, n] as const);
      expect(await texts(en, '.fg-value')).toEqual([`${word} ${n}`]);
    }
    // Removing the data removes the block.
    await page.evaluate((s) => { (document.querySelector(s) as unknown as { market: unknown }).market = null; }, en);
    expect(await texts(en, '.market')).toEqual([]);
  });

  it("shows today's date in China without a date attribute", async () => {
    expect(await page.evaluate(() => (document.getElementById('card-today') as unknown as { shownDate: string }).shownDate)).toBe('2025-10-06');
    expect(await texts('#card-today', '.festivals li')).toEqual(['中秋节']);
  });

  it('re-renders when the date or the language changes', async () => {
    const card = await addCard('switch', { date: '2025-12-18', lang: 'zh-Hans' });
    await page.evaluate((s) => document.querySelector(s)?.setAttribute('date', '2025-10-06'), card);
    const all = await text(card);
    expect(all).toContain('中秋节');
    expect(all).toContain('八月十五');
    expect(all).toContain('2025年10月6日 星期一');
    await page.evaluate((s) => document.querySelector(s)?.setAttribute('lang', 'en'), card);
    expect(await text(card)).toContain('Mid-Autumn Festival');
    await page.evaluate((s) => document.querySelector(s)?.setAttribute('date', '2025-12-21'), card);
    expect(await text(card)).toContain('Solar term today Winter Solstice');
  });

  it('shows what the host passes as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const card = await addCard('xss', { date: '2025-12-18' }, { fearGreed: 17, tickers: [{ symbol: evil, price: 1, change: 0 }, { symbol: '<b>bold</b>', price: 'x', change: null }] });
    expect(await page.evaluate((s) => document.querySelector(s)?.shadowRoot?.querySelectorAll('img').length, card)).toBe(0);
    expect(await page.evaluate((s) => Array.from(document.querySelector(s)?.shadowRoot?.querySelectorAll('.sym') ?? []).map((el) => el.childElementCount), card)).toEqual([0, 0]);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await texts(card, '.sym')).toEqual([evil, '<b>bold</b>']);
    expect(await texts(card, '.tickers li')).toEqual([`${evil} 1.00 0.00%`, '<b>bold</b> — —']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(dialogs).toEqual([]);
  });

  /** The console messages of `type` logged while `action` ran. */
  const logged = async (type: string, action: () => Promise<unknown>): Promise<string[]> => {
    const from = consoleMessages.length;
    await action();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    return consoleMessages.slice(from).filter((m) => m.type === type).map((m) => m.text);
  };

  it.each([
    ['zh-Hans', '无法显示这一天的黄历', '这个页面给出的日期无效。'],
    ['zh-Hant', '無法顯示這一天的黃曆', '這個頁面給出的日期無效。'],
    ['en', "This day's almanac can't be shown", "The date given on this page isn't valid."],
  ])('shows a bad date to the reader in %s as a friendly message; the detail goes to the console, data-error and .error', async (lang, title, hint) => {
    const id = `bad-${lang}`;
    const errors = await logged('error', () => addCard(id, { date: '2025-02-30', lang }));
    const state = await page.evaluate((i) => {
      const el = document.getElementById(i) as HTMLElement & { error: Error | null };
      const box = el.shadowRoot?.querySelector('[role="alert"]');
      return { text: box?.textContent ?? null, name: el.error?.name, message: el.error?.message, attr: el.getAttribute('data-error') };
    }, id);
    expect(state.text).toBe(`!${title}${hint}`);
    expect(state.text).not.toContain('almanac:');
    // The library's own message (its wording is the parser's), unchanged, in the attribute and the console.
    expect(state.name).toBe('RangeError');
    expect(state.message).toMatch(/^almanac: date\.day must be between 1 and 28 in 2025-02, got /);
    expect(state.attr).toBe(state.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`<huangli-card date="2025-02-30">: ${state.message ?? ''}`);
  });

  it('shows an inline error for a bad date, and recovers when the date is fixed', async () => {
    const card = await addCard('bad', { date: '2025-02-30', lang: 'en' });
    expect(await page.evaluate((s) => (document.querySelector(s) as unknown as { error: Error | null }).error?.name, card)).toBe('RangeError');
    const errors = await logged('error', () => page.evaluate((s) => document.querySelector(s)?.setAttribute('date', '2025/12/18'), card));
    expect(await page.evaluate((s) => (document.querySelector(s) as unknown as { error: Error | null }).error?.name, card)).toBe('TypeError');
    expect(errors).toHaveLength(1);
    expect(await page.evaluate((s) => document.querySelector(s)?.getAttribute('data-error'), card)).toMatch(/^almanac: /);
    expect(await texts(card, '[role="alert"]')).toHaveLength(1);
    // The same error again (a re-render) is not logged twice.
    expect(await logged('error', () => page.evaluate((s) => { (document.querySelector(s) as unknown as { market: unknown }).market = { fearGreed: 1 }; }, card))).toEqual([]);
    await page.evaluate((s) => document.querySelector(s)?.setAttribute('date', '2025-12-18'), card);
    expect(await texts(card, '[role="alert"]')).toEqual([]);
    expect(await texts(card, '.score')).toEqual(['-4']);
    expect(await page.evaluate((s) => [document.querySelector(s)?.hasAttribute('data-error'), (document.querySelector(s) as unknown as { error: unknown }).error], card)).toEqual([false, null]);
  });

  it('falls back to zh-Hans for an unsupported lang, with one console warning naming it and the accepted ones', async () => {
    const warnings = await logged('warning', () => addCard('lang-fr', { date: '2025-12-18', lang: 'fr' }));
    expect(warnings).toEqual(['<huangli-card>: lang="fr" is not supported; showing zh-Hans. Use zh-Hans, zh-Hant or en (or a tag such as zh-CN, zh-TW, en-US).']);
    expect(await text('#lang-fr')).toContain('农历 乙巳蛇年 十月廿九');
    expect(await page.evaluate(() => document.getElementById('lang-fr')?.shadowRoot?.querySelector('article')?.getAttribute('lang'))).toBe('zh-Hans');
    // Re-rendering does not repeat the warning; a supported tag gives none.
    expect(await logged('warning', () => page.evaluate(() => { (document.getElementById('lang-fr') as unknown as { market: unknown }).market = { fearGreed: 50 }; }))).toEqual([]);
    expect(await logged('warning', () => addCard('lang-tw', { date: '2025-12-18', lang: 'zh-TW' }))).toEqual([]);
    expect(await text('#lang-tw')).toContain('農曆');
  });

  it('names the lunar year on the lunar line between 立春 and 春节 (2026-02-10: 乙巳蛇年, month pillar 庚寅 of the 丙午 立春 year)', async () => {
    const hans = await addCard('lichun', { date: '2026-02-10' });
    expect(await texts(hans, '.lunar')).toEqual(['农历 乙巳蛇年 腊月廿三']);
    expect(await texts(hans, '.pillar')).toEqual(['庚寅月']);
    const en = await addCard('lichun-en', { date: '2026-02-10', lang: 'en' });
    expect(await texts(en, '.lunar')).toEqual(['Lunar Twelfth month, Day 23 · Year of the Snake (Yi-Si)']);
  });

  it('keeps a clash phrase such as 冲虎(壬寅)煞南 on one line, even in a narrow card', async () => {
    /** For each unbreakable span of the clash: its line boxes and its height against the line height. */
    const measure = (id: string): Promise<{ text: string; rects: number; height: number; line: number; inside: boolean }[]> => page.evaluate((i) => {
      const root = document.getElementById(i)?.shadowRoot;
      const box = root?.querySelector('.clash') as HTMLElement;
      return Array.from(root?.querySelectorAll('.clash .nb') ?? []).map((span) => {
        const r = span.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return { text: span.textContent ?? '', rects: span.getClientRects().length, height: r.height, line: parseFloat(getComputedStyle(span).lineHeight), inside: r.left >= b.left && r.right <= b.right };
      });
    }, id);
    for (const [lang, width, phrases] of [
      ['zh-Hans', '240px', ['冲虎(壬寅)煞南']],
      ['zh-Hans', '360px', ['冲虎(壬寅)煞南']],
      ['zh-Hant', '240px', ['沖虎(壬寅)煞南']],
      ['en', '240px', ['Clash: Tiger (Ren-Yin),', 'evil spirit in the South']],
      ['en', '360px', ['Clash: Tiger (Ren-Yin),', 'evil spirit in the South']],
    ] as const) {
      const id = `narrow-${lang}-${width}`;
      await addCard(id, { date: '2025-12-05', lang, style: `--huangli-width: ${width}` });
      const spans = await measure(id);
      expect(spans.map((s) => s.text)).toEqual(phrases);
      for (const s of spans) {
        expect(s, `${id}: ${s.text}`).toMatchObject({ rects: 1, inside: true });
        expect(s.height, `${id}: ${s.text}`).toBeLessThan(s.line * 1.5);
      }
    }
  });

  it('colours a rise green by default and with rise-color="green", red with rise-color="red"; an invalid value warns and keeps green', async () => {
    const tickers = { tickers: [{ symbol: 'BTC', price: 85205.7, change: 0.0123 }, { symbol: 'ETH', price: 2817.02, change: -0.0027 }] };
    const colours = (id: string): Promise<{ up: string; down: string; good: string; bad: string }> => page.evaluate((i) => {
      const root = document.getElementById(i)?.shadowRoot;
      const colour = (sel: string): string => getComputedStyle(root?.querySelector(sel) as Element).color;
      const probe = (v: string): string => {
        const el = document.createElement('i');
        el.style.color = `var(${v})`;
        root?.querySelector('article')?.append(el);
        const c = getComputedStyle(el).color;
        el.remove();
        return c;
      };
      return { up: colour('.chg.up'), down: colour('.chg.down'), good: probe('--_good'), bad: probe('--_bad') };
    }, id);
    await addCard('rise-default', { date: '2025-12-18' }, tickers);
    await addCard('rise-green', { date: '2025-12-18', 'rise-color': 'green' }, tickers);
    await addCard('rise-red', { date: '2025-12-18', 'rise-color': 'red' }, tickers);
    const warnings = await logged('warning', () => addCard('rise-blue', { date: '2025-12-18', 'rise-color': 'blue' }, tickers));
    const green = await colours('rise-default');
    expect(green.up).toBe('rgb(22, 121, 74)');
    expect(green).toEqual({ up: green.good, down: green.bad, good: green.good, bad: green.bad });
    expect(await colours('rise-green')).toEqual(green);
    expect(await colours('rise-red')).toEqual({ up: green.bad, down: green.good, good: green.good, bad: green.bad });
    expect(await colours('rise-blue')).toEqual(green);
    expect(warnings).toEqual(['<huangli-card>: rise-color="blue" is not supported; using green. Use green or red.']);
    // The score and the month trend follow it too (2025-12-18: −4, 震荡偏多).
    const scoreAndTrend = (id: string): Promise<string[]> => page.evaluate((i) => ['.score', '.trend'].map((s) => getComputedStyle(document.getElementById(i)?.shadowRoot?.querySelector(s) as Element).color), id);
    expect(await scoreAndTrend('rise-default')).toEqual([green.bad, green.good]);
    expect(await scoreAndTrend('rise-red')).toEqual([green.good, green.bad]);
    // Changing the attribute re-renders.
    await page.evaluate(() => document.getElementById('rise-red')?.setAttribute('rise-color', 'green'));
    expect(await colours('rise-red')).toEqual(green);
  });

  it('is a card or its error message for any attributes and properties a page sets, and throws nothing (150 seeded combinations)', async () => {
    const pick = <T,>(...values: T[]) => fc.constantFrom(...values);
    const settings = fc.sample(fc.record({
      date: pick('2025-12-18', '-000721-01-01', '9999-12-31', '0000-02-29', '1582-10-10', '2025-02-30', '+010000-01-01', '2025-12-18T23:30', '', 'x', '<b>1</b>'),
      lang: pick('zh-Hans', 'zh-Hant', 'en', 'EN', 'fr', ''),
      'rise-color': pick('green', 'red', ' RED ', 'blue', ''),
      calendar: pick('iso8601', 'julian', 'gregorian', ''),
      theme: pick('light', 'dark', 'neon', ''),
      holidays: pick('cn', 'none', 'us', ''),
      market: pick<unknown>({ fearGreed: 42, tickers: [{ symbol: 'BTC', price: '1', change: '+1%' }] }, { fearGreed: Number.NaN }, { tickers: 'x' }, null, 7, '<img>', []),
      festivals: pick<unknown>('all', {}, 3, null),
      holidayData: pick<unknown>({}, 'x', [], null),
    }, { requiredKeys: [] }), { numRuns: 150, seed: 20261201 });
    const states = await mountedStates(page, 'huangli-card', settings, ['market', 'festivals', 'holidayData'], 'article[data-date]', 'article[data-state="error"] [role="alert"]');
    expect(states.filter((state) => state !== 'shown' && state !== 'error')).toEqual([]);
    expect(states).toContain('shown');
    expect(states).toContain('error');
  });

  it('takes over the properties a page set before the element was defined (market, festivals, holidayData)', async () => {
    const shown = await page.evaluate(() => {
      const card = document.createElement('early-huangli-card') as HTMLElement & Record<string, unknown>;
      card.setAttribute('date', '2025-12-18');
      card['market'] = { fearGreed: 42, tickers: [] };
      card['holidayData'] = 'not a dataset';
      document.querySelector('main')?.append(card);
      (window as unknown as { HuangliWidget: { defineHuangliCard: (tag: string) => unknown } }).HuangliWidget.defineHuangliCard('early-huangli-card');
      const result = { own: Object.prototype.hasOwnProperty.call(card, 'market'), market: card['market'], state: card.shadowRoot?.querySelector('article')?.dataset['state'] ?? null };
      card['holidayData'] = null;
      const fixed = { date: card.shadowRoot?.querySelector('article')?.dataset['date'] ?? null, fg: card.shadowRoot?.querySelector('.fg-num')?.textContent ?? null };
      card.remove();
      return { ...result, ...fixed };
    });
    // The bad early holidayData reached the setter (the error state), the market reached the card once it was fixed.
    expect(shown).toEqual({ own: false, market: { fearGreed: 42, tickers: [] }, state: 'error', date: '2025-12-18', fg: '42' });
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('looks finished: saves a screenshot of the demo to test/artifacts/widget.png', async () => {
    // The demo as written: every card the tests added goes.
    await page.evaluate(() => { for (const el of Array.from(document.querySelectorAll('huangli-card[data-test]'))) el.remove(); });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'widget.png'), fullPage: true });
    const size = await page.evaluate(() => document.querySelector('#card-hans')?.getBoundingClientRect().width);
    expect(size).toBe(360);
    // The demo's last row: mainland colours, a narrow card, the reader's view of a bad date.
    expect(await texts('#card-red', '.tickers li')).toEqual(['BTC 85,205.70 +1.23%', 'ETH 2,817.02 -0.27%']);
    expect(await page.evaluate(() => document.querySelector('#card-narrow')?.getBoundingClientRect().width)).toBe(260);
    expect(await texts('#card-narrow', '.clash .nb')).toEqual(['冲虎(壬寅)煞南']);
    expect(await texts('#card-bad', '[role="alert"]')).toEqual(['!无法显示这一天的黄历这个页面给出的日期无效。']);
  });

  it('follows theme="dark", theme="light" and, without a theme, the reader\'s colour scheme', async () => {
    const background = (p: Page, id: string): Promise<string> =>
      p.evaluate((i) => getComputedStyle(document.getElementById(i)?.shadowRoot?.querySelector('article') as Element).backgroundColor, id);
    const light = await background(page, 'card-hans');
    const dark = await background(page, 'card-dark');
    expect(light).not.toBe(dark);
    expect(await background(page, 'card-today')).toBe(light);
    const context = await browser.newContext({ colorScheme: 'dark' });
    const darkPage = await context.newPage();
    await darkPage.goto(`${origin}/docs/demo.html`);
    expect(await background(darkPage, 'card-today')).toBe(dark);
    expect(await background(darkPage, 'card-hans')).toBe(light);
    // The host's custom properties win.
    await darkPage.evaluate(() => document.getElementById('card-today')?.style.setProperty('--huangli-bg', 'rgb(1, 2, 3)'));
    expect(await background(darkPage, 'card-today')).toBe('rgb(1, 2, 3)');
    await context.close();
  });

  it('shows today in China without a date, and turns over at midnight China time', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const clockPage = await context.newPage();
    // 23:59:30 on 2025-12-18 in China is 15:59:30 UTC.
    await clockPage.clock.install({ time: new Date('2025-12-18T15:59:30Z') });
    await clockPage.goto(`${origin}/docs/demo.html`);
    const shown = (id: string): Promise<string | null> => clockPage.evaluate((i) => (document.getElementById(i) as unknown as { shownDate: string | null }).shownDate, id);
    expect(await shown('card-today')).toBe('2025-12-18');
    // A detached card stops its timer; a connected one turns over.
    await clockPage.evaluate(() => {
      const spare = document.createElement('huangli-card');
      document.body.append(spare);
      spare.remove();
      (window as unknown as { spare: unknown }).spare = spare;
    });
    await clockPage.clock.runFor(31_000);
    expect(await shown('card-today')).toBe('2025-12-19');
    expect(await clockPage.evaluate(() => (window as unknown as { spare: { shownDate: string } }).spare.shownDate)).toBe('2025-12-18');
    expect(await clockPage.evaluate(() => document.getElementById('card-today')?.shadowRoot?.querySelector('h2')?.textContent)).toBe('2025年12月19日 星期五');
    // … and again the next midnight.
    await clockPage.clock.runFor(24 * 3_600_000);
    expect(await shown('card-today')).toBe('2025-12-20');
    await context.close();
  });

  it('pairs the script tags huangli.global.js and huangli-i18n.global.js on a page: Huangli.localize pointing to HuangliI18n.localize, which renders its values', async () => {
    const context = await browser.newContext();
    const tagsPage = await context.newPage();
    const errors: string[] = [];
    tagsPage.on('pageerror', (e) => errors.push(String(e)));
    await tagsPage.goto(`${origin}/docs/demo.html`);
    await tagsPage.addScriptTag({ url: '/dist/huangli.global.js' });
    await tagsPage.addScriptTag({ url: '/dist/huangli-i18n.global.js' });
    const rendered = await tagsPage.evaluate(() => {
      const w = window as unknown as {
        Huangli: Record<string, unknown> & { almanac(date: string): { yi: string[]; clash: { text: string } } };
        HuangliI18n: { localize<T>(value: T, locale: string): T };
      };
      const day = w.Huangli.almanac('2025-12-18');
      let moved = '';
      try { (w.Huangli as unknown as { localize(v: unknown, l: string): unknown }).localize(day, 'en'); } catch (e) { moved = String(e); }
      return { moved, en: w.HuangliI18n.localize(day, 'en').yi.slice(0, 3), hant: w.HuangliI18n.localize(day, 'zh-Hant').yi.slice(1, 3), clash: w.HuangliI18n.localize(day.clash, 'en').text };
    });
    expect(rendered.moved).toBe('TypeError: localize: since 0.8.0 in huangli-i18n.global.js, as HuangliI18n.localize');
    expect(rendered.en).toEqual(['Sacrifice to ancestors', 'Consecrate an image', 'Cut hair']);
    expect(rendered.hant).toEqual(['開光', '理髮']);
    expect(rendered.clash).toBe('Clash: Rabbit (Yi-Mao), evil spirit in the East');
    expect(errors).toEqual([]);
    await context.close();
  });
});
