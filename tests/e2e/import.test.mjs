// End to end: sharing a snapshot — export, import by file, drop and paste, and bad files.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { bundledBulletin, firstNote, jsonFile as file, replaceWithSnapshot, useBrowser } from './browser.mjs';

const t = useBrowser();

describe('sharing snapshots', () => {
  test('an exported snapshot imported in a fresh browser profile reproduces the page', async () => {
    const first = await t.open();
    await first.page.getByTestId('edit-project').first().click();
    await first.page.getByTestId('project-editor').locator('textarea[name=note]').fill('随快照发送的备注');
    await first.page.getByTestId('save-project').click();
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByTestId('export-json').click()]);
    const exported = await readFile(await download.path());
    const kpis = await first.page.locator('.kpis').textContent();
    await first.context.close();

    const { page, context, problems } = await t.open();
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    assert.equal(await firstNote(page), '');
    await page.getByTestId('import-file').setInputFiles(file('shared.json', exported));
    const preview = page.getByTestId('import-preview');
    assert.match(await preview.textContent(), /修改（1）.*项目“金山中学建设项目”的备注/s);
    // The file was read, validated and compared off the page's thread.
    assert.ok(workers.some((u) => u.endsWith('/import_worker_loader.js')), workers.join());
    await replaceWithSnapshot(page, '随快照发送的备注');
    assert.equal(await firstNote(page), '随快照发送的备注');
    assert.equal(await page.locator('.kpis').textContent(), kpis);
    await page.getByTestId('undo').click();
    assert.equal(await firstNote(page), '', 'an import is one undoable step');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an invalid file lists every problem and changes nothing', async () => {
    const { page, context } = await t.open();
    const bad = await bundledBulletin();
    bad.projects[3].sector = 'nowhere';
    bad.sectors[0].items = '六';
    await page.getByTestId('import-file').setInputFiles(file('bad.json', JSON.stringify(bad)));
    const notice = await page.getByTestId('notice').textContent();
    assert.match(notice, /无法导入“bad\.json”，共发现 2 处问题（当前数据没有改动）/);
    // The reader's words first, the path after them as where to look in the file.
    assert.match(notice, /第 1 个领域的实事件数：应为非负整数，实际是文本“六”（位置：sectors\[0\]\.items）/);
    assert.match(notice, /第 4 个项目的所属领域：引用了不存在的领域“nowhere”.*（位置：projects\[3\]\.sector）/);
    assert.equal(await page.getByTestId('import-preview').count(), 0);
    assert.equal(await page.getByTestId('save-state').textContent(), '未作修改');
    await context.close();
  });

  for (const [what, name, bytes, words] of [
    ['an empty file', 'empty.json', '', /文件是空的/],
    ['a binary file', 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]), /不是文本文件/],
    ['a file cut short', 'cut.json', '{"format": "minsheng-bulletin", "version": 1, "id"', /第 1 行第 \d+ 列：文件不完整/],
    ['a file that is far too big', 'huge.json', Buffer.alloc(21 * 1024 * 1024, 0x20), /文件太大（21\.0 MB），最多 20 MB/],
  ]) {
    test(`${what} gets its own plain message`, async () => {
      const { page, context } = await t.open();
      await page.getByTestId('import-file').setInputFiles(file(name, bytes));
      assert.match(await page.getByTestId('notice').textContent(), words);
      assert.equal(await page.getByTestId('result-count').textContent(), '17');
      await context.close();
    });
  }

  test('a file dropped anywhere on the page, and pasted JSON, are imported the same way', async () => {
    const { page, context } = await t.open();
    const snapshot = await bundledBulletin();
    snapshot.projects[0].note = '拖放导入';
    const text = JSON.stringify(snapshot);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document.querySelector('.ledger').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.getByTestId('import-preview').waitFor();
    await replaceWithSnapshot(page, '拖放导入');
    assert.equal(await firstNote(page), '拖放导入');

    snapshot.projects[0].note = '粘贴导入';
    await page.getByTestId('import-paste').click();
    await page.getByTestId('import-text').fill(JSON.stringify(snapshot));
    await page.getByTestId('import-text-submit').click();
    await replaceWithSnapshot(page, '粘贴导入');
    assert.equal(await firstNote(page), '粘贴导入');
    await page.getByTestId('import-paste').click();
    await page.getByTestId('import-text').fill('{ 不是 JSON');
    await page.getByTestId('import-text-submit').click();
    assert.match(await page.getByTestId('notice').textContent(), /无法导入“粘贴的内容”.*第 1 行第 3 列/s);
    assert.equal(await firstNote(page), '粘贴导入', 'nothing lost');
    await context.close();
  });
});

test('CSV of all projects, whatever the ledger filter', async () => {
  const { page, context } = await t.open('?sector=ecology');
  assert.equal(await page.getByTestId('result-count').textContent(), '2');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-all').click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.startsWith('\ufeff项目名称,'));
  assert.equal(text.trimEnd().split('\r\n').length, 1 + 17);
  await context.close();
});
