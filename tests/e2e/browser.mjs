// Shared set-up for the end-to-end tests: the release build in dist/ served over HTTP on
// 127.0.0.1, and the system Chromium driven by playwright-core (it never downloads a browser).
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { ledgerShown } from './helpers.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

/** Chromium flags that work on a closed network, as root, without a display. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium (CHROMIUM overrides the path). Every context it makes records
 * each page error and console error of its pages, and its `close()` fails the test that
 * closes it if there was any: no end-to-end test passes over an error it did not expect.
 * A test that provokes one on purpose says so with `context.allow(/pattern/)`.
 * `context.problems` is that record, as it stands (a live list: read it, do not change it).
 * `browser.newPage()` makes its page in such a context too, closed with the page; a context
 * not yet closed is listed by `browser.openContexts()` (`useBrowser` closes them after each
 * test, so that an error in one a test forgot to close still fails that test).
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const open = new Set();
  browser.openContexts = () => [...open];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    open.add(context);
    const problems = [];
    const allowed = [];
    context.problems = problems;
    context.allow = (pattern) => allowed.push(pattern);
    context.on('page', (page) => {
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        const text = `${m.text()} (${m.location().url})`;
        // The browser asks for a favicon when a test opens a JSON file as a page.
        if (m.location().url.endsWith('/favicon.ico')) return;
        if (!allowed.some((a) => a.test(text))) problems.push(`console: ${text}`);
      });
    });
    const close = context.close.bind(context);
    context.close = async (...args) => {
      open.delete(context);
      await close(...args);
      if (problems.length > 0) throw new Error(`page errors:\n${problems.join('\n')}`);
    };
    return context;
  };
  return browser;
}

/**
 * A context of `browser` (one made by `launch`, so it records errors) with `allow`: patterns
 * of console errors the test provokes on purpose, and `init`: scripts to run in each of its
 * pages before the page's own (one or a list, each as `context.addInitScript` takes it: a
 * function, which is run in the page and so cannot use anything outside itself, or
 * `{ path }` or `{ content }`). Other options are the context's own (e.g. `viewport`).
 */
export async function newContext(browser, options = {}) {
  const { allow = [], init = [], ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  for (const pattern of allow) context.allow(pattern);
  for (const script of [init].flat()) await context.addInitScript(script);
  return context;
}

/**
 * Serves dist/ and, under /fixtures/, the given files (name -> text), written to a fresh
 * temporary folder so that each run makes its own.
 */
export async function serve(fixtures = {}) {
  const dir = process.env.FIXTURES ?? (await mkdtemp(join(tmpdir(), 'bulletin-fixtures-')));
  for (const [name, text] of Object.entries(fixtures)) await writeFile(join(dir, name), text);
  return startServer({ root: DIST, mounts: { '/fixtures/': dir } });
}

/**
 * Opens `url` in a page of a fresh context (see `newContext` for `allow`, `init` and the
 * context's own options) and waits until the overview and the ledger are shown. `problems`
 * lists, besides, this page's console errors (allowed ones too), page errors and HTTP
 * responses of 400 and over; the context fails its `close()` on any error not allowed.
 */
export async function openPage(browser, url, options = {}) {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url);
  await page.waitForSelector('[data-testid=kpi-items]', { timeout: 15000 });
  // The sections below the overview mount just after its first paint.
  await page.waitForSelector('[data-testid=result-count]', { timeout: 15000 });
  return { page, context, problems };
}

/**
 * The set-up of one test file: call it at the top of the file (or in a `describe`). Before
 * its tests it serves dist/ with `fixtures` under /fixtures/ (name -> text, or a function
 * that makes them, maybe async: it runs once dist/ is there to read) and launches the
 * browser; after them it closes both. After each test it closes any context the test left
 * open, so that errors in it fail that test too. Returns accessors, valid once the tests run:
 *
 *   const t = useBrowser({ 'x.json': text });
 *   test('...', async () => {
 *     const { page, context, problems } = await t.open('?src=fixtures/x.json');
 *     ...
 *     await context.close();
 *   });
 *
 * - `t.base`: the site's address (ends in /); `t.url(path)` is `t.base + path`.
 * - `t.browser`, `t.server`.
 * - `t.open(path, options)`: `openPage` at `t.url(path)`.
 * - `t.context(options)`: a fresh context (`newContext`: `allow`, `init`, context options).
 * - `t.tab(context, path)`: a new page of `context` showing `t.url(path)`, once its ledger is.
 * - `t.show(page, path)`: goes to `t.url(path)` in `page` and waits for its ledger.
 * - `t.offApp(page)`: goes to a page of the site where the app does not run (the bundled
 *   bulletin's JSON file), to set up storage before the app first starts.
 */
export function useBrowser(fixtures = {}) {
  let browser;
  let server;
  let base;
  before(async () => {
    const files = typeof fixtures === 'function' ? await fixtures() : fixtures;
    ({ server, url: base } = await serve(files));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  afterEach(async () => {
    const errors = [];
    for (const context of browser?.openContexts() ?? []) {
      await context.close().catch((e) => errors.push(e.message));
    }
    if (errors.length > 0) throw new Error(`in a context the test left open: ${errors.join('\n')}`);
  });
  const url = (path = '') => `${base}${path}`;
  const show = async (page, path = '') => {
    await page.goto(url(path));
    await ledgerShown(page);
  };
  return {
    get browser() { return browser; },
    get server() { return server; },
    get base() { return base; },
    url,
    open: (path = '', options = {}) => openPage(browser, url(path), options),
    context: (options = {}) => newContext(browser, options),
    async tab(context, path = '') {
      const page = await context.newPage();
      await show(page, path);
      return page;
    },
    show,
    offApp: (page) => page.goto(url('data/lianyungang-2023-h1.json')),
  };
}

/**
 * Writes synthetic bulletins made by the core's `generate` example to a fresh folder that
 * `serve()` then serves under /fixtures/ (for the benchmarks). `specs` maps file names to
 * the example's arguments, e.g. { 'synthetic-1000.json': [1000, 42] }.
 */
export async function syntheticFixtures(specs) {
  const dir = await mkdtemp(join(tmpdir(), 'bulletin-bench-'));
  for (const [name, args] of Object.entries(specs)) {
    const json = execFileSync(
      'cargo',
      ['run', '--release', '-q', '-p', 'bulletin-core', '--example', 'generate', '--', ...args.map(String)],
      { cwd: ROOT, maxBuffer: 1 << 30 },
    );
    await writeFile(join(dir, name), json);
  }
  process.env.FIXTURES = dir;
}

// What tests do with a page (firstNote, editFirstNote, replaceWithSnapshot and the rest).
export * from './helpers.mjs';
