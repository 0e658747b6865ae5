// Shared by the browser tests: the repository's static server, the paths, Chromium's flags.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WIDGET = join(ROOT, 'dist', 'huangli-widget.global.js');
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.css': 'text/css', '.json': 'application/json',
};

/** A static server of the repository root on 127.0.0.1 and a random port; refuses paths outside it. */
export function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(ROOT, path);
    if (!file.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

/**
 * Mounts one element `tag` per setting in the page's `main`, each setting's `properties` assigned
 * as properties and its other fields set as attributes, and says what each showed at once:
 * `'shown'` (its shadow tree matches `shown`), `'error'` (it matches `error`) or `'nothing'`;
 * the element is removed again.
 */
export function mountedStates(
  page: Page, tag: string, settings: readonly Record<string, unknown>[], properties: readonly string[], shown: string, error: string,
): Promise<string[]> {
  return page.evaluate(([t, list, props, ok, bad]) => list.map((setting) => {
    const el = document.createElement(t) as HTMLElement & Record<string, unknown>;
    for (const [key, value] of Object.entries(setting)) {
      if (props.includes(key)) el[key] = value;
      else el.setAttribute(key, String(value));
    }
    document.querySelector('main')?.append(el);
    const root = el.shadowRoot;
    const state = root?.querySelector(ok) ? 'shown' : root?.querySelector(bad) ? 'error' : 'nothing';
    el.remove();
    return state;
  }), [tag, settings, properties, shown, error] as const);
}

/** What the page said while the tests ran: its uncaught errors (and console errors not its element's own), every console message, every request. */
export interface PageLog {
  readonly pageErrors: string[];
  readonly consoleMessages: { type: string; text: string }[];
  readonly requests: string[];
}

/**
 * The repository's server, a Chromium and a 1240 × 900 page whose errors, console and requests
 * go to `log` (a console error is expected only from the element, its text starting with
 * `ownErrorPrefix`, e.g. `'<huangli-card'`); fails first if the build or Chromium is missing.
 * The caller goes to its page.
 */
export async function launchPage(ownErrorPrefix: string, log: PageLog): Promise<{ server: Server; origin: string; browser: Browser; page: Page }> {
  if (!existsSync(WIDGET)) throw new Error(`${WIDGET} is missing: build first (npx tsup)`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  const { server, origin } = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1240, height: 900 }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('console', (m) => {
    log.consoleMessages.push({ type: m.type(), text: m.text() });
    if (m.type() === 'error' && !m.text().startsWith(ownErrorPrefix)) log.pageErrors.push(m.text());
  });
  page.on('request', (r) => log.requests.push(r.url()));
  return { server, origin, browser, page };
}

/** Closes what {@link launchPage} opened (either may be missing if it failed). */
export async function closePage(browser: Browser | undefined, server: Server | undefined): Promise<void> {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}

/**
 * A page of its own in a new context of `browser`, served at `${origin}/bare.html` by the test:
 * `body`, then the script tag `script` (a path of the server); `said` collects its console errors,
 * each without the error object an element logs after its line. Close `context` when done.
 */
export async function bareScriptPage(browser: Browser, origin: string, body: string, script: string): Promise<{ context: BrowserContext; page: Page; said: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const said: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') said.push(m.text().split(' TypeError: ')[0] ?? ''); });
  await page.route(`${origin}/bare.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><main>${body}</main>` }));
  await page.goto(`${origin}/bare.html`);
  await page.addScriptTag({ url: script });
  return { context, page, said };
}
