// End to end: a bulletin of 20,000 projects imported into this browser keeps its edits
// across a reload (localStorage could not hold it; the store can).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  bundledBulletin, countIs, editFirstNote, firstNote, headingIs, jsonFile, repeatProjects, useBrowser,
} from './browser.mjs';

const t = useBrowser();

describe('a large bulletin', () => {
  test('20,000 imported projects: an edit survives a reload', { timeout: 180000 }, async () => {
    const big = repeatProjects(await bundledBulletin(), 20000);
    big.id = 'large-20000';
    big.title = '两万个项目的通报';
    const text = JSON.stringify(big);
    const { page, context, problems } = await t.open();
    await page.getByTestId('import-file').setInputFiles(jsonFile('large.json', text));
    await headingIs(page, '两万个项目的通报', { timeout: 60000 });
    await countIs(page, 20000, { timeout: 60000 });
    await editFirstNote(page, '两万个项目中的修改');
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 60000 });
    await page.reload();
    await countIs(page, 20000, { timeout: 60000 });
    assert.equal(await firstNote(page), '两万个项目中的修改');
    assert.equal(await page.getByTestId('save-warning').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
