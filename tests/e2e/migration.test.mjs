// End to end: a profile written by the release before the IndexedDB store (0b71824: copies,
// history and an imported bulletin in localStorage, captured from that release into
// fixtures/profile-0b71824.json) opens with every edit and its history, and localStorage
// is left as it was.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { countIs, earlierProfile, noteOf, reopen, useBrowser, writeLocalStorage } from './browser.mjs';
import { storedKeys } from './store.mjs';

const t = useBrowser();
let profile;

before(async () => {
  profile = await earlierProfile();
});

describe('moving an earlier profile into the store', () => {
  test('every edit, its history and the imported bulletin come along', async () => {
    const context = await t.context();
    const { problems } = context;
    const page = await context.newPage();
    // The profile as the earlier release left it, before this release first starts.
    await t.offApp(page);
    await writeLocalStorage(page, profile);
    await t.show(page);
    assert.equal(await noteOf(page, 'ganyu-jinshan-middle-school'), '迁移前的第一处修改');
    assert.equal(await noteOf(page, 'xinhai-senior-kaifaqu-campus'), '迁移前的第二处修改');
    assert.match(await page.getByTestId('save-state').textContent(), /2 处修改/);
    // The bundled bulletin has been corrected since that release: the two edits were moved
    // onto the corrected text, and the reader is told.
    assert.match(await page.getByTestId('notice').first().textContent(), /已把您的 2 步修改重新应用到更新后的数据上/);
    assert.deepEqual(
      (await storedKeys(page)).sort(),
      [
        'bulletin-board/v1/copy/imported-before-2024',
        'bulletin-board/v1/copy/lianyungang-2023-h1',
        'bulletin-board/v1/original/imported-before-2024',
      ],
    );

    // The history came along: undo takes back the later edit, and that is saved too.
    await page.getByTestId('undo').click();
    assert.equal(await noteOf(page, 'xinhai-senior-kaifaqu-campus'), '');
    await page.getByTestId('save-state').filter({ hasText: '1 处修改' }).waitFor();
    await page.waitForTimeout(200);
    await reopen(page);
    assert.equal(await noteOf(page, 'xinhai-senior-kaifaqu-campus'), '');
    assert.equal(await noteOf(page, 'ganyu-jinshan-middle-school'), '迁移前的第一处修改');
    assert.equal(await page.getByTestId('redo').isDisabled(), false, 'the undone step can be redone');

    // The imported bulletin is listed and opens with its own edit.
    await page.getByTestId('switch-bulletin').click();
    const entry = page.getByTestId('bulletin-entry').filter({ hasText: '迁移前导入的通报' });
    await entry.getByTestId('open-bulletin').click();
    await page.waitForFunction(() => location.search.includes('imported-before-2024'));
    // The address changes first; the bulletin (4 projects) opens once read from the store.
    await countIs(page, 4);
    assert.equal(await noteOf(page, 'xinhai-junior-xincheng-campus'), '导入通报的修改');

    // localStorage is as the earlier release left it.
    const left = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
    assert.deepEqual(left, profile);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
