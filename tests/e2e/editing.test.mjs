// End to end: editing the bulletin in the browser, kept in the browser's real store (IndexedDB).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { editFirstNote, firstNote, reopen, useBrowser } from './browser.mjs';
import { COPY as KEY, blocked, fullable, putCopy, setAside, startFull, storedText } from './store.mjs';

const t = useBrowser();

describe('editing', () => {
  test('an edit survives reload, and can be undone and redone after it', async () => {
    const { page, context, problems } = await t.open();
    await editFirstNote(page, '已约谈赣榆区教育局');
    assert.equal(await firstNote(page), '已约谈赣榆区教育局');
    // 已保存 is said once the store has committed the edit, not when it is queued.
    assert.match(await page.getByTestId('save-state').textContent(), /^(正在保存|已保存到本浏览器) · 1 处修改$/);
    await page.getByTestId('save-state').filter({ hasText: '已保存到本浏览器 · 1 处修改' }).waitFor();
    assert.match(await storedText(page, KEY), /已约谈赣榆区教育局/);
    assert.equal(await page.getByTestId('project-row').first().getByTestId('edited').count(), 1, 'marked as edited');
    assert.equal(await page.getByTestId('project-row').nth(1).getByTestId('edited').count(), 0);
    await reopen(page);
    assert.equal(await firstNote(page), '已约谈赣榆区教育局');
    await page.getByTestId('undo').click();
    assert.equal(await firstNote(page), '');
    assert.equal(await page.getByTestId('edited').count(), 0, 'no longer marked');
    await reopen(page);
    assert.equal(await firstNote(page), '', 'the undo was saved too');
    await page.getByTestId('redo').click();
    assert.equal(await firstNote(page), '已约谈赣榆区教育局');
    // Keyboard shortcuts work outside text fields.
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    assert.equal(await firstNote(page), '');
    await page.keyboard.press('Control+Shift+z');
    assert.equal(await firstNote(page), '已约谈赣榆区教育局');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('one key press undoes one step, however often the page was drawn before', async () => {
    const { page, context } = await t.open();
    for (const note of ['第一次', '第二次', '第三次']) await editFirstNote(page, note);
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    assert.equal(await firstNote(page), '第二次');
    await page.keyboard.press('Control+Shift+z');
    assert.equal(await firstNote(page), '第三次');
    await context.close();
  });

  test('the editor names its inputs by JSON field, validates as you type, and edits every project field', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('edit-project').nth(1).click();
    const editor = page.getByTestId('project-editor');
    for (const name of ['name', 'sector', 'lead_unit', 'districts', 'level', 'status', 'problem_types', 'issue', 'problems', 'figures_planned_investment', 'figures_completed_investment', 'figures_plan_pct', 'figures_progress_pct', 'note']) {
      assert.ok((await editor.locator(`[name=${name}]`).count()) > 0, name);
    }
    await editor.locator('input[name=name]').fill('   ');
    assert.match(await editor.textContent(), /请填写项目名称/);
    assert.equal(await page.getByTestId('save-project').isDisabled(), true);
    await editor.locator('input[name=name]').fill('新海初中新城校区（更名）');
    await editor.locator('select[name=status]').selectOption('resolved');
    await editor.locator('input[name=lead_unit]').fill('<b>海州区教育局</b>');
    await editor.locator('input[value=funding]').check();
    await page.getByTestId('save-project').click();
    const row = page.locator('[data-project-id=xinhai-junior-xincheng-campus]');
    assert.match(await row.textContent(), /新海初中新城校区（更名）/);
    assert.match(await row.textContent(), /已解决/);
    assert.match(await row.textContent(), /<b>海州区教育局<\/b>/, 'shown as text');
    assert.match(await row.textContent(), /资金到位不及时/);
    await page.getByTestId('reset').waitFor();
    page.once('dialog', (d) => d.accept());
    await page.getByTestId('reset').click();
    assert.doesNotMatch(await row.textContent(), /更名/);
    await context.close();
  });

  test('projects can be added and deleted, and each change reverted on its own', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('new-project').click();
    const editor = page.getByTestId('project-editor');
    await editor.locator('input[name=name]').fill('新建停车场项目');
    await editor.locator('select[name=sector]').selectOption('transport');
    await page.getByTestId('save-project').click();
    assert.equal(await page.getByTestId('result-count').textContent(), '18');
    await editFirstNote(page, '第二处修改');
    page.once('dialog', (d) => d.accept());
    await page.getByTestId('edit-project').nth(3).click();
    await page.getByTestId('delete-project').click();
    assert.equal(await page.getByTestId('result-count').textContent(), '17');
    await page.locator('.changes summary').click();
    const changes = page.getByTestId('change');
    const labels = await changes.allTextContents();
    assert.equal(labels.length, 3, labels.join('\n'));
    assert.ok(labels.some((l) => l.includes('新增项目“新建停车场项目”')));
    assert.ok(labels.some((l) => l.includes('项目“金山中学建设项目”的备注') && l.includes('（空） → 第二处修改')));
    assert.ok(labels.some((l) => l.includes('删除项目“凌州路小学续建工程”')));
    await changes.filter({ hasText: '删除项目' }).locator('button').click();
    assert.equal(await page.getByTestId('result-count').textContent(), '18');
    assert.equal(await firstNote(page), '第二处修改', 'the other changes stay');
    page.once('dialog', (d) => d.dismiss());
    await page.getByTestId('reset').click();
    assert.equal(await page.getByTestId('result-count').textContent(), '18', 'cancelled reset changes nothing');
    await context.close();
  });

  test('full storage shows a lasting warning, and the page keeps working in memory', async () => {
    const context = await t.context({ init: [fullable, startFull] });
    const page = await t.tab(context);
    await editFirstNote(page, '存不下也不丢');
    assert.equal(await firstNote(page), '存不下也不丢');
    assert.match(await page.getByTestId('save-warning').textContent(), /存储空间已满.*导出 JSON/);
    await editFirstNote(page, '再改一次');
    assert.equal(await firstNote(page), '再改一次');
    assert.equal(await storedText(page, KEY), undefined, 'nothing half-written');
    await context.close();
  });

  test('storage that is switched off is reported at once', async () => {
    const context = await t.context({ init: blocked });
    const page = await t.tab(context);
    assert.match(await page.getByTestId('save-warning').textContent(), /禁止了本地存储/);
    await editFirstNote(page, '仅在本页');
    assert.equal(await firstNote(page), '仅在本页');
    await context.close();
  });

  test('an unreadable stored copy is reported, kept and downloadable; the original opens', async () => {
    const context = await t.context();
    // The first page must have finished opening, or it too finds the broken copy and sets it aside.
    const page = await t.tab(context);
    await putCopy(page, KEY, '{"format": "minsheng-bulletin-workbench", "cur');
    await reopen(page);
    const notice = page.getByTestId('notice');
    assert.match(await notice.textContent(), /保存的数据已损坏.*无法打开您保存的修改/);
    assert.equal(await page.getByTestId('result-count').textContent(), '17');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('notice-download').click()]);
    assert.equal(await readFile(await download.path(), 'utf8'), '{"format": "minsheng-bulletin-workbench", "cur');
    assert.deepEqual(await setAside(page, KEY), ['{"format": "minsheng-bulletin-workbench", "cur']);
    await editFirstNote(page, '重新开始');
    await reopen(page);
    assert.equal(await firstNote(page), '重新开始');
    await context.close();
  });

  test('two tabs on the same bulletin stay in step', async () => {
    const context = await t.context();
    const a = await context.newPage();
    const b = await context.newPage();
    for (const p of [a, b]) await t.show(p);
    await editFirstNote(a, '甲标签页的修改');
    await b.waitForFunction(
      () => document.querySelector('[data-testid=project-row] td.note')?.textContent === '甲标签页的修改',
    );
    assert.match(await b.getByTestId('notice').textContent(), /另一个标签页修改了这份通报/);
    // B edits on top of A's change; A's change is not overwritten.
    await b.getByTestId('edit-project').nth(1).click();
    await b.getByTestId('project-editor').locator('textarea[name=note]').fill('乙标签页的修改');
    await b.getByTestId('save-project').click();
    await a.waitForFunction(
      () => document.querySelectorAll('[data-testid=project-row] td.note')[1]?.textContent === '乙标签页的修改',
    );
    assert.equal(await firstNote(a), '甲标签页的修改');
    await context.close();
  });

  test('export JSON downloads the current copy as a snapshot', async () => {
    const { page, context } = await t.open();
    await editFirstNote(page, '导出前的修改');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    assert.match(download.suggestedFilename(), /^lianyungang-2023-h1-\d{4}-\d{2}-\d{2}\.json$/);
    const snapshot = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(snapshot.projects[0].note, '导出前的修改');
    assert.equal(snapshot.snapshot.based_on, 'lianyungang-2023-h1');
    assert.match(snapshot.snapshot.exported_at, /^\d{4}-\d{2}-\d{2}T/);
    await context.close();
  });
});

describe('editing the rest of the bulletin', () => {
  const editor = (page) => page.getByTestId('record-editor');
  const save = async (page) => {
    await page.getByTestId('save-record').click();
    await editor(page).waitFor({ state: 'detached' });
  };

  test('summary figures: checked as typed, saved, and the overview follows', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('edit-summary').click();
    const completed = editor(page).locator('input[name=completed_investment]');
    await completed.fill('-3');
    assert.match(await editor(page).textContent(), /应为非负数/);
    assert.equal(await page.getByTestId('save-record').isDisabled(), true);
    await completed.fill('110.5');
    await save(page);
    assert.match(await page.getByTestId('kpi-completed-investment').textContent(), /^110\.5\s*亿元$/);
    assert.equal(await page.getByTestId('kpi-completion-pct').textContent(), '66%');
    // A rule across fields comes back from the bulletin's own validation, next to the field.
    await page.getByTestId('edit-summary').click();
    await editor(page).locator('input[name=items_on_schedule]').fill('60');
    await page.getByTestId('save-record').click();
    assert.match(await editor(page).textContent(), /按序时推进的件数 60 超过总件数 50/);
    await editor(page).locator('button', { hasText: '取消' }).click();
    await context.close();
  });

  test('a sector: figures, status, highlights and problems; blank reads 未报告', async () => {
    const { page, context } = await t.open();
    await page.locator('[data-sector-id=employment] [data-testid=edit-sector]').click();
    await editor(page).locator('input[name=completed_investment]').fill('3.5');
    await editor(page).locator('input[name=plan_pct]').fill('48');
    await editor(page).locator('select[name=status]').selectOption('behind');
    await editor(page).locator('textarea[name=problems]').fill('新增问题一\n新增问题二');
    await save(page);
    const row = await page.locator('[data-testid=sector-row][data-sector-id=employment]').textContent();
    assert.match(row, /已修改/);
    assert.match(row, /3\.5/);
    assert.match(row, /48%/);
    assert.match(row, /未达序时/);
    await page.locator('[data-sector-id=health] [data-testid=edit-sector]').click();
    await editor(page).locator('input[name=completed_investment]').fill('');
    await save(page);
    assert.match(await page.locator('[data-testid=sector-row][data-sector-id=health]').textContent(), /未报告/);
    await reopen(page);
    assert.match(await page.locator('[data-testid=sector-row][data-sector-id=employment]').textContent(), /未达序时/);
    await context.close();
  });

  test('problem types: add, rename; one still in use cannot be deleted and says by whom', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('new-problem-type').click();
    await editor(page).locator('input[name=name]').fill('审批程序繁琐');
    await editor(page).locator('textarea[name=description]').fill('审批环节多、周期长。');
    await save(page);
    assert.equal(await page.getByTestId('problem-type').count(), 5);
    assert.equal(await page.getByTestId('filter-problem-type').locator('label', { hasText: '审批程序繁琐' }).count(), 1);
    await page.getByTestId('edit-problem-type').nth(2).click();
    await page.getByTestId('delete-record').click();
    assert.match(
      await editor(page).textContent(),
      /仍有 1 个项目使用这个问题类型：“市区1万个停车泊位改造和信息化采集接入”。请先在这些项目中去掉它/,
    );
    await editor(page).locator('input[name=name]').fill('配套政策不健全');
    await save(page);
    assert.match(await page.locator('[data-project-id=parking-spaces-10000]').textContent(), /配套政策不健全/);
    // The new, unused type can be deleted.
    page.once('dialog', (d) => d.accept());
    await page.getByTestId('edit-problem-type').nth(4).click();
    await page.getByTestId('delete-record').click();
    assert.equal(await page.getByTestId('problem-type').count(), 4);
    await context.close();
  });

  test('work requirements: add, edit and delete', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('new-requirement').click();
    await editor(page).locator('input[name=title]').fill('强化督查问效');
    await editor(page).locator('textarea[name=text]').fill('对推进不力的项目挂牌督办。');
    await save(page);
    assert.equal(await page.getByTestId('requirement').count(), 4);
    await page.getByTestId('edit-requirement').nth(0).click();
    await editor(page).locator('input[name=title]').fill('');
    assert.match(await editor(page).textContent(), /不能为空/);
    await editor(page).locator('input[name=title]').fill('强化资金保障（修订）');
    await save(page);
    assert.match(await page.getByTestId('requirement').first().textContent(), /强化资金保障（修订）/);
    page.once('dialog', (d) => d.accept());
    await page.getByTestId('edit-requirement').nth(3).click();
    await page.getByTestId('delete-record').click();
    assert.equal(await page.getByTestId('requirement').count(), 3);
    await page.getByTestId('undo').click();
    assert.equal(await page.getByTestId('requirement').count(), 4);
    await context.close();
  });
});
