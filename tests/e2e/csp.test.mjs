// End to end: the Content-Security-Policy of index.html. A script that gets into the page —
// an inline <script>, an inline event handler, a call to another host — is refused, and the
// app itself, used throughout (charts, editor, the three Web Workers, downloads), breaks no
// rule of it; served with the header of docs/deploy.md instead, the same holds.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { DIST, ROOT, bundledBulletin, jsonFile, ledgerShown, useBrowser } from './browser.mjs';

const t = useBrowser();
const SEED = await readFile(join(ROOT, 'docs/source/bulletin-2023-h1.zh-Hans.txt'), 'utf8');

/** The policy index.html's <meta> carries, as built. */
async function metaPolicy() {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  assert.ok(meta, 'dist/index.html has a Content-Security-Policy <meta>');
  return meta[1];
}

/** Records every securitypolicyviolation of the page (run before the page's own scripts). */
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
  });
}

const violations = (page) => page.evaluate(() => window.__violations);

/**
 * Uses the app the way an office would, reaching each part that could need more of the
 * policy: charts (SVG inserted as markup, a tooltip placed by a style attribute, a bar
 * filtering), the editor, the import worker (a snapshot's preview), the draft worker (a
 * notice read), the report worker (.docx and .xlsx) and a CSV made in the page (blob links),
 * and the 通报文稿 view.
 */
async function useEverything(page) {
  const bar = page.locator('[data-chart=items] [data-category]').first();
  await bar.waitFor();
  await bar.hover();
  await page.locator('.chart-tip').waitFor();
  await bar.click();
  await page.getByTestId('chart-selection').first().waitFor();
  await bar.click();

  await page.getByTestId('edit-bulletin').click();
  const editor = page.getByTestId('record-editor');
  await editor.locator('[name=title]').fill('在安全策略下修改的标题');
  await editor.getByTestId('save-record').click();
  await editor.waitFor({ state: 'detached' });
  assert.equal(await page.locator('h1').textContent(), '在安全策略下修改的标题');

  for (const id of ['export-docx', 'export-xlsx', 'export-csv']) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
    const bytes = await readFile(await file.path());
    assert.ok(bytes.length > 0, `${id} downloaded ${file.suggestedFilename()}`);
  }

  await page.getByTestId('show-report').click();
  await page.getByTestId('report-view').locator('.report-document').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('report-view').waitFor({ state: 'detached' });

  const other = await bundledBulletin();
  other.projects[0].note = '安全策略下导入的备注';
  await page.getByTestId('import-file').setInputFiles(jsonFile('shared.json', JSON.stringify(other)));
  await page.getByTestId('import-preview').waitFor();
  await page.getByTestId('import-cancel').click();

  await page.getByTestId('new-bulletin').click();
  const dialog = page.getByTestId('new-bulletin-dialog');
  await dialog.getByTestId('draft-text').fill(SEED);
  await dialog.getByTestId('draft-read').click();
  await page.locator('[data-testid=draft-review][aria-busy=false]').waitFor({ timeout: 30000 });
}

describe('Content-Security-Policy', () => {
  test('the built page carries the policy, with no inline script for it to allow', async () => {
    const policy = await metaPolicy();
    for (const rule of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"]) {
      assert.ok(policy.split(/;\s*/).includes(rule), `${rule} in ${policy}`);
    }
    assert.doesNotMatch(policy, /'unsafe-eval'|script-src[^;]*'unsafe-inline'|\*/);
    const html = await readFile(join(DIST, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/src=/.test(attrs) || body.trim());
    assert.deepEqual(inline.map(([s]) => s), [], 'Trunk\'s loader was moved into a file');
  });

  test('an injected inline script, an inline handler and a call to another host are refused', async () => {
    const context = await t.context({
      init: recordViolations,
      allow: [/Content Security Policy/],
    });
    const page = await context.newPage();
    await page.goto(t.base);
    await ledgerShown(page);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "ran"';
      document.body.append(script);
      // What a bulletin's text would be if a rendering bug ever turned it into markup.
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__handler = \'ran\'">');
      let fetched;
      try {
        await fetch('http://127.0.0.2:9/steal');
        fetched = 'reached';
      } catch {
        fetched = 'refused';
      }
      // The events are dispatched in a later task.
      await new Promise((ok) => setTimeout(ok, 100));
      return { injected: window.__injected, handler: window.__handler, fetched };
    });
    assert.deepEqual(outcome, { injected: undefined, handler: undefined, fetched: 'refused' });
    const directives = (await violations(page)).map((v) => v.directive);
    for (const d of ['script-src-elem', 'script-src-attr', 'img-src', 'connect-src']) {
      assert.ok(directives.includes(d), `${d} refused: ${directives}`);
    }
    // The app's own state is untouched by the attempt.
    assert.match(await page.locator('h1').textContent(), /督查通报/);
    await context.close();
  });

  test('the app, used throughout, breaks no rule of its policy', async () => {
    const context = await t.context({ init: recordViolations, acceptDownloads: true });
    const page = await context.newPage();
    const workers = [];
    page.on('worker', (w) => workers.push(w.url().replace(/.*\//, '')));
    await page.goto(t.base);
    await ledgerShown(page);
    await useEverything(page);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(workers.sort(), ['draft_worker_loader.js', 'import_worker_loader.js', 'report_worker_loader.js']);
    await context.close();
  });
});

describe('Content-Security-Policy as the header of docs/deploy.md', () => {
  let server;
  let base;
  let header;
  before(async () => {
    const guide = await readFile(join(ROOT, 'docs/deploy.md'), 'utf8');
    const nginx = guide.match(/add_header Content-Security-Policy "([^"]+)" always;/);
    const caddy = guide.match(/Content-Security-Policy "([^"]+)"\n/);
    assert.ok(nginx && caddy, 'the guide gives the header for nginx and for Caddy');
    header = nginx[1];
    assert.equal(caddy[1], header, 'nginx and Caddy send the same policy');
    ({ server, url: base } = await startServer({ root: DIST, headers: { 'content-security-policy': header } }));
  });
  after(() => server?.close());

  test('is the page\'s own policy with frame-ancestors added', async () => {
    assert.equal(header, `${await metaPolicy()}; frame-ancestors 'none'`);
  });

  test('the app and its Web Workers, which the header governs too, run under it', async () => {
    const context = await t.context({ init: recordViolations, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(base);
    await ledgerShown(page);
    await useEverything(page);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
});
