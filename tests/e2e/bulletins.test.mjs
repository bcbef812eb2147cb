// End to end: several bulletins in one browser — a snapshot of another bulletin opens beside
// the others, the switcher lists them, opens one and deletes one after a confirmation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  anotherBulletin, countIs, editFirstNote, firstNote, heading, headingStarts, jsonFile as file, reopen,
  replaceWithSnapshot, useBrowser,
} from './browser.mjs';
import { fullable, setFull, storedKeys } from './store.mjs';

const t = useBrowser();

/** Imports `bulletin` (another-city-2024, 5 projects) from a file `name` and waits until it is open. */
async function importNew(page, name, bulletin) {
  await page.getByTestId('import-file').setInputFiles(file(name, JSON.stringify(bulletin)));
  await page.waitForFunction(() => location.search === '?bulletin=another-city-2024');
  // The address changes first; the bulletin (5 projects) opens once read from the store.
  await countIs(page, 5);
}

async function listed(page) {
  await page.getByTestId('switch-bulletin').click();
  const entries = page.getByTestId('bulletin-list').getByTestId('bulletin-entry');
  // The list is read from the store after the dialog opens.
  await entries.first().waitFor();
  return entries.evaluateAll((all) => all.map((e) => e.dataset.id));
}

describe('bulletins kept in this browser', () => {
  test('a snapshot of another bulletin opens beside the others and replaces nothing', async () => {
    const { page, context, problems } = await t.open();
    await editFirstNote(page, '内置通报的修改');
    const other = await anotherBulletin();
    await page.getByTestId('import-file').setInputFiles(file('other.json', JSON.stringify(other)));
    await headingStarts(page, '某市2024年');
    assert.match(await page.getByTestId('notice').last().textContent(), /已把“other\.json”作为新的通报《某市2024年.*》打开，原来的通报没有改动/);
    assert.equal(new URL(page.url()).search, '?bulletin=another-city-2024');
    assert.equal(await page.getByTestId('result-count').textContent(), '5');
    assert.equal(await page.getByTestId('import-preview').count(), 0);

    // Edits to the new bulletin are kept apart from the bundled one's.
    await editFirstNote(page, '新通报的修改');
    assert.deepEqual(await listed(page), ['lianyungang-2023-h1', 'another-city-2024']);
    const current = page.getByTestId('bulletin-entry').filter({ hasText: '当前打开' });
    assert.match(await current.textContent(), /某市2024年.*从快照文件导入/);
    await page.getByTestId('bulletin-entry').first().getByTestId('open-bulletin').click();
    await headingStarts(page, '民生实事');
    assert.equal(await firstNote(page), '内置通报的修改');
    assert.equal(await page.getByTestId('result-count').textContent(), '17');

    // Back returns to the imported bulletin; a reload at its address opens it from storage.
    await page.goBack();
    await headingStarts(page, '某市2024年');
    await reopen(page);
    assert.equal(await heading(page), other.title);
    assert.equal(await firstNote(page), '新通报的修改');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('deleting a bulletin asks first, then removes it and everything stored with it', async () => {
    const { page, context } = await t.open();
    await importNew(page, 'other.json', await anotherBulletin());
    await listed(page);
    const entry = page.getByTestId('bulletin-entry').filter({ hasText: '某市2024年' });

    page.once('dialog', (d) => d.dismiss());
    await entry.getByTestId('delete-bulletin').click();
    assert.equal(await entry.count(), 1, 'cancelled: still there');

    let question = '';
    page.once('dialog', (d) => { question = d.message(); d.accept(); });
    await entry.getByTestId('delete-bulletin').click();
    assert.match(question, /确定要从本浏览器删除《某市2024年.*》吗？.*无法撤销/s);
    // It was the open bulletin, so the page goes back to the bundled one.
    await headingStarts(page, '民生实事');
    assert.equal(new URL(page.url()).search, '');
    const keys = (await storedKeys(page)).filter((k) => k.includes('another-city-2024'));
    assert.deepEqual(keys, []);
    assert.deepEqual(await listed(page), ['lianyungang-2023-h1']);
    assert.equal(await page.getByTestId('delete-bulletin').count(), 0, 'nothing to clear on an unedited bundled bulletin');
    await context.close();
  });

  test('a bulletin deleted in one tab is closed in another that shows it', async () => {
    const { page, context, problems } = await t.open();
    await importNew(page, 'other.json', await anotherBulletin());
    await editFirstNote(page, '将被删除的修改');
    const second = await t.tab(context, '?bulletin=another-city-2024');
    assert.equal(await firstNote(second), '将被删除的修改');

    await listed(page);
    page.once('dialog', (d) => d.accept());
    await page.getByTestId('bulletin-entry').filter({ hasText: '某市2024年' }).getByTestId('delete-bulletin').click();
    await headingStarts(second, '民生实事');
    assert.match(await second.getByTestId('notice').first().textContent(), /另一个标签页删除了这份通报/);
    // Editing there now saves the bundled bulletin, never the deleted one again.
    await editFirstNote(second, '内置通报的修改');
    // Saving happens in the task after the edit.
    await second.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor();
    const keys = await storedKeys(second);
    assert.ok(keys.length > 0 && keys.every((k) => k.startsWith('bulletin-board/v1/copy/lianyungang-2023-h1')), keys.join());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('clearing the bundled bulletin asks first and brings back its original data', async () => {
    const { page, context } = await t.open();
    await editFirstNote(page, '要清除的修改');
    await listed(page);
    const entry = page.getByTestId('bulletin-entry').first();
    assert.match(await entry.textContent(), /当前打开.*内置通报.*最近修改/s);
    let question = '';
    page.once('dialog', (d) => { question = d.message(); d.accept(); });
    await entry.getByTestId('delete-bulletin').click();
    assert.match(question, /确定要清除对《民生实事.*》的全部修改吗？/);
    await page.getByTestId('project-row').first().locator('td.note', { hasText: /^$/ }).waitFor();
    assert.equal(await page.getByTestId('save-state').textContent(), '未作修改');
    assert.deepEqual(await storedKeys(page), []);
    await context.close();
  });

  test('a page that switched bulletins ignores another tab editing the one it left', async () => {
    const { page, context, problems } = await t.open();
    await importNew(page, 'other.json', await anotherBulletin());
    const other = await t.tab(context);
    await editFirstNote(other, '另一个标签页改了内置通报');
    await page.waitForTimeout(300);
    assert.equal(await heading(page), '某市2024年民生实事项目进展情况督查通报');
    await editFirstNote(page, '本页仍然可用');
    assert.equal(await firstNote(page), '本页仍然可用');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a snapshot of a bulletin kept here switches to it and previews the replacement', async () => {
    const { page, context } = await t.open();
    const other = await anotherBulletin();
    await importNew(page, 'other.json', other);
    await listed(page);
    await page.getByTestId('bulletin-entry').first().getByTestId('open-bulletin').click();
    await headingStarts(page, '民生实事');

    other.projects[0].note = '第二次发来的快照';
    await page.getByTestId('import-file').setInputFiles(file('other-2.json', JSON.stringify(other)));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    assert.equal(await heading(page), other.title);
    assert.match(await preview.textContent(), /修改（1）/);
    await replaceWithSnapshot(page, '第二次发来的快照');
    assert.equal(await firstNote(page), '第二次发来的快照');
    await context.close();
  });

  test('a new bulletin that no longer fits in storage still opens, with a plain warning', async () => {
    const context = await t.context({ init: fullable });
    const page = await t.tab(context);
    await setFull(page, true);
    const other = await anotherBulletin();
    await page.getByTestId('import-file').setInputFiles(file('other.json', JSON.stringify(other)));
    await headingStarts(page, '某市2024年');
    assert.match(
      await page.getByTestId('notice').last().textContent(),
      /已打开“other\.json”.*但浏览器存储空间已满，无法保存在本浏览器中.*请及时导出 JSON/,
    );
    assert.equal(await page.getByTestId('result-count').textContent(), '5');
    await context.close();
  });

  test('names full of HTML, in a snapshot and its file name, are shown as text everywhere', async () => {
    const { page, context, problems } = await t.open();
    const hostile = await anotherBulletin();
    hostile.title = '<img src=x onerror="window.__pwned=1">通报';
    hostile.projects[0].name = '<script>window.__pwned=2</script>项目';
    await importNew(page, '<b>快照</b>.json', hostile);
    assert.match(await page.getByTestId('notice').last().textContent(), /已把“<b>快照<\/b>\.json”作为新的通报《<img src=x onerror="window\.__pwned=1">通报》打开/);
    assert.equal(await heading(page), hostile.title);
    assert.match(await page.getByTestId('project-row').first().textContent(), /<script>window\.__pwned=2<\/script>项目/);
    await listed(page);
    assert.match(await page.getByTestId('bulletin-list').textContent(), /<img src=x onerror="window\.__pwned=1">通报/);
    // A second snapshot of it: the preview lists the HTML name as text too.
    hostile.projects[0].note = '<i>改</i>';
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('bulletin-list').count(), 0, 'Escape closes the list at once');
    await page.getByTestId('import-file').setInputFiles(file('again.json', JSON.stringify(hostile)));
    assert.match(await page.getByTestId('import-preview').textContent(), /项目“<script>window\.__pwned=2<\/script>项目”的备注/);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('.notice img, .dialog img, .dialog script, h1 img').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an address naming a bulletin this browser does not have says so and shows the bundled one', async () => {
    const { page, context } = await t.open('?bulletin=not-here');
    assert.match(await page.getByTestId('notice').textContent(), /无法打开通报“not-here”：本浏览器中没有保存这份通报/);
    assert.match(await heading(page), /^民生实事/);
    assert.equal(new URL(page.url()).search, '', 'the address names what is shown');
    await context.close();
  });
});
