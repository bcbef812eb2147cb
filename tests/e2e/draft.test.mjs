// End to end: 新建通报 from the office's own notice — its text pasted or its Word document
// opened, read in the draft worker, reviewed value by value beside its sentence, corrected,
// and accepted as a bulletin that shows the notice's figures and keeps its text.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, countIs, headingIs, reopen, useBrowser } from './browser.mjs';
import { makeDocx, makeZip } from './docx.mjs';

const t = useBrowser();
const SEED = await readFile(join(ROOT, 'docs/source/bulletin-2023-h1.zh-Hans.txt'), 'utf8');
const text = (page, testId) => page.getByTestId(testId).textContent();
const value = (review, path) => review.locator(`[data-testid=draft-value][data-path="${path}"]`);

async function startDraft(page) {
  await page.getByTestId('new-bulletin').click();
  return page.getByTestId('new-bulletin-dialog');
}

/** The review, once all its lines are drawn (a long one is drawn a part at a time). */
async function reviewShown(page) {
  await page.locator('[data-testid=draft-review][aria-busy=false]').waitFor({ timeout: 30000 });
  return page.getByTestId('draft-review');
}

/** The board shows the seed's figures and its ten sectors. */
async function showsTheSeed(page) {
  assert.match(await text(page, 'kpi-items'), /^50\s*件$/);
  assert.match(await text(page, 'kpi-sub-items'), /^160\s*个$/);
  assert.match(await text(page, 'kpi-annual-investment'), /^166\.3\s*亿元$/);
  assert.match(await text(page, 'kpi-completed-investment'), /^100\.1\s*亿元$/);
  assert.equal(await text(page, 'kpi-completion-pct'), '60%');
  assert.match(await text(page, 'kpi-on-schedule'), /^48\s*件$/);
  assert.equal(await page.getByTestId('sector-row').count(), 10);
}

describe('a bulletin from its notice', () => {
  test('pasted, reviewed beside its sentences, corrected and accepted, it shows the notice and keeps its text', async () => {
    const { page, context } = await t.open();
    const dialog = await startDraft(page);
    // Nothing to read is said, and nothing is made.
    await dialog.getByTestId('draft-read').click();
    assert.match(await text(dialog, 'draft-refused'), /请先粘贴通报的正文/);
    await dialog.getByTestId('draft-text').fill(SEED);
    await dialog.getByTestId('draft-read').click();
    const review = await reviewShown(page);
    assert.match(await review.locator('[role=status]').textContent(), /已读取粘贴的文本：\d+ 字，\d+ 句，找到 \d+ 项内容/);

    // Each figure beside the sentence it came from, its words marked.
    const items = value(review, 'summary.items');
    assert.equal(await items.getAttribute('data-value'), '50');
    assert.match(await items.locator('.draft-label').textContent(), /民生实事（件）/);
    assert.match(await items.getByTestId('draft-source').textContent(), /50件民生实事细分为160个子项/);
    assert.equal(await items.locator('mark').textContent(), '50件民生实事');
    for (const [path, v] of [['summary.sub_items', '160'], ['summary.annual_investment', '166.3'], ['summary.completed_investment', '100.1'], ['summary.items_on_schedule', '48']]) {
      assert.equal(await value(review, path).getAttribute('data-value'), v, path);
      assert.ok((await value(review, path).getByTestId('draft-source').textContent()).length > 0, path);
    }
    // A worked-out value says how.
    const target = value(review, 'schedule_target_pct');
    assert.equal(await target.getAttribute('data-value'), '50');
    assert.match(await target.textContent(), /推算.*60 − 10 = 50/);
    // A status in the bulletin's words, never its id.
    assert.equal(await value(review, 'sectors[1].status').locator('.draft-shown').textContent(), '按序时');
    assert.equal(await review.locator('[data-testid=draft-value][data-path$="].name"][data-path^="sectors"]').count(), 10);
    // What the text does not give is asked for, not guessed.
    const region = value(review, 'region');
    assert.equal(await region.getAttribute('data-value'), '未注明');
    // Sentences not read are listed.
    assert.match(await review.getByTestId('draft-unused').locator('summary').textContent(), /未读取内容的句子（\d+ 句）/);

    // A correction is read by the field's rules, and said wrong at the field.
    await items.getByTestId('draft-correct').click();
    await items.locator('input[name=items]').fill('五十');
    await items.getByTestId('draft-fix-save').click();
    assert.match(await items.locator('.field-error').first().textContent(), /非负整数/);
    assert.equal(await items.getAttribute('data-value'), '50');
    await items.locator('input[name=items]').fill('50');
    await items.getByTestId('draft-fix-save').click();
    await region.getByTestId('draft-correct').click();
    await region.locator('input[name=region]').fill('连云港市');
    await region.getByTestId('draft-fix-save').click();
    await review.locator('[data-path=region][data-value="连云港市"]').waitFor();
    // A value dropped is gone from the draft (the preamble, say).
    await value(review, 'preamble').getByTestId('draft-drop').click();
    assert.equal(await value(review, 'preamble').count(), 0);

    await review.getByTestId('draft-accept').click();
    await page.waitForFunction(() => location.search === '?bulletin=bulletin-2023-1');
    await headingIs(page, '民生实事项目上半年进展情况督查通报');
    await showsTheSeed(page);
    assert.match(await page.getByTestId('notice').last().textContent(), /已从通报原文新建《民生实事项目上半年进展情况督查通报》/);
    // The notice's text is kept with it, as text.
    const original = page.getByTestId('source-text');
    await original.locator('summary').click();
    assert.equal((await original.locator('.original-body').textContent()), SEED);
    // Kept as it was made (nothing edited since): there after a reload.
    await reopen(page);
    await showsTheSeed(page);
    assert.equal(await page.getByTestId('source-text').locator('.original-body').textContent(), SEED);
    assert.equal(await page.locator('.site-header .region').textContent(), '连云港市');
    await context.close();
  });

  test('the same notice as a Word document gives the same bulletin', async () => {
    const { page, context } = await t.open();
    const lines = SEED.split('\n');
    const docx = makeDocx(lines);
    const dialog = await startDraft(page);
    await dialog.getByTestId('draft-file').setInputFiles({
      name: '2023年上半年民生实事督查通报.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    assert.match(await dialog.textContent(), /已选择：2023年上半年民生实事督查通报\.docx/);
    await dialog.getByTestId('draft-read').click();
    const review = await reviewShown(page);
    assert.match(await review.locator('[role=status]').textContent(), /已读取Word 文档.*文件 [\d.]+ KB，正文 \d+ 段，表格 0 个/);
    assert.equal(await value(review, 'summary.items').getAttribute('data-value'), '50');
    await review.getByTestId('draft-accept').click();
    await page.waitForFunction(() => location.search.startsWith('?bulletin=bulletin-2023-'));
    await showsTheSeed(page);
    await context.close();
  });

  test('a table in a Word document gives its projects', async () => {
    const { page, context } = await t.open();
    const docx = makeDocx([
      '某市民生实事项目1至9月进展情况督查通报',
      '截至9月底，全市20件民生实事完成投资12.5亿元，占年度计划的70%。',
      { table: [['项目名称', '牵头单位', '备注'], ['老旧小区改造', '市住建局', '进度滞后'], ['城区停车场建设', '市城管局', '']] },
    ]);
    const dialog = await startDraft(page);
    await dialog.getByTestId('draft-file').setInputFiles({ name: '通报.docx', mimeType: 'application/octet-stream', buffer: docx });
    await dialog.getByTestId('draft-read').click();
    const review = await reviewShown(page);
    assert.match(await review.locator('[role=status]').textContent(), /表格 1 个/);
    const names = await review.locator('[data-testid=draft-value][data-path^="projects["][data-path$="].name"]').evaluateAll((all) => all.map((e) => e.dataset.value));
    assert.deepEqual(names, ['老旧小区改造', '城区停车场建设']);
    assert.equal(await value(review, 'projects[0].lead_unit').getAttribute('data-value'), '市住建局');
    await context.close();
  });

  test('files that are not notices are refused in words, and nothing is made', async () => {
    const { page, context } = await t.open();
    const dialog = await startDraft(page);
    const open = async (file) => {
      await dialog.getByTestId('draft-file').setInputFiles(file);
      await dialog.getByTestId('draft-read').click();
      await page.waitForFunction(() => document.querySelector('[data-testid=draft-refused]')?.textContent.length > 0);
      const said = await text(dialog, 'draft-refused');
      return said;
    };
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    assert.match(await open({ name: '旧通报.doc', mimeType: 'application/msword', buffer: doc }), /旧的 Word 格式（\.doc）.*另存为 \.docx/);
    const noBody = makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }]);
    assert.match(await open({ name: '空.docx', mimeType: 'application/octet-stream', buffer: noBody }), /不是有效的 Word 文档.*没有正文/);
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0xfd, 0x00, 0x80, 0x81]);
    assert.match(await open({ name: '图片.png', mimeType: 'image/png', buffer: binary }), /不是文本文件，也不是 Word 文档/);
    assert.equal(await page.getByTestId('draft-review').count(), 0);
    assert.equal(await page.evaluate(() => location.search), '');
    await context.close();
  });

  test('a text file saved by Chinese Windows (GB18030) is read', async () => {
    const { page, context } = await t.open();
    const gbk = execFileSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("gb18030"))'], { input: SEED });
    const dialog = await startDraft(page);
    await dialog.getByTestId('draft-file').setInputFiles({ name: '通报.txt', mimeType: 'text/plain', buffer: gbk });
    await dialog.getByTestId('draft-read').click();
    const review = await reviewShown(page);
    assert.equal(await value(review, 'summary.annual_investment').getAttribute('data-value'), '166.3');
    assert.match(await value(review, 'title').getAttribute('data-value'), /民生实事项目上半年进展情况督查通报/);
    // Back to the text and out: nothing made, and the board as it was.
    await review.getByRole('button', { name: '返回修改原文' }).click();
    await dialog.getByTestId('draft-text').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await countIs(page, 17);
    await context.close();
  });

  test('closing the dialog while a long notice is read loses nothing and says nothing wrong', async () => {
    const { page, context } = await t.open();
    const long = SEED.repeat(40);
    let dialog = await startDraft(page);
    await dialog.getByTestId('draft-text').fill(long);
    await dialog.getByTestId('draft-read').click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Read again, twice in a row: the review is of the last text given.
    dialog = await startDraft(page);
    // In one go, so that the second 读取 comes while the first is read.
    await page.evaluate(([long, seed]) => {
      const area = document.querySelector('[data-testid=draft-text]');
      const read = document.querySelector('[data-testid=draft-read]');
      for (const text of [long, seed]) {
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        read.click();
      }
    }, [long, SEED]);
    const review = await reviewShown(page);
    assert.match(await review.locator('[role=status]').textContent(), new RegExp(`${[...SEED].length} 字`));
    await countIs(page, 17);
    await context.close();
  });
});
