// End to end: the board stays mounted through edits, undo and redo — the ledger keeps its
// scroll position, an open sector stays open, focus returns where it was, and the charts do
// not load their font again.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledBulletin, repeatProjects, useBrowser } from './browser.mjs';

// 300 projects: the ledger scrolls within its own box (virtual rows).
const t = useBrowser(async () => ({ 'many.json': JSON.stringify(repeatProjects(await bundledBulletin(), 300, 3)) }));

/** What an edit must leave as it was. */
const state = (page) =>
  page.evaluate(() => ({
    scrollTop: document.querySelector('.ledger-scroll')?.scrollTop,
    openSector: [...document.querySelectorAll('details.sector-detail')].filter((d) => d.open).map((d) => d.dataset.sectorId),
    focus: document.activeElement?.closest('[data-project-id]')?.dataset.projectId ?? document.activeElement?.dataset.testid,
    marker: document.querySelector('details.sector-detail')?.dataset.marker,
    chartMarker: document.querySelector('.charts')?.dataset.marker,
  }));

describe('the board stays mounted', () => {
  test('scroll, open details, focus and charts survive an edit, its undo and its redo', async () => {
    const { page, context, problems } = await t.open('?src=/fixtures/many.json');
    let fontRequests = 0;
    page.on('request', (r) => r.url().includes('fonts/bulletin-sans-cjk') && fontRequests++);
    await page.locator('details.sector-detail').nth(1).locator('summary').click();
    // Markers on DOM nodes: a section drawn again loses them.
    await page.evaluate(() => {
      document.querySelector('details.sector-detail').dataset.marker = 'kept';
      document.querySelector('.charts').dataset.marker = 'kept';
    });
    await page.locator('.ledger-scroll').evaluate((el) => { el.scrollTop = 76 * 100; });
    await page.waitForTimeout(100);
    const target = page.locator('[data-project-id=p-102]');
    await target.getByTestId('edit-project').focus();
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('project-editor');
    await editor.locator('textarea[name=note]').fill('滚动中的修改');
    await page.getByTestId('save-project').click();
    await editor.waitFor({ state: 'detached' });
    await target.locator('td.note', { hasText: '滚动中的修改' }).waitFor();
    const expected = { scrollTop: 7600, openSector: [await page.locator('details.sector-detail').nth(1).getAttribute('data-sector-id')], focus: 'p-102', marker: 'kept', chartMarker: 'kept' };
    assert.deepEqual(await state(page), expected);

    await page.getByTestId('undo').click();
    await target.locator('td.note', { hasText: /^$/ }).waitFor();
    let now = await state(page);
    assert.equal(now.scrollTop, 7600);
    assert.deepEqual(now.openSector, expected.openSector);
    assert.equal(now.marker, 'kept');
    assert.equal(now.chartMarker, 'kept');

    await page.getByTestId('redo').click();
    await target.locator('td.note', { hasText: '滚动中的修改' }).waitFor();
    now = await state(page);
    assert.equal(now.scrollTop, 7600);
    assert.deepEqual(now.openSector, expected.openSector);
    assert.equal(now.marker, 'kept');
    assert.equal(fontRequests, 0, 'the chart font is not fetched again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an edited project shows its new values in its row and in the charts', async () => {
    const { page, context } = await t.open();
    await page.waitForSelector('[data-chart=statuses] svg [data-category]', { state: 'attached' });
    const resolvedCount = () =>
      page.evaluate(() => Number(document.querySelector('[data-chart=statuses] [data-category="已解决"]')?.dataset.value ?? 0));
    const before = await resolvedCount();
    const row = page.locator('[data-project-id=changxuhu-nine-year-school]');
    await row.getByTestId('edit-project').click();
    const editor = page.getByTestId('project-editor');
    await editor.locator('input[name=name]').fill('昌圩湖学校（改名）');
    await editor.locator('select[name=status]').selectOption('resolved');
    await page.getByTestId('save-project').click();
    await editor.waitFor({ state: 'detached' });
    assert.match(await row.textContent(), /昌圩湖学校（改名）.*已解决/s);
    assert.equal(await row.getByTestId('edit-project').getAttribute('aria-label'), '编辑项目“昌圩湖学校（改名）”');
    // The status chart counts it under its new status.
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-chart=statuses] [data-category="已解决"]')?.dataset.value ?? 0) === n,
      before + 1,
    );
    await context.close();
  });
});
