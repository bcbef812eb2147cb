// End to end: notices as other cities publish them (tests/fixtures/), opened by ?src=. The
// page shows what each has and nothing it lacks: no sector charts without sectors, a class
// chart for counts by class, per-item figures in readable units, the ranking, the issuer.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, countIs, headingIs, useBrowser } from './browser.mjs';

const t = useBrowser(async () => {
  const dir = join(ROOT, 'tests/fixtures');
  const files = {};
  for (const name of await readdir(dir)) {
    if (name.endsWith('.json')) files[name] = await readFile(join(dir, name), 'utf8');
  }
  // A monthly notice that ranks its districts, ties included.
  const ranked = JSON.parse(files['cangnan-2022-10.json']);
  ranked.id = 'ranked';
  ranked.title = '县区综合排名测试';
  ranked.district_ranking = [
    { district: '灵溪镇', rank: 2 },
    { district: '金乡镇', rank: 1 },
    { district: '马站镇', rank: 2 },
  ];
  files['ranked.json'] = JSON.stringify(ranked);
  return files;
});

async function open(name, title) {
  const opened = await t.open(`?src=fixtures/${name}`);
  await headingIs(opened.page, title);
  return opened;
}

const counts = (page) =>
  page.getByTestId('status-count').evaluateAll((els) => els.map((e) => [e.dataset.status, Number(e.dataset.count)]));
const charts = (page) => page.locator('[data-chart]').evaluateAll((els) => els.map((e) => e.dataset.chart));

describe('notices of other cities', () => {
  test('Yancheng 2013: counts by class, figures per item in readable units, no sector charts', async () => {
    const { page, context, problems } = await open('yancheng-2013-q3.json', '市政府为民办实事项目完成情况');
    await page.waitForSelector('[data-chart=item-progress] svg [data-category]', { state: 'attached' });
    assert.deepEqual(await counts(page), [['ahead', 11], ['on_schedule', 2], ['behind', 7]]);
    assert.equal(await page.locator('[data-chart=status-classes] [data-status]').count(), 3);
    assert.match(await page.getByTestId('status-headline').textContent(), /完成年度计划 73\.4%（通报未写明序时进度/);
    const shown = await charts(page);
    for (const sectorChart of ['investment', 'progress', 'items']) assert.ok(!shown.includes(sectorChart), sectorChart);
    assert.ok(shown.includes('item-progress') && shown.includes('units') && shown.includes('districts'), shown.join());
    assert.equal(await page.getByTestId('sector-row').count(), 0, 'no sector table');
    assert.equal(await page.getByTestId('filter-sector').count(), 0, 'no sector facet');
    assert.equal(await page.locator('button[data-sort=sector], button[data-sort=problem]').count(), 0, 'no empty columns');
    const water = page.locator('[data-project-id=water-supply] [data-testid=project-figures]');
    assert.equal((await water.textContent()).trim(), '完成投资 2960 万元；计划投资 2.6 亿元；完成年度计划 11.4%');
    assert.match(await water.getAttribute('title'), /完成投资 0\.296 亿元/, 'the exact figure on hover');
    assert.equal(await page.getByTestId('data-check').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Yuhuan 2021: issuer, number and date in the header; classes that add up', async () => {
    const { page, context, problems } = await open('yuhuan-2021-q3.json', '2021年三季度市政府重点工作和民生实事进展情况通报');
    assert.equal((await page.getByTestId('source').textContent()).trim(), '市委、市政府督查室 · 督通〔2021〕37号 · 2021-11-29 发布');
    assert.deepEqual(await counts(page), [['completed', 8], ['unfinished', 4]]);
    assert.equal(await page.getByTestId('result-count').textContent(), '4');
    assert.equal(await page.getByTestId('data-check').count(), 0);
    // Every project is 尚未完成: one status is its table, not a one-bar chart.
    await page.locator('[data-chart=statuses] .chart-status').filter({ hasText: '不画图' }).waitFor();
    assert.equal(await page.locator('[data-chart=statuses] svg').count(), 0);
    assert.equal(await page.locator('[data-chart=statuses] details.chart-data').getAttribute('open'), '');
    assert.ok(!(await charts(page)).includes('item-progress'), 'no figures, no figure chart');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Cangnan 2022: a project counts once in each district it lags in; problems by district', async () => {
    const { page, context, problems } = await open('cangnan-2022-10.json', '2022年民生实事未完成项目进度表');
    const option = page.getByTestId('filter-district').locator('label', { hasText: '灵溪镇' });
    assert.match(await option.textContent(), /2$/);
    const { page: filtered, context: c2 } = await t.open(`?src=fixtures/cangnan-2022-10.json&district=${encodeURIComponent('灵溪镇')}`);
    await countIs(filtered, 2);
    await c2.close();
    const six = page.locator('[data-project-id=item-6]');
    assert.match(await six.getByTestId('district-problems').textContent(), /赤溪镇：\s*偏慢.*灵溪镇：\s*偏慢/s);
    assert.match(await six.getByTestId('project-figures').textContent(), /完成进度 57%/);
    assert.equal(await page.getByTestId('status-count').count(), 0, 'the notice counts no classes');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Lianyungang 2025: the three items in no class are a calm data check, not an error', async () => {
    const { page, context, problems } = await open('lianyungang-2025-q3.json', '2025年前三季度民生实事项目进展情况');
    assert.deepEqual(await counts(page), [['completed', 14], ['ahead', 7], ['on_schedule', 26]]);
    assert.equal(await page.getByTestId('notice').count(), 0, 'nothing alarming');
    const checks = await page.getByTestId('data-check').allTextContents();
    assert.equal(checks.length, 1);
    assert.match(checks[0], /总数 50 件中有 3 件未归入任何一类/);
    // No projects: no chart of them, rather than an empty one.
    await page.getByTestId('result-count').waitFor();
    assert.deepEqual(await charts(page), ['status-classes']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a district ranking is a table whose rows filter the ledger', async () => {
    const { page, context, problems } = await open('ranked.json', '县区综合排名测试');
    const rows = await page.getByTestId('ranking-row').evaluateAll((els) => els.map((e) => [e.dataset.district, e.dataset.rank]));
    assert.deepEqual(rows, [['金乡镇', '1'], ['灵溪镇', '2'], ['马站镇', '2']]);
    await page.locator('[data-testid=ranking-row][data-district=灵溪镇] button').click();
    assert.equal(await page.getByTestId('result-count').textContent(), '2');
    assert.equal(new URL(page.url()).searchParams.get('district'), '灵溪镇');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the bundled bulletin is unchanged: its sector charts, table and two counts', async () => {
    const { page, context } = await t.open();
    await page.waitForSelector('[data-chart=statuses] svg [data-category]', { state: 'attached' });
    const shown = await charts(page);
    assert.deepEqual(shown, ['investment', 'progress', 'items', 'problem-types', 'statuses']);
    assert.equal(await page.getByTestId('sector-row').count(), 10);
    assert.equal(await page.locator('button[data-sort=sector], button[data-sort=problem]').count(), 2);
    assert.equal(await page.getByTestId('ranking-row').count(), 0);
    assert.equal(await page.getByTestId('source').count(), 0);
    assert.deepEqual(await counts(page), [['on_schedule', 48], ['behind', 2]]);
    await context.close();
  });
});
