// Shared by the browser tests: the repository's static server, the paths, Chromium's flags.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

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
