// End to end: the charts render, lay out Chinese labels without overlap, and filter the ledger.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { ROOT, bundledBulletin, useBrowser } from './browser.mjs';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

const t = useBrowser(async () => {
  const hostile = await bundledBulletin();
  hostile.sectors[0].name = '<img src=x onerror="window.__pwned=1">';
  // Four sectors, one in each grade under thresholds of its own.
  const graded = await bundledBulletin();
  graded.title = '评级测试通报';
  graded.schedule_grading = { yellow_from: 5, red_from: 20 };
  graded.sectors = graded.sectors.slice(0, 4).map((s, i) => ({ ...s, status: 'on_schedule', plan_pct: [47, 44, 20, 60][i] }));
  graded.summary.items = graded.sectors.reduce((n, s) => n + s.items, 0);
  graded.summary.items_on_schedule = graded.summary.items;
  graded.projects = graded.projects.filter((p) => graded.sectors.some((s) => s.id === p.sector));
  return { 'hostile.json': JSON.stringify(hostile), 'graded.json': JSON.stringify(graded) };
});

before(() => mkdir(ARTIFACTS, { recursive: true }));

const count = async (page) => Number(await page.getByTestId('result-count').textContent());
const chart = (page, id) => page.locator(`[data-chart=${id}]`);
const bar = (page, id, category) => chart(page, id).locator(`[data-category="${category}"]`).first();
const waitForCharts = (page) => page.waitForSelector('[data-chart=statuses] svg [data-category]', { state: 'attached' });

/** Pairs of (text, bar) in a chart whose boxes overlap by more than half a pixel. */
function overlaps(page, id) {
  return page.locator(`[data-chart=${id}] svg`).evaluate((svg) => {
    const boxes = (sel) => [...svg.querySelectorAll(sel)].map((e) => [e.textContent || e.dataset.category, e.getBoundingClientRect()]);
    const texts = boxes('text').filter(([t, r]) => t.trim() && r.width > 0);
    const bars = boxes('[data-category]').filter(([, r]) => r.width > 0);
    const hits = [];
    for (const [t, a] of texts) {
      for (const [c, b] of bars) {
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5) hits.push(`${t} × ${c}`);
      }
    }
    return { hits, texts: texts.length, bars: bars.length };
  });
}

describe('charts', () => {
  test('every chart renders for the bundled bulletin; not-reported sectors are listed, not drawn', async () => {
    const { page, context, problems } = await t.open();
    await waitForCharts(page);
    const bars = async (id) => chart(page, id).locator('svg [data-category]').count();
    assert.equal(await bars('investment'), 8);
    assert.equal(await bars('progress'), 16);
    assert.equal(await bars('items'), 20);
    assert.equal(await bars('problem-types'), 4);
    assert.ok((await bars('statuses')) >= 2);
    assert.match(await chart(page, 'investment').locator('.not-reported').textContent(), /未报告：就业创业、社会保障/);
    assert.match(await bar(page, 'progress', '生态治理').getAttribute('aria-label'), /完成年度计划 79\.5%.*投资超序时/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the progress chart is coloured by investment against the schedule, as its legend says', async () => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    const drawn = await chart(page, 'progress').evaluate((card) => {
      const bars = [...card.querySelectorAll('svg [data-grade]')].map((b) => ({
        grade: b.dataset.grade,
        sector: b.dataset.sectorId,
        fill: getComputedStyle(b).fill,
      }));
      const legend = [...card.querySelectorAll('.chart-legend [data-grade]')].map((li) => ({
        grade: li.dataset.grade,
        fill: getComputedStyle(li.querySelector('.swatch')).backgroundColor,
        text: li.textContent,
      }));
      return { bars, legend };
    });
    // 教育惠民 43 %, 卫生健康 42 %, 交通出行 44.8 %, 宜居环境 41.4 % against 50 %: under by less
    // than 10 points; 乡村振兴, 生态治理, 公共安全, 文体生活 over it.
    const by = Object.fromEntries(drawn.bars.map((b) => [b.sector, b.grade]));
    assert.deepEqual(by, {
      education: 'on_track', health: 'on_track', transport: 'on_track', 'livable-environment': 'on_track',
      'rural-revitalization': 'ahead', ecology: 'ahead', 'public-safety': 'ahead', 'culture-sports': 'ahead',
    });
    // Every colour drawn has its legend entry, and no entry is for a colour not drawn.
    assert.deepEqual(drawn.legend.map((l) => l.grade).sort(), [...new Set(drawn.bars.map((b) => b.grade))].sort());
    for (const b of drawn.bars) {
      const entry = drawn.legend.find((l) => l.grade === b.grade);
      assert.equal(b.fill, entry.fill, `${b.sector}: bar and legend agree`);
    }
    assert.match(drawn.legend.find((l) => l.grade === 'ahead').text, /投资超序时/);
    await context.close();
  });

  test('a bulletin with every grade draws every legend entry; its own thresholds apply', async () => {
    const { page, context } = await t.open('?src=fixtures/graded.json');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('评级'));
    await waitForCharts(page);
    const grades = await chart(page, 'progress').evaluate((card) => ({
      bars: Object.fromEntries([...card.querySelectorAll('svg [data-grade]')].map((b) => [b.dataset.sectorId, b.dataset.grade])),
      legend: [...card.querySelectorAll('.chart-legend [data-grade]')].map((l) => l.dataset.grade),
    }));
    // Thresholds 5 and 20 points under a 50 % schedule.
    assert.deepEqual(grades.bars, { education: 'on_track', health: 'yellow', employment: 'red', transport: 'ahead' });
    assert.deepEqual(grades.legend, ['ahead', 'on_track', 'yellow', 'red']);
    // The sector table says the same, beside the bulletin's own status, in words.
    const row = page.locator('[data-testid=sector-row][data-sector-id=employment]');
    assert.equal(await row.locator('[data-grade]').getAttribute('data-grade'), 'red');
    assert.equal(await row.locator('[data-grade]').textContent(), '投资严重落后序时');
    assert.equal(await row.locator('[data-status]').getAttribute('data-status'), 'on_schedule');
    assert.equal(await row.locator('[data-status]').textContent(), '按序时');
    await context.close();
  });

  for (const width of [1280, 375, 360]) {
    test(`no label overlaps a bar in the sector charts at ${width} px, and a screenshot is saved`, async () => {
      const { page, context } = await t.open('', { viewport: { width, height: 900 } });
      await waitForCharts(page);
      await page.evaluate(() => document.fonts.ready);
      for (const id of ['investment', 'progress', 'items', 'problem-types', 'statuses']) {
        const { hits, texts, bars } = await overlaps(page, id);
        assert.ok(texts > 5 && bars > 1, `${id}: ${texts} texts, ${bars} bars`);
        assert.deepEqual(hits, [], `${id} at ${width}px`);
        const svg = await page.locator(`[data-chart=${id}] svg`).boundingBox();
        assert.ok(svg.x >= 0 && svg.x + svg.width <= width + 0.5, `${id} fits the page at ${width}px`);
      }
      await page.locator('.charts').screenshot({ path: join(ARTIFACTS, `charts-${width}.png`) });
      await context.close();
    });
  }

  test('clicking a bar filters the ledger, clicking it again clears; the selection shows', async () => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    await bar(page, 'investment', '交通出行').click();
    assert.equal(await count(page), 5);
    assert.equal(new URL(page.url()).searchParams.get('sector'), 'transport');
    assert.equal(await bar(page, 'investment', '交通出行').getAttribute('aria-pressed'), 'true');
    assert.equal(await bar(page, 'progress', '交通出行').getAttribute('aria-pressed'), 'true', 'all sector charts show it');
    // What the click did is said beside the chart, with a way to the ledger.
    const note = chart(page, 'investment').getByTestId('chart-selection');
    assert.equal((await note.textContent()).trim(), '已筛选：交通出行 · 5 个项目 · 查看台账');
    await note.getByRole('link', { name: '查看台账' }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ledger-title');
    assert.equal(await page.locator('[data-testid=filter-sector] input[value=transport]').isChecked(), true, 'one filter state');
    await bar(page, 'investment', '交通出行').click();
    assert.equal(await count(page), 17);
    assert.equal(await chart(page, 'investment').getByTestId('chart-selection').count(), 0, 'no selection, no note');
    await bar(page, 'problem-types', '资金到位不及时').click();
    assert.equal(await count(page), 4);
    await chart(page, 'problem-types').locator('.chart-clear').click();
    assert.equal(await count(page), 17);
    await context.close();
  });

  test('a chart is reached with Tab, its bars toggled with Enter and Space; focus shows the figures', async () => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    const target = bar(page, 'investment', '教育惠民');
    // The chart is one tab stop, its first bar (keyboard.test.mjs has the arrow keys).
    assert.equal(await target.getAttribute('tabindex'), '0');
    assert.equal(await chart(page, 'investment').locator('[tabindex="0"]').count(), 1);
    assert.equal(await target.getAttribute('role'), 'button');
    // Tab from the element before the chart lands on its first bar.
    await chart(page, 'investment').locator('.chart-description').evaluate((el) => {
      el.tabIndex = -1;
      el.focus();
    });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.category), '教育惠民');
    assert.match(await page.locator('.chart-tip').textContent(), /教育惠民：完成投资 21\.4 亿元/);
    await page.keyboard.press('Enter');
    assert.equal(await count(page), 6);
    // The focus stayed on the bar: Space toggles it back.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.category), '教育惠民');
    await page.keyboard.press(' ');
    assert.equal(await count(page), 17);
    await context.close();
  });

  test('hover shows the exact figures with units', async () => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    await bar(page, 'progress', '教育惠民').hover();
    assert.equal(await page.locator('.chart-tip').textContent(), '教育惠民：完成年度计划 43%，序时进度 50%，投资基本达序时（与序时差 −7 个百分点）');
    await bar(page, 'items', '社会保障').hover();
    assert.equal(await page.locator('.chart-tip').textContent(), '社会保障：实事 9 件，事项 39 个');
    await context.close();
  });

  test('a chart with nothing to show says so', async () => {
    const { page, context } = await t.open('?q=不存在的项目');
    await page.waitForSelector('[data-chart=investment] svg');
    assert.match(await chart(page, 'problem-types').locator('.chart-status').textContent(), /当前筛选条件下没有数据/);
    assert.equal(await chart(page, 'problem-types').locator('svg').count(), 0);
    await context.close();
  });

  test('without the chart font, each chart says why it is not drawn and opens its data table', async () => {
    // The browser's own line about the font it could not get; nothing else.
    const context = await t.context({ allow: [/ERR_FAILED.*bulletin-sans-cjk-metrics\.ttf/] });
    await context.route('**/fonts/bulletin-sans-cjk-metrics.ttf', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(t.base);
    const card = chart(page, 'investment');
    await page.waitForFunction(() => /图表字体未能加载/.test(document.querySelector('[data-chart=investment] .chart-status')?.textContent));
    assert.equal(await card.locator('svg').count(), 0);
    assert.equal(await card.locator('details.chart-data').getAttribute('open'), '');
    assert.match(await card.locator('.chart-data table').textContent(), /教育惠民/);
    await context.close();
  });

  test('hostile names are drawn as text', async () => {
    const { page, context } = await t.open('?src=fixtures/hostile.json');
    await page.waitForFunction(() => document.querySelector('[data-chart=items] svg text')?.closest('svg')?.textContent.includes('<img'));
    assert.equal(await page.locator('.charts img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await context.close();
  });
});
