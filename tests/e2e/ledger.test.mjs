// End to end: the problem ledger's facets, search, sorting, URL state and CSV export.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { bundledBulletin, countIs, repeatProjects, useBrowser } from './browser.mjs';

// 20,000 projects: the bundled ones repeated under new ids, for the virtualised table.
const t = useBrowser(async () => ({ 'big.json': JSON.stringify(repeatProjects(await bundledBulletin(), 20000)) }));

const count = async (page) => Number(await page.getByTestId('result-count').textContent());
const rowIds = (page) =>
  page.getByTestId('project-row').evaluateAll((rows) => rows.map((r) => r.dataset.projectId));
const option = (page, facet, label) =>
  page.getByTestId(facet).locator('label', { hasText: label }).locator('input');
const query = (page) => new URL(page.url()).searchParams;

describe('the ledger', () => {
  test('facet controls filter by sector, then problem type, and the URL follows', async () => {
    const { page, context, problems } = await t.open();
    assert.equal(await count(page), 17);
    await option(page, 'filter-sector', '交通出行').check();
    assert.equal(await count(page), 5);
    assert.equal((await rowIds(page)).length, 5);
    assert.deepEqual(query(page).getAll('sector'), ['transport']);
    // Within transport, the problem type counts are of transport's projects only.
    const funding = page.getByTestId('filter-problem-type').locator('label', { hasText: '资金到位不及时' });
    assert.match(await funding.textContent(), /1$/);
    await option(page, 'filter-problem-type', '资金到位不及时').check();
    assert.deepEqual(await rowIds(page), ['qindongmen-street-east-extension']);
    assert.deepEqual(query(page).getAll('problem'), ['funding']);
    // Another sector in the same facet widens the result (OR), the sector facet keeps its counts.
    await option(page, 'filter-sector', '教育惠民').check();
    assert.equal(await count(page), 3, 'and 教育惠民\'s two funding projects');
    const health = page.getByTestId('filter-sector').locator('label', { hasText: '卫生健康' });
    assert.match(await health.textContent(), /0$/, 'zero is shown, not hidden');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a shared URL restores the view', async () => {
    const { page, context } = await t.open('?sector=transport&problem=coordination&sort=-name');
    assert.equal(await count(page), 3);
    assert.equal(await option(page, 'filter-sector', '交通出行').isChecked(), true);
    assert.equal(await option(page, 'filter-problem-type', '对接协调难度大').isChecked(), true);
    assert.equal(await page.locator('th[aria-sort=descending] button').getAttribute('data-sort'), 'name');
    assert.equal(await page.getByTestId('notice').count(), 0);
    await context.close();
  });

  test('comma-separated values work; unknown ids and parameters are ignored with a notice', async () => {
    const url = '?sector=transport,education,nowhere&status=late&zzz=%ZZ&problem=';
    const { page, context } = await t.open(url);
    assert.equal(await count(page), 11);
    const notice = await page.getByTestId('notice').textContent();
    assert.match(notice, /链接中的部分筛选条件无法识别/);
    assert.match(notice, /领域“nowhere”不存在/);
    assert.match(notice, /状态“late”不存在/);
    assert.match(notice, /参数“zzz”无法识别/);
    assert.deepEqual(query(page).getAll('sector'), ['education', 'transport'], 'URL cleaned up');
    await context.close();
  });

  test('search finds Chinese substrings, highlights them, and hostile text is harmless', async () => {
    const { page, context, problems } = await t.open();
    const search = page.getByTestId('filter-search');
    await search.fill('停车');
    assert.deepEqual(await rowIds(page), ['highway-parking-lots', 'parking-spaces-10000']);
    const marks = await page.locator('[data-testid=project-row] mark').allTextContents();
    assert.ok(marks.length >= 3 && marks.every((m) => m === '停车'), String(marks));
    assert.equal(query(page).get('q'), '停车');
    for (const hostile of ['<img src=x onerror=window.__pwned=1>', '.*', '\\d+', '^$', '长'.repeat(5000)]) {
      await search.fill(hostile);
      assert.equal(await count(page), 0);
      assert.equal(await page.getByTestId('ledger-empty').isVisible(), true);
    }
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('clear-all empties every filter, the search box and the URL', async () => {
    const { page, context } = await t.open('?sector=ecology&q=资金&sort=status');
    assert.equal(await count(page), 1);
    await page.getByTestId('clear-filters').click();
    assert.equal(await count(page), 17);
    assert.equal(await page.getByTestId('filter-search').inputValue(), '');
    assert.equal(await option(page, 'filter-sector', '生态治理').isChecked(), false);
    assert.deepEqual([...query(page).keys()], ['sort'], 'sorting is not a filter and stays');
    assert.equal(await page.getByTestId('clear-filters').isDisabled(), true);
    await context.close();
  });

  test('sorting by a column is stable and cycles ascending, descending, none', async () => {
    const { page, context } = await t.open();
    const original = await rowIds(page);
    const status = page.locator('button[data-sort=status]');
    await status.click();
    const ascending = await rowIds(page);
    assert.deepEqual(ascending.slice(0, 4), [
      'ganyu-jinshan-middle-school',
      'lingzhou-road-primary-school',
      'shantytown-renovation',
      'groundwater-pollution-zoning',
    ]);
    assert.equal(query(page).get('sort'), 'status');
    await status.click();
    assert.equal(query(page).get('sort'), '-status');
    assert.equal(await page.locator('th[aria-sort=descending] button').getAttribute('data-sort'), 'status');
    await status.click();
    assert.deepEqual(await rowIds(page), original);
    assert.equal(query(page).get('sort'), null);
    await context.close();
  });

  test('CSV export downloads the filtered projects for Excel', async () => {
    const { page, context } = await t.open('?sector=transport');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    assert.match(download.suggestedFilename(), /^lianyungang-2023-h1-projects-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    // Readable columns first, the id last, statuses and types in words.
    assert.ok(text.startsWith('\ufeff项目名称,所属领域,牵头单位,县区,状态,问题类型,存在问题,备注,编号\r\n'));
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 5);
    assert.match(lines[1], /^秦东门大街东延工程,交通出行,,,存在困难,资金到位不及时,.*,qindongmen-street-east-extension$/);
    assert.match(text, /"1万个停车泊位改造和信息化采集存在封闭停车场配合度低,欠费追缴/, 'commas quoted');
    assert.doesNotMatch(text, /at_risk|behind|on_schedule|funding/);
    await context.close();
  });
});

describe('a ledger of 20,000 projects', () => {
  test('renders only the rows in view and still filters, scrolls and counts', async () => {
    const { page, context, problems } = await t.open('?src=fixtures/big.json');
    await countIs(page, 20000);
    const rendered = await page.getByTestId('project-row').count();
    assert.ok(rendered > 5 && rendered < 60, `${rendered} rows in the DOM`);
    await page.locator('.ledger-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=project-row]')].some((r) => r.dataset.projectId === 'p-19999'),
    );
    await option(page, 'filter-sector', '生态治理').check();
    // Projects 13 and 14 of the 17 are in 生态治理; 20,000 = 17 × 1,176 + 8.
    assert.equal(await count(page), 2 * 1176);
    const ecology = await page.getByTestId('filter-sector').locator('label', { hasText: '生态治理' }).textContent();
    assert.equal(Number(ecology.match(/(\d+)$/)[1]), await count(page));
    assert.ok((await page.getByTestId('project-row').count()) < 60);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
