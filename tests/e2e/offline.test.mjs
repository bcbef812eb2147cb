// End to end: the service worker (public/sw.js, written into dist/sw.js by
// scripts/post-build.mjs). After one visit the board opens and works with no network,
// the document writers too once used; a new release installs and waits until the reader
// asks for it, then every tab reloads onto it; a browser that cannot have a worker, or
// refuses one, just runs the page.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { finish } from '../../scripts/post-build.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { DIST, bundledBulletin, ledgerShown, reopen, useBrowser } from './browser.mjs';

const t = useBrowser();
// What the browser says of a request that found no network (the test's own probe).
const OFFLINE = /ERR_INTERNET_DISCONNECTED/;

/** Whether the page is served by the service worker. */
const controlled = (page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

/**
 * A page of `context` at `url` after a first visit: the worker registered once the board
 * was shown, activated, and (after a reload) serving the page.
 */
async function visited(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await ledgerShown(page);
  assert.equal(await controlled(page), false, 'a first visit is the network\'s, as without a worker');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await reopen(page);
  assert.equal(await controlled(page), true);
  return page;
}

/** Clicks `testId` and returns the download's name and bytes. */
async function download(page, testId) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Which release a page is: the first, or the `next` that `nextRelease` makes. */
const release = (page) => page.evaluate(() => document.querySelector('meta[name=release]')?.content ?? 'first');

/** Makes the site in `site` the next release: one changed byte of the page, sw.js rebuilt as the build does. */
async function nextRelease(site) {
  const index = join(site, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="release" content="next" /><title>'));
  await finish(site);
}

/** What the charts show: drawn SVGs, and any card saying why it could not draw. */
const charts = (page) =>
  page.evaluate(() => ({
    cards: document.querySelectorAll('[data-chart]').length,
    drawn: document.querySelectorAll('[data-chart] svg').length,
    status: [...document.querySelectorAll('[data-chart] .chart-status')].map((s) => s.textContent).filter(Boolean),
  }));

describe('offline', () => {
  test('after one visit, a reload with no network shows the bulletin, its figures and its charts', async () => {
    // The app's address, and the same with a query (a shared link's filters).
    const addresses = [t.url(), t.url('?q=停车')];
    const shown = async (page) => {
      await ledgerShown(page);
      // Every chart either drawn or saying why not (a chart of one bar is not drawn).
      await page.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((c) => c.querySelector('svg') || c.querySelector('.chart-status')?.textContent));
      return {
        title: await page.locator('h1').textContent(),
        figures: await page.locator('.kpis').textContent(),
        count: await page.getByTestId('result-count').textContent(),
        charts: await charts(page),
      };
    };
    // What the two addresses show online, in a context of their own.
    const reference = await t.context();
    const online = [];
    for (const address of addresses) {
      const page = await reference.newPage();
      await page.goto(address);
      online.push(await shown(page));
    }
    await reference.close();
    assert.match(online[0].title, /督查通报/);
    assert.ok(online[0].charts.drawn >= 5, JSON.stringify(online[0].charts));
    assert.notEqual(online[1].count, online[0].count);

    // One visit, and the network gone as soon as the worker is ready: everything the next
    // visit shows comes from what the worker fetched when it installed.
    const context = await t.context({ allow: [OFFLINE] });
    const page = await context.newPage();
    await page.goto(addresses[0]);
    await ledgerShown(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    assert.equal(await controlled(page), true);
    assert.deepEqual(await shown(page), online[0]);
    await page.goto(addresses[1]);
    assert.deepEqual(await shown(page), online[1]);
    // It really is offline: what is not part of the build is not answered by the worker.
    const elsewhere = await page.evaluate(() => fetch('data/lianyungang-2023-h1.json?not-in-the-build').then(() => 'answered', () => 'failed'));
    assert.equal(elsewhere, 'failed');
    await context.setOffline(false);
    await context.close();
  });

  test('a document writer used once online still writes its file offline', async () => {
    const context = await t.context({ acceptDownloads: true });
    const page = await visited(context, t.url());
    const first = await download(page, 'export-docx');
    assert.match(first.name, /\.docx$/);
    await context.setOffline(true);
    await reopen(page);
    assert.equal(await controlled(page), true);
    const again = await download(page, 'export-docx');
    assert.equal(again.name, first.name);
    // A real Word file (a zip), written by the report worker from the cache.
    assert.equal(again.bytes.subarray(0, 2).toString('latin1'), 'PK');
    assert.ok(again.bytes.length > 5000, `${again.bytes.length} bytes`);
    await context.setOffline(false);
    await context.close();
  });

  test('a new release installs and waits; 新版本可用，刷新 reloads every tab onto it', async () => {
    // A site of our own, so that it can be given a new release while pages are open.
    const site = await mkdtemp(join(tmpdir(), 'bulletin-release-'));
    await cp(DIST, site, { recursive: true });
    const { server, url } = await startServer({ root: site });
    try {
      const context = await t.context();
      const page = await visited(context, url);
      const other = await context.newPage();
      await other.goto(url);
      await ledgerShown(other);
      const cacheNames = (p) => p.evaluate(() => caches.keys());
      const before = await cacheNames(page);
      assert.equal(before.length, 1, before.join());
      assert.equal(await page.getByTestId('update-prompt').count(), 0);

      await nextRelease(site);

      // The browser looks for a new worker when the page is opened; the page stays as it was.
      await reopen(page);
      const prompt = page.getByTestId('update-prompt');
      await prompt.waitFor({ timeout: 20000 });
      assert.equal(await prompt.textContent(), '新版本可用，刷新');
      assert.equal(await release(page), 'first');
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null), true, 'it waits');
      // It keeps waiting through another reload, and says so again.
      await reopen(page);
      await prompt.waitFor();
      assert.equal(await release(page), 'first');
      await other.getByTestId('update-prompt').waitFor();

      const reloaded = page.waitForEvent('load');
      const otherReloaded = other.waitForEvent('load');
      await page.getByTestId('update-reload').click();
      await reloaded;
      await ledgerShown(page);
      assert.equal(await release(page), 'next');
      assert.equal(await controlled(page), true);
      assert.equal(await page.getByTestId('update-prompt').count(), 0);
      // The other tab was not left running the old release under the new worker.
      await otherReloaded;
      await ledgerShown(other);
      assert.equal(await release(other), 'next');
      // The old release's cache is gone; one remains, the new one's.
      const after = await cacheNames(page);
      assert.equal(after.length, 1, after.join());
      assert.notEqual(after[0], before[0]);
      await context.close();
    } finally {
      server.close();
      await rm(site, { recursive: true, force: true });
    }
  });

  test('a tab with an open editor is not reloaded under the reader\'s typing when another tab takes the release', async () => {
    const site = await mkdtemp(join(tmpdir(), 'bulletin-release-'));
    await cp(DIST, site, { recursive: true });
    const { server, url } = await startServer({ root: site });
    try {
      const context = await t.context();
      const page = await visited(context, url);
      const other = await context.newPage();
      await other.goto(url);
      await ledgerShown(other);
      assert.equal(await controlled(other), true);
      await nextRelease(site);
      await reopen(page);
      await page.getByTestId('update-prompt').waitFor({ timeout: 20000 });
      // The other tab is in the middle of an edit: typed, not saved.
      await other.getByTestId('edit-bulletin').click();
      const title = other.locator('[role=dialog] input[name=title]');
      await title.fill('正在输入的标题');
      let otherReloads = 0;
      other.on('load', () => { otherReloads += 1; });
      const reloaded = page.waitForEvent('load');
      await page.getByTestId('update-reload').click();
      await reloaded;
      await ledgerShown(page);
      assert.equal(await release(page), 'next');
      // The editing tab offers the reload instead, and keeps what was typed.
      await other.getByTestId('update-prompt').waitFor({ timeout: 20000 });
      assert.equal(otherReloads, 0);
      assert.equal(await title.inputValue(), '正在输入的标题');
      // Once the reader is done, the offer moves it onto the new release.
      await other.keyboard.press('Escape');
      const otherReloaded = other.waitForEvent('load');
      await other.getByTestId('update-reload').click();
      await otherReloaded;
      await ledgerShown(other);
      assert.equal(await release(other), 'next');
      await context.close();
    } finally {
      server.close();
      await rm(site, { recursive: true, force: true });
    }
  });

  test('a page the worker does not serve also reloads onto the new release when asked', async () => {
    const site = await mkdtemp(join(tmpdir(), 'bulletin-release-'));
    await cp(DIST, site, { recursive: true });
    const { server, url } = await startServer({ root: site });
    try {
      const context = await t.context();
      // The first visit's page, which the worker did not serve (as after a Shift+F5 reload).
      const page = await context.newPage();
      await page.goto(url);
      await ledgerShown(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      // Another tab, which it serves, holds the old release in use, so the new one waits.
      const held = await context.newPage();
      await held.goto(url);
      await ledgerShown(held);
      assert.deepEqual([await controlled(page), await controlled(held)], [false, true]);
      await nextRelease(site);
      // What the page's hourly check does.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await page.getByTestId('update-prompt').waitFor({ timeout: 20000 });
      const reloaded = page.waitForEvent('load');
      await page.getByTestId('update-reload').click();
      // No controllerchange comes to a page the worker did not serve; it reloads all the same.
      await reloaded;
      await ledgerShown(page);
      assert.equal(await release(page), 'next');
      await ledgerShown(held);
      assert.equal(await release(held), 'next');
      await context.close();
    } finally {
      server.close();
      await rm(site, { recursive: true, force: true });
    }
  });

  test('a file of another release is not taken into this release\'s page', async () => {
    // The server has moved on while a page of the old release is open: the import worker,
    // first used now, must not come from the new release.
    const site = await mkdtemp(join(tmpdir(), 'bulletin-release-'));
    await cp(DIST, site, { recursive: true });
    const { server, url } = await startServer({ root: site });
    try {
      const context = await t.context({ allow: [/import_worker_loader\.js|Failed to load resource/] });
      const page = await visited(context, url);
      const loader = join(site, 'import_worker_loader.js');
      await writeFile(loader, `${await readFile(loader, 'utf8')}\n// next release\n`);
      await finish(site);
      const answer = await page.evaluate(() => fetch('import_worker_loader.js').then((r) => r.text(), () => 'refused'));
      assert.equal(answer, 'refused');
      // The page still imports, in the page itself, and is offered the new release.
      const other = await bundledBulletin();
      other.projects[0].note = '另一版本时导入的备注';
      await page.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
      await page.getByTestId('import-preview').waitFor();
      await page.getByTestId('update-prompt').waitFor({ timeout: 20000 });
      await context.close();
    } finally {
      server.close();
      await rm(site, { recursive: true, force: true });
    }
  });

  test('without service workers, or with registration refused, the page runs with no error', async () => {
    for (const init of [
      () => {
        delete Navigator.prototype.serviceWorker;
      },
      () => {
        window.__registered = 0;
        // (The init script also runs in the new page's first, blank document, which has none.)
        if (typeof ServiceWorkerContainer === 'undefined') return;
        ServiceWorkerContainer.prototype.register = function () {
          window.__registered++;
          return Promise.reject(new DOMException('The user denied permission to use Service Worker.', 'SecurityError'));
        };
      },
    ]) {
      const context = await t.context({ init });
      const page = await context.newPage();
      await page.goto(t.url());
      await ledgerShown(page);
      await page.waitForLoadState('load');
      // Registration comes after the first screen; give it the moment it waits for.
      await page.waitForFunction(() => window.__registered === undefined || window.__registered === 1);
      await page.waitForTimeout(300);
      assert.equal(await page.getByTestId('update-prompt').count(), 0);
      assert.equal(await page.getByTestId('kpi-items').count(), 1);
      await context.close();
    }
  });
});
