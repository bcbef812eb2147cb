// End to end: 新建通报 — a blank bulletin made from its title, region, period and 序时进度,
// kept beside the others, then filled in: a sector and a project added, kept after a reload.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countIs, headingIs, reopen, saved, useBrowser } from './browser.mjs';

const t = useBrowser();

describe('a new bulletin', () => {
  test('a blank bulletin is created, said wrong at its field, edited and kept', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('new-bulletin').click();
    const dialog = page.getByTestId('new-bulletin-dialog');
    // Nothing is made from a form with what is wrong in it, and the rest stays typed.
    await dialog.locator('[name=region]').fill('某市');
    await dialog.locator('[name=period_label]').fill('1至10月');
    await dialog.getByTestId('create-blank').click();
    assert.match(await dialog.locator('label.field', { has: page.locator('[name=title]') }).textContent(), /请填写标题/);
    await dialog.locator('[name=title]').fill('民生实事项目1至10月进展情况通报');
    await dialog.locator('[name=period_year]').fill('2026');
    await dialog.locator('[name=period_start]').fill('2026-11-01');
    await dialog.locator('[name=period_end]').fill('2026-10-31');
    await dialog.getByTestId('create-blank').click();
    assert.match(await dialog.locator('label.field', { has: page.locator('[name=period_start]') }).textContent(), /开始日期晚于结束日期/);
    assert.equal(await dialog.locator('[name=region]').inputValue(), '某市');
    await dialog.locator('[name=period_start]').fill('2026-01-01');
    await dialog.locator('[name=schedule_target_pct]').fill('83.3');
    await dialog.getByTestId('create-blank').click();
    await page.waitForFunction(() => location.search === '?bulletin=bulletin-2026-1');
    await headingIs(page, '民生实事项目1至10月进展情况通报');
    await countIs(page, 0);
    assert.match(await page.getByTestId('notice').last().textContent(), /已新建通报《民生实事项目1至10月进展情况通报》（2026年1至10月，2026-01-01 至 2026-10-31）/);
    assert.equal(await page.getByTestId('kpi-items').textContent(), '未报告');
    // Only what was given has a card: no investment, no completion.
    assert.equal(await page.getByTestId('kpi-completion-pct').count(), 0);

    // A sector, where there was no sector table to add it from, then a project in it.
    await page.getByTestId('new-sector').click();
    const editor = page.getByTestId('record-editor');
    await editor.locator('[name=name]').fill('教育惠民');
    await editor.locator('[name=items]').fill('6');
    await editor.getByTestId('save-record').click();
    await editor.waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('sector-row').count(), 1);
    await page.getByTestId('new-project').click();
    const project = page.getByTestId('project-editor');
    await project.locator('input[name=name]').fill('新建幼儿园');
    await project.locator('input[name=owner]').fill('李某');
    await page.getByTestId('save-project').click();
    await project.waitFor({ state: 'detached' });
    await countIs(page, 1);
    await saved(page);
    await reopen(page);
    await headingIs(page, '民生实事项目1至10月进展情况通报');
    await countIs(page, 1);
    assert.match(await page.getByTestId('project-supervision').textContent(), /责任人：李某/);
    // Listed beside the bundled one.
    await page.getByTestId('switch-bulletin').click();
    const entries = page.getByTestId('bulletin-list').getByTestId('bulletin-entry');
    await entries.nth(1).waitFor();
    assert.deepEqual((await entries.evaluateAll((all) => all.map((e) => e.dataset.id))).sort(), ['bulletin-2026-1', 'lianyungang-2023-h1']);
    await context.close();
  });
});
