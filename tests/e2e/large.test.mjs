// End to end: a bulletin of 20,000 projects imported into this browser keeps its edits
// across a reload (localStorage could not hold it; the store can).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bundledBulletin, editFirstNote, firstNote, launch, openPage, serve } from './browser.mjs';

let browser;
let server;
let base;

before(async () => {
  ({ server, url: base } = await serve());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('a large bulletin', () => {
  test('20,000 imported projects: an edit survives a reload', { timeout: 180000 }, async () => {
    const big = await bundledBulletin();
    big.id = 'large-20000';
    big.title = '两万个项目的通报';
    const template = big.projects;
    big.projects = Array.from({ length: 20000 }, (_, n) => ({
      ...template[n % template.length],
      id: `p-${String(n).padStart(5, '0')}`,
      name: `${template[n % template.length].name}（${n}）`,
    }));
    const text = JSON.stringify(big);
    const { page, context, problems } = await openPage(browser, base);
    await page.getByTestId('import-file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '两万个项目的通报', null, { timeout: 60000 });
    await page.waitForFunction(() => document.querySelector('[data-testid=result-count]')?.textContent === '20000', null, { timeout: 60000 });
    await editFirstNote(page, '两万个项目中的修改');
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 60000 });
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid=result-count]')?.textContent === '20000', null, { timeout: 60000 });
    assert.equal(await firstNote(page), '两万个项目中的修改');
    assert.equal(await page.getByTestId('save-warning').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
