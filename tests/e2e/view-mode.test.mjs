// End to end: 只读查看 (`?mode=view`) for leaders and projectors — no editing control
// anywhere, filters, charts and exports kept, and the switch in the page both ways.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countIs, useBrowser } from './browser.mjs';

const t = useBrowser();
const EDITING = ['edit-project', 'add-follow-up', 'undo', 'redo', 'reset', 'edit-bulletin', 'new-period', 'edit-summary',
  'edit-sector', 'new-sector', 'new-project', 'edit-problem-type', 'new-problem-type', 'edit-requirement', 'new-requirement',
  'new-bulletin', 'import-file'];

async function editingShown(page) {
  const shown = {};
  for (const id of EDITING) shown[id] = await page.getByTestId(id).count();
  return Object.entries(shown).filter(([, n]) => n > 0).map(([id]) => id);
}

describe('read-only view', () => {
  test('?mode=view shows no editing control and keeps filters, charts and exports', async () => {
    const { page, context } = await t.open('?mode=view');
    await countIs(page, 17);
    assert.deepEqual(await editingShown(page), []);
    assert.equal(await page.getByTestId('export-csv').count(), 1);
    assert.equal(await page.getByTestId('export-json').count(), 1);
    assert.ok((await page.locator('.chart-card').count()) > 0);
    // Filtering still works, and the address keeps the mode.
    await page.getByTestId('filter-sector').locator('label', { hasText: '交通出行' }).locator('input').check();
    await countIs(page, 5);
    assert.deepEqual(new URL(page.url()).searchParams.getAll('sector'), ['transport']);
    assert.equal(new URL(page.url()).searchParams.get('mode'), 'view');
    // Undo's shortcut does nothing here.
    await page.keyboard.press('Control+z');
    assert.deepEqual(await editingShown(page), []);
    // Back to editing, and the address says so.
    await page.getByTestId('view-mode').click();
    await page.getByTestId('edit-project').first().waitFor();
    assert.equal(new URL(page.url()).searchParams.get('mode'), null);
    assert.ok((await page.getByTestId('edit-project').count()) > 0);
    assert.equal(await page.getByTestId('undo').count(), 1);
    await context.close();
  });

  test('the switch turns an editable board read-only, and it stays so after a reload', async () => {
    const { page, context } = await t.open();
    assert.ok((await page.getByTestId('edit-project').count()) > 0);
    await page.getByTestId('view-mode').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=edit-project]').length === 0);
    assert.equal(await page.getByTestId('view-mode').getAttribute('aria-pressed'), 'true');
    assert.equal(new URL(page.url()).searchParams.get('mode'), 'view');
    await page.reload();
    await countIs(page, 17);
    assert.deepEqual(await editingShown(page), []);
    await context.close();
  });
});
