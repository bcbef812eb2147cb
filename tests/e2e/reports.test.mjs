// End to end: reports that leave the browser — the board printed as an A4 report, the
// 通报文稿 as a real .docx with the figures as edited, the filtered ledger as .xlsx, 督办单.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { countIs, useBrowser } from './browser.mjs';

const t = useBrowser();

/** The named parts of a zip file, as text, read by Python's zipfile (a real reader). */
function unzip(path, names) {
  const script = 'import sys, zipfile, json\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n' +
    'print(json.dumps({n: z.read(n).decode("utf-8") for n in sys.argv[2:] if n in z.namelist()} | {"__names": z.namelist()}))';
  return JSON.parse(execFileSync('python3', ['-c', script, path, ...names]).toString());
}

/** The text of a Word XML part, its runs joined. */
const wordText = (xml) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** How many pages a PDF has. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function download(page, testId) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { path, name: file.suggestedFilename() };
}

describe('reports', () => {
  test('printed, the board is an A4 report without controls, its ledger inside the page', async () => {
    // The A4 text block is 156 mm wide: about 590 CSS pixels.
    const { page, context } = await t.open('', { viewport: { width: 590, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    for (const id of ['edit-project', 'undo', 'filter-search', 'export-csv', 'print-report', 'new-bulletin']) {
      assert.equal(await page.getByTestId(id).first().isVisible(), false, id);
    }
    assert.equal(await page.getByTestId('filter-sector').isVisible(), false);
    assert.match(await page.getByTestId('print-head').textContent(), /台账：全部 17 个项目/);
    const widths = await page.evaluate(() => {
      const table = document.querySelector('.project-table').getBoundingClientRect();
      const cells = [...document.querySelectorAll('.project-table thead th')].map((th) => th.getBoundingClientRect().right);
      return { page: document.documentElement.clientWidth, table: table.right, last: Math.max(...cells) };
    });
    assert.ok(widths.table <= widths.page + 1, JSON.stringify(widths));
    assert.ok(widths.last <= widths.page + 1, JSON.stringify(widths));
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const n = pages(pdf);
    console.log(`bundled bulletin printed: ${n} pages of A4`);
    assert.ok(n >= 2 && n <= 30, `${n} pages`);
    await context.close();
  });

  test('the 通报文稿 downloads as a .docx with the figures as edited', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('edit-summary').click();
    const editor = page.getByTestId('record-editor');
    await editor.locator('[name=items]').fill('51');
    await editor.getByTestId('save-record').click();
    await editor.waitFor({ state: 'detached' });
    const { path, name } = await download(page, 'export-docx');
    assert.match(name, /^民生实事项目上半年进展情况督查通报-\d{4}-\d{2}-\d{2}\.docx$/);
    const parts = unzip(path, ['word/document.xml', 'word/settings.xml']);
    const text = wordText(parts['word/document.xml']);
    assert.match(text, /民生实事项目上半年进展情况督查通报/);
    assert.match(text, /一、总体情况/);
    assert.match(text, /51件民生实事/);
    assert.doesNotMatch(text, /50件民生实事/);
    for (const sector of ['教育惠民', '卫生健康', '就业创业', '交通出行', '宜居环境', '乡村振兴', '生态治理', '公共安全', '文体生活', '社会保障']) {
      assert.ok(text.includes(sector), sector);
    }
    assert.match(parts['word/document.xml'], /w:pgSz w:w="11906" w:h="16838"/);
    assert.ok(parts.__names.some((n) => /^word\/footer\d*\.xml$/.test(n)), parts.__names.join());
    await context.close();
  });

  test('the filtered ledger downloads as an .xlsx, one row a project', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('filter-sector').locator('label', { hasText: '交通出行' }).locator('input').check();
    await countIs(page, 5);
    const { path, name } = await download(page, 'export-xlsx');
    assert.match(name, /台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const parts = unzip(path, ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml']);
    const rows = parts['xl/worksheets/sheet1.xml'].match(/<row /g).length;
    assert.equal(rows, 6, 'the header and five projects');
    assert.match(parts['xl/worksheets/sheet1.xml'], /state="frozen"/);
    assert.match(parts['xl/sharedStrings.xml'], /项目名称/);
    assert.match(parts['xl/sharedStrings.xml'], /秦东门大街东延/);
    assert.match(parts['xl/workbook.xml'], /问题项目台账/);
    // The attachment table is the second sheet.
    assert.match(parts['xl/workbook.xml'], /附件汇总表/);
    await context.close();
  });

  test('督办单: one sheet from a row, all the ledger shows at once, printed a page each', async () => {
    const { page, context } = await t.open();
    const row = page.locator('.project-table [data-project-id=ganyu-jinshan-middle-school]');
    await row.getByTestId('print-dubandan').click();
    const dialog = page.getByTestId('dubandan');
    await dialog.waitFor();
    assert.equal(await dialog.getByTestId('dubandan-sheet').count(), 1);
    const sheet = await dialog.getByTestId('dubandan-sheet').textContent();
    assert.match(sheet, /民生实事项目督办单/);
    assert.match(sheet, /金山中学/);
    assert.match(sheet, /赣榆区/);
    assert.match(sheet, /承办单位反馈/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.equal(pages(await page.pdf({ format: 'A4' })), 1);
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('print-dubandan-all').click();
    await dialog.waitFor();
    assert.equal(await dialog.getByTestId('dubandan-sheet').count(), 17);
    await page.emulateMedia({ media: 'print' });
    assert.equal(pages(await page.pdf({ format: 'A4' })), 17);
    await context.close();
  });

  test('read-only keeps the reports', async () => {
    const { page, context } = await t.open('?mode=view');
    for (const id of ['print-report', 'export-docx', 'export-xlsx', 'export-csv']) {
      assert.equal(await page.getByTestId(id).count(), 1, id);
    }
    assert.ok((await page.getByTestId('print-dubandan').count()) > 0);
    await context.close();
  });
});

describe('the 通报文稿 in the page', () => {
  test('is rebuilt from the data, shows its parts and attachment, and prints alone', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('edit-summary').click();
    const editor = page.getByTestId('record-editor');
    await editor.locator('[name=items]').fill('52');
    await editor.getByTestId('save-record').click();
    await editor.waitFor({ state: 'detached' });
    await page.getByTestId('show-report').click();
    const doc = page.getByTestId('report-view');
    await doc.waitFor();
    const text = await doc.locator('.report-document').textContent();
    assert.match(text, /一、总体情况/);
    assert.match(text, /52件民生实事/);
    assert.match(text, /（一）教育惠民方面/);
    assert.match(text, /推进未达序时民生实事项目及存在问题汇总表/);
    assert.ok((await doc.locator('.doc-attachment tbody tr').count()) > 0);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.equal(await doc.locator('.report-document').isVisible(), true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    console.log(`通报文稿 printed: ${pages(pdf)} pages of A4`);
    await context.close();
  });
});
