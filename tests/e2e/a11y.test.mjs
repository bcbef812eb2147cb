// End to end: axe-core (node_modules/axe-core, a devDependency) finds no serious or critical
// violation on the overview, the ledger filtered, the open editors, the import preview, the
// comparison with the period before, the review of a draft read from a notice, and in dark
// mode.
//
// axe runs under the page's own Content-Security-Policy: its source is evaluated through the
// DevTools protocol (`page.evaluate(source)`), which the policy does not govern, where a
// script tag (`page.addScriptTag`, inline) would be refused. No context bypasses the policy,
// so what axe sees is the page as it is served, and a refusal would fail the test (every
// context fails on a console error).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, bundledBulletin, countIs, jsonFile as file, useBrowser } from './browser.mjs';

const t = useBrowser();
const AXE = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SEED = await readFile(join(ROOT, 'docs/source/bulletin-2023-h1.zh-Hans.txt'), 'utf8');

/** Opens `path` in `colorScheme`. */
const open = (path = '', colorScheme = 'light') => t.open(path, { colorScheme });
const waitForCharts = (page) => page.waitForSelector('[data-chart=statuses] svg [data-category]', { state: 'attached' });

/** Every axe violation of the page as it is now: `{ id, impact, help, targets }`. */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return found.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/**
 * Fails on any serious or critical violation, listing each with its impact and where; the
 * lesser ones are reported as the test's diagnostics.
 */
async function noSeriousViolation(ctx, page, where) {
  const all = await violations(page);
  const bad = all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of all.filter((v) => !bad.includes(v))) ctx.diagnostic(`${where}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
  const said = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
  assert.deepEqual(bad.map((v) => v.id), [], `${where}:\n${said}`);
}

describe('accessibility (axe-core)', () => {
  test('the overview, first screen and charts; axe finds a violation planted in it', async (ctx) => {
    const { page, context } = await open();
    await waitForCharts(page);
    await noSeriousViolation(ctx, page, 'overview');
    // The check can fail: an unlabelled field and an image without a name are found.
    await page.evaluate(() => {
      const planted = document.createElement('div');
      planted.id = 'planted';
      planted.innerHTML = '<input type="text"><span role="img">■</span>';
      document.querySelector('main.board').prepend(planted);
    });
    const ids = (await violations(page)).map((v) => v.id);
    assert.ok(ids.includes('label') && ids.includes('role-img-alt'), ids.join());
    await context.close();
  });

  test('the ledger filtered by a facet', async (ctx) => {
    const { page, context } = await open();
    await page.locator('[data-testid=filter-sector] input[value=education]').check();
    await countIs(page, 6);
    await waitForCharts(page);
    await noSeriousViolation(ctx, page, 'ledger filtered');
    await context.close();
  });

  test('the open editors: the bulletin’s, and a project’s from its row', async (ctx) => {
    const { page, context } = await open();
    await page.getByTestId('edit-bulletin').click();
    await page.getByTestId('record-editor').waitFor();
    await noSeriousViolation(ctx, page, 'bulletin editor');
    await page.keyboard.press('Escape');
    await page.getByTestId('record-editor').waitFor({ state: 'detached' });
    await page.getByTestId('edit-project').first().click();
    await page.getByTestId('project-editor').waitFor();
    await noSeriousViolation(ctx, page, 'project editor');
    await context.close();
  });

  test('the import preview', async (ctx) => {
    const { page, context } = await open();
    const snapshot = await bundledBulletin();
    snapshot.projects[0].note = '快照中的备注';
    snapshot.sectors[0].plan_pct = 45;
    await page.getByTestId('import-file').setInputFiles(file('snapshot.json', JSON.stringify(snapshot)));
    await page.getByTestId('import-preview').waitFor();
    await noSeriousViolation(ctx, page, 'import preview');
    await context.close();
  });

  test('the comparison with the period before', async (ctx) => {
    const { page, context } = await open();
    await page.getByTestId('new-period').click();
    await page.waitForFunction(() => location.search === '?bulletin=lianyungang-2023-h1-2023-09');
    await page.getByTestId('compare').waitFor();
    await waitForCharts(page);
    await noSeriousViolation(ctx, page, 'compare');
    await context.close();
  });

  test('the review of a draft read from a notice', async (ctx) => {
    const { page, context } = await open();
    await page.getByTestId('new-bulletin').click();
    const dialog = page.getByTestId('new-bulletin-dialog');
    await dialog.getByTestId('draft-text').fill(SEED);
    await dialog.getByTestId('draft-read').click();
    await page.locator('[data-testid=draft-review][aria-busy=false]').waitFor({ timeout: 30000 });
    await noSeriousViolation(ctx, page, 'draft review');
    await context.close();
  });

  test('dark mode: the overview, the ledger filtered and an open editor', async (ctx) => {
    const { page, context } = await open('', 'dark');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    await waitForCharts(page);
    await noSeriousViolation(ctx, page, 'overview, dark');
    await page.locator('[data-testid=filter-sector] input[value=education]').check();
    await countIs(page, 6);
    await noSeriousViolation(ctx, page, 'ledger filtered, dark');
    await page.getByTestId('edit-project').first().click();
    await page.getByTestId('project-editor').waitFor();
    await noSeriousViolation(ctx, page, 'project editor, dark');
    await context.close();
  });
});
