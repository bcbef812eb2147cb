// End to end: the ways a user's work used to be lost (issue 10, cases 1–10), each as it
// was reproduced against the earlier release. Every test here failed before the fix.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import {
  anotherBulletin, bundledBulletin, editFirstNote, editNote, firstNote, headingIs, headingStarts, jsonFile as file,
  noteOf, reopen, row, saved, useBrowser,
} from './browser.mjs';
import { COPY, fullable, putCopy, setAside, setFull, startFull, storedText } from './store.mjs';

/** Nested arrays `depth` deep around a string. */
function nested(depth) {
  let v = 'deep';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const t = useBrowser(async () => {
  const same = await bundledBulletin();
  same.title = '同一编号的另一份文件';
  same.projects = same.projects.slice(0, 3);
  const deep = await bundledBulletin();
  // 126 arrays inside the top-level object: 127 levels, the deepest a bulletin may be. Its
  // stored copy wraps it deeper than serde_json's default reader goes.
  deep.annex = nested(126);
  return {
    'same-id.json': JSON.stringify(same),
    'deep.json': JSON.stringify(deep),
  };
});

describe('nothing a user made is lost', () => {
  test('1. an editor opened after a delete writes to its own project, even after Ctrl+Z under the dialog', async () => {
    const { page, context, problems } = await t.open();
    page.once('dialog', (d) => d.accept());
    await page.getByTestId('edit-project').first().click();
    await page.getByTestId('delete-project').click();
    await page.getByTestId('project-editor').waitFor({ state: 'detached' });
    await row(page, 'changxuhu-nine-year-school').getByTestId('edit-project').click();
    const editor = page.getByTestId('project-editor');
    const note = editor.locator('textarea[name=note]');
    await note.fill('写给昌圩湖的备注');
    await editor.locator('h2').click();
    // Under the dialog Ctrl+Z belongs to the form (the browser takes back the typing); the
    // board's undo must not bring the deleted project back underneath it.
    await page.keyboard.press('Control+z');
    assert.equal(await row(page, 'ganyu-jinshan-middle-school').count(), 0);
    await note.fill('写给昌圩湖的备注');
    await page.getByTestId('save-project').click();
    await editor.waitFor({ state: 'detached' });
    assert.equal(await noteOf(page, 'changxuhu-nine-year-school'), '写给昌圩湖的备注');
    assert.equal(await noteOf(page, 'xinhai-junior-keyuan-road-campus'), '');
    // The undo shortcut did nothing under the dialog: the delete is still there.
    assert.equal(await row(page, 'ganyu-jinshan-middle-school').count(), 0);
    await page.locator('.changes summary').click();
    const labels = await page.getByTestId('change').allTextContents();
    assert.ok(labels.some((l) => l.includes('昌圩湖') && l.includes('写给昌圩湖的备注')), labels.join('\n'));
    assert.ok(!labels.some((l) => l.includes('科苑路') && l.includes('写给昌圩湖的备注')), labels.join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('1b. another tab deleting a project while the editor is open does not redirect the edit', async () => {
    const { page, context } = await t.open();
    const other = await t.tab(context);
    await row(page, 'changxuhu-nine-year-school').getByTestId('edit-project').click();
    await page.getByTestId('project-editor').locator('textarea[name=note]').fill('另一个标签页删除之后');
    other.once('dialog', (d) => d.accept());
    await other.getByTestId('edit-project').first().click();
    await other.getByTestId('delete-project').click();
    await page.getByTestId('notice').filter({ hasText: '另一个标签页修改了这份通报' }).waitFor();
    await page.getByTestId('save-project').click();
    assert.equal(await noteOf(page, 'changxuhu-nine-year-school'), '另一个标签页删除之后');
    assert.equal(await noteOf(page, 'xinhai-junior-keyuan-road-campus'), '');
    assert.equal(await row(page, 'ganyu-jinshan-middle-school').count(), 0);
    await context.close();
  });

  test('1c. deleting a requirement removes that requirement, even after another was deleted', async () => {
    const { page, context } = await t.open();
    const other = await t.tab(context);
    const titles = () => page.getByTestId('requirement').locator('h3').allTextContents();
    await page.getByTestId('edit-requirement').nth(1).click();
    // Meanwhile the first requirement is deleted in the other tab.
    other.once('dialog', (d) => d.accept());
    await other.getByTestId('edit-requirement').first().click();
    await other.getByTestId('delete-record').click();
    await page.getByTestId('notice').filter({ hasText: '另一个标签页修改了这份通报' }).waitFor();
    page.once('dialog', (d) => d.accept());
    await page.getByTestId('delete-record').click();
    await page.getByTestId('record-editor').waitFor({ state: 'detached' });
    const left = await titles();
    assert.equal(left.length, 1, left.join());
    assert.match(left[0], /强化统筹协调/);
    await context.close();
  });

  test('2. two tabs saving at the same moment both keep their edit', async () => {
    const context = await t.context();
    // A tab writes a step in the task after it (a timer). With the clock of every page
    // paused, both tabs have applied their step before either writes: truly the same moment.
    await context.clock.install();
    const open = () => t.tab(context);
    const a = await open();
    const b = await open();
    for (const [page, id, note] of [[a, 'changxuhu-nine-year-school', '甲'], [b, 'xinhai-senior-kaifaqu-campus', '乙']]) {
      await row(page, id).getByTestId('edit-project').click();
      await page.getByTestId('project-editor').locator('textarea[name=note]').fill(note);
    }
    await context.clock.pauseAt(Date.now() + 1000);
    await a.waitForTimeout(100); // timers due before the pause run out
    await a.getByTestId('save-project').click();
    await b.getByTestId('save-project').click();
    // Both steps are applied and neither is written yet.
    assert.equal(await storedText(a, COPY), undefined);
    await context.clock.resume();
    for (const page of [a, b]) await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor();
    await a.waitForTimeout(300);
    const fresh = await open();
    assert.equal(await noteOf(fresh, 'changxuhu-nine-year-school'), '甲');
    assert.equal(await noteOf(fresh, 'xinhai-senior-kaifaqu-campus'), '乙');
    await context.close();
  });

  test('3. an edit that could not be saved survives another tab saving, and is saved once it can be', async () => {
    const context = await t.context({ init: fullable });
    const a = await context.newPage();
    const b = await context.newPage();
    for (const page of [a, b]) await t.show(page);
    await setFull(a, true);
    await editNote(a, 'changxuhu-nine-year-school', '甲：存储已满时的修改');
    await a.getByTestId('save-warning').waitFor();
    await setFull(a, false);
    await editNote(b, 'xinhai-senior-kaifaqu-campus', '乙的修改');
    await a.locator('[data-project-id=xinhai-senior-kaifaqu-campus] td.note', { hasText: '乙的修改' }).waitFor();
    assert.equal(await noteOf(a, 'changxuhu-nine-year-school'), '甲：存储已满时的修改');
    await a.getByTestId('save-warning').waitFor({ state: 'detached' });
    await reopen(a);
    assert.equal(await noteOf(a, 'changxuhu-nine-year-school'), '甲：存储已满时的修改');
    assert.equal(await noteOf(a, 'xinhai-senior-kaifaqu-campus'), '乙的修改');
    await context.close();
  });

  test('4. with storage blocked the bulletin list opens, import works in memory, a warning stays', async () => {
    const context = await t.context({
      init: () => {
        const deny = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Object.defineProperty(window, 'localStorage', { get: deny, configurable: true });
        Object.defineProperty(window, 'indexedDB', { get: deny, configurable: true });
      },
    });
    const { problems } = context;
    const page = await t.tab(context);
    await page.getByTestId('save-warning').waitFor();
    for (let i = 0; i < 2; i++) {
      await page.getByTestId('switch-bulletin').click();
      const list = page.getByTestId('bulletin-list');
      await list.getByTestId('bulletin-entry').first().waitFor();
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'detached' });
    }
    await page.getByTestId('import-file').setInputFiles(file('other.json', JSON.stringify(await anotherBulletin())));
    await headingStarts(page, '某市2024年');
    assert.equal(await page.getByTestId('result-count').textContent(), '5');
    await editFirstNote(page, '只在本页中的修改');
    assert.equal(await firstNote(page), '只在本页中的修改');
    await page.getByTestId('save-warning').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('5. going Back right after an import leaves a working page', async () => {
    const { page, context, problems } = await t.open();
    await page.getByTestId('import-file').setInputFiles(file('other.json', JSON.stringify(await anotherBulletin())));
    await page.waitForFunction(() => location.search.includes('bulletin=another-city-2024'));
    await page.goBack();
    await headingStarts(page, '民生实事');
    await page.waitForTimeout(400);
    await editFirstNote(page, '返回之后的修改');
    assert.equal(await firstNote(page), '返回之后的修改');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('6. a deeply nested (valid) document keeps its edits across a reload', async () => {
    const { page, context, problems } = await t.open('?src=/fixtures/deep.json');
    await editFirstNote(page, '深层文件的修改');
    await page.waitForTimeout(200);
    await reopen(page);
    assert.equal(await firstNote(page), '深层文件的修改');
    assert.equal(await page.getByTestId('notice').filter({ hasText: '损坏' }).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('7. an unreadable copy that could not be set aside is never overwritten', async () => {
    const context = await t.context({ init: fullable });
    const page = await context.newPage();
    await t.offApp(page);
    await putCopy(page, COPY, '{"format": "minsheng-bulletin-workbench", "cur');
    await context.addInitScript(startFull);
    await t.show(page);
    await page.getByTestId('notice').filter({ hasText: '未能另存' }).waitFor();
    await setFull(page, false);
    await editFirstNote(page, '一处小修改');
    await page.waitForTimeout(200);
    assert.equal(await storedText(page, COPY), '{"format": "minsheng-bulletin-workbench", "cur');
    assert.deepEqual(await setAside(page, COPY), []);
    assert.match(await page.getByTestId('save-warning').textContent(), /为免覆盖/);
    assert.equal(await firstNote(page), '一处小修改');
    await context.close();
  });

  test('8. a new bulletin storage could not keep is kept with its edits once storage frees up', async () => {
    const context = await t.context({ init: fullable });
    const page = await t.tab(context);
    await setFull(page, true);
    await page.getByTestId('import-file').setInputFiles(file('other.json', JSON.stringify(await anotherBulletin())));
    await headingStarts(page, '某市2024年');
    await page.getByTestId('notice').filter({ hasText: '无法保存在本浏览器中' }).waitFor();
    await setFull(page, false);
    await editFirstNote(page, '存储腾出后的修改');
    await saved(page);
    await reopen(page);
    assert.match(await page.locator('h1').textContent(), /^某市2024年/);
    assert.equal(await firstNote(page), '存储腾出后的修改');
    await context.close();
  });

  test('9. a site file that shares an edited bulletin\'s id gets a copy of its own', async () => {
    const { page, context } = await t.open();
    await editFirstNote(page, '内置通报的修改');
    await t.show(page, '?src=/fixtures/same-id.json');
    assert.equal(await page.locator('h1').textContent(), '同一编号的另一份文件');
    assert.equal(await page.getByTestId('result-count').textContent(), '3');
    assert.equal(await firstNote(page), '');
    await editFirstNote(page, '网站文件的修改');
    await page.waitForTimeout(200);
    await t.show(page);
    assert.match(await page.locator('h1').textContent(), /^民生实事/);
    assert.equal(await page.getByTestId('result-count').textContent(), '17');
    assert.equal(await firstNote(page), '内置通报的修改');
    await t.show(page, '?src=/fixtures/same-id.json');
    assert.equal(await firstNote(page), '网站文件的修改');
    await context.close();
  });

  test('10. export keeps numbers as written, and an out-of-range figure is said to be one', async () => {
    const { page, context } = await t.open();
    const other = await anotherBulletin();
    const text = JSON.stringify(other).replace(
      /^\{/,
      '{"huge": 123456789012345678901234567890, "hundred": 1E2, "negative_zero": -0, "tiny": 1.50,',
    );
    const withHuge = JSON.parse(JSON.stringify(other));
    withHuge.sectors[0].completed_investment = 1e300;
    await page.getByTestId('import-file').setInputFiles(file('other.json', text));
    await headingStarts(page, '某市2024年');
    await editFirstNote(page, '导出前的修改');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const exported = await readFile(await download.path(), 'utf8');
    assert.match(exported, /"huge": 123456789012345678901234567890,/);
    // Spelled as the file spells it, not as serde_json would (`1e+2`).
    assert.match(exported, /"hundred": 1E2,/);
    assert.match(exported, /"negative_zero": -0,/);
    assert.match(exported, /"tiny": 1.50,/);

    withHuge.id = 'huge-figures';
    withHuge.title = '数字过大的通报';
    await page.getByTestId('import-file').setInputFiles(file('huge.json', JSON.stringify(withHuge)));
    // The address changes first; the bulletin opens once read from the store.
    await headingIs(page, '数字过大的通报');
    await page.waitForSelector('[data-testid=sector-row]');
    const body = await page.locator('main').textContent();
    assert.doesNotMatch(body, /inf|NaN|\d{30}/);
    assert.match(body, /数值超出范围/);
    await context.close();
  });

  test('11. closing the tab right after an edit keeps the edit', async () => {
    const context = await t.context();
    const page = await t.tab(context);
    await page.getByTestId('edit-project').first().click();
    await page.getByTestId('project-editor').locator('textarea[name=note]').fill('关闭标签页前的修改');
    // Save and close at once: the store cannot finish its write before the page is gone.
    await page.evaluate(() => document.querySelector('[data-testid=save-project]').click());
    await page.close({ runBeforeUnload: true });
    const again = await t.tab(context);
    assert.equal(await firstNote(again), '关闭标签页前的修改');
    // It is then stored as usual, and the page's emergency copy is gone.
    await again.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor();
    await again.waitForFunction(() => !Object.keys(localStorage).some((k) => k.includes('/rescue/')));
    await reopen(again);
    assert.equal(await firstNote(again), '关闭标签页前的修改');
    await context.close();
  });
});
