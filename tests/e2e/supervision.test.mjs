// End to end: supervision over time — the next period made from the bundled bulletin and
// compared with it, a follow-up added from the ledger and kept, what is overdue, 红黑榜 rows
// filtering the ledger, and two real monthly notices of Lu'an imported one after the other.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, countIs, headingIs, jsonFile as file, reopen, row, saved, useBrowser } from './browser.mjs';

const t = useBrowser();

const fixture = async (name) => readFile(join(ROOT, 'tests/fixtures', name), 'utf8');

/** Ids of the project rows of compare list `key`. */
const listed = (page, key) =>
  page.locator(`[data-testid=compare-list][data-list=${key}] [data-testid=project-row]`)
    .evaluateAll((els) => els.map((e) => e.dataset.projectId));

/** Ids of the ledger's rows, in order. */
const ledgerIds = (page) =>
  page.locator('.project-table [data-testid=project-row]').evaluateAll((els) => els.map((e) => e.dataset.projectId));

/** Opens project `id` in the editor, lets `change` fill it, and saves. */
async function editProject(page, id, change) {
  await row(page, id).getByTestId('edit-project').click();
  const editor = page.getByTestId('project-editor');
  await change(editor);
  await page.getByTestId('save-project').click();
  await editor.waitFor({ state: 'detached' });
}

/** Today as the browser's local date, `YYYY-MM-DD`. */
const localToday = (page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('supervision over time', () => {
  test('the next period carries the open projects over, and compares with the one before', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('new-period').click();
    await page.waitForFunction(() => location.search === '?bulletin=lianyungang-2023-h1-2023-09');
    await headingIs(page, '民生实事项目前三季度进展情况督查通报');
    await countIs(page, 17);
    assert.match(await page.getByTestId('notice').last().textContent(), /带入 17 个未解决的项目.*0 个已解决的项目未带入/);
    // Figures of the new period are to fill.
    assert.equal(await page.getByTestId('kpi-completed-investment').count(), 0);
    assert.match(await page.locator('.period').textContent(), /2023年前三季度（2023-01-01 至 2023-09-30）/);

    // Two lagging projects resolved (by status, by 办结日期), one with problems now behind,
    // and education's share of the plan given.
    await editProject(page, 'shantytown-renovation', (e) => e.locator('select[name=status]').selectOption('resolved'));
    await editProject(page, 'lingzhou-road-primary-school', (e) => e.locator('input[name=resolved_on]').fill('2023-09-20'));
    await editProject(page, 'highway-parking-lots', (e) => e.locator('select[name=status]').selectOption('behind'));
    await page.getByTestId('sector-row').filter({ hasText: '教育惠民' }).getByTestId('edit-sector').click();
    await page.getByTestId('record-editor').locator('input[name=plan_pct]').fill('70');
    await page.getByTestId('save-record').click();
    await saved(page);

    const compare = page.getByTestId('compare');
    await compare.waitFor();
    assert.deepEqual(await listed(page, 'recovered'), ['lingzhou-road-primary-school', 'shantytown-renovation']);
    assert.deepEqual(await listed(page, 'newly-behind'), ['highway-parking-lots']);
    assert.deepEqual(await listed(page, 'still-behind'), ['ganyu-jinshan-middle-school', 'groundwater-pollution-zoning']);
    assert.deepEqual(await listed(page, 'added'), []);
    assert.deepEqual(await listed(page, 'removed'), []);
    assert.match(await page.locator('[data-list=still-behind]').textContent(), /连续 2 期滞后/);
    const education = page.locator('[data-testid=compare-sector-row][data-sector-id=education]');
    assert.equal(await education.locator('[data-field=plan-pct-delta]').textContent(), '+27');
    // 43% then against 50%; 70% now against 75%.
    assert.equal(await education.locator('[data-field=gap-delta]').textContent(), '+2');

    // Each number filters the ledger to its projects.
    await page.locator('[data-list=recovered] button.count').click();
    await countIs(page, 2);
    assert.deepEqual((await ledgerIds(page)).sort(), ['lingzhou-road-primary-school', 'shantytown-renovation']);
    assert.match(await page.getByTestId('chosen-projects').textContent(), /已恢复\/已解决（2 个项目）/);
    await page.locator('[data-list=newly-behind] button.count').click();
    await countIs(page, 1);
    assert.deepEqual(await ledgerIds(page), ['highway-parking-lots']);
    await education.locator('th button').click();
    await countIs(page, 6);
    await page.locator('[data-testid=compare-matrix] td[data-from=at_risk][data-to=behind] button').click();
    assert.deepEqual(await ledgerIds(page), ['highway-parking-lots']);
    await page.getByTestId('clear-chosen').click();
    await countIs(page, 17);

    // The comparison is there again after a reload, and by its address.
    await reopen(page);
    assert.deepEqual(await listed(page, 'newly-behind'), ['highway-parking-lots']);
    await t.show(page, '?bulletin=lianyungang-2023-h1-2023-09&compare=lianyungang-2023-h1');
    assert.deepEqual(await listed(page, 'recovered'), ['lingzhou-road-primary-school', 'shantytown-renovation']);
    assert.equal(await page.getByTestId('compare-with').inputValue(), 'lianyungang-2023-h1');

    // The next period after this leaves the two resolved projects out.
    await page.getByTestId('new-period').click();
    await page.waitForFunction(() => location.search === '?bulletin=lianyungang-2023-h1-2023-12');
    await headingIs(page, '民生实事项目全年进展情况督查通报');
    await countIs(page, 15);
    assert.match(await page.getByTestId('notice').last().textContent(), /带入 15 个未解决的项目.*2 个已解决的项目未带入/);
    await page.getByTestId('compare').waitFor();
    assert.deepEqual(await listed(page, 'removed'), ['lingzhou-road-primary-school', 'shantytown-renovation']);
    assert.match(
      await page.locator('[data-list=still-behind] [data-project-id=ganyu-jinshan-middle-school]').textContent(),
      /连续 3 期滞后/,
    );
    // All three are listed beside the others.
    await page.getByTestId('switch-bulletin').click();
    const entries = page.getByTestId('bulletin-list').getByTestId('bulletin-entry');
    await entries.nth(2).waitFor();
    assert.deepEqual(
      (await entries.evaluateAll((all) => all.map((e) => e.dataset.id))).sort(),
      ['lianyungang-2023-h1', 'lianyungang-2023-h1-2023-09', 'lianyungang-2023-h1-2023-12'],
    );
    await context.close();
  });

  test('a follow-up added from the ledger row is kept, and a passed deadline counts as overdue', async () => {
    const { page, context } = await t.open();
    const id = 'inner-ring-road-east';
    await row(page, id).getByTestId('add-follow-up').click();
    const dialog = page.getByTestId('follow-up-dialog');
    assert.equal(await dialog.locator('input[name=follow_up_date]').inputValue(), await localToday(page));
    // Nothing written is refused at its row, and nothing is lost.
    await dialog.getByTestId('save-follow-up').click();
    assert.match(await dialog.locator('[role=alert]').textContent(), /第 1 条督办记录：请填写督办内容/);
    await dialog.locator('[name=follow_up_text]').fill('电话催办，要求本周报送资金落实方案');
    await dialog.locator('[name=follow_up_by]').fill('督查室');
    await dialog.getByTestId('save-follow-up').click();
    await dialog.waitFor({ state: 'detached' });
    // The keyboard is back where it was.
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'add-follow-up');
    const latest = row(page, id).getByTestId('latest-follow-up');
    assert.match(await latest.textContent(), /最新督办 \d{4}-\d{2}-\d{2} 电话催办，要求本周报送资金落实方案（督查室）/);
    await saved(page);
    await reopen(page);
    assert.match(await row(page, id).getByTestId('latest-follow-up').textContent(), /电话催办/);

    // The editor shows it as a row, with owner and deadline beside it.
    await editProject(page, id, async (e) => {
      assert.equal(await e.getByTestId('follow-up-row').count(), 1);
      assert.equal(await e.locator('input[name=follow_up_text]').inputValue(), '电话催办，要求本周报送资金落实方案');
      await e.locator('input[name=owner]').fill('王某');
      await e.locator('input[name=deadline]').fill('2023-07-15');
      await e.getByTestId('add-follow-up-row').click();
      await e.locator('input[name=follow_up_text]').nth(1).fill('现场督查');
    });
    const cell = row(page, id).getByTestId('project-supervision');
    assert.match(await cell.textContent(), /责任人：王某/);
    assert.match(await row(page, id).getByTestId('latest-follow-up').textContent(), /现场督查.*共 2 次/);
    // The bundled bulletin is the newest of its series: judged on today, 2023 has passed.
    assert.equal(await cell.getAttribute('data-warning'), 'overdue');
    assert.equal(await page.getByTestId('overdue-count').textContent(), '1');
    assert.match(await page.getByTestId('warning-judged').textContent(), /预警按今天（\d{4}-\d{2}-\d{2}）判断/);
    await page.getByTestId('show-overdue').click();
    await countIs(page, 1);
    assert.match(page.url(), /[?&]overdue=1/);
    await saved(page);
    await t.show(page, '?overdue=1');
    assert.deepEqual(await ledgerIds(page), [id]);
    assert.equal(await page.getByTestId('filter-warning').locator('input[value=overdue]').isChecked(), true);
    await context.close();
  });

  test('红黑榜 rows filter the ledger by unit and by district', async () => {
    const { page, context } = await t.open();
    const unit = page.locator('[data-testid=rank-row][data-by=unit][data-key=市住建局]');
    assert.equal(await unit.getAttribute('data-count'), '1');
    await unit.locator('th button').click();
    await countIs(page, 1);
    assert.deepEqual(await ledgerIds(page), ['shantytown-renovation']);
    assert.equal(await unit.locator('th button').getAttribute('aria-pressed'), 'true');
    await unit.locator('th button').click();
    await countIs(page, 17);
    const ganyu = page.locator('[data-testid=rank-row][data-by=district][data-key=赣榆区]');
    await ganyu.locator('th button').click();
    assert.deepEqual(await ledgerIds(page), ['ganyu-jinshan-middle-school']);
    assert.match(page.url(), /district=/);
    // Sorted by lagging projects, the units with one come first; 未注明 last, unranked.
    await page.locator('[data-testid=rank-table][data-by=unit] button[data-rank-sort=lagging]').click();
    await page.locator('[data-testid=rank-table][data-by=unit] button[data-rank-sort=lagging][aria-pressed=true]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=rank-row][data-by=unit] td[data-field=lagging]')?.textContent === '1');
    const units = page.locator('[data-testid=rank-row][data-by=unit]');
    const keys = await units.evaluateAll((els) => els.map((e) => e.dataset.key));
    assert.deepEqual(keys.slice(0, 2).sort(), ['市住建局', '市生态环境局']);
    assert.equal(keys.at(-1), '-');
    assert.deepEqual(await units.locator('td.rank').allTextContents(), ['1', '1', '3', '3', '—']);
    await context.close();
  });

  test("two real monthly notices of Lu'an imported one after the other compare with their district ranks, by region when they name no series", async () => {
    const { page, context } = await t.open();
    // As another office would send them: naming no series, only their region.
    const unseries = async (name) => {
      const b = JSON.parse(await fixture(name));
      delete b.series;
      return JSON.stringify(b);
    };
    await page.getByTestId('import-file').setInputFiles(file('luan-2021-08.json', await unseries('luan-2021-08.json')));
    await page.waitForFunction(() => location.search === '?bulletin=luan-2021-08');
    await countIs(page, 3);
    await page.getByTestId('import-file').setInputFiles(file('luan-2021-09.json', await unseries('luan-2021-09.json')));
    await page.waitForFunction(() => location.search === '?bulletin=luan-2021-09');
    await countIs(page, 5);
    const rank = (d) => page.locator(`[data-testid=compare-rank-row][data-district=${d}]`);
    await rank('裕安区').waitFor();
    const ranks = await page.getByTestId('compare-rank-row').evaluateAll((els) =>
      els.map((e) => [e.dataset.district, e.dataset.previousRank, e.dataset.rank]));
    assert.deepEqual(ranks, [
      ['金寨县', '1', '1'], ['裕安区', '3', '2'], ['霍山县', '4', '3'], ['金安区', '2', '4'],
      ['霍邱县', '5', '5'], ['舒城县', '6', '6'], ['叶集区', '7', '7'],
    ]);
    assert.match(await rank('裕安区').textContent(), /上升 1 位/);
    assert.match(await rank('金安区').textContent(), /下降 2 位/);
    // The two notices name different items: all of September's are new, August's gone.
    assert.equal((await listed(page, 'added')).length, 5);
    assert.equal((await listed(page, 'removed')).length, 3);
    // A district's number shows its projects.
    await rank('金安区').locator('button').click();
    const jinan = await ledgerIds(page);
    assert.ok(jinan.length >= 1);
    for (const id of jinan) assert.match(await row(page, id).locator('td.districts').textContent(), /金安区/);
    await context.close();
  });
});
