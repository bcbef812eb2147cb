// End to end: every field editable from one table — the bulletin's own fields, sectors added
// and removed, a project's several districts — and sparse bulletins that read well.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledBulletin, row, saved, useBrowser } from './browser.mjs';

const DISTRICTS = ['海州区', '连云区', '赣榆区'];

const t = useBrowser(async () => {
  // A notice as other cities write it: each project lists its districts, none has a single
  // `district`, and the notice ranks its districts (two tied).
  const listed = await bundledBulletin();
  listed.id = 'districts-only';
  listed.projects = listed.projects.map((p, i) => {
    const { district, ...rest } = p;
    return { ...rest, districts: i % 2 === 0 ? [DISTRICTS[0], DISTRICTS[1]] : [DISTRICTS[2]] };
  });
  listed.district_ranking = [
    { district: '海州区', rank: 1 },
    { district: '连云区', rank: 1 },
    { district: '赣榆区', rank: 3 },
  ];
  // A sparse notice: no sectors, no investment, no problem types.
  const sparse = await bundledBulletin();
  sparse.id = 'sparse';
  sparse.sectors = [];
  sparse.problem_types = [];
  Object.assign(sparse.summary, { annual_investment: null, completed_investment: null, sub_items: null });
  sparse.projects = sparse.projects.map((p) => ({ ...p, sector: null, problem_types: [], lead_unit: null, district: null }));
  // Two projects, one status each: the status chart counts 1 and 1.
  const two = await bundledBulletin();
  two.id = 'two';
  two.projects = [two.projects[0], two.projects[1]];
  // Long notes beside short sector and district names.
  const noted = await bundledBulletin();
  noted.id = 'noted';
  noted.projects = noted.projects.map((p) => ({ ...p, note: '已约谈牵头单位并要求限期整改，'.repeat(12) }));
  return {
    'districts-only.json': JSON.stringify(listed),
    'sparse.json': JSON.stringify(sparse),
    'two.json': JSON.stringify(two),
    'noted.json': JSON.stringify(noted),
  };
});

/** Waits until the copy is stored and, with every change taken back, says so. */
const unchanged = (page) => page.getByTestId('save-state').filter({ hasText: '未作修改' }).waitFor();

const resultCount = async (page) => Number(await page.getByTestId('result-count').textContent());

/** Opens the bulletin editor, fills `values` by input name, saves and waits for the store. */
async function editBulletin(page, values) {
  await page.getByTestId('edit-bulletin').click();
  const editor = page.getByTestId('record-editor');
  for (const [name, value] of Object.entries(values)) await editor.locator(`[name=${name}]`).fill(value);
  await editor.getByTestId('save-record').click();
  await editor.waitFor({ state: 'detached' });
  await saved(page);
}

describe('every field editable', () => {
  test('a districts-only notice with a ranking loads, filters by each district and edits a project\'s districts', async () => {
    const { page, context, problems } = await t.open('?src=fixtures/districts-only.json');
    assert.equal(await page.getByTestId('notice').count(), 0, 'loaded without complaint');
    assert.equal(await resultCount(page), 17);
    const ranking = await page.getByTestId('ranking-row').evaluateAll((rows) => rows.map((r) => [r.dataset.district, r.dataset.rank]));
    assert.deepEqual(ranking, [['海州区', '1'], ['连云区', '1'], ['赣榆区', '3']]);
    // Each district filters by link to the projects listing it (9 list the first two, 8 the third).
    for (const [district, n] of [['海州区', 9], ['连云区', 9], ['赣榆区', 8]]) {
      await page.goto(t.url(`?src=fixtures/districts-only.json&district=${encodeURIComponent(district)}`));
      await page.waitForSelector('[data-testid=result-count]');
      assert.equal(await resultCount(page), n, district);
      assert.equal(await page.getByTestId('notice').count(), 0, `${district} is known`);
    }
    await page.goto(t.url('?src=fixtures/districts-only.json'));
    await page.waitForSelector('[data-testid=result-count]');
    const id = 'ganyu-jinshan-middle-school';
    await row(page, id).getByTestId('edit-project').click();
    const editor = page.getByTestId('project-editor');
    const input = editor.locator('[name=districts]');
    assert.equal(await input.inputValue(), '海州区、连云区');
    await input.fill('灌云县，灌南县、东海县');
    await page.getByTestId('save-project').click();
    await editor.waitFor({ state: 'detached' });
    await saved(page);
    assert.match(await row(page, id).textContent(), /灌云县.*灌南县.*东海县/);
    // A district only the edit brought in filters by link as by click.
    await page.goto(t.url(`?src=fixtures/districts-only.json&district=${encodeURIComponent('灌南县')}`));
    await page.waitForSelector('[data-testid=result-count]');
    assert.equal(await resultCount(page), 1);
    assert.equal(await row(page, id).count(), 1);
    assert.equal(await page.getByTestId('notice').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('title, period and 序时进度 edited: the header, grades and headline follow, and undo restores them', async () => {
    const { page, context, problems } = await t.open();
    const before = {
      title: await page.locator('h1').textContent(),
      period: await page.locator('.site-header .period').textContent(),
      grade: await page.locator('[data-testid=sector-row][data-sector-id=education] [data-grade]').getAttribute('data-grade'),
      completion: await page.getByTestId('kpi-completion-pct').locator('xpath=..').textContent(),
    };
    assert.match(before.completion, /序时进度 50%/);
    await page.getByTestId('edit-bulletin').click();
    const editor = page.getByTestId('record-editor');
    for (const name of ['title', 'region', 'period_label', 'period_start', 'period_end', 'schedule_target_pct', 'preamble', 'source_issuer', 'source_number', 'source_published', 'source_url']) {
      assert.equal(await editor.locator(`[name=${name}]`).count(), 1, `input ${name}`);
    }
    // A link that is not a web address is refused at its field (a date input takes only
    // real dates; the rules of typed dates are tested natively).
    assert.equal(await editor.locator('[name=period_end]').getAttribute('type'), 'date');
    await editor.locator('[name=source_url]').fill('javascript:alert(1)');
    assert.equal(await editor.getByTestId('save-record').isDisabled(), true);
    assert.match(await editor.locator('[name=source_url]').locator('xpath=..').textContent(), /http/);
    await editor.locator('[name=source_url]').fill('');
    await page.getByRole('button', { name: '取消' }).click();
    await editBulletin(page, {
      title: '民生实事项目1—10月进展情况督查通报',
      period_label: '1—10月',
      period_end: '2023-10-31',
      schedule_target_pct: '83.3',
      source_number: '督通〔2023〕41号',
      source_url: 'https://example.cn/tongbao/41',
    });
    assert.equal(await page.locator('h1').textContent(), '民生实事项目1—10月进展情况督查通报');
    assert.match(await page.locator('.site-header .period').textContent(), /2023年1—10月（2023-01-01 至 2023-10-31）/);
    assert.match(await page.getByTestId('source').textContent(), /督通〔2023〕41号/);
    assert.equal(await page.getByTestId('source').locator('a').getAttribute('href'), 'https://example.cn/tongbao/41');
    // 教育惠民 at 43% of plan was ahead of a 50% schedule; against 83.3% it lags far behind.
    const grade = await page.locator('[data-testid=sector-row][data-sector-id=education] [data-grade]').getAttribute('data-grade');
    assert.notEqual(grade, before.grade);
    assert.match(await page.getByTestId('kpi-completion-pct').locator('xpath=..').textContent(), /序时进度 83.3%/);
    assert.match(await page.title(), /1—10月/);
    // One save is one step: undo restores every field of it.
    await page.getByTestId('undo').click();
    await unchanged(page);
    assert.equal(await page.locator('h1').textContent(), before.title);
    assert.equal(await page.locator('.site-header .period').textContent(), before.period);
    assert.equal(await page.locator('[data-testid=sector-row][data-sector-id=education] [data-grade]').getAttribute('data-grade'), before.grade);
    assert.match(await page.getByTestId('kpi-completion-pct').locator('xpath=..').textContent(), /序时进度 50%/);
    assert.equal(await page.getByTestId('source').count(), 0);
    assert.deepEqual(problems.filter((p) => !p.startsWith('HTTP')), []);
    await context.close();
  });

  test('a sector is added and removed; one with projects says which before it can go', async () => {
    const { page, context, problems } = await t.open();
    const sectors = () => page.getByTestId('sector-row').count();
    assert.equal(await sectors(), 10);
    await page.getByTestId('new-sector').click();
    const editor = page.getByTestId('record-editor');
    await editor.locator('[name=name]').fill('数字政务');
    await editor.locator('[name=items]').fill('2');
    await editor.getByTestId('save-record').click();
    await editor.waitFor({ state: 'detached' });
    await saved(page);
    assert.equal(await sectors(), 11);
    const added = page.getByTestId('sector-row').filter({ hasText: '数字政务' });
    assert.equal(await added.count(), 1);
    // It can be chosen for a project at once.
    await page.getByTestId('project-row').first().getByTestId('edit-project').click();
    assert.equal(await page.getByTestId('project-editor').locator('select[name=sector] option', { hasText: '数字政务' }).count(), 1);
    await page.getByRole('button', { name: '取消' }).click();
    // Removed again, after confirming.
    page.once('dialog', (d) => d.accept());
    await added.getByTestId('edit-sector').click();
    await editor.getByTestId('delete-record').click();
    await editor.waitFor({ state: 'detached' });
    await unchanged(page);
    assert.equal(await sectors(), 10);
    // 教育惠民 has projects: the editor says which, and the sector stays.
    await page.locator('[data-testid=sector-row][data-sector-id=education]').getByTestId('edit-sector').click();
    await editor.getByTestId('delete-record').click();
    assert.match(await editor.textContent(), /仍有 6 个项目属于这个领域：.*金山中学建设项目/);
    await page.getByRole('button', { name: '取消' }).click();
    assert.equal(await sectors(), 10);
    assert.deepEqual(problems.filter((p) => !p.startsWith('HTTP')), []);
    await context.close();
  });

  test('the change list\'s time is the local time of the reader (Asia/Shanghai)', async () => {
    const { page, context, problems } = await t.open('', { timezoneId: 'Asia/Shanghai' });
    const local = () => new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
    }).format(new Date()).replace(',', '');
    const earliest = local();
    await editBulletin(page, { region: '连云港市（测试）' });
    const latest = local();
    await page.locator('details.changes summary').click();
    const change = page.getByTestId('change').filter({ hasText: '地区' });
    const shown = (await change.locator('.change-time').textContent()).trim();
    assert.ok(shown === earliest || shown === latest, `${shown} is not ${earliest} (Asia/Shanghai)`);
    assert.deepEqual(problems.filter((p) => !p.startsWith('HTTP')), []);
    await context.close();
  });

  test('a sparse bulletin (no sectors, no investment) shows no empty chart and no text about filters', async () => {
    const { page, context, problems } = await t.open('?src=fixtures/sparse.json');
    await page.waitForSelector('[data-chart=statuses] svg [data-category]', { state: 'attached' });
    const cards = await page.locator('[data-chart]').evaluateAll((cards) => cards.map((c) => ({
      id: c.dataset.chart,
      bars: new Set([...c.querySelectorAll('svg [data-category]')].map((b) => b.dataset.category)).size,
      status: c.querySelector('.chart-status')?.textContent ?? '',
      tableOpen: c.querySelector('details.chart-data')?.open ?? false,
    })));
    assert.ok(cards.length > 0);
    for (const c of cards) {
      // A chart is drawn with two bars or more, or not at all, its table opened instead.
      assert.ok(c.bars === 0 || c.bars >= 2, `${c.id}: ${c.bars} bar`);
      if (c.bars === 0) assert.ok(c.tableOpen || /没有给出/.test(c.status), `${c.id} says why: ${c.status}`);
    }
    assert.equal(cards.some((c) => ['investment', 'progress', 'items'].includes(c.id)), false, 'no sector charts');
    // The units chart has only 未注明: it is not drawn.
    const units = cards.find((c) => c.id === 'units');
    assert.equal(units?.bars, 0);
    const text = await page.locator('body').textContent();
    assert.doesNotMatch(text, /减少筛选条件/);
    // The status chart takes the badges' colours, with a legend entry for each.
    const colours = await page.locator('[data-chart=statuses]').evaluate((card) => ({
      bars: [...card.querySelectorAll('svg [data-category]')].map((b) => [b.dataset.category, b.getAttribute('fill')]),
      legend: [...card.querySelectorAll('.chart-legend [data-status]')].map((l) => [l.dataset.status, l.querySelector('strong').textContent, getComputedStyle(l.querySelector('.swatch')).backgroundColor]),
      badge: Object.fromEntries([...document.querySelectorAll('.badge[data-status]')].map((b) => [b.dataset.status, getComputedStyle(b).color])),
    }));
    assert.ok(colours.legend.length >= 2, JSON.stringify(colours));
    for (const [status, label, swatch] of colours.legend) {
      assert.ok(colours.bars.some(([c]) => c === label), `${label} drawn`);
      if (colours.badge[status]) assert.equal(swatch, colours.badge[status], `${status}: legend and badge agree`);
    }
    assert.deepEqual(problems.filter((p) => !p.startsWith('HTTP')), []);
    await context.close();
  });

  test('the district ranking (rows reordered, tied) and the counts per class are edited as lines, and undone', async () => {
    const { page, context, problems } = await t.open('?src=fixtures/districts-only.json');
    const ranking = () => page.getByTestId('ranking-row').evaluateAll((rows) => rows.map((r) => [r.dataset.district, r.dataset.rank]));
    const classes = () => page.getByTestId('status-count').evaluateAll((c) => c.map((e) => [e.dataset.status, e.dataset.count]));
    const classesBefore = await classes();
    await page.getByTestId('edit-bulletin').click();
    const editor = page.getByTestId('record-editor');
    const lines = editor.locator('[name=district_ranking]');
    assert.equal(await lines.inputValue(), '海州区：1\n连云区：1\n赣榆区：3');
    // A rank of 0 is refused at its line.
    await lines.fill('赣榆区：0');
    assert.match(await lines.locator('xpath=..').textContent(), /第 1 行：名次应为从 1 开始的整数/);
    await lines.fill('赣榆区：1\n海州区：2\n连云区：2\n灌云县：4');
    await editor.getByTestId('save-record').click();
    await editor.waitFor({ state: 'detached' });
    await saved(page);
    assert.deepEqual(await ranking(), [['赣榆区', '1'], ['海州区', '2'], ['连云区', '2'], ['灌云县', '4']]);
    await page.getByTestId('edit-summary').click();
    await editor.locator('[name=status_counts]').fill('已完成全年：3\n超序时：2');
    await editor.getByTestId('save-record').click();
    await editor.waitFor({ state: 'detached' });
    await saved(page);
    assert.deepEqual(await classes(), [['completed', '3'], ['ahead', '2']]);
    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await unchanged(page);
    assert.deepEqual(await ranking(), [['海州区', '1'], ['连云区', '1'], ['赣榆区', '3']]);
    assert.deepEqual(await classes(), classesBefore);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a chart of counts steps its axis by whole numbers', async () => {
    const { page, context, problems } = await t.open('?src=fixtures/two.json');
    await page.waitForSelector('[data-chart=statuses] svg [data-category]', { state: 'attached' });
    const numbers = await page.locator('[data-chart=statuses] svg text').evaluateAll((texts) =>
      texts.map((t) => t.textContent.trim()).filter((t) => /^[\d.,]+$/.test(t)));
    assert.ok(numbers.length >= 2, JSON.stringify(numbers));
    for (const n of numbers) assert.match(n, /^\d+$/, `axis or label ${n} is a whole number`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('at 1280 px, long notes leave 领域 and 县区 readable on one line', async () => {
    const { page, context, problems } = await t.open('?src=fixtures/noted.json', { viewport: { width: 1280, height: 800 } });
    const cells = await page.getByTestId('project-row').first().evaluate((row) => {
      const lines = (td) => {
        const cell = td.querySelector('.cell') ?? td;
        const height = parseFloat(getComputedStyle(cell).lineHeight) || 20;
        return Math.round(cell.getBoundingClientRect().height / height);
      };
      return { sector: lines(row.querySelector('td.sector')), districts: lines(row.querySelector('td.districts')) };
    });
    assert.deepEqual(cells, { sector: 1, districts: 1 });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
