// Shared set-up for the end-to-end tests: the release build in dist/ served over HTTP on
// 127.0.0.1, and the system Chromium driven by playwright-core (it never downloads a browser).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

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
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    const problems = [];
    const allowed = [];
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
      await close(...args);
      if (problems.length > 0) throw new Error(`page errors:\n${problems.join('\n')}`);
    };
    return context;
  };
  return browser;
}

/** The bundled bulletin as it is served, parsed. */
export async function bundledBulletin() {
  return JSON.parse(await readFile(join(DIST, 'data', 'lianyungang-2023-h1.json'), 'utf8'));
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

/** Opens a fresh page that records console errors and uncaught exceptions. */
export async function openPage(browser, url, options = {}) {
  // `allow`: console errors the test provokes on purpose (see `launch`).
  const { allow = [], ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  for (const pattern of allow) context.allow(pattern);
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

/** The note shown in the ledger's first project row. */
export const firstNote = (page) => page.getByTestId('project-row').first().locator('td.note').textContent();

/** Edits the first project's note through the project editor. */
export async function editFirstNote(page, text) {
  await page.getByTestId('edit-project').first().click();
  const editor = page.getByTestId('project-editor');
  await editor.locator('textarea[name=note]').fill(text);
  await page.getByTestId('save-project').click();
  await editor.waitFor({ state: 'detached' });
}

/** Replaces the copy with the previewed snapshot, and waits until the first project's note shows `note`. */
export async function replaceWithSnapshot(page, note) {
  await page.getByTestId('import-replace').click();
  await page.getByTestId('project-row').first().locator('td.note', { hasText: note }).waitFor();
}
